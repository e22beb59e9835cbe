"""A bank of the reported-speech constructions French news uses most (issue #3), one short
fictional sentence each (the Valdavie world: fictional people, outlets and places), with the
fields recoupe must give. Each row either failed before the rule it tests or protects a pattern
that works; see ``eval/quotes/GUIDELINES.md`` for what a unit is."""

from __future__ import annotations

import pytest

from quotekit import absent as _absent
from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


def _one(fr, text, words):
    return _find(_quotes(fr, text), words)


# ---- the quotation's incise: every frequent verb, tense and inversion ---------------------------

_Q = "« C'est une catastrophe », "


@pytest.mark.parametrize("incise, cue, speaker", [
    ("lance Léonie Varenne.", "lance", "Léonie Varenne"),
    ("tranche Léonie Varenne.", "tranche", "Léonie Varenne"),
    ("martèle Léonie Varenne.", "martèle", "Léonie Varenne"),
    ("résume le maire.", "résume", "le maire"),
    ("souffle Léonie Varenne.", "souffle", "Léonie Varenne"),
    ("analyse Léonie Varenne.", "analyse", "Léonie Varenne"),
    ("commente Léonie Varenne.", "commente", "Léonie Varenne"),
    ("s'indigne Léonie Varenne.", "indigne", "Léonie Varenne"),
    ("s'alarme Léonie Varenne.", "alarme", "Léonie Varenne"),
    ("abonde Léonie Varenne.", "abonde", "Léonie Varenne"),
    ("tempête Léonie Varenne.", "tempête", "Léonie Varenne"),
    ("fulmine le maire.", "fulmine", "le maire"),
    ("confie Léonie Varenne, maire de Brisval.", "confie", "Léonie Varenne"),
    ("nous confie Léonie Varenne.", "confie", "Léonie Varenne"),
    ("déplore Léonie Varenne.", "déplore", "Léonie Varenne"),
    ("rétorque Léonie Varenne.", "rétorque", "Léonie Varenne"),
    ("renchérit Léonie Varenne.", "renchérit", "Léonie Varenne"),
    ("ironise Léonie Varenne.", "ironise", "Léonie Varenne"),
    ("glisse Léonie Varenne.", "glisse", "Léonie Varenne"),
    ("réagit Léonie Varenne.", "réagit", "Léonie Varenne"),
    ("avait déclaré Léonie Varenne en mai.", "avait déclaré", "Léonie Varenne"),
    ("assure le maire de Brisval.", "assure", "le maire de Brisval"),
    ("a déclaré le porte-parole du ministère de la mer.", "a déclaré", "le porte-parole du ministère de la mer"),
    ("a assuré mardi soir le ministre de la mer.", "a assuré", "le ministre de la mer"),
    ("a assuré mardi à Brisval le ministre de la mer.", "a assuré", "le ministre de la mer"),
    ("a assuré à la presse le ministre de la mer.", "a assuré", "le ministre de la mer"),
    ("a indiqué un responsable de la mairie sous couvert d'anonymat.", "a indiqué",
     "un responsable de la mairie"),
])
def test_fr_bank_incise_after_a_quotation(fr, incise, cue, speaker):
    (q,) = _quotes(fr, _Q + incise)
    assert (q.kind, q.text, q.cue, q.speaker) == ("direct", "C'est une catastrophe", cue, speaker)


@pytest.mark.parametrize("incise, cue", [
    ("a-t-elle tranché.", "a-t-elle tranché"),
    ("a-t-il résumé.", "a-t-il résumé"),
    ("a-t-elle lancé devant les dockers.", "a-t-elle lancé"),
])
def test_fr_bank_incise_with_a_clitic_subject(fr, incise, cue):
    quotes = _quotes(fr, "Léonie Varenne a visité le port mardi. " + _Q + incise)
    q = _find(quotes, "C'est une catastrophe")
    assert (q.kind, q.cue) == ("direct", cue) and q.speaker == "Léonie Varenne"


def test_fr_bank_short_quotation_is_no_name_of_its_speaker(fr):
    (q,) = _quotes(fr, "« La digue tiendra », a déclaré mardi aux dockers de Brisval.")
    assert q.speaker is None


@pytest.mark.parametrize("incise, speaker", [
    ("a assuré mardi le ministre de la mer, Aurel Mistral.", "Aurel Mistral"),
    ("a assuré mardi soir le maire.", "le maire"),
    ("déclare Corentin Malvaux.", "Corentin Malvaux"),
    ("a déclaré Corentin Malvaux.", "Corentin Malvaux"),
])
def test_fr_bank_incise_after_indirect_content(fr, incise, speaker):
    (q,) = _quotes(fr, "La digue tiendra tout l'hiver, " + incise)
    assert (q.kind, q.text, q.speaker) == ("indirect", "La digue tiendra tout l'hiver", speaker)


# ---- an incise inside the marks: two units -------------------------------------------------------

@pytest.mark.parametrize("text, first, cue, second, speaker, via", [
    ("« Le port rouvrira lundi, a déclaré Corentin Malvaux. Les dockers seront payés. »",
     "Le port rouvrira lundi", "a déclaré", "Les dockers seront payés.", "Corentin Malvaux", None),
    ("Léonie Varenne est arrivée mardi. « Le port rouvrira lundi, a-t-elle ajouté, et les dockers seront "
     "payés. »", "Le port rouvrira lundi", "a-t-elle ajouté", "et les dockers seront payés.", "Léonie Varenne",
     None),
    ("« Le port rouvrira lundi, a déclaré Corentin Malvaux à l'agence Valpresse. Les dockers seront payés "
     "dès la fin du mois. »", "Le port rouvrira lundi", "a déclaré",
     "Les dockers seront payés dès la fin du mois.", "Corentin Malvaux", "à l'agence Valpresse"),
    ("« Le port rouvrira lundi, a promis le maire, la digue sera réparée avant l'hiver. »",
     "Le port rouvrira lundi", "a promis", "la digue sera réparée avant l'hiver.", "le maire", None),
])
def test_fr_bank_incise_inside_the_marks_splits_the_quotation(fr, text, first, cue, second, speaker, via):
    quotes = [q for q in _quotes(fr, text) if q.text != "C'est une catastrophe"]
    a = _find(quotes, first)
    b = _find(quotes, second)
    assert (a.kind, a.text, a.cue, a.speaker, a.via) == ("direct", first, cue, speaker, via)
    assert (b.kind, b.text, b.cue, b.speaker) == ("direct", second, None, speaker)
    assert len(quotes) == 2  # no indirect unit for the first half


@pytest.mark.parametrize("text", [
    "« Nous, nous l'avons dit, le port rouvrira lundi et les dockers seront payés. »",
    "« Le port, dit-on à Brisval, rouvrira lundi si la digue tient. »",
    "« Le port rouvrira lundi, les dockers seront payés, la digue sera réparée. »",
])
def test_fr_bank_commas_inside_a_quotation_without_an_incise_keep_it_whole(fr, text):
    (q,) = _quotes(fr, text)
    assert q.text == text[2:-2]


# ---- indirect speech: verbs, tenses, what stands between the cue and "que" ------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("Corentin Malvaux a déclaré que le port de Brisval rouvrirait lundi.", "a déclaré",
     "le port de Brisval rouvrirait lundi"),
    ("Corentin Malvaux déclare que le port de Brisval rouvrira lundi.", "déclare", "le port de Brisval rouvrira lundi"),
    ("Corentin Malvaux avait déclaré que le port de Brisval rouvrirait lundi.", "avait déclaré",
     "le port de Brisval rouvrirait lundi"),
    ("Corentin Malvaux a fait savoir que le port de Brisval rouvrirait lundi.", "a fait savoir",
     "le port de Brisval rouvrirait lundi"),
    ("Corentin Malvaux a laissé entendre que la digue serait reconstruite.", "a laissé entendre",
     "la digue serait reconstruite"),
    ("Corentin Malvaux a insisté sur le fait que la digue était trop basse.", "a insisté", "la digue était trop basse"),
    ("Corentin Malvaux a regretté que la digue soit trop basse.", "a regretté", "la digue soit trop basse"),
    ("Corentin Malvaux estime pour sa part que la digue est trop basse.", "estime", "la digue est trop basse"),
    ("Corentin Malvaux a confié à Léonie Varenne que le port rouvrirait lundi.", "a confié", "le port rouvrirait lundi"),
    ("Corentin Malvaux a affirmé mardi soir, lors d'une conférence de presse à Brisval, que la digue était "
     "trop basse.", "a affirmé", "la digue était trop basse"),
    ("Léonie Varenne a expliqué, devant les élus de Brisval réunis en séance, que la digue était trop basse.",
     "a expliqué", "la digue était trop basse"),
    ("Léonie Varenne a rappelé, lundi, que la digue était trop basse.", "a rappelé", "la digue était trop basse"),
    ("Corentin Malvaux affirme avoir signé le décret de réouverture du port.", "affirme",
     "avoir signé le décret de réouverture du port"),
    ("Corentin Malvaux dément avoir signé le décret de fermeture du port.", "dément",
     "avoir signé le décret de fermeture du port"),
    ("Corentin Malvaux a démenti avoir reçu de l'argent des armateurs.", "a démenti",
     "avoir reçu de l'argent des armateurs"),
    ("Corentin Malvaux assure ne pas vouloir reconstruire la digue.", "assure", "ne pas vouloir reconstruire la digue"),
    ("Le ministre a assuré ne pas avoir été informé de la fermeture du port.", "a assuré",
     "ne pas avoir été informé de la fermeture du port"),
    ("Corentin Malvaux a dit vouloir reconstruire la digue.", "a dit", "vouloir reconstruire la digue"),
    ("Le ministre a reconnu avoir commis une erreur.", "a reconnu", "avoir commis une erreur"),
    ("Le ministre a menacé de fermer le port.", "a menacé", "fermer le port"),
    ("Le gouvernement de Valdavie a annoncé mardi la réouverture du port de Brisval.", "a annoncé",
     "la réouverture du port de Brisval"),
    ("L'opposition accuse le gouvernement de mentir sur l'état de la digue.", "accuse",
     "le gouvernement de mentir sur l'état de la digue"),
    ("Corentin Malvaux a exhorté le gouvernement à agir rapidement.", "a exhorté", "le gouvernement à agir rapidement"),
])
def test_fr_bank_indirect_contents(fr, text, cue, content):
    (q,) = _quotes(fr, text)
    assert (q.kind, q.cue, q.text) == ("indirect", cue, content)
    assert q.speaker and text.startswith(q.speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Le maire de Brisval dément formellement toute fermeture du port.", "Le maire de Brisval"),
    ("Le maire dément que le port soit fermé.", "Le maire"),
])
def test_fr_bank_mistagged_dement_keeps_its_subject(fr, text, speaker):
    (q,) = _quotes(fr, text)
    assert q.cue == "dément" and q.speaker == speaker


def test_fr_bank_dement_as_an_adjective_is_no_cue(fr):
    assert _quotes(fr, "Un projet dément a été présenté au conseil de Brisval.") == []


# ---- "selon", "d'après", "pour" ----------------------------------------------------------------

@pytest.mark.parametrize("text, kind, content, speaker, cue", [
    ("Selon Corentin Malvaux, le port de Brisval rouvrira lundi.", "indirect", "le port de Brisval rouvrira lundi",
     "Corentin Malvaux", "Selon"),
    ("D'après Corentin Malvaux, le port de Brisval rouvrira lundi.", "indirect", "le port de Brisval rouvrira lundi",
     "Corentin Malvaux", "D'après"),
    ("Pour le maire de Brisval, la digue ne tiendra pas un hiver de plus.", "indirect",
     "la digue ne tiendra pas un hiver de plus", "le maire de Brisval", "Pour"),
    ("Selon une source proche du dossier, le port de Brisval rouvrira lundi.", "indirect",
     "le port de Brisval rouvrira lundi", "une source proche du dossier", "Selon"),
    ("Corentin Malvaux a visité le port mardi. Pour lui, la digue a cédé vers minuit.", "indirect",
     "la digue a cédé vers minuit", "Corentin Malvaux", "Pour"),
    ("Léonie Varenne a visité le port mardi. Pour elle, la digue a cédé vers minuit.", "indirect",
     "la digue a cédé vers minuit", "Léonie Varenne", "Pour"),
    ("« C'est une catastrophe », selon Léonie Varenne.", "direct", "C'est une catastrophe", "Léonie Varenne", "selon"),
    ("« C'est une catastrophe », d'après la maire de Brisval.", "direct", "C'est une catastrophe",
     "la maire de Brisval", "d'après"),
    ("Pour Léonie Varenne, « la digue ne tiendra pas un hiver de plus ».", "direct",
     "la digue ne tiendra pas un hiver de plus", "Léonie Varenne", "Pour"),
    ("Selon Léonie Varenne, la digue est « trop basse » pour l'hiver.", "mixed",
     "la digue est « trop basse » pour l'hiver", "Léonie Varenne", "Selon"),
])
def test_fr_bank_according(fr, text, kind, content, speaker, cue):
    q = _one(fr, text, content)
    assert (q.kind, q.text, q.speaker, q.cue) == (kind, content, speaker, cue)


def test_fr_bank_pour_with_no_person_is_no_source(fr):
    assert _quotes(fr, "Le port a fermé. Pour la première fois, les dockers ont manifesté devant la mairie.") == []


# ---- speakers: pronouns by gender, roles, object clitics before an incise --------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Corentin Malvaux a rencontré Léonie Varenne mardi. Elle a déclaré que le port rouvrirait lundi.",
     "Léonie Varenne"),
    ("Léonie Varenne a rencontré Corentin Malvaux mardi. Il a déclaré que le port rouvrirait lundi.",
     "Corentin Malvaux"),
    ("Léonie Varenne a visité le port mardi avec Corentin Malvaux. Selon elle, la digue a cédé vers minuit.",
     "Léonie Varenne"),
    ("Corentin Malvaux est arrivé mardi. Le port de Brisval rouvrira lundi, a-t-il déclaré.", "Corentin Malvaux"),
    ("Léonie Varenne est arrivée mardi. Le port de Brisval rouvrira lundi, a-t-elle assuré.", "Léonie Varenne"),
    ("Aurel Mistral a démissionné mardi. « Je suis épuisé », a expliqué le ministre.", "Aurel Mistral"),
    ("Le président valdavien a estimé que la digue tiendrait tout l'hiver.", "Le président valdavien"),
    ("Un diplomate valdavien, qui a requis l'anonymat, a affirmé que les négociations avaient échoué.",
     "Un diplomate valdavien"),
    ("« Allez-vous rouvrir le port ? », lui a demandé un journaliste.", "un journaliste"),
    ("« Le port rouvrira », nous a assuré Léonie Varenne.", "Léonie Varenne"),
    ("Le port rouvrira lundi, lui a assuré le maire.", "le maire"),
    ("Le port rouvrira lundi, nous a confié Léonie Varenne.", "Léonie Varenne"),
])
def test_fr_bank_speakers(fr, text, speaker):
    quotes = [q for q in _quotes(fr, text) if q.cue]
    assert quotes and quotes[-1].speaker == speaker


def test_fr_bank_second_person_incise_is_the_reader(fr):
    assert _quotes(fr, "Hein, quoi ? Elle était journaliste dans le temps, me dites-vous ?") == []


# ---- vias ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, via", [
    ("Corentin Malvaux a assuré mardi à l'agence Valpresse que le port de Brisval rouvrirait lundi.",
     "à l'agence Valpresse"),
    ("Le maire de Brisval, Corentin Malvaux, a indiqué dans un communiqué que le port rouvrirait lundi.",
     "dans un communiqué"),
    ("« Le port rouvrira lundi », a déclaré Corentin Malvaux à l'AVP.", "à l'AVP"),
    ("« Le port rouvrira lundi », a déclaré Corentin Malvaux dans un entretien au Courrier de Brisval.",
     "dans un entretien au Courrier de Brisval"),
    ("« Le port rouvrira lundi », a écrit Corentin Malvaux sur Twitter.", "sur Twitter"),
    ("« C'est une catastrophe », a déclaré mardi Léonie Varenne, citée par l'agence Valpresse.",
     "par l'agence Valpresse"),
    ("La digue est trop basse, estime Léonie Varenne dans une tribune publiée par le Courrier de Brisval.",
     "dans une tribune publiée par le Courrier de Brisval"),
    ("Léonie Varenne estime, dans une tribune publiée mardi, que la digue est trop basse.",
     "dans une tribune publiée mardi"),
    ("Dans un communiqué, la mairie de Brisval a annoncé que le port rouvrirait lundi.", "Dans un communiqué"),
    ("Sur son compte Twitter, Léonie Varenne a écrit que la digue était trop basse.", "Sur son compte Twitter"),
    ("Interrogée sur Radio Brisval, Léonie Varenne a estimé que la digue était trop basse.", "sur Radio Brisval"),
    ("Léonie Varenne a assuré à Radio Brisval que la digue tiendrait.", "à Radio Brisval"),
    ("« La digue tiendra », a écrit le ministre dans un message publié sur Facebook.",
     "dans un message publié sur Facebook"),
    ("Le président valdavien a estimé que « la digue tiendra », selon un communiqué de la présidence.",
     "selon un communiqué de la présidence"),
])
def test_fr_bank_vias(fr, text, via):
    quotes = [q for q in _quotes(fr, text) if q.cue]
    assert quotes and quotes[0].via == via


@pytest.mark.parametrize("text", [
    "« C'est une catastrophe », a déclaré Léonie Varenne, la maire de Brisval, lors d'une conférence de presse.",
    "Corentin Malvaux a affirmé mardi soir, lors d'une conférence de presse à Brisval, que la digue était trop basse.",
    "Corentin Malvaux a déclaré à la presse : « Le port rouvrira lundi. »",
])
def test_fr_bank_events_and_audiences_are_no_via(fr, text):
    quotes = [q for q in _quotes(fr, text) if q.cue]
    assert quotes and quotes[0].via is None


# ---- "on" with its source, a colon after a named speaker, an incise inside indirect content ---------

@pytest.mark.parametrize("text, speaker", [
    ("Le port rouvrira lundi, a-t-on appris auprès de la mairie de Brisval.", "la mairie de Brisval"),
    ("On a appris mardi auprès de la préfecture que le port rouvrirait lundi.", "la préfecture"),
    ("Le port rouvrira lundi, a-t-on appris auprès du ministère de la mer.", "ministère de la mer"),
    ("Le port rouvrira lundi, a-t-on appris de source proche du dossier.", "source proche du dossier"),
])
def test_fr_bank_on_appris_aupres_de(fr, text, speaker):
    (q,) = _quotes(fr, text)
    assert q.kind == "indirect" and q.speaker == speaker and "rouvrir" in q.text


def test_fr_bank_on_alone_is_nobody(fr):
    (q,) = _quotes(fr, "On apprend que le port rouvrira lundi.")
    assert q.speaker is None


@pytest.mark.parametrize("text, speaker, cue", [
    ("Corentin Malvaux : « Le port rouvrira lundi. »", "Corentin Malvaux", None),
    ("Corentin Malvaux a été clair : « Le port rouvrira lundi. »", "Corentin Malvaux", "a été clair"),
    ("Le maire est formel : « Le port rouvrira lundi. »", "Le maire", "est formel"),
    ("Corentin Malvaux a déclaré : « Le port rouvrira lundi. »", "Corentin Malvaux", "a déclaré"),
    ("Le maire de Brisval l'a annoncé mardi : « Le port rouvrira lundi. »", "Le maire de Brisval", "a annoncé"),
    ("Corentin Malvaux a averti le gouvernement : « Si vous fermez le port, nous bloquerons la ville. »",
     "Corentin Malvaux", "a averti"),
])
def test_fr_bank_colon_after_a_named_speaker(fr, text, speaker, cue):
    q = _one(fr, text, text.split("« ")[1][:10])
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


def test_fr_bank_colon_after_a_thing_is_no_speech(fr):
    assert _quotes(fr, "Le port est fermé : « Défense d'entrer ».") == []


@pytest.mark.parametrize("text, speaker", [
    ("Le port, a assuré Corentin Malvaux, rouvrira lundi.", "Corentin Malvaux"),
    ("Corentin Malvaux est arrivé. Le port, assure-t-il, rouvrira lundi.", "Corentin Malvaux"),
    ("La réouverture du port, a précisé la mairie, n'interviendra pas avant juin.", "la mairie"),
])
def test_fr_bank_incise_between_subject_and_verb_keeps_the_sentence(fr, text, speaker):
    (q,) = _quotes(fr, text)
    assert q.kind == "indirect" and q.speaker == speaker
    assert q.text == text.split(". ")[-1].rstrip(".")


# ---- quoted words in an object, and the traps: labels, titles, topics, thoughts, questions ----------

@pytest.mark.parametrize("text, kind, content, cue", [
    ("Le maire parle d'une « situation grave ».", "mixed", "d'une « situation grave »", "parle"),
    ("Le maire évoque une « situation grave » à Brisval.", "mixed", "une « situation grave » à Brisval", "évoque"),
    ("Le maire a dénoncé une situation « inacceptable ».", "mixed", "une situation « inacceptable »", "a dénoncé"),
    ("Sur Twitter, Léonie Varenne a dénoncé « une catastrophe annoncée ».", "direct", "une catastrophe annoncée",
     "a dénoncé"),
    ("Corentin Malvaux a qualifié la décision de « scandaleuse ».", "mixed", "la décision de « scandaleuse »",
     "a qualifié"),
    ("Corentin Malvaux affirme que « personne ne fermera ce port ».", "direct", "personne ne fermera ce port",
     "affirme"),
    ("Corentin Malvaux affirme que la digue est « solide » et que le port « rouvrira bientôt ».", "mixed",
     "la digue est « solide » et que le port « rouvrira bientôt »", "affirme"),
])
def test_fr_bank_quoted_words_in_the_content(fr, text, kind, content, cue):
    (q,) = _quotes(fr, text)
    assert (q.kind, q.text, q.cue) == (kind, content, cue)


def test_fr_bank_on_parle_is_nobody(fr):
    quotes = _quotes(fr, "Le maire de Brisval estime que la digue est trop basse. Au conseil, on parle "
                         "officiellement de fermer la « laverie automatique » du port.")
    assert _find(quotes, "laverie automatique").speaker is None


@pytest.mark.parametrize("text", [
    # scare quotes, labels and titles
    "La réforme de l'« État providence » est au cœur du débat à Brisval.",
    "Le festival « Les Nuits du port » a attiré dix mille visiteurs.",
    "Le livre « La Mer de Brisval » de Léonie Varenne est sorti mardi.",
    "Le slogan « Brisval d'abord » a été repris par tous les candidats.",
    "Le maire a évoqué le « Plan Marshall » de la ville.",
    "Cette « réforme historique », comme l'appelle le gouvernement, divise les dockers.",
    "Aucune de ces réponses n'évoque une mesure qui présenterait la digue comme « responsable de la crue du port ».",
    # the author's own opinions and questions
    "Il faut dire que le port de Brisval n'a jamais été rentable.",
    "On peut affirmer que la digue de Brisval a été mal construite.",
    "Disons-le clairement : la digue de Brisval a été mal construite.",
    "Faut-il rouvrir le port de Brisval avant l'été ?",
    "Le maire rouvrira-t-il le port de Brisval avant l'été ?",
    # cognitive verbs
    "Corentin Malvaux pense que le port de Brisval rouvrira lundi.",
    "Corentin Malvaux croit que la digue tiendra.",
    "Corentin Malvaux sait que la digue ne tiendra pas.",
    # a speech verb with a topic only, or no content
    "Corentin Malvaux a évoqué la situation du port de Brisval.",
    "Corentin Malvaux a parlé de la réouverture du port avec les dockers.",
    "Le maire a parlé pendant deux heures.",
    "Corentin Malvaux a refusé de commenter la fermeture du port.",
    "Corentin Malvaux s'est exprimé mardi devant le conseil municipal.",
    "Corentin Malvaux n'a pas souhaité s'exprimer.",
    "Contacté par le Courrier de Brisval, Corentin Malvaux n'a pas donné suite.",
    "Les deux hommes ont discuté de la réouverture du port.",
    "Le ministre a rejeté les accusations de l'opposition.",
])
def test_fr_bank_traps_are_no_units(fr, text):
    assert _quotes(fr, text) == []


# ---- a quotation alone after its speaker's paragraph, plural pronouns, frames naming the medium ------

def test_fr_bank_quotation_over_paragraphs_after_the_paragraph_naming_its_speaker(fr):
    text = ("Le maire de Brisval, Corentin Malvaux, a visité le port mardi.\n"
            "« La digue a cédé vers minuit. Nous avons évacué les quais.\n"
            "« Personne n'a été blessé. Les dockers seront payés. »")
    (q,) = _quotes(fr, text)
    assert q.kind == "direct" and q.cue is None and q.speaker == "Corentin Malvaux"
    assert q.text.startswith("La digue a cédé") and q.text.endswith("Les dockers seront payés.")


@pytest.mark.parametrize("text, speaker", [
    ("Les dockers ont manifesté mardi. « Nous voulons du travail », scandaient-ils.", "Les dockers"),
    ("Les dockers ont manifesté mardi. Ils réclament la réouverture du port.", "Les dockers"),
    ("Les infirmières de Brisval ont manifesté mardi. Elles réclament que le port rouvre.",
     "Les infirmières de Brisval"),
    ("Les dockers ont manifesté mardi. Elles réclament que le port rouvre.", None),
])
def test_fr_bank_plural_pronoun_is_the_last_plural_subject(fr, text, speaker):
    (q,) = _quotes(fr, text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, via", [
    ("Léonie Varenne, citée par l'agence Valpresse, a estimé que la digue était trop basse.",
     "par l'agence Valpresse"),
    ("Invitée de Radio Brisval, Léonie Varenne a assuré que la digue tiendrait.", "de Radio Brisval"),
    ("Interrogé par l'agence Valpresse, Corentin Malvaux a assuré que le port rouvrirait lundi.",
     "par l'agence Valpresse"),
])
def test_fr_bank_participle_frame_names_the_medium(fr, text, via):
    (q,) = _quotes(fr, text)
    assert q.via == via


# ---- more cues: light verbs, negated cues, participles before "que", vias after an object ------------

@pytest.mark.parametrize("text, cue, content", [
    ("Corentin Malvaux a fait part de son inquiétude face à la fermeture du port.", "a fait part",
     "de son inquiétude face à la fermeture du port"),
    ("Le ministère de la mer a fait état de trois blessés dans l'effondrement de la digue.", "a fait état",
     "de trois blessés dans l'effondrement de la digue"),
    ("Corentin Malvaux a salué une « décision courageuse » du gouvernement.", "a salué",
     "une « décision courageuse » du gouvernement"),
    ("Corentin Malvaux n'exclut pas de démissionner si le port ferme.", "exclut", "démissionner si le port ferme"),
    ("Le maire n'exclut pas une candidature à la présidence de la région.", "exclut",
     "une candidature à la présidence de la région"),
    ("Le maire ne cache pas son inquiétude face à la crue.", "cache", "son inquiétude face à la crue"),
    ("Corentin Malvaux a déclaré dans un entretien publié dimanche par le Journal de Brisval que le port "
     "rouvrirait lundi.", "a déclaré", "le port rouvrirait lundi"),
    ("Le maire a annoncé la fermeture du port dans un communiqué.", "a annoncé", "la fermeture du port"),
])
def test_fr_bank_more_cues(fr, text, cue, content):
    (q,) = _quotes(fr, text)
    assert (q.cue, q.text) == (cue, content)


@pytest.mark.parametrize("text", [
    "Le maire a exclu trois conseillers du parti.",
    "Le maire a caché que le port resterait fermé.",
    "Le maire a salué la mémoire des dockers disparus.",
    "Selon nos informations, le port rouvrira lundi.",
])
def test_fr_bank_not_speech_without_a_negation_or_a_quotation(fr, text):
    assert _quotes(fr, text) == []


def test_fr_bank_via_after_an_object_and_in_a_participle_window(fr):
    (q,) = _quotes(fr, "Le maire a annoncé la fermeture du port dans un communiqué.")
    assert q.via == "dans un communiqué"
    (q,) = _quotes(fr, "Corentin Malvaux a déclaré dans un entretien publié dimanche par le Journal de Brisval que "
                       "le port rouvrirait lundi.")
    assert q.via.startswith("dans un entretien publié dimanche")


def test_fr_bank_passive_jugee_with_its_agent(fr):
    (q,) = _quotes(fr, "La situation est jugée « inacceptable » par le maire de Brisval.")
    assert (q.kind, q.text, q.speaker) == ("direct", "inacceptable", "le maire de Brisval")


def test_fr_bank_pour_notre_with_a_person_is_a_source(fr):
    q = _one(fr, "Pour notre ancien ambassadeur Aurel Mistral, la diplomatie de Valdavie repose sur la patience.",
             "la diplomatie de Valdavie")
    assert q.speaker == "Aurel Mistral"


# ---- an AFP-style paragraph: several speakers, pronouns and constructions in a row --------------------

_ARTICLE = (
    "La maire de Brisval, Léonie Varenne, a annoncé mardi la fermeture du port pour au moins trois semaines. "
    "« Nous n'avons pas le choix », a-t-elle expliqué lors d'une conférence de presse. Selon elle, la digue "
    "risque de céder à la prochaine tempête.\n"
    "Le ministre de la mer, Aurel Mistral, a de son côté assuré que l'État financerait les travaux. « Brisval "
    "ne sera pas abandonnée », a-t-il promis.\n"
    "Les dockers, eux, s'inquiètent. « On nous a promis la même chose il y a dix ans », lance Corentin "
    "Malvaux, délégué syndical. Il réclame « des garanties écrites ».\n"
    "Pour le syndicat des dockers, cette fermeture est « une catastrophe sociale ».")


@pytest.mark.parametrize("words, kind, speaker, cue", [
    ("la fermeture du port pour au moins trois semaines", "indirect", "Léonie Varenne", "a annoncé"),
    ("Nous n'avons pas le choix", "direct", "Léonie Varenne", "a-t-elle expliqué"),
    ("la digue risque de céder", "indirect", "Léonie Varenne", "Selon"),
    ("l'État financerait les travaux", "indirect", "Aurel Mistral", "a de son côté assuré"),
    ("Brisval ne sera pas abandonnée", "direct", "Aurel Mistral", "a-t-il promis"),
    ("On nous a promis", "direct", "Corentin Malvaux", "lance"),
    ("des garanties écrites", "direct", "Corentin Malvaux", "réclame"),
    ("cette fermeture est « une catastrophe sociale »", "mixed", "le syndicat des dockers", "Pour"),
])
def test_fr_bank_article(fr, words, kind, speaker, cue):
    q = _one(fr, _ARTICLE, words)
    assert (q.kind, q.speaker, q.cue) == (kind, speaker, cue)


def test_fr_bank_article_has_no_other_unit(fr):
    assert len(_quotes(fr, _ARTICLE)) == 8


def test_fr_bank_que_content_after_a_comma(fr):
    (q,) = _quotes(fr, "Le maire a averti que, si rien ne changeait, le port fermerait définitivement.")
    assert q.text == "si rien ne changeait, le port fermerait définitivement"


@pytest.mark.parametrize("text", [
    "Pour cette raison, le port restera fermé tout l'hiver.",
    "Pour ce faire, la mairie a recruté dix dockers.",
])
def test_fr_bank_pour_without_a_holder_of_views(fr, text):
    assert _quotes(fr, text) == []


# ---- precision: sentences a rule could take for reported speech ---------------------------------------

@pytest.mark.parametrize("text", [
    "Ce rapport montre que la digue était fragile.",
    "Il est clair que la digue était fragile.",
    "Tout le monde sait que la digue était fragile.",
    "Certains diront que la digue était fragile.",
    "Reste à savoir si la digue tiendra.",
    "Le maire a appelé les pompiers vers minuit.",
    "Le maire a appelé son fils Pierre.",
    "Le livre raconte l'histoire d'un docker de Brisval.",
    "Le film dénonce la corruption au port de Brisval.",
    "Le maire a rappelé les dockers au travail.",
    "Le maire a répondu aux questions des journalistes pendant une heure.",
    "Le maire a ajouté une clause au contrat du port.",
    "Le maire a assuré la promotion du port pendant dix ans.",
    "Le maire a reconnu le corps du docker disparu.",
    "Le tribunal a estimé le préjudice à deux millions d'euros.",
    "Le ministre a expliqué sa réforme aux dockers pendant deux heures.",
    "Le maire ne dit pas que la digue est solide.",
    "Comment expliquer que la digue ait cédé ?",
    "Le maire affirme-t-il vraiment que la digue est solide ?",
])
def test_fr_bank_no_speech(fr, text):
    assert _quotes(fr, text) == []


@pytest.mark.parametrize("text, content", [
    ("Le maire a appelé les dockers à manifester samedi.", "les dockers à manifester samedi"),
    ("Le maire a appelé à la grève générale dans tout le port.", "à la grève générale dans tout le port"),
    ("Le maire a promis une enquête sur l'effondrement de la digue.", "une enquête sur l'effondrement de la digue"),
])
def test_fr_bank_calls_and_promises_keep_their_content(fr, text, content):
    (q,) = _quotes(fr, text)
    assert q.text == content


# ---- a second report after the content: "tout en reconnaissant que", ", qualifiant X de « … »" ----------

@pytest.mark.parametrize("text, first, second, cue", [
    ("Le ministre a assuré que la digue tiendrait, tout en reconnaissant que des travaux étaient nécessaires.",
     "la digue tiendrait", "des travaux étaient nécessaires", "reconnaissant"),
    ("Le ministre a assuré que la digue tiendrait, en précisant que des travaux seraient menés.",
     "la digue tiendrait", "des travaux seraient menés", "précisant"),
    ("Le ministre a démenti toute intention de fermer le port, qualifiant ces rumeurs de « fantaisistes ».",
     "toute intention de fermer le port", "ces rumeurs de « fantaisistes »", "qualifiant"),
])
def test_fr_bank_second_report_after_a_comma(fr, text, first, second, cue):
    a, b = _quotes(fr, text)
    assert (a.text, b.text, b.cue) == (first, second, cue)
    assert a.speaker == b.speaker == "Le ministre"


def test_fr_bank_gerund_that_is_no_cue_stays_in_the_content(fr):
    (q,) = _quotes(fr, "Le ministre a assuré que la digue tiendrait en attendant les travaux.")
    assert q.text == "la digue tiendrait en attendant les travaux"


def test_fr_bank_label_before_its_object(fr):
    (q,) = _quotes(fr, "Corentin Malvaux a qualifié de « désastre » la fermeture du port.")
    assert (q.kind, q.text) == ("mixed", "de « désastre » la fermeture du port")
    (q,) = _quotes(fr, "Quant au port, on le qualifie maintenant de « nouvel or jaune » à Brisval.")
    assert (q.kind, q.text) == ("direct", "nouvel or jaune")


# ---- opinion-piece shapes (from the dev misses): no speaker, comparisons, relatives, coordinated verbs ----

@pytest.mark.parametrize("text", [
    "Ainsi, dire que la hausse des taux est un moyen de lutter contre la crue revient à admettre l'inverse.",
    "On peut s'inquiéter des faiblesses énormes qu'il a dévoilées pour le reste du continent.",
    "Tout indique dans l'histoire de Brisval que plus un port grandit, moins il se gêne.",
    "Elle nous expliquait pis que pendre sur le maire de Brisval.",
])
def test_fr_bank_opinion_shapes_are_no_speech(fr, text):
    assert _quotes(fr, text) == []


def test_fr_bank_relative_object_of_accuser_keeps_the_accusation(fr):
    q = _one(fr, "Dans ce livre, elle dénonce la collusion des armateurs, des courtiers et des ports qu’elle accuse "
                 "de tricheries pour mieux vendre leurs navires le plus cher possible.", "tricheries")
    assert q.text.startswith("de tricheries pour mieux vendre") and q.cue == "accuse"


def test_fr_bank_object_ends_before_a_coordinated_verb_after_a_time_phrase(fr):
    (q,) = _quotes(fr, "Le 10 janvier, elle annonce son départ de la chaîne Brisval TV et, le lendemain, rejoint "
                       "l'équipe de campagne du maire.")
    assert q.text == "son départ de la chaîne Brisval TV"
