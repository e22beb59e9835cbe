"""A second bank of French reported-speech constructions (issue #3), from the patterns that recur
in translated news (the French dev set of Italian, German, Polish and Russian articles). One short
fictional sentence each (the Valdavie world); each row failed before the rule it tests."""

from __future__ import annotations

import pytest

from quotekit import absent as _absent
from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


# ---- "…, comme l'a dit X …": the content before a "comme" incise ------------------------------

@pytest.mark.parametrize("sentence, text, speaker, cue, via", [
    ("Le port a fermé, comme l'a dit Corentin Malvaux hier à Brenac.",
     "Le port a fermé", "Corentin Malvaux", "a dit", None),
    ("Le maire a été relâché, comme l'avait déjà annoncé vendredi sur Twitter Corentin Malvaux.",
     "Le maire a été relâché", "Corentin Malvaux", "avait déjà annoncé", "sur Twitter"),
])
def test_fr_bank2_comme_incise_with_time_or_medium(fr, sentence, text, speaker, cue, via):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text, q.speaker, q.cue, q.via) == ("indirect", text, speaker, cue, via)


# ---- an incise with an inverted subject inside the reported sentence ---------------------------

def test_fr_bank2_clitic_incise_inside_the_content(fr):
    text = "Cette situation, ont-ils reconnu, constitue l'inversion d'une tendance observée depuis 2014."
    q = _find(_quotes(fr, "Les analystes du Courrier de Valdavie ont publié leur rapport. " + text), "inversion")
    assert q.kind == "indirect" and q.text == text[:-1] and q.cue == "ont-ils reconnu"


def test_fr_bank2_incise_after_an_adverbial(fr):
    q = _find(_quotes(fr, "À l'avenir, a indiqué l'analyste, tout dépendra de la capacité du "
                          "nouveau maire à défendre le port."), "dépendra")
    assert q.kind == "indirect" and q.cue == "a indiqué" and q.speaker == "l'analyste"
    assert q.text == "tout dépendra de la capacité du nouveau maire à défendre le port"


# ---- the content before an incise holds an earlier report (nested speech) ----------------------

def test_fr_bank2_nested_report_inside_a_content_before_the_incise(fr):
    found = _quotes(fr, "Le maire de Brisval, qui a annoncé la veille sa démission prochaine, a servi les "
                        "intérêts des armateurs, a déclaré vendredi Corentin Malvaux.")
    outer = _find(found, "armateurs")
    assert outer.kind == "indirect" and outer.cue == "a déclaré" and outer.speaker == "Corentin Malvaux"
    assert outer.text.startswith("Le maire de Brisval, qui a annoncé")
    inner = next(q for q in found if q.text.startswith("la veille sa démission"))
    assert inner.cue == "a annoncé" and inner.speaker == "Le maire de Brisval"
    assert len(found) == 2


# ---- a medium's name glued to the inverted subject: "a déclaré à Radio Brenac Corentin Malvaux" -

@pytest.mark.parametrize("sentence", [
    "Le port va fermer, a déclaré vendredi à Radio Brenac Corentin Malvaux.",
    "Le port va fermer, a déclaré vendredi à Radio Brenac Corentin Malvaux, professeur à l'université de Brenac.",
])
def test_fr_bank2_medium_before_the_inverted_subject(fr, sentence):
    q = _find(_quotes(fr, sentence), "fermer")
    assert (q.kind, q.text, q.cue, q.speaker, q.via) == (
        "indirect", "Le port va fermer", "a déclaré", "Corentin Malvaux", "à Radio Brenac")


# ---- direct quotations: a second quotation after the incise's colon; a role and a name ---------

@pytest.mark.parametrize("incise", [
    "a déclaré Léonie Varenne :",
    "a déclaré Léonie Varenne, maire de Brisval :",
    "a déclaré au Courrier de Valdavie Léonie Varenne, maire de Brisval :",
])
def test_fr_bank2_second_quotation_after_the_incise_colon(fr, incise):
    found = _quotes(fr, f"« Je suis surprise », {incise} « J'ai été de ces personnes qui croyaient au port. »")
    first, second = _find(found, "surprise"), _find(found, "personnes")
    assert first.cue == "a déclaré" and first.speaker == "Léonie Varenne"
    assert (second.kind, second.cue, second.speaker) == ("direct", None, "Léonie Varenne")
    assert second.text.startswith("J'ai été")


@pytest.mark.parametrize("role", ["le président de la commission", "le président de la commission des affaires "
                                  "étrangères de la Diète"])
@pytest.mark.parametrize("name", ["Corentin Malvaux", "Corentin Malvaux (Parti vert)"])
def test_fr_bank2_inner_incise_with_a_role_and_its_name(fr, role, name):
    found = _quotes(fr, f"« Compte tenu de la crise, a déclaré {role}, {name}, les risques ont très "
                        "sensiblement augmenté. »")
    first, second = _find(found, "Compte tenu"), _find(found, "risques")
    assert (first.text, first.cue, first.speaker) == ("Compte tenu de la crise", "a déclaré", "Corentin Malvaux")
    assert second.text.startswith("les risques") and second.speaker == "Corentin Malvaux" and second.cue is None


# ---- "se dire convaincu": the attribute is part of the cue, the subject may be inverted ---------

@pytest.mark.parametrize("sentence, speaker, cue", [
    ("Le port rouvrira en mai, se dit convaincu Corentin Malvaux.", "Corentin Malvaux", "se dit convaincu"),
    ("Le port rouvrira en mai, se dit convaincue la maire de Brisval.", "la maire de Brisval", "se dit convaincue"),
    ("Le port rouvrira en mai, se disent convaincus les élus de Brenac.", "les élus de Brenac", "se disent convaincus"),
    ("Le port rouvrira en mai, s'est dit persuadé Corentin Malvaux.", "Corentin Malvaux", "s'est dit persuadé"),
    ("Corentin Malvaux se dit convaincu que le port rouvrira en mai.", "Corentin Malvaux", "se dit convaincu"),
])
def test_fr_bank2_se_dire_convaincu(fr, sentence, speaker, cue):
    q = _find(_quotes(fr, sentence), "rouvrira")
    assert (q.kind, q.text.lower(), q.speaker, q.cue) == ("indirect", "le port rouvrira en mai", speaker, cue)


def test_fr_bank2_se_dire_pret_keeps_its_attribute_in_the_content(fr):
    q = _find(_quotes(fr, "Corentin Malvaux se dit prêt à rouvrir le port de Brenac."), "rouvrir")
    assert q.text == "prêt à rouvrir le port de Brenac" and q.speaker == "Corentin Malvaux"


# ---- "X a exprimé son inquiétude quant à …": the content after the noun's preposition -----------

@pytest.mark.parametrize("sentence, speaker, cue", [
    ("Les pêcheurs ont exprimé leur inquiétude quant à l'avenir du port de Brenac.",
     "Les pêcheurs", "ont exprimé leur inquiétude"),
    ("Corentin Malvaux a exprimé sa vive inquiétude face à l'avenir du port de Brenac.",
     "Corentin Malvaux", "a exprimé sa vive inquiétude"),
])
def test_fr_bank2_expressed_feeling_about(fr, sentence, speaker, cue):
    q = _find(_quotes(fr, sentence), "avenir")
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", "l'avenir du port de Brenac", speaker, cue)


# ---- session 5: speech verbs whose noun-phrase object is the content ---------------------------

@pytest.mark.parametrize("sentence, text, speaker, cue", [
    # "exprimer" + an attitude noun with its complement
    ("Le maire de Brenac, Corentin Malvaux, a exprimé son hostilité à ce projet de rocade.",
     "son hostilité à ce projet de rocade", "Corentin Malvaux", "a exprimé"),
    # "faire savoir" + a noun phrase (the light verb holds the subject)
    ("Heureusement, des communes ont fait savoir leur hostilité à cette idée.",
     "leur hostilité à cette idée", "des communes", "ont fait savoir"),
    ("Les maires de la vallée ont fait savoir leur opposition au projet de barrage de Brenac.",
     "leur opposition au projet de barrage de Brenac", "Les maires de la vallée", "ont fait savoir"),
    # "exiger" + the demand, somebody as subject
    ("Les syndicats de Valdavie exigent le retrait immédiat de la réforme des retraites.",
     "le retrait immédiat de la réforme des retraites", "Les syndicats de Valdavie", "exigent"),
    ("Les écologistes de Brenac exigent la fermeture des trois derniers réacteurs de la centrale.",
     "la fermeture des trois derniers réacteurs de la centrale", "Les écologistes de Brenac", "exigent"),
])
def test_fr_bank2_noun_phrase_content(fr, sentence, text, speaker, cue):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", text, speaker, cue)


def test_fr_bank2_a_thing_that_requires_is_no_speaker(fr):
    assert not _quotes(fr, "La démocratie exige souvent l'acceptation de comportements que nous pourrions refuser.")


@pytest.mark.parametrize("sentence, text, kind, speaker", [
    # "condamner" + an object holding a quotation: mixed
    ("Corentin Malvaux a condamné les dégradations et « les violences inacceptables contre les agents municipaux ».",
     "les dégradations et « les violences inacceptables contre les agents municipaux »", "mixed", "Corentin Malvaux"),
    # "reprocher à X Y": the addressee is part of the content
    ("Hélène Darcourt a reproché à Corentin Malvaux une « gestion désastreuse des finances de Brenac ».",
     "à Corentin Malvaux une « gestion désastreuse des finances de Brenac »", "mixed", "Hélène Darcourt"),
    ("Le préfet a reproché au maire de Brenac son absence à la réunion de crise.",
     "au maire de Brenac son absence à la réunion de crise", "indirect", "Le préfet"),
    # ("de plus en plus" between the cue and its content; "tous les …" after the addressee)
    ("Brenac, pendant ce temps, reprochait de plus en plus à Valmont tous les maux du monde, notamment "
     "l'utilisation de \"la pollution comme arme\" et la barbarie en général.",
     "à Valmont tous les maux du monde, notamment l'utilisation de \"la pollution comme arme\" et la barbarie "
     "en général", "mixed", "Brenac"),
])
def test_fr_bank2_condemn_and_reproach(fr, sentence, text, kind, speaker):
    q = _find(_quotes(fr, sentence), "à" if text.startswith("à") else text.split()[1])
    assert (q.kind, q.text, q.speaker) == (kind, text, speaker)


# ---- an indirect content before a colon that introduces the speaker's own words ----------------

@pytest.mark.parametrize("sentence, content, quote, speaker, cue", [
    ("Selon Corentin Malvaux, une grève générale pourrait éclater si la mairie ne change pas radicalement "
     "de politique : « Toutes les réformes de ce type ont échoué à Brenac. »",
     "une grève générale pourrait éclater si la mairie ne change pas radicalement de politique",
     "Toutes les réformes de ce type ont échoué à Brenac.", "Corentin Malvaux", "Selon"),
    ("Pour Corentin Malvaux, les routes de Brenac seraient un coup monté : « En regardant les images de près, "
     "je ne peux cacher que j'ai de sérieux doutes sur leur véracité. »",
     "les routes de Brenac seraient un coup monté",
     "En regardant les images de près, je ne peux cacher que j'ai de sérieux doutes sur leur véracité.",
     "Corentin Malvaux", "Pour"),
    ("Le maire a affirmé que la mairie s'était activement préparée à une éventuelle pénurie d'eau : « Brenac "
     "se prépare activement à une sécheresse ; tout a commencé l'an dernier ».",
     "la mairie s'était activement préparée à une éventuelle pénurie d'eau",
     "Brenac se prépare activement à une sécheresse ; tout a commencé l'an dernier", "Le maire", "a affirmé"),
])
def test_fr_bank2_content_then_colon_then_quotation(fr, sentence, content, quote, speaker, cue):
    found = _quotes(fr, sentence)
    q = _find(found, content.split()[-1])
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", content, speaker, cue)
    d = _find(found, quote.split()[-1])
    assert (d.kind, d.text, d.speaker) == ("direct", quote, speaker)
    assert len(found) == 2


def test_fr_bank2_que_before_colon_with_a_selon_incise_is_left_alone(fr):
    found = _quotes(fr, "Le Courrier de Valdavie rapporte que, dans le même temps, selon Corentin Malvaux, la mairie "
                        "s'est activement préparée à une pénurie d'eau : « Brenac se prépare à une sécheresse ».")
    assert "dans le même temps" not in [q.text for q in found]


# ---- a French quotation over two paragraphs, closed before its incise ---------------------------

@pytest.mark.parametrize("inner", ["une crise", "une \"vraie\" crise"])
def test_fr_bank2_quotation_closed_paragraphs_later_before_its_incise(fr, inner):
    text = ("Corentin Malvaux répond : « Les effets en sont déjà visibles dans le port de Brenac. Le nombre de "
            "chalutiers à quai a déjà atteint un niveau record.\n\nSi autant de pêcheurs restent à terre, alors nous "
            f"aurons affaire à {inner} », estime le maire. « Et c'est là que se pose la question du port. »")
    found = _quotes(fr, text)
    q = _find(found, "chalutiers")
    assert q.kind == "direct" and q.text.startswith("Les effets") and q.text.endswith(inner)
    assert q.speaker == "Corentin Malvaux"
    nxt = _find(found, "question du port")
    assert nxt.kind == "direct" and nxt.speaker == "Corentin Malvaux" and nxt.cue is None


# ---- "+obj" cue, then "à X" (a place, an addressee, a medium), then the object ------------------

@pytest.mark.parametrize("sentence, text, speaker", [
    ("La présidente de la Commission, Hélène Darcourt, a annoncé à Brenac l'approbation du plan de relance "
     "de la vallée.", "l'approbation du plan de relance de la vallée", "Hélène Darcourt"),
    ("Corentin Malvaux a confirmé à Valpresse la fermeture définitive du port de Brenac.",
     "la fermeture définitive du port de Brenac", "Corentin Malvaux"),
    ("Le ministre a annoncé aux élus de Brenac la fermeture définitive du port.",
     "la fermeture définitive du port", "Le ministre"),
])
def test_fr_bank2_object_after_a_phrase_in_a(fr, sentence, text, speaker):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text, q.speaker) == ("indirect", text, speaker)


# ---- "nier" + a noun phrase denies a thing, it reports no words; "tout indique que" ------------

@pytest.mark.parametrize("sentence", [
    "Les Valdaviens sont le peuple qui a le plus nié les droits des autres à leur autodétermination.",
    "Les élus de Brenac veulent rejoindre la ligue, en niant l'histoire de leur propre pays.",
    "Mais tout indique dans l'histoire de Brenac que plus un maire devient puissant, plus il échappe au contrôle.",
])
def test_fr_bank2_denied_things_and_everything_indicates(fr, sentence):
    assert not _quotes(fr, sentence)


@pytest.mark.parametrize("sentence, text, kind", [
    ("Corentin Malvaux a nié avoir rencontré les armateurs de Brenac.",
     "avoir rencontré les armateurs de Brenac", "indirect"),
    ("Corentin Malvaux a nié « toute implication dans cette affaire de corruption ».",
     "toute implication dans cette affaire de corruption", "direct"),
])
def test_fr_bank2_denial_with_infinitive_or_quotation(fr, sentence, text, kind):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text, q.speaker) == (kind, text, "Corentin Malvaux")


# ---- "a annoncé A et promis B": two cues sharing one auxiliary ----------------------------------

def test_fr_bank2_two_cues_sharing_an_auxiliary(fr):
    found = _quotes(fr, "Corentin Malvaux a tenu un discours au conseil. Il y a annoncé un nouveau changement "
                        "d'époque et promis un soutien financier aux pêcheurs de Brenac.")
    a = _find(found, "époque")
    assert (a.text, a.cue, a.speaker) == ("un nouveau changement d'époque", "a annoncé", "Corentin Malvaux")
    b = _find(found, "pêcheurs")
    assert (b.text, b.cue, b.speaker) == ("un soutien financier aux pêcheurs de Brenac", "promis", "Corentin Malvaux")


def test_fr_bank2_object_going_on_in_a_quotation_after_a_comma(fr):
    q = _find(_quotes(fr, "Corentin Malvaux a promis un soutien financier aux pêcheurs, « jusqu'à ce que le port "
                          "rouvre enfin ses quais »."), "pêcheurs")
    assert q.kind == "mixed" and q.speaker == "Corentin Malvaux" and q.cue == "a promis"
    assert q.text == "un soutien financier aux pêcheurs, « jusqu'à ce que le port rouvre enfin ses quais »"


# ---- acts, not speech: "proclamer son indépendance", "conclure des contrats", "être menacé de" ---

@pytest.mark.parametrize("sentence", [
    "Brenac a proclamé son indépendance il y a quatorze ans.",
    "La liste précise le nombre de personnes avec lesquelles les missions des pays voisins peuvent conclure "
    "des contrats de travail.",
    "La population de nombreux villages de Valdavie est aujourd'hui menacée de famine en raison de la baisse "
    "des récoltes.",
])
def test_fr_bank2_acts_that_look_like_cues(fr, sentence):
    assert not _quotes(fr, sentence)


@pytest.mark.parametrize("sentence, text", [
    ("Le rapport de la mairie conclut à l'inutilité totale du nouveau barrage de Brenac.",
     "à l'inutilité totale du nouveau barrage de Brenac"),
    ("Corentin Malvaux a menacé de quitter le conseil municipal de Brenac.", "quitter le conseil municipal de Brenac"),
])
def test_fr_bank2_conclude_to_and_threaten_to_stay_content(fr, sentence, text):
    assert _find(_quotes(fr, sentence), text.split()[-2]).text == text


# ---- a fronted clause of time or condition before "il a dit" is no content ----------------------

@pytest.mark.parametrize("sentence", [
    "Tant qu'il l'a pu, il a tout nié : de la corruption du port aux dettes de la mairie.",
    "Lorsque la mairie a fermé, il a tout raconté : les dettes, les menaces et les pots-de-vin.",
])
def test_fr_bank2_fronted_subordinate_clause_is_no_content(fr, sentence):
    assert not _quotes(fr, sentence)


def test_fr_bank2_fronted_content_before_il_a_promis_stays(fr):
    q = _find(_quotes(fr, "Le port rouvrira lundi, il l'a promis aux pêcheurs de Brenac."), "rouvrira")
    assert q.text == "Le port rouvrira lundi" and q.cue == "a promis"


# ---- the author's own moves and words that only look like cues (spurious indirect units) -------

@pytest.mark.parametrize("sentence", [
    # an impersonal verb governing the cue's infinitive: the author speaking
    "Le Courrier de Valdavie enquête depuis des mois. Il convient de rappeler que Corentin Malvaux a "
    "longtemps dirigé la coopérative agricole de Brenac.",
    "Il suffit de rappeler que Corentin Malvaux a dirigé la coopérative de Brenac pendant dix ans.",
    # a negated infinitive cue: "pour ne pas dire que"
    "Le déficit de Brenac est lourd, pour ne pas dire que la commune a été gérée de façon catastrophique "
    "par ses élus.",
    # a past participle used as an adjective, another verb carrying the clause
    "Après les signaux répétés montrant que les habitants de Brenac votent de moins en moins, le conseil a "
    "changé de date.",
])
def test_fr_bank2_author_moves_are_no_units(fr, sentence):
    assert not _quotes(fr, sentence)


def test_fr_bank2_pronominal_verbs_are_no_cues(fr):
    # "se réclamer de": a pronominal verb that is not speech (the outer report stays)
    found = _quotes(fr, "Les maires se réclament de la tradition républicaine de Valdavie, a constaté la ministre.")
    assert len(found) == 1 and found[0].cue == "a constaté"


def test_fr_bank2_negated_infinitive_rule_keeps_plain_infinitive_cue(fr):
    q = _find(_quotes(fr, "Corentin Malvaux a choisi de dire que le port de Brenac fermerait en mai."), "fermerait")
    assert q.cue == "dire" and q.speaker == "Corentin Malvaux"


# ---- "C'est ce qu'a affirmé X": the content is the sentence before -----------------------------

@pytest.mark.parametrize("sentence, cue, speaker", [
    ("Le port de Brenac ne rouvrira pas avant l'été. C'est ce qu'affirmait récemment Corentin Malvaux, "
     "maire de Brenac.", "affirmait", "Corentin Malvaux"),
    ("Le port de Brenac ne rouvrira pas avant l'été.\nC'est ce qu'a affirmé mardi le maire Corentin Malvaux.",
     "a affirmé", "Corentin Malvaux"),
    ("Le port de Brenac ne rouvrira pas avant l'été. Voilà ce qu'a déclaré la ministre Hélène Darcourt à Brenac.",
     "a déclaré", "Hélène Darcourt"),
])
def test_fr_bank2_cest_ce_qu_a_dit_points_back(fr, sentence, cue, speaker):
    q = _find(_quotes(fr, sentence), "rouvrira")
    assert (q.kind, q.text, q.cue, q.speaker) == ("indirect", "Le port de Brenac ne rouvrira pas avant l'été", cue, speaker)


def test_fr_bank2_cest_ce_qu_a_dit_after_on_peut_dire_que(fr):
    q = _find(_quotes(fr, "Quand on regarde les comptes de la mairie, on peut dire que le port de Brenac ne "
                          "rouvrira pas avant l'été. C'est ce qu'affirmait récemment Corentin Malvaux."), "rouvrira")
    assert q.text == "le port de Brenac ne rouvrira pas avant l'été" and q.speaker == "Corentin Malvaux"


@pytest.mark.parametrize("sentence", [
    "Le port rouvrira-t-il cet été ? C'est ce que veulent savoir les pêcheurs de Brenac.",
])
def test_fr_bank2_cest_ce_que_after_a_question_is_no_unit(fr, sentence):
    assert not _quotes(fr, sentence)


def test_fr_bank2_cest_ce_qu_a_dit_after_a_quotation_stays_direct(fr):
    found = _quotes(fr, "Le maire Corentin Malvaux a parlé mardi. « Le port ne rouvrira pas. » C'est ce qu'a affirmé le maire.")
    assert len(found) == 1 and found[0].kind == "direct" and found[0].cue == "a affirmé"


# ---- evidence is nobody's speech: "les éléments tendent à rappeler que" ------------------------

def test_fr_bank2_tendre_a_plus_cue_is_no_unit(fr):
    assert not _quotes(fr, "Mais beaucoup d'éléments tendent à rappeler que le port de Brenac ne rouvrira jamais.")


# ---- advice: "recommander / préconiser / conseiller de" + infinitive ---------------------------

@pytest.mark.parametrize("sentence, text, cue", [
    ("Les médecins de Brenac recommandent de se préparer à une nouvelle vague de grippe cet hiver.",
     "se préparer à une nouvelle vague de grippe cet hiver", "recommandent"),
    ("Les médecins de Brenac préconisent de fermer les écoles de la commune dès lundi prochain.",
     "fermer les écoles de la commune dès lundi prochain", "préconisent"),
    ("Les médecins conseillent aux habitants de se faire vacciner avant l'hiver.",
     "habitants de se faire vacciner avant l'hiver", "conseillent"),
])
def test_fr_bank2_advice_de_infinitive(fr, sentence, text, cue):
    q = _find(_quotes(fr, sentence), text.split()[-1])
    assert (q.kind, q.text, q.cue) == ("indirect", text, cue)


def test_fr_bank2_conseiller_someone_is_no_speech(fr):
    assert not _quotes(fr, "Léonie Varenne conseille le maire de Brenac depuis 2019.")


def test_fr_bank2_incise_after_an_adverbial_then_a_long_subject(fr):
    q = _find(_quotes(fr, "Sans ce traitement, a dit Corentin Malvaux, les patients atteints de grippe à l'hôpital "
                          "n'ont à se soucier que de leurs poumons."), "poumons")
    assert (q.kind, q.cue, q.speaker) == ("indirect", "a dit", "Corentin Malvaux")
    assert q.text == "les patients atteints de grippe à l'hôpital n'ont à se soucier que de leurs poumons"


# ---- "comme l'a dit X" incises: a parenthesis after the subject; "car" before the content ------

def test_fr_bank2_comme_incise_with_a_parenthesis(fr):
    q = _find(_quotes(fr, "Comme le rapporte Valpresse (lien externe), Corentin Malvaux s'est exprimé au milieu "
                          "d'une nouvelle vague de grèves dans le port."), "grèves")
    assert (q.cue, q.speaker) == ("rapporte", "Valpresse")
    assert q.text == "Corentin Malvaux s'est exprimé au milieu d'une nouvelle vague de grèves dans le port"


@pytest.mark.parametrize("cue, speaker", [("a dit", "Corentin Malvaux"), ("attestent", "plusieurs études")])
def test_fr_bank2_comme_incise_bears_on_the_clause_after_car(fr, cue, speaker):
    q = _find(_quotes(fr, f"Les pêcheurs sont inquiets, car le nouveau barrage pourrait détruire la faune du "
                          f"fleuve, comme l'{cue} {speaker}."), "faune")
    assert (q.kind, q.cue, q.speaker) == ("indirect", cue, speaker)
    assert q.text == "le nouveau barrage pourrait détruire la faune du fleuve"


# ---- "alors que" + quoted words: the contrast is the speaker's ---------------------------------

def test_fr_bank2_alors_que_with_quoted_words_stays_in_the_content(fr):
    q = _find(_quotes(fr, "Le maire a affirmé que Léonie Varenne n'avait fait que « ruiner le port de Brenac », "
                          "alors que lui-même était entré à la mairie pour « sauver la pêche »."), "ruiner")
    assert q.kind == "mixed" and q.cue == "a affirmé" and q.text.endswith("pour « sauver la pêche »")


def test_fr_bank2_alors_que_without_quotation_is_the_authors(fr):
    q = _find(_quotes(fr, "Le maire a exigé que le port reste ouvert, alors que la ministre a décidé de le fermer en mai."),
              "ouvert")
    assert q.text == "le port reste ouvert"


# ---- "Voici ce que nous en dit X :" announces the content after the colon ----------------------

def test_fr_bank2_voici_ce_que_dit_x_next_paragraph(fr):
    found = _quotes(fr, "Le port de Brenac est en crise. Voici ce que nous en dit Valpresse :\n"
                        "Le port de Brenac fermera ses portes en mai, faute de pêcheurs.\nLa mairie n'a pas réagi.")
    q = _find(found, "fermera")
    assert (q.kind, q.cue, q.speaker) == ("indirect", "dit", "Valpresse")
    assert q.text == "Le port de Brenac fermera ses portes en mai, faute de pêcheurs" and len(found) == 1


def test_fr_bank2_voici_ce_qu_a_declare_x_same_sentence(fr):
    q = _find(_quotes(fr, "Voici ce qu'a déclaré mardi la ministre Hélène Darcourt : le port de Brenac fermera en mai."),
              "fermera")
    assert (q.kind, q.text, q.cue, q.speaker) == ("indirect", "le port de Brenac fermera en mai", "a déclaré",
                                                  "Hélène Darcourt")


# ---- "promettre de" with a thing as subject is a prospect, not a promise -----------------------

@pytest.mark.parametrize("sentence", [
    "Le nouveau barrage promet de créer deux cents emplois dans la vallée de Brenac.",
    "La mairie de Brenac a conçu une opération originale qui promet de raviver l'intérêt des touristes pour le port.",
])
def test_fr_bank2_thing_that_promises_is_no_speaker(fr, sentence):
    assert not _quotes(fr, sentence)


@pytest.mark.parametrize("subject", ["Le maire", "Le gouvernement", "Le Courrier de Valdavie", "Les habitants"])
def test_fr_bank2_people_and_institutions_still_promise(fr, subject):
    q = _find(_quotes(fr, f"{subject} promet de créer deux cents emplois dans la vallée de Brenac.".replace(
        "Les habitants promet", "Les habitants promettent")), "emplois")
    assert q.cue.startswith("promet") and q.text == "créer deux cents emplois dans la vallée de Brenac"


@pytest.mark.parametrize("text", [
    "Le maire a lancé la « Grande Consultation des Valdaviens » (GCV) la semaine dernière.",
    "Le maire a lancé la «Conférence sur l'avenir de Brenac» (CoFAB) la semaine dernière.",  # one letter from elsewhere
])
def test_fr_bank2_a_quoted_name_before_its_acronym_is_no_quote(fr, text):
    assert _quotes(fr, text) == []


def test_fr_bank2_a_quotation_before_a_source_acronym_stays(fr):
    q = _find(_quotes(fr, "« C'est faux et nous le prouverons devant le juge », a déclaré Corentin Malvaux (AFP)."),
              "nous le prouverons")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


# ---- a quotation ending a noun phrase its determiner opens is a name, not speech --------------

@pytest.mark.parametrize("text", [
    "Le Courrier de Valdavie a publié un rapport détaillé sur les recommandations de la « Conférence sur l'avenir de Brenac ».",
    "Valpresse a publié une analyse détaillée des propositions de la « Grande Consultation des Valdaviens ».",
    "Le maire a détaillé hier le calendrier du « Plan pour le port de Brenac » devant les élus.",
])
def test_fr_bank2_a_quoted_name_after_its_determiner_is_no_quote(fr, text):
    assert _quotes(fr, text) == []


def test_fr_bank2_a_quoted_object_right_after_its_cue_stays(fr):
    q = _find(_quotes(fr, "Corentin Malvaux a dénoncé une « trahison pure et simple des pêcheurs de Brenac »."),
              "trahison")
    assert q.speaker == "Corentin Malvaux" and q.cue == "a dénoncé"


# ---- "ce que X appelle « … »": a naming verb's quoted object is a label ------------------------

def test_fr_bank2_what_somebody_calls_is_a_label(fr):
    text = ("Corentin Malvaux s'en prend à la fiction que la préfecture appelle « ordre territorial "
            "fondé sur des règles ».")
    _absent(_quotes(fr, text), "ordre territorial")


def test_fr_bank2_a_quoted_call_stays(fr):
    q = _find(_quotes(fr, "Le maire de Brenac, Corentin Malvaux, a appelé « à la plus grande retenue tous les habitants du port »."),
              "retenue")
    assert q.speaker == "Corentin Malvaux"


# ---- a quoted question alone in its paragraph is an intertitle --------------------------------

_INTERTITLE = "« Sommes-nous vraiment prêts, à Brenac, à sacrifier la saison des pêcheurs ? »"
_AFTER = "Il semble que, dans l'espace public, le thème du port soit passé au second plan."


def test_fr_bank2_a_lone_quoted_question_is_an_intertitle(fr):
    text = f"Le port de Brenac reste fermé depuis trois semaines, selon le Courrier de Valdavie.\n\n{_INTERTITLE}\n\n{_AFTER}"
    _absent(_quotes(fr, text), "Sommes-nous")


def test_fr_bank2_a_lone_quoted_question_announced_by_a_colon_stays(fr):
    text = f"Corentin Malvaux a posé la question aux élus de Brenac :\n\n{_INTERTITLE}\n\n{_AFTER}"
    q = _find(_quotes(fr, text), "Sommes-nous")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


# ---- no-break spaces inside « » (French typography) end no sentence ---------------------------

@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_fr_bank2_no_break_spaces_inside_guillemets_end_nothing(fr, space):
    text = f"Corentin Malvaux souligne que ce type d'«{space}incidents{space}» portuaires réduit la saison des pêcheurs."
    q = _find(_quotes(fr, text), "incidents")
    assert q.kind == "mixed" and q.text.endswith("réduit la saison des pêcheurs") and q.speaker == "Corentin Malvaux"


# ---- inside a quotation, a pronoun standing for a thing the sentence named reports nothing ----

def test_fr_bank2_a_thing_pronoun_inside_a_quotation_is_no_nested_speaker(fr):
    text = ("« L'étude de Valpresse était précieuse, car elle a confirmé une tendance visible depuis des "
            "années : le port de Brenac perd ses pêcheurs », a expliqué Corentin Malvaux.")
    found = _quotes(fr, text)
    assert _find(found, "était précieuse").speaker == "Corentin Malvaux"
    assert [q.kind for q in found] == ["direct"], [(q.kind, q.text) for q in found]


def test_fr_bank2_a_person_pronoun_inside_a_quotation_still_reports(fr):
    text = ("Hélène Darcourt a ajouté : « Il a dit que nous devrions revoir tous nos accords avec "
            "la mairie de Brenac avant l'été. »")
    found = _quotes(fr, text)
    assert len(found) == 2 and _find(found, "nous devrions revoir").kind == "direct"


# ---- "considérer X comme « Y »": an opinion's quoted attribute is a label ----------------------

def test_fr_bank2_considered_as_a_quoted_label_is_no_quote(fr):
    text = ("Cela signifie que la mairie de Brenac considère désormais elle aussi le port politiquement "
            "comme un lieu « tout à fait banal », qui n'a rien appris de son passé.")
    _absent(_quotes(fr, text), "banal")


# ---- a thing that requires, its subject hung on a participle by the tagger ----------------------

def test_fr_bank2_a_thing_requires_behind_a_participle(fr):
    assert _quotes(fr, "Un tel sacrifice jamais engagé dans les dépenses publiques de Brenac exige "
                       "un résultat rapide et parfait.") == []


# ---- a noun-phrase content ends before "et, <time>, <verb>" even when that verb is the root ------

def test_fr_bank2_object_ends_before_a_coordinated_root_verb(fr):
    q = _find(_quotes(fr, "Le 10 janvier 2017, Hélène Darcourt annonce son départ de la chaîne Valpresse TV et, "
                          "le lendemain, rejoint l’équipe de campagne de Corentin Malvaux, candidat à l’élection "
                          "municipale en tant que porte-parole, où elle s’occupe des questions du port."), "départ")
    assert q.text == "son départ de la chaîne Valpresse TV" and q.speaker == "Hélène Darcourt"


def test_fr_bank2_object_ends_before_a_verb_hung_on_a_noun(fr):
    q = _find(_quotes(fr, "Et là tout s’explique. Le 10 janvier 2017, elle annonce son départ de la chaîne I-Valdavie "
                          "et, le lendemain, rejoint l’équipe de campagne de Malvaux, candidat à l’élection municipale "
                          "en tant que porte-parole, où elle s’occupe des questions du port."), "départ")
    assert q.text == "son départ de la chaîne I-Valdavie"
