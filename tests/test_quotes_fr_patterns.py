"""French reported-speech patterns beyond "cue + que" (issue #3): infinitive and noun-phrase
contents, incises, "selon" in all its places, nested reports. Fictional people and places only
(the Valdavie world)."""

from __future__ import annotations

import pytest

from quotekit import absent as _absent
from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


# ---- content before an incise ------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Réformer la loi maintenant ne ferait que provoquer « une crise durable », a averti dimanche "
     "Corentin Malvaux.", "Réformer la loi maintenant"),
    ("Les troupes de Valdavie cherchent à « garder le contrôle du port », a affirmé un responsable "
     "militaire.", "Les troupes de Valdavie cherchent"),
])
def test_fr_incise_content_with_quoted_fragment_is_mixed(fr, text, words):
    q = _find(_quotes(fr, text), words)
    assert q.kind == "mixed" and q.text.endswith("»")


def test_fr_incise_after_dash(fr):
    q = _find(_quotes(fr, "Le budget de la ville est construit sur des bases fragiles, — a déclaré "
                          "Corentin Malvaux."), "Le budget de la ville")
    assert q.kind == "indirect" and q.text.endswith("fragiles") and q.speaker == "Corentin Malvaux"


def test_fr_incise_inverted_subject_before_addressee(fr):
    (q,) = _quotes(fr, "La réforme du port arrive trop tard, a averti dimanche Corentin Malvaux à "
                       "Léonie Varenne.")
    assert q.speaker == "Corentin Malvaux"


def test_fr_subject_with_relative_is_not_content(fr):
    quotes = _quotes(fr, "Corentin Malvaux, qui a déjà dirigé la mairie de Brisval, lance une "
                         "collecte pour financer des vivres.")
    _absent(quotes, "qui a déjà dirigé")


# ---- nested reports ----------------------------------------------------------------------------

def test_fr_report_inside_a_quotation_is_its_own_unit(fr):
    quotes = _quotes(fr, "Le cabinet de Malvaux a ajouté : « Le Premier ministre a souligné que toute "
                         "tentative de fermer le port ne ferait qu’aggraver la crise. »")
    outer = _find(quotes, "Le Premier ministre a souligné")
    inner = [q for q in quotes if q.cue == "a souligné"]
    assert outer.kind == "direct" and len(inner) == 1
    assert inner[0].kind == "indirect" and inner[0].text.startswith("toute tentative")


def test_fr_report_inside_indirect_content_needs_a_named_speaker(fr):
    quotes = _quotes(fr, "Léonie Varenne a assuré que le préfet Aurel Mistral lui avait expliqué lors "
                         "de leur rencontre à la mairie de Brisval qu’il avait déjà signé le décret.")
    (inner,) = [q for q in quotes if q.cue == "avait expliqué"]
    assert inner.text == "il avait déjà signé le décret" and inner.speaker == "Aurel Mistral"
    assert _find(quotes, "le préfet Aurel Mistral").speaker == "Léonie Varenne"


def test_fr_own_words_inside_a_quotation_are_not_split(fr):
    quotes = _quotes(fr, "Corentin Malvaux a déclaré : « Nous avons dit que nous resterions sur le "
                         "port, et nous resterons. »")
    assert len(quotes) == 1 and quotes[0].kind == "direct"


def test_fr_guillemets_inside_guillemets_stay_one_quotation(fr):
    quotes = _quotes(fr, "« Selon le document, des «travaux urgents» ont été menés en secret », a "
                         "déclaré le ministère.")
    outer = _find(quotes, "Selon le document")
    assert outer.kind == "direct" and outer.text.endswith("en secret")
    (inner,) = [q for q in quotes if q.cue == "Selon"]
    assert inner.text.endswith("ont été menés en secret") and len(quotes) == 2


# ---- coordinated cues, "selon" in the middle of a sentence ----------------------------------------

def test_fr_coordinated_cue_gives_two_units_with_the_same_speaker(fr):
    quotes = _quotes(fr, "Depuis des mois, les élus de Brisval avertissent que la digue va céder et "
                         "affirment qu’elle n’a jamais été entretenue.")
    first, second = _find(quotes, "la digue va céder"), _find(quotes, "jamais été entretenue")
    assert first is not second and "affirment" not in first.text
    assert first.speaker == second.speaker == "les élus de Brisval"


@pytest.mark.parametrize("text, content, kind", [
    ("Selon un rapport de l’Observatoire des ports (ODP) datant de 2021, la moitié des quais de "
     "Valdavie sont en mauvais état.", "la moitié des quais de Valdavie sont en mauvais état", "indirect"),
    ("Les deux maires ont eu, selon Valpresse, un échange « franc et direct ».",
     "un échange « franc et direct »", "mixed"),
    ("Léonie Varenne lance une collecte pour financer des vivres qui, selon elle, sont destinées aux "
     "sinistrés.", "des vivres qui, selon elle, sont destinées aux sinistrés", "indirect"),
    ("En cause, selon le quotidien connu pour ses positions, le fait que « les promesses du maire ne "
     "se sont pas traduites en actes ».", "le fait que « les promesses", "mixed"),
    ("La politique du port, selon le ministère de la mer, devrait changer dès l’été.",
     "La politique du port, selon le ministère de la mer, devrait changer dès l’été", "indirect"),
])
def test_fr_selon_positions(fr, text, content, kind):
    q = _find(_quotes(fr, text), content)
    assert q.kind == kind and q.cue.lower() == "selon"
    assert q.text.startswith(content.split(" «")[0])


# ---- infinitive and noun-phrase contents -------------------------------------------------------

@pytest.mark.parametrize("text, cue, content, kind", [
    ("Corentin Malvaux a promis de ne pas fermer le port de Brisval avant l’été.", "a promis",
     "ne pas fermer le port de Brisval avant l’été", "indirect"),
    ("L’armée de Valdavie a affirmé pour sa part avoir repoussé les assaillants près de Brisval.",
     "a affirmé", "avoir repoussé les assaillants près de Brisval", "indirect"),
    ("C’est le maire de Brisval qui menace à son tour de quitter la majorité municipale.", "menace",
     "quitter la majorité municipale", "indirect"),
    ("Corentin Malvaux a demandé à Léonie Varenne de rester « prudente » face aux syndicats.",
     "a demandé", "Léonie Varenne de rester « prudente » face aux syndicats", "mixed"),
    ("Dans le même temps, il demande au Parlement 30 millions d’euros pour la digue de Brisval.",
     "demande", "30 millions d’euros pour la digue de Brisval", "indirect"),
    ("Le maire a averti les habitants de Brisval de ne pas approcher de la digue.", "a averti",
     "les habitants de Brisval de ne pas approcher de la digue", "indirect"),
    ("Léonie Varenne s’est dite « prête » à rencontrer les syndicats du port.", "est dite",
     "« prête » à rencontrer les syndicats du port", "mixed"),
    ("Les élus ont critiqué le maire pour avoir fermé le port sans consultation.", "ont critiqué",
     "le maire pour avoir fermé le port sans consultation", "indirect"),
])
def test_fr_object_and_infinitive_contents(fr, text, cue, content, kind):
    (q,) = _quotes(fr, text)
    assert (q.cue, q.text, q.kind) == (cue, content, kind)


@pytest.mark.parametrize("text", [
    "Oui, cela réclamera des sacrifices de la part des habitants.",
    "Léonie Varenne lance une collecte pour financer des vivres.",
    "Dans le même temps, il a répondu au Parlement.",
])
def test_fr_no_speaker_purpose_or_adverbial_is_not_content(fr, text):
    quotes = _quotes(fr, text)
    _absent(quotes, "sacrifices")
    _absent(quotes, "financer")
    _absent(quotes, "Dans le même temps")


# ---- word lists: "+quote" cues, new cues, conjunctions with "que" --------------------------------

def test_fr_quote_object_cue_needs_a_quotation(fr):
    assert _quotes(fr, "Le maire a dénoncé la position de la préfecture sur le port de Brisval.") == []
    (q,) = _quotes(fr, "Le maire a dénoncé une « trahison » de la préfecture.")
    assert q.kind == "mixed" and q.text == "une « trahison » de la préfecture"


def test_fr_que_of_a_conjunction_is_not_the_content(fr):
    (q,) = _quotes(fr, "L’Observatoire des ports les met en garde contre une fermeture du port avant que "
                       "la digue ne soit réparée.")
    assert q.cue == "met en garde" and q.text.startswith("contre une fermeture du port")


def test_fr_cue_in_a_relative_clause_ends_with_it(fr):
    (q,) = _quotes(fr, "Le gouvernement a rendu public un rapport, qui concluait à l’inutilité de la "
                       "digue, avant de le retirer.")
    assert q.text == "à l’inutilité de la digue"


def test_fr_gerund_incise_inside_content_does_not_cut_it(fr):
    q = _find(_quotes(fr, "Le port de Brisval a annoncé avoir été informé par la préfecture, invoquant "
                          "une tempête, que les quais seraient fermés mercredi."), "avoir été informé")
    assert q.cue == "a annoncé" and q.text.endswith("fermés mercredi")


@pytest.mark.parametrize("text, cue", [
    ("Corentin Malvaux a informé la presse que le port rouvrirait lundi.", "a informé"),
    ("« Les quais sont fermés depuis lundi », révèle Le Courrier de Valdavie.", "révèle"),
    ("« Personne ne fermera ce port », a prêché le père Anselme devant les dockers.", "a prêché"),
])
def test_fr_new_cues(fr, text, cue):
    (q,) = _quotes(fr, text)
    assert q.cue == cue


# ---- incises after a quotation -----------------------------------------------------------------

@pytest.mark.parametrize("text, cue, speaker", [
    ("« Personne ne viendra nous aider », se désole Léonie Varenne, maire de Brisval.", "désole",
     "Léonie Varenne"),
    ("« Le port rouvrira lundi », note Le Courrier de Valdavie.", "note", "Le Courrier de Valdavie"),
    ("« La digue tiendra », titrait hier le journal de Brisval.", "titrait", "le journal de Brisval"),
])
def test_fr_any_verb_with_inverted_subject_after_a_quote_is_its_incise(fr, text, cue, speaker):
    (q,) = _quotes(fr, text)
    assert q.kind == "direct" and q.cue == cue and q.speaker == speaker


def test_fr_incise_clitic_after_the_verb_is_the_subject(fr):
    quotes = _quotes(fr, "Corentin Malvaux est arrivé au port. « Nous tiendrons », martèle-t-il encore.")
    (q,) = [q for q in quotes if q.text == "Nous tiendrons"]
    assert q.speaker == "Corentin Malvaux"


@pytest.mark.parametrize("text", [
    "« Les quais », sous la pluie, brillaient.",
    "Le mot « crise », employé par le maire, a choqué les dockers.",
])
def test_fr_participle_or_no_verb_after_a_quote_is_no_incise(fr, text):
    assert _quotes(fr, text) == []


def test_fr_quoted_sentence_after_an_incise_sentence_keeps_its_speaker(fr):
    quotes = _quotes(fr, "« Le port a tenu », poursuit Léonie Varenne, qui salue le travail des dockers. "
                         "« Les quais seront rouverts dès lundi matin. »")
    q = _find(quotes, "Les quais seront rouverts")
    assert q.kind == "direct" and q.cue is None and q.speaker == "Léonie Varenne"


def test_fr_quoted_sentence_after_an_author_sentence_is_not_inherited(fr):
    quotes = _quotes(fr, "« Le port a tenu », poursuit Léonie Varenne. La pluie a cessé vers midi. "
                         "« Les quais seront rouverts dès lundi matin. »")
    _absent(quotes, "Les quais seront rouverts")


# ---- "comme l'a dit X", nouns of speech with "selon lequel" ------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("En effet, comme l’expliquent les médias publics de Valdavie, Corentin Malvaux avait déjà discuté "
     "de la question avec le préfet.", "Corentin Malvaux avait déjà discuté de la question avec le préfet",
     "les médias publics de Valdavie"),
    ("Le port rouvrira lundi, comme l’a rappelé le maire de Brisval.", "Le port rouvrira lundi",
     "le maire de Brisval"),
])
def test_fr_comme_cue(fr, text, content, speaker):
    (q,) = _quotes(fr, text)
    assert (q.text, q.speaker, q.kind) == (content, speaker, "indirect")


def test_fr_comme_before_a_quotation_leaves_it_direct(fr):
    (q,) = _quotes(fr, "Comme le souligne Léonie Varenne, sur Radio Brisval, « les quais ont pour "
                       "voisin la mer du Nord ».")
    assert q.kind == "direct" and q.text.startswith("les quais")


@pytest.mark.parametrize("text, content, speaker", [
    ("Le maire de Brisval a attiré l’attention sur les informations selon lesquelles la digue aurait "
     "cédé dimanche.", "la digue aurait cédé dimanche", "Le maire de Brisval"),
    ("Les habitants refusent de croire le discours de la préfecture selon lequel tout est de la faute "
     "de la tempête, et le maire s’en prend aux ingénieurs.", "tout est de la faute de la tempête",
     "la préfecture"),
])
def test_fr_speech_noun_selon_lequel(fr, text, content, speaker):
    (q,) = _quotes(fr, text)
    assert (q.text, q.speaker) == (content, speaker) and q.cue in ("selon lequel", "selon lesquelles")


def test_fr_speech_noun_selon_lequel_inside_a_quote_ends_before_the_noun_verb(fr):
    quotes = _quotes(fr, "« Les déclarations des élus du port selon lesquelles la digue est solide sont "
                         "des mensonges », a déclaré Léonie Varenne.")
    (q,) = [q for q in quotes if q.cue == "selon lesquelles"]
    assert q.text == "la digue est solide"


def test_fr_other_noun_selon_lequel_is_not_speech(fr):
    assert _quotes(fr, "La règle selon laquelle les quais ferment à midi est ancienne.") == []


# ---- incise subjects, paragraphs announced by a colon, impersonal cues ------------------------------

def test_fr_paragraph_announced_by_a_colon_is_the_report(fr):
    text = ("Le Courrier de Valdavie a donné des détails sur la base des déclarations du port :\n"
            "Les quais seront fermés jusqu’à lundi. Les dockers seront payés, a confirmé jeudi le port "
            "de Brisval.")
    q = _find(_quotes(fr, text), "Les dockers seront payés")
    assert q.text.startswith("Les quais seront fermés") and q.speaker == "le port de Brisval"


def test_fr_without_colon_the_report_is_its_sentence(fr):
    text = "Le port a publié un communiqué.\nLes quais seront fermés jusqu’à lundi. Les dockers seront payés, a confirmé le port de Brisval."
    q = _find(_quotes(fr, text), "Les dockers seront payés")
    assert q.text == "Les dockers seront payés"


@pytest.mark.parametrize("text, content, speaker", [
    ("Les quais sont fermés, a indiqué, ce mercredi, la maire de Brisval, Léonie Varenne.",
     "Les quais sont fermés", "Léonie Varenne"),
    ("La première cohorte a rencontré le maire, Corentin Malvaux, jeudi, a confirmé le port de Brisval.",
     "La première cohorte a rencontré le maire, Corentin Malvaux, jeudi", "le port de Brisval"),
    # one of a group, named by the group after "l'un des"
    ("« Juste une occasion de plus de faire des photos », a écrit l'un des lecteurs du Courrier de Valdavie.",
     "Juste une occasion de plus de faire des photos", "l'un des lecteurs du Courrier de Valdavie"),
])
def test_fr_incise_subject_is_inverted(fr, text, content, speaker):
    (q,) = _quotes(fr, text)
    assert (q.text, q.speaker) == (content, speaker)


@pytest.mark.parametrize("text", [
    "Il est à noter que les quais sont fermés depuis lundi.",
    "Il est également intéressant de souligner que les dockers sont en grève.",
])
def test_fr_impersonal_infinitive_is_the_author(fr, text):
    assert _quotes(fr, text) == []


def test_fr_il_y_a_between_cue_and_que(fr):
    (q,) = _quotes(fr, "Les élus de Brisval ont admis il y a un mois qu’ils perdaient des habitants "
                       "chaque semaine.")
    assert q.text == "ils perdaient des habitants chaque semaine"


def test_fr_selon_then_adverbial_then_quote_then_next_sentence(fr):
    quotes = _quotes(fr, "Selon la préfecture, sur cette question, « le port rouvrira lundi ». C’est une "
                         "bonne nouvelle.")
    (q,) = quotes
    assert q.kind == "direct" and q.text == "le port rouvrira lundi" and q.cue == "Selon"


# ---- pull quotes -------------------------------------------------------------------------------

def test_fr_pull_quote_repeating_the_body_is_not_a_unit(fr):
    text = ("Corentin Malvaux veut des digues neuves.\n« Plus hautes et plus solides »\n"
            "Le maire les voudrait « encore plus hautes et plus solides » face à la mer, a-t-il dit.")
    quotes = _quotes(fr, text)
    assert not [q for q in quotes if q.text == "Plus hautes et plus solides"]
    assert _find(quotes, "Le maire les voudrait").kind == "mixed"


def test_fr_standalone_sentence_quote_repeating_words_is_kept(fr):
    text = ("« S’ils ferment le port, la réponse sera ferme », a déclaré Corentin Malvaux.\n"
            "« S’ils ferment le port, notre réponse sera la plus ferme. La plus ferme ! »")
    quotes = _quotes(fr, text)
    q = _find(quotes, "notre réponse sera la plus ferme")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_cue_tagged_as_noun_before_que(fr):
    (q,) = _quotes(fr, "L’Observatoire (ODP) note que les quais sont fermés depuis lundi.")
    assert q.cue == "note" and q.text == "les quais sont fermés depuis lundi"
    assert _quotes(fr, "La note que le maire a signée est confidentielle.") == []


def test_fr_inverted_subject_qualified_by_a_participle(fr):
    (q,) = _quotes(fr, "Depuis dix ans, le port n’a que peu progressé, conclut le rapport annuel établi "
                       "par l’Observatoire des ports.")
    assert q.cue == "conclut" and q.text == "Depuis dix ans, le port n’a que peu progressé"


# ---- idioms and pronouns that are nobody ---------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Le ministre a quitté la salle, c’est dire son embarras face aux élus de Valdavie.", "son embarras"),
    ("C’est donc avouer que les précédentes baisses de taux de la banque valdavienne étaient inutiles.",
     "les précédentes baisses"),
    ("La réforme touche les petites communes, c'est-à-dire que les villages perdront leur école.",
     "les villages perdront"),
])
def test_cest_dire_idioms_are_the_authors_comment(fr, text, words):
    _absent(_quotes(fr, text), words)


def test_indefinite_on_is_reported_with_no_speaker(fr):
    quotes = _quotes(fr, "On apprend que la centrale de Brumeval serait construite avant l’hiver.")
    unit = _find(quotes, "la centrale de Brumeval")
    assert unit.speaker is None
    assert unit.speaker_mention == "On"


def test_first_person_cue_outside_quotes_is_the_author(fr):
    _absent(_quotes(fr, "Nous appelons à un cessez-le-feu immédiat dans la vallée de Brumeval."), "cessez-le-feu")
    _absent(_quotes(fr, "J’affirme que la réforme de Corentin Malvaux échouera avant l’été."), "la réforme")
    # a third person with the same shape is still reported speech
    _find(_quotes(fr, "Corentin Malvaux affirme que la réforme échouera avant l’été."), "la réforme échouera")


# ---- quote lists, blurbs and signatures ----------------------------------------------------------

_LIST = (
    "Les avis de ses proches sur la réforme sont tranchés.\n"
    "Corentin Malvaux, ancien maire de Brisval, le 12 mai 2016 sur Radio Valdavie : « Cette réforme est "
    "une impasse. Elle coûtera cher. » ; « Personne ne croit à ce calendrier. »\n"
    "3 juin 2017, Radio Valdavie : « Il faudra tout recommencer. »\n"
    "Léonie Varenne, historienne : « Le port ne fermera pas tant que je serai là. »")


def test_fr_quote_list_header_names_the_speaker_and_the_medium(fr):
    quotes = _quotes(fr, _LIST)
    first = _find(quotes, "Cette réforme est une impasse")
    assert first.kind == "direct" and first.cue is None
    assert first.speaker == "Corentin Malvaux" and first.via == "sur Radio Valdavie"
    assert _find(quotes, "Le port ne fermera pas").speaker == "Léonie Varenne"


def test_fr_quote_list_items_after_a_semicolon_or_a_date_header_go_on(fr):
    quotes = _quotes(fr, _LIST)
    second = _find(quotes, "Personne ne croit")
    assert second.speaker == "Corentin Malvaux" and second.via == "sur Radio Valdavie"
    third = _find(quotes, "Il faudra tout recommencer")
    assert third.speaker == "Corentin Malvaux" and third.via == "Radio Valdavie"


def test_fr_quote_list_header_needs_a_person_and_no_verb(fr):
    # a date header with no named item before it, and a sentence with a verb that is no cue
    _absent(_quotes(fr, "3 juin 2017, Radio Valdavie : « Il faudra tout recommencer. »"), "recommencer")
    _absent(_quotes(fr, "La commission de Brisval a rendu son avis : « La digue doit être renforcée "
                        "avant l'hiver. »"), "La digue")


def test_fr_quote_list_header_is_no_intertitle(fr):
    text = ("La ministre valdavienne : « On ne nous a même pas demandé notre avis »\n"
            "La ministre valdavienne de l'Énergie, Léonie Varenne, a expliqué : « Nous ne pouvons pas "
            "accepter un sacrifice sur lequel on ne nous a même pas demandé notre avis. »")
    quotes = _quotes(fr, text)
    assert len(quotes) == 1 and quotes[0].text.startswith("Nous ne pouvons pas")


@pytest.mark.parametrize("text, words, speaker", [
    ("« Ce livre dit enfin la vérité sur le port de Brisval » (Léonie Varenne, historienne, à propos "
     "de cet ouvrage).", "Ce livre dit enfin", "Léonie Varenne"),
    ("La couverture porte deux éloges. « Un récit précis et courageux sur la ville » Corentin Malvaux, "
     "journaliste « Un livre qui fera date dans la région » Léonie Varenne, historienne",
     "Un livre qui fera date", "Léonie Varenne"),
])
def test_fr_signed_quotation(fr, text, words, speaker):
    q = _find(_quotes(fr, text), words)
    assert q.kind == "direct" and q.cue is None and q.speaker == speaker


def test_fr_name_after_a_quotation_that_goes_on_is_no_signature(fr):
    quotes = _quotes(fr, "Le rapport annonçait : « Nous estimons que le préfet a approuvé une opération "
                         "pour capturer » Aurel Mistral. Pourtant, rien n'a changé.")
    q = _find(quotes, "Nous estimons")
    assert q.cue == "annonçait"


def test_fr_cue_before_a_colon_announces_the_next_quote(fr):
    quotes = _quotes(fr, "La Gazette de Brisval a publié une analyse sous le titre : « Le port, dernier "
                         "bastion » – qui concluait : « La ville n'a plus de plan pour ses quais depuis dix ans. »")
    _absent(quotes, "dernier bastion")
    assert _find(quotes, "La ville n'a plus de plan").cue == "concluait"


def test_fr_subject_then_verb_after_a_quotation_is_no_incise(fr):
    quotes = _quotes(fr, "Léonie Varenne a déploré ce qu'elle a décrit comme la doctrine du port : « Si "
                         "vous payez, vous passez. » La Gazette a publié une analyse de Corentin Malvaux.")
    q = _find(quotes, "Si vous payez")
    assert q.cue == "a déploré" and q.speaker == "Léonie Varenne"


# ---- relative "que", contrasts ---------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Il dit tout et son contraire en fonction de l’auditeur qu’il a en face de lui ce jour-là.",
     "il a en face"),
    ("La réforme exige souvent l'acceptation de sacrifices pénibles que nous pourrions autrement éviter.",
     "nous pourrions"),
])
def test_fr_relative_que_is_no_content(fr, text, words):
    _absent(_quotes(fr, text), words)


def test_fr_relative_que_not_confused_with_time_nouns(fr):
    q = _find(_quotes(fr, "La Commission a confirmé samedi que le port de Brisval serait agrandi avant l’hiver."),
              "le port de Brisval")
    assert q.cue == "a confirmé"
    q = _find(_quotes(fr, "Les responsables de Brisval ont admis il y a un mois qu’ils perdaient dix "
                          "bateaux par semaine."), "ils perdaient")
    assert q.cue == "ont admis"


def test_fr_content_ends_before_alors_que(fr):
    q = _find(_quotes(fr, "Les élus de Brisval ont exigé que le port reste ouvert alors que les ministres "
                          "fermaient déjà les quais du nord."), "le port reste ouvert")
    assert q.text == "le port reste ouvert"


@pytest.mark.parametrize("text, words", [
    ("Dans un éditorial, la Gazette de Brisval s’est exclamée que le maire rendait la ville ingouvernable.",
     "le maire rendait"),
    ("Corentin Malvaux a déploré que la digue n’ait pas été réparée avant l’hiver.", "la digue"),
    ("Léonie Varenne a critiqué le maire, se plaignant que les quais restent fermés.", "les quais restent"),
    ("Les pêcheurs ont exigé que le port de Brisval rouvre avant l’été.", "le port de Brisval rouvre"),
])
def test_fr_more_speech_verbs(fr, text, words):
    _find(_quotes(fr, text), words)


# ---- the author's rhetoric ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Les élus ont déclaré que le vote était reporté, mais n’ont pas nié qu’il aurait lieu en mai.",
     "il aurait lieu"),
    ("Bien que ces élus ne l’admettent jamais, la ville de Brisval est ruinée depuis dix ans.", "la ville"),
    ("Rappelons que le budget annuel du port de Brisval dépasse dix millions.", "le budget annuel"),
    ("Et si l’on peut certainement soutenir que la réforme a échoué, rien ne change à Brisval.",
     "la réforme a échoué"),
    ("Quel argument peut-on avancer pour dire qu’il est préférable de fermer le port de Brisval ?",
     "il est préférable"),
    ("Il n’y a aucun argument crédible pour dire que la réforme est pire que la précédente.",
     "la réforme est pire"),
    ("Est-il possible de demander aux nouveaux élus d’ouvrir une enquête sur le port de Brisval ?",
     "ouvrir une enquête"),
])
def test_fr_the_authors_rhetoric_is_no_speech(fr, text, words):
    _absent(_quotes(fr, text), words)


def test_fr_rhetoric_rules_keep_third_person_speech(fr):
    quotes = _quotes(fr, "Les élus ont déclaré que le vote était reporté, mais n’ont pas nié qu’il aurait lieu.")
    assert _find(quotes, "le vote était reporté").text == "le vote était reporté"
    quotes = _quotes(fr, "Corentin Malvaux ne s’est pas arrêté là et en a profité pour affirmer que le "
                         "préfet devrait démissionner.")
    assert _find(quotes, "le préfet devrait démissionner").cue == "affirmer"
    _find(_quotes(fr, "Le maire a pris la parole pour dire que la ville de Brisval était prête."),
          "la ville de Brisval")


# ---- content boundaries in opinion pieces ----------------------------------------------------------

def test_fr_subordinate_clause_content_ends_at_the_main_clause(fr):
    q = _find(_quotes(fr, "Alors que le gouvernement de Valdavie vient d’annoncer sa volonté de fermer le port "
                          "de Brisval, cette vague de colère est le symbole d’une crise."), "sa volonté de fermer")
    assert q.text == "sa volonté de fermer le port de Brisval"
    q = _find(_quotes(fr, "Alors que la Ligue des pêcheurs insiste toujours sur le fait que le port doit rester "
                          "ouvert, la réalité est exactement le contraire."), "le port doit rester")
    assert q.text.endswith("rester ouvert")


def test_fr_que_quote_and_que_quote_are_two_direct_units(fr):
    quotes = _quotes(fr, "Cela n’empêche pas Léonie Varenne de déclarer que « l’école de Brisval se débrouille "
                         "très mal avec les enfants » – entendons « les pêcheurs » – et que « cette situation "
                         "n’est pas acceptable », ce qui signifie beaucoup.")
    first = _find(quotes, "l’école de Brisval")
    second = _find(quotes, "cette situation")
    assert first.kind == second.kind == "direct"
    assert first.text.endswith("enfants") and second.text.endswith("acceptable")
    _absent(quotes, "entendons")


def test_fr_ce_qui_after_a_content_is_the_authors_comment(fr):
    q = _find(_quotes(fr, "Le maire a affirmé que le port de Brisval fermerait en mai, ce qui a provoqué la "
                          "colère des pêcheurs."), "le port de Brisval")
    assert q.text == "le port de Brisval fermerait en mai"


def test_fr_comme_incise_between_subject_and_verb_stays_inside(fr):
    q = _find(_quotes(fr, "Pour ajouter l’insulte à l’injure, Corentin Malvaux, comme l’a dit la Gazette de "
                          "Brisval, a quitté la ville « quelques heures seulement après son discours »."),
              "a quitté la ville")
    assert q.cue == "a dit" and q.text.startswith("Corentin Malvaux, comme")


def test_fr_comme_incise_with_a_long_name(fr):
    q = _find(_quotes(fr, "Comme le rappelle un rapport de l’Institut pour la Mer, ce sont d’abord les chiffres "
                          "du port de Brisval qui montrent la crise."), "ce sont d’abord")
    assert q.cue == "rappelle"


def test_fr_cest_ce_qu_ecrit_after_a_quotation(fr):
    q = _find(_quotes(fr, "« Le sommet de Brisval ne fera qu’attiser la confrontation entre les deux rives » : "
                          "c’est ce qu’écrivent les ambassadeurs de Valdavie."), "Le sommet de Brisval")
    assert q.cue is not None and "écrivent" in q.cue


@pytest.mark.parametrize("text, words", [
    ("Un vaccin coûte entre 15 et 20 euros la dose selon les périodes de l’année à Brisval.", "Un vaccin coûte"),
    ("Les décisions en faveur du port selon la charte ont finalement mis fin aux débats de Brisval.",
     "Les décisions en faveur"),
    ("Les besoins exprimés par Corentin Malvaux, à moins que ce ne soit ceux de la mairie, restent flous.",
     "ce ne soit"),
    ("Il a été nommé pour poursuivre la « transformation complète du port de Brisval » dans la continuité.",
     "transformation complète"),
    ("Tous les personnels du port sont appelés à naviguer entre les deux rives de Brisval.", "à naviguer"),
    ("Pour faire passer la pilule aux pêcheurs, il ajoutait aussi une prime pour les quais.",
     "Pour faire passer"),
    ("Le port est à moitié vide, rappelant les heures sombres de la crise de Brisval.", "Le port est à moitié"),
    ("La ville doit faire savoir clairement que la violence contre les pêcheurs ne sera pas tolérée.",
     "la violence"),
    ("Il faudrait interroger les associations et leur demander de revoir leur position sur le port.",
     "revoir leur position"),
    ("Les maires ne sont pas censés admettre qu’ils négligent les quais de Brisval.", "ils négligent"),
])
def test_fr_no_speech_in_these_shapes(fr, text, words):
    _absent(_quotes(fr, text), words)


def test_fr_no_speech_shapes_keep_their_speech_counterparts(fr):
    _find(_quotes(fr, "Le bilan s’élève à trente blessés selon la préfecture de Brisval."), "Le bilan s’élève")
    _find(_quotes(fr, "« Le port est à moitié vide », poursuit Corentin Malvaux."), "Le port est à moitié vide")
    q = _find(_quotes(fr, "Le maire a dû reconnaître que le port de Brisval était en faillite."), "le port de Brisval")
    assert q.cue == "reconnaître" or "reconnaître" in q.cue


def test_fr_pronoun_subject_agrees_with_the_cue(fr):
    quotes = _quotes(fr, "Je voudrais voir la tête des élus lorsque Corentin Malvaux, qui est l’avocat des "
                         "pêcheurs, déclare clairement que le port de Brisval est en ruine.")
    _find(quotes, "le port de Brisval est en ruine")  # not dropped as the author's own words


# ---- more speech shapes of opinion pieces ----------------------------------------------------------

def test_fr_quote_list_header_with_a_quoted_label_or_no_colon(fr):
    q = _find(_quotes(fr, "Corentin Malvaux, avant l’élection de 2017, le candidat des « forces de l'argent » : "
                          "« Je suis absolument sceptique sur cette affaire. »"), "Je suis absolument sceptique")
    assert q.speaker == "Corentin Malvaux" and q.cue is None
    q = _find(_quotes(fr, "Corentin Malvaux, intime du maire, 2008 « On s'était dit qu'il avait un pouvoir de "
                          "séduction très fort »."), "On s'était dit")
    assert q.speaker == "Corentin Malvaux" and q.kind == "direct"


def test_fr_report_inside_a_quotation_needs_its_subject_inside(fr):
    quotes = _quotes(fr, "Corentin Malvaux, intime du maire, 2008 « On s'était dit qu'il avait un pouvoir de "
                         "séduction très fort ».")
    assert len(quotes) == 1


def test_fr_two_quoted_predicates_are_two_units(fr):
    quotes = _quotes(fr, "La Ligue des pêcheurs se dit « défavorable au développement des éoliennes en mer », "
                         "mais « s’autorise un jugement au cas par cas ».")
    first = _find(quotes, "défavorable")
    second = _find(quotes, "s’autorise")
    assert first.kind == second.kind == "direct" and "mais" not in first.text


def test_fr_time_incise_after_the_subject_is_no_inverted_subject(fr):
    _absent(_quotes(fr, "Le maire de Brisval, hier soir, a confirmé la fermeture « dès lundi »."),
            "Le maire de Brisval")


def test_fr_source_at_the_end_of_a_quotation(fr):
    quotes = _quotes(fr, "La Gazette de Brisval a écrit : « La visite représente le triomphe du commerce sur "
                         "la morale, selon les experts du port. »")
    inner = [q for q in quotes if q.cue == "selon"]
    assert len(inner) == 1 and inner[0].speaker == "les experts du port"
    assert inner[0].text.endswith("sur la morale")


@pytest.mark.parametrize("text, words, cue", [
    ("L’occasion pour Léonie Varenne, porte-parole des pêcheurs, d’expliquer pourquoi toute association "
     "devrait s’opposer aux éoliennes.", "pourquoi toute association", "expliquer"),
    ("La lecture de ce livre est vitale, comme le recommande d’ailleurs Corentin Malvaux, car elle permet de "
     "comprendre le port.", "La lecture de ce livre", "recommande"),
    ("Bien sûr, on sous-entend que cet élargissement du port est une autre forme de soutien aux pêcheurs.",
     "cet élargissement du port", "sous-entend"),
    ("Les faux modérés de Brisval prétendent que le côté qui a tort a des mérites.", "le côté qui a tort",
     "prétendent"),
])
def test_fr_more_contents(fr, text, words, cue):
    q = _find(_quotes(fr, text), words)
    assert cue in q.cue


@pytest.mark.parametrize("text, words", [
    ("Comme le souligne Corentin Malvaux, « les pêcheurs ont pour voisin la mairie », ce qui sous-entend que "
     "nous n’avons pas d’autre choix que de dialoguer.", "nous n’avons pas"),
    ("Quiconque prétend que la réforme du port est inexacte est un ennemi de Brisval.", "la réforme du port"),
    ("Si les maires veulent prétendre être des pêcheurs, qu’ils viennent sur les quais de Brisval.",
     "être des pêcheurs"),
])
def test_fr_no_speaker_no_speech(fr, text, words):
    _absent(_quotes(fr, text), words)


@pytest.mark.parametrize("text, kept, dropped", [
    ("Les faux modérés prétendent que le côté qui a tort a des mérites, même s’il n’y en a pas du tout.",
     "a des mérites", "même s"),
    ("Les élus ont fait valoir que la vente allait ruiner le port, mais ils ont été balayés par la majorité.",
     "ruiner le port", "balayés"),
])
def test_fr_author_continuation_ends_the_content(fr, text, kept, dropped):
    q = _find(_quotes(fr, text), kept)
    assert dropped not in q.text


def test_fr_comme_incise_content_starts_after_an_opening_adverbial(fr):
    q = _find(_quotes(fr, "À l’heure de la crise qui oblige la ville à fermer ses quais, la lecture de ce livre est "
                          "vitale, comme le recommande Corentin Malvaux."), "la lecture de ce livre")
    assert q.text == "la lecture de ce livre est vitale"


def test_fr_quote_list_items_after_an_unattributed_fragment(fr):
    text = ("Corentin Malvaux, avant l’élection : « Le port est une impasse. »\n"
            "M. Varenne « se présente comme le sauveur du port » ; « Il faut se méfier des gens qui promettent "
            "tout » ; « Il ne faut pas être naïf. »")
    quotes = _quotes(fr, text)
    for words in ("Il faut se méfier", "Il ne faut pas être naïf"):
        q = _find(quotes, words)
        assert q.kind == "direct" and q.speaker == "Corentin Malvaux"
    # not in a quote list: a fragment and a semicolon give nothing
    _absent(_quotes(fr, "M. Varenne « se présente comme le sauveur du port » ; « Il faut se méfier des gens "
                        "qui promettent tout »."), "Il faut se méfier")


def test_fr_incise_with_a_date_after_the_inverted_subject(fr):
    q = _find(_quotes(fr, "La Valdavie va porter son aide au port de Brisval à deux millions, a annoncé Corentin "
                          "Malvaux le jeudi 5 mai dernier dans une vidéo."), "La Valdavie va porter")
    assert q.cue == "a annoncé" and q.speaker == "Corentin Malvaux"
    assert q.text.endswith("deux millions")


def test_fr_participle_tagged_as_a_noun_is_still_a_cue(fr):
    q = _find(_quotes(fr, "Corentin Malvaux a spécifiquement cité le fait que « le port de Brisval est le plus "
                          "grand de la côte » et qu’il a accueilli des centaines de bateaux."), "le port de Brisval")
    assert "cité" in q.cue and q.speaker == "Corentin Malvaux"
    _absent(_quotes(fr, "La cité de Brisval a le fait que tout le monde connaît."), "tout le monde")


def test_fr_on_with_a_modal_keeps_a_named_speaker(fr):
    _find(_quotes(fr, "On pouvait entendre Corentin Malvaux affirmer que le port de Brisval fermerait."),
          "le port de Brisval fermerait")


# ---- round 2: coordinated cues, clitic labels, an object before a colon ----------------------

def test_fr_comma_et_cue_ends_the_content(fr):
    quotes = _quotes(fr, "Aurel Mistral affirme que la corruption est installée à Brisval, et réclame "
                         "une réforme du port.")
    first = _find(quotes, "la corruption est installée")
    assert first.text == "la corruption est installée à Brisval" and first.cue == "affirme"
    second = _find(quotes, "une réforme du port")
    assert second.cue == "réclame" and "corruption" not in second.text


def test_fr_comma_et_cue_tagged_as_noun_ends_the_content(fr):
    quotes = _quotes(fr, "Je voudrais voir la réaction de tous lorsque Aurel Mistral déclare clairement "
                         "que la corruption est installée à Brisval, et demande, à sa manière, une réforme.")
    _absent(quotes, "et demande")
    assert _find(quotes, "la corruption est installée").text.endswith("à Brisval")


def test_fr_content_going_on_after_et_without_a_cue(fr):
    """The ordinary counterpart: ", et que …" or ", et" + a verb that is no cue stays in the content."""
    quotes = _quotes(fr, "Le maire a dit que le port fermera en mai, et que les pêcheurs partiront.")
    assert _find(quotes, "le port fermera").text.endswith("les pêcheurs partiront")
    quotes = _quotes(fr, "Le maire a dit que le port fermera en mai, et restera fermé tout l'été.")
    assert _find(quotes, "le port fermera").text.endswith("tout l'été")


def test_fr_finite_verb_after_et_ends_an_object_content(fr):
    quotes = _quotes(fr, "Le maire a qualifié les attaques contre Léonie Varenne d'« insultes "
                         "personnelles » et a quitté la salle du conseil.")
    q = _find(quotes, "les attaques contre Léonie Varenne")
    assert q.kind == "mixed" and q.text.endswith("»") and "quitté" not in q.text


def test_fr_et_inside_a_relative_clause_of_an_object_stays(fr):
    (q,) = _quotes(fr, "Le maire a annoncé la fermeture du port qui dessert Brisval et rejoint Valdor.")
    assert q.text.endswith("rejoint Valdor")


@pytest.mark.parametrize("text, label", [
    ("Brisval est vent debout contre la visite et la qualifie de « provocation ».", "provocation"),
    ("Quant au port, on le qualifie maintenant de « nouvel or noir », tant il est rare.", "nouvel or noir"),
])
def test_fr_clitic_label_gives_a_short_direct_unit(fr, text, label):
    quotes = _quotes(fr, text)
    q = _find(quotes, label)
    assert q.kind == "direct" and q.text == label


def test_fr_short_quoted_label_without_a_label_cue_is_no_unit(fr):
    assert _quotes(fr, "Le maire a reçu le prix de la « meilleure ville » à Valdor.") == []
    assert _quotes(fr, "La qualité de « premier port » revient à Brisval.") == []


def test_fr_object_content_before_a_colon_and_the_quotation(fr):
    quotes = _quotes(fr, "Dans une vidéo, un militant appelait à bloquer les routes de Brisval en ces mots : "
                         "« Nul besoin d'armes, une chaîne suffit. »")
    ind = _find(quotes, "bloquer les routes")
    assert ind.kind == "indirect" and ind.text == "bloquer les routes de Brisval"
    assert _find(quotes, "Nul besoin").kind == "direct"


def test_fr_colon_after_an_audience_gives_the_quotation_only(fr):
    (q,) = _quotes(fr, "Le maire a déclaré devant la presse : « Nous resterons sur le port. »")
    assert q.kind == "direct"


def test_fr_adverbial_between_qui_and_the_cue_is_no_incise(fr):
    quotes = _quotes(fr, "Ce n'est pas nouveau, pas plus que les preuves des ingénieurs de Valdor qui, en "
                         "1930, ont clamé leur opposition à la réforme du port.")
    _absent(quotes, "Ce n'est pas nouveau")
    assert _find(quotes, "leur opposition").text == "leur opposition à la réforme du port"


def test_fr_content_before_an_incise_cue_still_works(fr):
    (q,) = _quotes(fr, "Le port doit fermer avant l'hiver, ont clamé les ingénieurs de Valdor.")
    assert q.text == "Le port doit fermer avant l'hiver" and q.cue == "ont clamé"


@pytest.mark.parametrize("text, words", [
    ("Le maire a lancé un appel officiel aux volontaires de la région pour aider la ville.",
     "un appel officiel aux volontaires"),
    ("Des élus de Valdor ont récemment lancé des appels provocateurs à une « insurrection » dans les "
     "quartiers du port.", "des appels provocateurs à une « insurrection »"),
])
def test_fr_lancer_un_appel_is_speech(fr, text, words):
    q = _find(_quotes(fr, text), words)
    assert q.cue.endswith("lancé")


@pytest.mark.parametrize("text", [
    "La mairie a lancé un appel d'offres pour la rénovation du port.",
    "La mairie a lancé un nouveau chantier pour la rénovation du port.",
])
def test_fr_lancer_without_a_call_is_no_speech(fr, text):
    assert _quotes(fr, text) == []


@pytest.mark.parametrize("text, label, speaker", [
    ("Désigné comme « l'arme absolue du port » par Aurel Mistral, le réseau est vital.",
     "l'arme absolue du port", "Aurel Mistral"),
    ("La grève, qualifiée de « scandale » par Léonie Varenne, a duré trois jours.", "scandale", "Léonie Varenne"),
])
def test_fr_passive_label_with_its_agent(fr, text, label, speaker):
    q = _find(_quotes(fr, text), label)
    assert q.kind == "direct" and q.text == label and q.speaker == speaker


def test_fr_passive_label_without_an_agent_is_no_unit(fr):
    assert _quotes(fr, "La réforme, qualifiée de « majeure », a été votée par le conseil.") == []


def test_fr_incise_subject_followed_by_a_gerund(fr):
    quotes = _quotes(fr, "Le conseil précise qu'aucun port ne sera fermé. Pas question d'un nouveau « suicide "
                         "politique », observe un diplomate en faisant référence au projet de quotas.")
    q = _find(quotes, "Pas question")
    assert q.kind == "mixed" and q.speaker == "un diplomate" and q.cue == "observe"


def test_fr_object_followed_by_a_place_is_no_inverted_subject(fr):
    quotes = _quotes(fr, "Pour sauver la saison, le maire de Brisval, hier, a annoncé la fermeture du port en mars.")
    _absent(quotes, "Pour sauver la saison")


def test_fr_mais_with_a_new_subject_ends_the_content(fr):
    (q,) = _quotes(fr, "Léonie Varenne a demandé que la ville ne finance ni le port ni la digue, mais la "
                       "préfecture a rejeté ses demandes.")
    assert q.text == "la ville ne finance ni le port ni la digue"


@pytest.mark.parametrize("text, tail", [
    ("Le maire a dit que le port est fragile, mais que la digue tiendra.", "la digue tiendra"),
    ("Le maire estime que la digue est solide, mais « la mer monte vite ».", "la mer monte vite »"),
])
def test_fr_mais_que_or_a_quotation_goes_on(fr, text, tail):
    (q,) = _quotes(fr, text)
    assert q.text.endswith(tail)


def test_fr_cue_on_a_noun_with_an_infinitive_complement_is_a_topic(fr):
    assert _quotes(fr, "Aurel Mistral a critiqué la décision du préfet de se rendre d'abord à Valdor.") == []


@pytest.mark.parametrize("text, words", [
    ("Aurel Mistral a critiqué le préfet pour avoir fermé le port de Brisval.", "le préfet pour avoir fermé"),
    ("Aurel Mistral a averti les pêcheurs de ne pas sortir du port de Brisval.", "les pêcheurs de ne pas sortir"),
])
def test_fr_object_then_infinitive_of_the_cue_still_works(fr, text, words):
    _find(_quotes(fr, text), words)


def test_fr_relative_clause_of_a_name_ends_at_its_comma(fr):
    quotes = _quotes(fr, "C'est une mise en garde, au lendemain des déclarations de sa nièce Léonie Varenne qui a "
                         "dit pencher plutôt du côté de son rival Aurel Mistral, à l'égard de ceux qui voudraient partir.")
    q = _find(quotes, "pencher plutôt")
    assert q.text == "pencher plutôt du côté de son rival Aurel Mistral"


def test_fr_infinitive_heading_a_content_is_no_nested_report(fr):
    quotes = _quotes(fr, "La mairie avait invité le Parlement de Valdor à proposer des mesures visant à "
                         "harmoniser les règles du port.")
    assert len(quotes) == 1 and quotes[0].cue == "avait invité"


def test_fr_named_report_inside_indirect_content_is_still_nested(fr):
    quotes = _quotes(fr, "Aurel Mistral a dit que le préfet Rémi Canal avait annoncé la fermeture du port.")
    assert [q.cue for q in quotes] == ["a dit", "avait annoncé"]


_LIST_FRAGMENTS = ("Le port de Brisval, vu par ses élus.\n"
         "Aurel Mistral, 12 mai 2016 sur Radio Valdor : « Le port est une chance. »\n"
         "Juillet 2016, Radio Nord : « On ne peut pas fermer le port. »\n"
         "Le maire symbolise la « vieille politique du quai » ; « On se présente comme moderne et on ferme tout. »\n"
         "Léonie Varenne au micro de Radio Valdor, avant 2017 : « Qu'est-ce que ça veut dire ? » ; S'il « dit des "
         "choses intéressantes, on aimerait voir ce qu'il fait pour le port. »\n"
         "Rémi Canal, juin 2018, Le Journal de Valdor : le maire Aurel Mistral « ne comprend pas les pêcheurs. » ; "
         "« J'ai peur qu'il ferme le port. »")


@pytest.mark.parametrize("words, speaker", [
    ("Le maire symbolise la « vieille politique du quai »", "Aurel Mistral"),
    ("S'il « dit des choses intéressantes", "Léonie Varenne"),
    ("le maire Aurel Mistral « ne comprend pas les pêcheurs. »", "Rémi Canal"),
])
def test_fr_quote_list_fragments_with_a_quotation_are_mixed_items(fr, words, speaker):
    q = _find(_quotes(fr, _LIST_FRAGMENTS), words)
    assert q.kind == "mixed" and q.text.startswith(words.split(" «")[0]) and q.speaker == speaker


def test_fr_fragment_with_a_quotation_outside_a_quote_list_is_no_item(fr):
    quotes = _quotes(fr, "Le port de Brisval.\nLe maire symbolise la « vieille politique du quai » ; « On se "
                         "présente comme moderne et on ferme tout. »")
    _absent(quotes, "Le maire symbolise")


def test_fr_header_without_colon_in_a_paragraph_followed_by_another(fr):
    quotes = _quotes(fr, "Le port vu par ses élus.\n\nAurel Mistral, intime du maire, 2008 « On s'était dit "
                         "qu'il avait un vrai talent pour les affaires du port ».\n\nLa suite est connue.")
    q = _find(quotes, "On s'était dit")
    assert q.kind == "direct" and q.speaker == "Aurel Mistral"


@pytest.mark.parametrize("text, content", [
    ("Le maire de Brisval a lancé un avertissement clair : c'est jouer avec le feu. Pourquoi partir ?",
     "c'est jouer avec le feu"),
    ("Le maire a déclaré : la ville de Brisval restera debout.", "la ville de Brisval restera debout"),
])
def test_fr_cue_then_colon_then_an_unquoted_clause(fr, text, content):
    q = _find(_quotes(fr, text), content)
    assert q.kind == "indirect" and q.text == content and q.speaker.startswith("Le maire")


def test_fr_colon_after_a_reflexive_dire_is_a_thought(fr):
    assert _quotes(fr, "Le maire s'est dit : pourquoi ne pas rouvrir le port de Brisval ?") == []


def test_fr_participle_clause_after_an_object_content_ends_it(fr):
    (q,) = _quotes(fr, "Aurel Mistral a insisté sur la nécessité de « reprendre le contrôle du port » à Brisval "
                       "et à Valdor, évoquant notamment les prochaines élections.")
    assert q.kind == "mixed" and q.text.endswith("à Valdor") and "évoquant" not in q.text


def test_fr_gerund_incise_before_que_stays_inside(fr):
    quotes = _quotes(fr, "La mairie a annoncé avoir été informée par le port, invoquant une grève, que les "
                         "livraisons seraient limitées.")
    assert _find(quotes, "livraisons seraient limitées")


def test_fr_quotation_ending_with_a_full_stop_closes_the_sentence(fr):
    quotes = _quotes(fr, "Il déclare également que « la ville ne tombera jamais. Nous aurons un avenir radieux. » "
                         "Le maire peut se permettre un ton martial, car il ne risque rien.")
    q = _find(quotes, "la ville ne tombera jamais")
    assert q.kind == "direct" and "martial" not in q.text


def test_fr_quotation_then_an_incise_is_not_cut(fr):
    (q,) = _quotes(fr, "« Nous resterons sur le port. » a-t-il dit au maire de Brisval.")
    assert q.kind == "direct" and q.cue == "a-t-il dit"


@pytest.mark.parametrize("text, content", [
    ("Le maire s'est félicité que le port de Brisval reste ouvert tout l'hiver.", "le port de Brisval reste ouvert"),
    ("Il s'est ouvertement vanté d'avoir rencontré les services secrets de Valdor.", "avoir rencontré les services"),
])
def test_fr_se_feliciter_and_se_vanter_are_cues(fr, text, content):
    _find(_quotes(fr, text), content)


def test_fr_se_feliciter_of_a_thing_is_no_speech(fr):
    assert _quotes(fr, "Le maire s'est félicité de la réouverture du port de Brisval.") == []


def test_fr_on_nous_accuse_is_the_authors_grievance(fr):
    assert _quotes(fr, "Si nous dénonçons la corruption à Brisval, aussitôt on nous accuse d'être les complices "
                       "du préfet de Valdor.") == []


def test_fr_on_accuse_a_named_person_is_still_a_report(fr):
    _find(_quotes(fr, "À Brisval, on accuse le préfet d'avoir fermé le port en secret."), "le préfet d'avoir fermé")


def test_fr_pull_quote_paraphrasing_a_quotation_is_no_unit(fr):
    quotes = _quotes(fr, "Le titre.\n« Le port est de retour »\nLe maire s'est félicité que « le port [soit] de "
                         "retour ».")
    assert [q.text for q in quotes] == ["le port [soit] de retour"]


def test_fr_short_quotation_alone_in_its_paragraph_still_inherits(fr):
    quotes = _quotes(fr, "Le titre.\nLe maire a déclaré : « Le port fermera demain matin. »\n« Nous n'avons plus "
                         "le choix »")
    assert _find(quotes, "Nous n'avons plus le choix").speaker == "Le maire"


def test_fr_quotation_after_a_second_cue_does_not_make_a_topic_speech(fr):
    quotes = _quotes(fr, "Le maire a critiqué la décision du préfet de se rendre d'abord à Valdor, déclarant "
                         "qu'il n'y avait « aucune logique dans cet ordre ».")
    _absent(quotes, "la décision du préfet")
    assert _find(quotes, "aucune logique").cue == "déclarant"


def test_fr_topic_with_its_own_quotation_is_still_speech(fr):
    q = _find(_quotes(fr, "Le maire a critiqué la « précipitation coupable » du préfet de Valdor."),
              "précipitation coupable")
    assert q.cue == "a critiqué"


def test_fr_objection_the_author_expects_is_no_report(fr):
    assert _quotes(fr, "Certes les fâcheux me diront que c'est le moins que puisse faire Brisval après "
                       "avoir « fermé » le port.") == []


def test_fr_future_report_without_the_author_as_addressee_stays(fr):
    _find(_quotes(fr, "Le maire dira demain que le port de Brisval fermera."), "le port de Brisval fermera")


@pytest.mark.parametrize("text, speaker", [
    ("« La ville est une et indivisible ; elle doit l'être aussi sur le port. » Cet impératif, énoncé par "
     "Léonie Varenne, membre du conseil, fait office de chimère.", "Léonie Varenne"),
    ("« Nous ne céderons rien. » Ces propos tenus par le maire de Brisval ont choqué.", "le maire de Brisval"),
])
def test_fr_demonstrative_and_participle_name_the_speaker_after_a_quotation(fr, text, speaker):
    (q,) = _quotes(fr, text)
    assert q.kind == "direct" and q.speaker == speaker


def test_fr_demonstrative_without_an_agent_names_nobody(fr):
    assert _quotes(fr, "« Nous ne céderons rien. » Ces mots ont choqué les pêcheurs de Brisval.") == []


@pytest.mark.parametrize("text, cue, speaker", [
    ("Lise Marchal est arrivée. « Nous ne céderons pas, a-t-elle prévenu, car la loi est injuste. »",
     "a-t-elle prévenu", "Lise Marchal"),
    ("Lise Marchal est arrivée. « La loi est injuste, affirme-t-elle, et nous ne céderons pas. »",
     "affirme-t-elle", "Lise Marchal"),
    ("« Compte tenu de la crise déclenchée par la Valdavie, a déclaré le président de la commission, "
     "Jan Oster, les risques de conflit ont très sensiblement augmenté ».", "a déclaré", "Jan Oster"),
    ("« Compte tenu de la crise, a déclaré le président de la commission, Jan Oster (Parti vert), les "
     "risques ont augmenté ».", "a déclaré", "Jan Oster"),
])
def test_an_incise_inside_one_pair_of_marks_makes_two_units(fr, text, cue, speaker):
    found = _quotes(fr, text)
    assert len(found) == 2, [q.text for q in found]
    assert all(q.kind == "direct" and q.speaker == speaker for q in found)
    assert found[0].cue and found[0].cue in cue
    assert not any(cue in q.text for q in found)


def test_an_impersonal_dit_on_inside_marks_is_no_incise(fr):
    found = _quotes(fr, "Il a parlé de « la loi, dit-on, la plus injuste » du pays.")
    assert not [q for q in found if q.cue and "dit" in q.cue]


# ---- session 6, translated French dev set (fre): incises, quote runs, footnote stars ----------

def test_fr_incise_verb_the_tagger_mistook_before_an_inverted_pronoun(fr):
    # "persifle-t-il": a rare verb the tagger takes for another class; the inverted pronoun
    # makes it the incise
    found = _quotes(fr, "Corentin Malvaux n'aime pas Brenac.\n\n« Je ne l'aime pas non plus, cette ville "
                        "grise », persifle-t-il encore.")
    q = _find(found, "Je ne l'aime pas non plus")
    assert q.kind == "direct" and q.cue and "persifle" in q.cue


def test_fr_incise_with_an_adverb_between_auxiliary_and_participle(fr):
    found = _quotes(fr, "Le débat continue à Brenac.\n\n« Peut-être ne faudrait-il pas tant critiquer le "
                        "port de Brenac », se sont timidement interrogés les élus de Valpresse.")
    q = _find(found, "Peut-être ne faudrait-il pas")
    assert q.kind == "direct" and q.speaker == "les élus de Valpresse"


def test_fr_document_stipulates_a_quotation(fr):
    found = _quotes(fr, "Le texte est ancien.\n\nLe passage correspondant de la charte de Brenac stipule : "
                        "« Si le maire échoue, le conseil reprend ses pouvoirs comme autrefois. »")
    q = _find(found, "Si le maire échoue")
    assert q.kind == "direct" and q.cue == "stipule"


def test_fr_quoted_sentence_right_after_a_quoted_sentence_goes_on(fr):
    found = _quotes(fr, "Le débat continue.\n\nCorentin Malvaux a ensuite parlé du port : « Le port est "
                        "fermé. » « Nous devons le rouvrir au printemps, sinon la ville mourra. »")
    q = _find(found, "Nous devons le rouvrir")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_footnote_star_after_a_closing_mark_keeps_the_marks_paired(fr):
    # "d'« Azov »*": without the star read as after a closing mark, the next quotation's
    # marks pair wrongly and its incise is lost
    found = _quotes(fr, "Les élus de Valpresse se sont souvenus du « Bataillon noir »*. Tant mieux. "
                        "« Il ne faudrait pas tant grossir cette affaire », a déclaré Corentin Malvaux.")
    q = _find(found, "Il ne faudrait pas tant grossir")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_quoted_sentence_opening_its_paragraph_before_a_capitalised_word(fr):
    # "« … » Car : « … »": the quotation's own full stop ends its sentence; it goes on with the
    # speaker of the paragraph before
    found = _quotes(fr, "« Je ne l'aime pas, cette ville grise », a déclaré Corentin Malvaux.\n\n"
                        "« Ne votez en aucun cas pour le candidat sortant de Brenac. » Car : « Chaque "
                        "fois qu'on vote pour lui, le port ferme. »")
    q = _find(found, "Ne votez en aucun cas")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_exclamation_mark_in_parentheses_does_not_end_the_content(fr):
    found = _quotes(fr, "Le débat continue.\n\nDes experts prédisaient que près de 200 (!) bateaux feraient "
                        "cette semaine escale au port de Brenac.")
    q = _find(found, "près de 200")
    assert q.kind == "indirect" and q.text.endswith("port de Brenac")


def test_fr_comme_incise_with_a_manner_phrase_before_its_subject(fr):
    found = _quotes(fr, "Le débat continue.\n\nLa ville de Brenac est coupable, comme l'a déclaré sans détour "
                        "la ministre Elise Garnier.")
    q = _find(found, "La ville de Brenac est coupable")
    assert q.kind == "indirect" and q.speaker == "Elise Garnier"


def test_fr_incise_in_the_recent_past_venir_de(fr):
    found = _quotes(fr, "« Je ne suis pas certain que le port rouvre bientôt, vient de lâcher le présentateur "
                        "Corentin Malvaux. Les élus de Brenac passent tout sous silence ».")
    q = _find(found, "Je ne suis pas certain")
    assert q.kind == "direct" and q.cue == "vient de lâcher" and q.speaker == "Corentin Malvaux"
