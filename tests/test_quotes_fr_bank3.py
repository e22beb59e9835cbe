"""A third bank of French reported-speech constructions, from the extraction misses and false
units of the session-6 translated French dev set (articles translated from Italian, German, Polish
and Russian). One short fictional sentence each (the Valdavie world); each row failed before the
rule it tests."""

from __future__ import annotations

import pytest

from quotekit import absent as _absent
from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


# ---- a time or discourse phrase between a "+obj" cue and its noun-phrase content ---------------

@pytest.mark.parametrize("sentence, text", [
    ("Le ministre Corentin Malvaux ne se fait pas attendre et annonce dès aujourd'hui une révision "
     "des règles du port de Brenac.", "une révision des règles du port de Brenac"),
    ("Le Courrier de Valdavie accuse comme d'habitude Corentin Malvaux de tous les retards du chantier.",
     "Corentin Malvaux de tous les retards du chantier"),
])
def test_fr_bank3_phrase_between_cue_and_object(fr, sentence, text):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text) == ("indirect", text)


# ---- an incise verb the tagger does not know, its auxiliary untagged too ------------------------

def test_fr_bank3_untagged_tweeted_incise(fr):
    q = _find(_quotes(fr, "« Si nous regardons les dix ports les plus actifs, nous voyons qu'il n'y a "
                          "aucune différence », a tweeté Corentin Malvaux."), "dix ports")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Corentin Malvaux", "a tweeté")


# ---- the speaker's next act, coordinated with the cue's own auxiliary ---------------------------

@pytest.mark.parametrize("sentence, text", [
    ("La ministre Elise Garnier a annoncé mardi qu'elle voterait pour le maire sortant de Brenac, "
     "Corentin Malvaux, et a encouragé les autres à faire de même.",
     "elle voterait pour le maire sortant de Brenac, Corentin Malvaux"),
    ("Elise Garnier a justifié sa position en affirmant que la fermeture du port relevait d'une "
     "« situation différente » de la crise actuelle, et a présenté son soutien au maire comme un devoir.",
     "la fermeture du port relevait d'une « situation différente » de la crise actuelle"),
])
def test_fr_bank3_content_ends_before_the_next_act(fr, sentence, text):
    q = _find(_quotes(fr, sentence), text.split()[0])
    assert q.text == text and q.speaker == "Elise Garnier"


def test_fr_bank3_same_auxiliary_inside_the_content_keeps_it(fr):
    q = _find(_quotes(fr, "Corentin Malvaux a affirmé qu'il a vendu la maison de Brenac et a acheté un "
                          "bateau."), "vendu")
    assert q.text == "il a vendu la maison de Brenac et a acheté un bateau"


# ---- a series of participles sharing one auxiliary ----------------------------------------------

def test_fr_bank3_participle_series_is_no_trailing_cue(fr):
    q = _find(_quotes(fr, "En 2014, l'agence Valpresse a révélé que la police du port, financée par la "
                          "mairie, avait battu, menacé et même arrêté des pêcheurs de Brenac."), "police")
    assert q.text == ("la police du port, financée par la mairie, avait battu, menacé et même arrêté "
                      "des pêcheurs de Brenac")


# ---- "le rôle qu'a joué X": a relative "que" with an inverted subject ---------------------------

def test_fr_bank3_relative_que_with_inverted_subject(fr):
    _absent(_quotes(fr, "Les experts du Courrier de Valdavie reconnaissent le rôle important qu'a joué "
                        "la sécheresse dans la fermeture du port de Brenac."), "a joué")


# ---- a sentence after a closed quotation, its subject first, reports with its own "que" ---------

def test_fr_bank3_next_sentence_cue_keeps_its_own_content(fr):
    found = _quotes(fr, "La ministre Elise Garnier parle du port : « Nous devons trouver une issue. » "
                        "Elle a rappelé qu'elle avait déjà proposé une rencontre à Corentin Malvaux en mars, "
                        "mais que celui-ci n'y a pas donné suite.")
    q = _find(found, "proposé une rencontre")
    assert q.cue == "a rappelé" and q.text.startswith("elle avait déjà proposé")
    assert _find(found, "pas donné suite") is q
    assert all(u.cue != "a rappelé" for u in found if "issue" in u.text)


# ---- a noun-phrase content ends at ", et" + a verb hung before it -------------------------------

def test_fr_bank3_object_ends_before_comma_and_verb(fr):
    q = _find(_quotes(fr, "Le ministre Malvaux ne se fait pas attendre et annonce dès aujourd'hui une "
                          "adaptation des lignes directrices pour accélérer immédiatement les opérations "
                          "correspondantes, et convoque un sommet d'urgence avec l'agence."), "adaptation")
    assert q.text.endswith("opérations correspondantes")


# ---- ", mais <phrase>, <clause>": a clause of its own ---------------------------------------------

def test_fr_bank3_but_for_him_is_a_unit_of_its_own(fr):
    found = _quotes(fr, "La ministre a affirmé que le port devait rouvrir avant l'été, mais pour Corentin "
                        "Malvaux, la crise ne fait que commencer.")
    assert _find(found, "rouvrir").text == "le port devait rouvrir avant l'été"
    q = _find(found, "la crise")
    assert (q.text, q.speaker, q.cue) == ("la crise ne fait que commencer", "Corentin Malvaux", "pour")


def test_fr_bank3_object_ends_before_but_and_fronted_clause(fr):
    q = _find(_quotes(fr, "La presse de Brenac accuse Corentin Malvaux de tout dans le premier cas, mais "
                          "pour la seconde question, c'est encore le flou."), "Malvaux")
    assert q.text == "Corentin Malvaux de tout dans le premier cas"


# ---- light-verb cues: a first verb the lemmatizer leaves as it is, an adverb inside ---------------

@pytest.mark.parametrize("sentence, text, cue", [
    ("Corentin Malvaux laisse entendre qu'il veut briguer la mairie de Brenac.",
     "il veut briguer la mairie de Brenac", "laisse entendre"),
    ("À Brenac, on fait désormais valoir que le port ne rouvrira pas avant l'été.",
     "le port ne rouvrira pas avant l'été", "fait désormais valoir"),
    ("Des experts de Valpresse attirent l'attention sur le fait que la moitié du port est déjà fermée.",
     "la moitié du port est déjà fermée", "attirent l'attention"),
])
def test_fr_bank3_light_verb_cues(fr, sentence, text, cue):
    q = _find(_quotes(fr, sentence), text.split()[1])
    assert (q.kind, q.text, q.cue) == ("indirect", text, cue)


# ---- infinitives that report nothing -------------------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Au lieu de demander des comptes à la mairie, les armateurs de Brenac utilisent le port sans payer.",
     "comptes"),
    ("Pour ne pas être accusés d'exagérer la crise du port, ajoutons que le Courrier de Valdavie a publié "
     "les chiffres.", "exagérer"),
])
def test_fr_bank3_counterfactual_or_negated_infinitive(fr, sentence, words):
    _absent(_quotes(fr, sentence), words)


# ---- "quand menace X": an inverted subject, no object --------------------------------------------

def test_fr_bank3_inverted_subject_after_quand(fr):
    assert _quotes(fr, "Il serait ridicule de s'en tenir à des règles strictes quand menace la fermeture du port.") == []


# ---- "des études selon lesquelles, si …": a document's content, its first comma dropped --------

def test_fr_bank3_studies_according_to_which(fr):
    q = _find(_quotes(fr, "Ont été publiées les données de certaines études selon lesquelles, si Brenac "
                          "fermait le port, la ville économiserait beaucoup d'argent."), "économiserait")
    assert (q.kind, q.text) == ("indirect", "si Brenac fermait le port, la ville économiserait beaucoup d'argent")


# ---- « … . » + a capitalised word: the quotation's own full stop ends its sentence ---------------

def test_fr_bank3_quote_after_pour_x_colon_is_direct(fr):
    found = _quotes(fr, "Pour Corentin Malvaux, la fermeture du port est une faute : « La vente du port est une "
                        "honte. Mais rares sont ceux qui s'y opposent. » Le fait qu'il ait critiqué la mairie lui "
                        "a valu des reproches.")
    assert _find(found, "fermeture").text == "la fermeture du port est une faute"
    q = _find(found, "honte")
    assert (q.kind, q.speaker) == ("direct", "Corentin Malvaux")


def test_fr_bank3_free_relative_before_colon_is_no_content(fr):
    found = _quotes(fr, "L'ancien maire Corentin Malvaux a déploré ce qu'il a décrit comme la vision du monde "
                        "d'Elise Garnier : « Si vous achetez des bateaux et si vous êtes contre Brenac, vous pouvez "
                        "tout faire. » Le Courrier de Valdavie a publié une analyse.")
    _absent(found, "vision du monde")
    assert _find(found, "achetez").kind == "direct"


# ---- whole sentences quoted after a colon with no cue ---------------------------------------------

@pytest.mark.parametrize("sentence, words, speaker", [
    ("Corentin Malvaux y associe une mission impérative pour Brenac : « Nous devons rouvrir le port avant "
     "l'été. » Le maire de Valpresse se tait.", "rouvrir le port", "Corentin Malvaux"),
    ("La ministre Elise Garnier a mis en garde contre une faillite du port. Les signes en seraient partout : "
     "« Nous allons vers la faillite. Les armateurs partent les uns après les autres. » Le maire se tait.",
     "vers la faillite", "Elise Garnier"),
])
def test_fr_bank3_sentence_quoted_after_colon(fr, sentence, words, speaker):
    q = _find(_quotes(fr, sentence), words)
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_fr_bank3_motto_after_colon_is_no_quote(fr):
    assert _quotes(fr, "Le port de Brenac affiche une devise : « Nous ne fermons jamais nos portes. »") == []


# ---- "comme le fait valoir X, « … »": "le fait" taken for the noun --------------------------------

def test_fr_bank3_comme_le_fait_valoir_before_a_quote(fr):
    q = _find(_quotes(fr, "Les agents pourraient faire autre chose ; c'est pourquoi, comme le fait valoir Elise "
                          "Garnier, de Valpresse, « c'est traiter à la légère les habitants de Brenac »."), "légère")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Elise Garnier", "fait valoir")


# ---- "pour expliquer que" after a parenthesis between dashes -------------------------------------

def test_fr_bank3_pour_expliquer_after_a_dash_parenthesis(fr):
    q = _find(_quotes(fr, "La ministre Elise Garnier s'est déjà rendue à Brenac – pour des raisons évidentes, le "
                          "port le plus inquiet de la crise – pour expliquer qu'un accord sur le port devra être "
                          "trouvé au plus vite."), "accord")
    assert (q.kind, q.cue) == ("indirect", "expliquer")


# ---- an object after a comma-bounded phrase ------------------------------------------------------

def test_fr_bank3_object_after_a_comma_phrase(fr):
    q = _find(_quotes(fr, "L'analyste Corentin Malvaux n'a pas exclu, dans un entretien avec le Courrier de "
                          "Valdavie, un recours de Brenac à la force en cas de provocation."), "recours")
    assert q.text == "un recours de Brenac à la force en cas de provocation"


# ---- « X » + a verb, no comma, no final stop: the quoted words are the subject -------------------

def test_fr_bank3_quoted_subject_is_no_incise(fr):
    assert _quotes(fr, "Dans la crise actuelle du port aussi, « d'autres villes » auraient attisé l'escalade.") == []


# ---- "qualifier X de « Y »" then the sentence's own verb ------------------------------------------

def test_fr_bank3_label_ends_before_the_main_verb(fr):
    q = _find(_quotes(fr, "Le fait qu'il ait récemment qualifié l'escalade à Brenac de « guerre fratricide » lui "
                          "a valu de nombreuses critiques dans la région."), "fratricide")
    assert q.text == "l'escalade à Brenac de « guerre fratricide »"


# ---- a gerund before the main clause: its noun-phrase content ends at the comma ------------------

def test_fr_bank3_fronted_gerund_content_ends_at_main_clause(fr):
    found = _quotes(fr, "Il est révélateur que, tout récemment encore, en invoquant la nécessité de fermer le "
                        "port de Brenac, la presse de Valpresse menaçait de famine et de pénuries massives les "
                        "villes du sud.")
    assert _find(found, "nécessité").text == "la nécessité de fermer le port de Brenac"
    assert _find(found, "famine").text == "de famine et de pénuries massives les villes du sud"


def test_fr_bank3_gerund_que_content_keeps_its_comma_clause(fr):
    q = _find(_quotes(fr, "Corentin Malvaux a quitté la salle en affirmant que si le port ferme, la ville de "
                          "Brenac mourra."), "port")
    assert q.text == "si le port ferme, la ville de Brenac mourra"


# ---- "¶ C'est ce que rapporte X": a short lede paragraph, all of it -------------------------------

def test_fr_bank3_cest_ce_que_takes_a_short_lede_paragraph(fr):
    q = _find(_quotes(fr, "Le port sous la menace\n\nÀ Brenac, les armateurs tentent de lancer la saison de "
                          "pêche. Pour être plus convaincants, ils ont engagé des gardes.\n\nC'est ce que rapporte "
                          "le Courrier de Valdavie, en se référant à un message de la ministre Elise Garnier."),
              "armateurs")
    assert q.text.startswith("À Brenac") and q.text.endswith("ils ont engagé des gardes")


# ---- "selon le même scénario": a manner, nobody's words -------------------------------------------

def test_fr_bank3_selon_le_meme_scenario(fr):
    assert _quotes(fr, "Titre\n\nLes images ont été mises en scène à Brenac. La fermeture du port de Valpresse "
                       "a été organisée exactement selon le même scénario.") == []


# ---- orders, encouragements and recommendations with their content --------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("Les autorités de Valpresse ont ordonné au port de Brenac de fermer sans délai tous ses quais.",
     "port de Brenac de fermer sans délai tous ses quais"),
    ("La ministre Elise Garnier a annoncé qu'elle voterait pour Corentin Malvaux, et a encouragé les autres "
     "à faire de même.", "les autres à faire de même"),
    ("Ainsi, la mairie de Brenac préconise entre autres une taxe sur les navires venus de Valpresse.",
     "une taxe sur les navires venus de Valpresse"),
])
def test_fr_bank3_order_encourage_recommend(fr, sentence, text):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text) == ("indirect", text)


@pytest.mark.parametrize("sentence, text", [
    ("La baisse des taux encourage les ménages à emprunter davantage.", None),
    ("Les médecins préconisent de se faire vacciner avant l'hiver.", "se faire vacciner avant l'hiver"),
])
def test_fr_bank3_thing_encourages_and_advice_infinitive(fr, sentence, text):
    found = _quotes(fr, sentence)
    assert [q.text for q in found] == ([text] if text else [])
