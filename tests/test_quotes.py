"""recoupe.quotes on small hand-written articles (fictional people, places and outlets)."""

from __future__ import annotations

import pytest

from quotekit import find as _find
from quotekit import quotes as _quotes
from recoupe import nlp
from recoupe.quotes.marks import find_quotes


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


@pytest.fixture(scope="module")
def en():
    return nlp.load("en", stages=("quotes",))


# ---- quotation marks, no model -----------------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ("« Nous tiendrons bon », a dit Marc.", ["Nous tiendrons bon"]),
    ("«Nous tiendrons bon», a dit Marc.", ["Nous tiendrons bon"]),
    ("“Nous tiendrons bon”, a dit Marc.", ["Nous tiendrons bon"]),
    ('"Nous tiendrons bon", a dit Marc.', ["Nous tiendrons bon"]),
    ("Il a dit : ” Nous tiendrons bon … “.", ["Nous tiendrons bon …"]),
    ("le pont de l' »Union des rives », dit-on", ["Union des rives"]),
    ("l’armée a dit : “Nous tiendrons”", ["Nous tiendrons"]),
    ("« Tout est prêt. Le chantier a commencé« Marc a déclaré.", ["Tout est prêt. Le chantier a commencé"]),
    ("He said: ‘we will stay’ and left, didn’t he?", ["we will stay"]),
])
def test_quotes_marks_pairs(text, inner):
    assert [text[m.start:m.end] for m in find_quotes(text)] == inner


def test_quotes_marks_multi_paragraph_is_one():
    text = "Il a dit : “Premier point.\n\n“Second point.\n“Dernier point.”\nFin."
    (m,) = find_quotes(text)
    assert text[m.start:m.end].startswith("Premier") and text[m.start:m.end].endswith("Dernier point.")
    assert m.paragraphs == 3


def test_quotes_marks_unclosed_ends_with_paragraph():
    text = "Il a dit : “Premier point.\nUne autre phrase de l'auteur."
    (m,) = find_quotes(text)
    assert text[m.start:m.end] == "Premier point."


# ---- French ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker, cue", [
    ("« Le pont sera rouvert lundi », a déclaré Marc Dervaux, maire de Villebrune.",
     "Le pont sera rouvert lundi", "Marc Dervaux", "a déclaré"),
    ("«Le pont sera rouvert lundi», a déclaré Marc Dervaux.", "Le pont sera rouvert lundi", "Marc Dervaux", "a déclaré"),
    ("“Le pont sera rouvert lundi”, a affirmé Marc Dervaux.", "Le pont sera rouvert lundi", "Marc Dervaux", "a affirmé"),
    ('"Le pont sera rouvert lundi", a assuré Marc Dervaux.', "Le pont sera rouvert lundi", "Marc Dervaux", "a assuré"),
    ("Marc Dervaux a déclaré : « Le pont sera rouvert lundi. »", "Le pont sera rouvert lundi", "Marc Dervaux", "a déclaré"),
])
def test_quotes_fr_direct_styles(fr, text, words, speaker, cue):
    q = _find(_quotes(fr, text), words)
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


def test_quotes_fr_incise_gives_two_units_and_pronoun_resolves(fr):
    text = ("Le maire de Villebrune, Marc Dervaux, a inauguré le pont jeudi.\n"
            "« Le chantier a duré trois ans », a-t-il ajouté, « et il a coûté moins que prévu. »")
    qs = [q for q in _quotes(fr, text) if q.kind == "direct"]
    assert len(qs) == 2
    assert qs[0].cue == "a-t-il ajouté" and qs[0].speaker_mention == "-il"
    assert qs[0].speaker == "Marc Dervaux"


def test_quotes_fr_multi_paragraph_is_one_unit(fr):
    text = ("Marc Dervaux a déclaré : « Le chantier a duré trois ans.\n"
            "« Il a coûté moins que prévu et les habitants sont contents. »")
    qs = _quotes(fr, text)
    assert len(qs) == 1 and "\n" in qs[0].text and qs[0].speaker == "Marc Dervaux"


@pytest.mark.parametrize("verb", ["a déclaré", "affirme", "avait assuré", "a prévenu", "a souligné",
                                  "estime", "annonce", "a indiqué", "a expliqué", "promet", "a démenti",
                                  "a averti"])
def test_quotes_fr_indirect_verbs(fr, verb):
    text = f"Marc Dervaux {verb} que le pont de Villebrune serait rouvert avant l'hiver."
    q = _find(_quotes(fr, text), "le pont de Villebrune serait rouvert")
    assert q.kind == "indirect" and q.speaker == "Marc Dervaux" and q.text.startswith("le pont")


@pytest.mark.parametrize("text, cue", [
    ("Selon Marc Dervaux, le pont de Villebrune sera rouvert avant l'hiver.", "Selon"),
    ("D'après Marc Dervaux, le pont de Villebrune sera rouvert avant l'hiver.", "D'après"),
    ("Pour Marc Dervaux, le pont de Villebrune sera rouvert avant l'hiver.", "Pour"),
    ("Le pont de Villebrune sera rouvert avant l'hiver, selon Marc Dervaux.", "selon"),
])
def test_quotes_fr_selon(fr, text, cue):
    q = _find(_quotes(fr, text), "sera rouvert avant l'hiver")
    assert q.kind == "indirect" and q.speaker == "Marc Dervaux" and q.cue == cue
    assert "Dervaux" not in q.text


def test_quotes_fr_mixed(fr):
    text = "Marc Dervaux a déclaré qu'il fallait « tenir bon » jusqu'à la réouverture du pont."
    q = _find(_quotes(fr, text), "tenir bon")
    assert q.kind == "mixed" and q.speaker == "Marc Dervaux" and q.text.startswith("il fallait")


@pytest.mark.parametrize("text", [
    "Le projet de « pont citoyen » a été voté hier à Villebrune.",
    "Les habitants parlent déjà de l'« affaire du pont » depuis des mois.",
    "L'opposition juge le chantier “bientôt” terminé selon ses propres calculs.",
])
def test_quotes_fr_scare_quotes_and_labels_ignored(fr, text):
    assert not [q for q in _quotes(fr, text) if q.kind == "direct"]


def test_quotes_fr_role_resolves_to_person(fr):
    text = ("Le maire de Villebrune Marc Dervaux a visité le chantier.\n"
            "« Nous serons prêts », a déclaré le maire.")
    q = _find(_quotes(fr, text), "Nous serons prêts")
    assert q.speaker == "Marc Dervaux" and q.speaker_mention == "le maire"


def test_quotes_fr_surname_resolves_to_fullest_name(fr):
    text = ("Marc Dervaux a visité le chantier.\n"
            "« Nous serons prêts », a déclaré Dervaux.")
    assert _find(_quotes(fr, text), "Nous serons prêts").speaker == "Marc Dervaux"


def test_quotes_fr_anonymous_role_kept(fr):
    text = "Un responsable de la mairie de Villebrune a déclaré que le pont serait rouvert lundi."
    q = _find(_quotes(fr, text), "le pont serait rouvert")
    assert q.speaker == "Un responsable de la mairie de Villebrune"


def test_quotes_fr_standalone_quote_inherits_speaker(fr):
    text = ("« Le chantier est fini », a déclaré Marc Dervaux.\n"
            "« Les habitants pourront traverser dès lundi matin. »")
    q = _find(_quotes(fr, text), "Les habitants pourront")
    assert q.speaker == "Marc Dervaux" and q.cue is None


@pytest.mark.parametrize("text, via", [
    ("« Le pont sera rouvert », a déclaré Marc Dervaux, selon l'agence Presse-Nord.", "selon l'agence Presse-Nord"),
    ("Marc Dervaux a déclaré à la radio Villebrune Info que le pont serait rouvert lundi.", "à la radio Villebrune Info"),
    ("Dans un tweet, Marc Dervaux a déclaré que le pont serait rouvert lundi.", "Dans un tweet"),
    ("Dans une interview diffusée lundi par la chaîne Canal Nord, Marc Dervaux a déclaré que le pont serait rouvert.",
     "Dans une interview diffusée lundi par la chaîne Canal Nord"),
])
def test_quotes_fr_via(fr, text, via):
    q = _find(_quotes(fr, text), "pont sera" if "sera" in text else "pont serait")
    assert q.via == via


def test_quotes_fr_event_is_not_via(fr):
    text = "« Le pont sera rouvert », a déclaré Marc Dervaux lors d'une conférence de presse."
    assert _find(_quotes(fr, text), "Le pont sera rouvert").via is None


# ---- English -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, cue", [
    ('"The bridge will reopen on Monday," said Jane Holt, the mayor of Eastbrook.', "Jane Holt", "said"),
    ("“The bridge will reopen on Monday,” Jane Holt said.", "Jane Holt", "said"),
    ('Jane Holt said: "The bridge will reopen on Monday."', "Jane Holt", "said"),
])
def test_quotes_en_direct(en, text, speaker, cue):
    q = _find(_quotes(en, text), "The bridge will reopen")
    assert (q.kind, q.speaker, q.cue) == ("direct", speaker, cue)


def test_quotes_en_incise_two_units(en):
    text = '"The bridge is ready," Jane Holt said, "and it cost less than planned."'
    assert len([q for q in _quotes(en, text) if q.kind == "direct"]) == 2


@pytest.mark.parametrize("text, words", [
    ("Jane Holt said that the bridge in Eastbrook would reopen on Monday.", "the bridge in Eastbrook"),
    ("Jane Holt warned the bridge in Eastbrook would stay closed all winter.", "the bridge in Eastbrook"),
    ("According to Jane Holt, the bridge in Eastbrook will reopen on Monday.", "the bridge in Eastbrook"),
])
def test_quotes_en_indirect(en, text, words):
    q = _find(_quotes(en, text), words)
    assert q.kind == "indirect" and q.speaker == "Jane Holt"


def test_quotes_en_pronoun_and_via(en):
    text = ("Jane Holt visited the site on Monday.\n"
            '"We will be ready," she told the Eastbrook Courier.')
    q = _find(_quotes(en, text), "We will be ready")
    assert q.speaker == "Jane Holt" and q.via == "told the Eastbrook Courier"


def test_quotes_en_mixed_and_scare(en):
    qs = _quotes(en, 'Jane Holt said the new bridge was "a gift to Eastbrook" and thanked the workers.\n'
                     'The so-called "bridge party" ended late.')
    assert _find(qs, "a gift to Eastbrook").kind == "mixed"
    assert not [q for q in qs if "bridge party" in q.text]


# ---- patterns added for the gold-set targets (fictional sentences) ----------------------------

@pytest.mark.parametrize("text, words, kind, speaker", [
    # accuser / qualifier X de « Y »: X is part of the content
    ("Le maire Marc Dervaux a accusé jeudi la préfecture de favoriser une « paralysie totale » du chantier.",
     "la préfecture de favoriser", "mixed", "Marc Dervaux"),
    ("Le maire Marc Dervaux a qualifié Paul Ravanel de « fossoyeur du pont » devant le conseil.",
     "Paul Ravanel de", "mixed", "Marc Dervaux"),
    # appeler / inviter X à: the addressee stays in the content
    ("Le maire Marc Dervaux a invité les habitants de Villebrune à « rester patients » cet hiver.",
     "les habitants de Villebrune à", "mixed", "Marc Dervaux"),
    # insister sur la nécessité de …
    ("Marc Dervaux a insisté sur la nécessité de rouvrir le pont avant les fêtes.",
     "la nécessité de rouvrir le pont", "indirect", "Marc Dervaux"),
    # an infinitive after the cue, auxiliary infinitive included
    ("Marc Dervaux a affirmé avoir reçu toutes les autorisations pour le pont.",
     "avoir reçu toutes les autorisations", "indirect", "Marc Dervaux"),
])
def test_quotes_fr_object_content(fr, text, words, kind, speaker):
    q = _find(_quotes(fr, text), words)
    assert (q.kind, q.speaker) == (kind, speaker)


def test_quotes_fr_addressee_and_inverted_subject_are_not_content(fr):
    text = ("Marc Dervaux a promis à son adjoint une nouvelle voiture de fonction.\n"
            "« Le pont sera prêt », a annoncé le maire de Villebrune Marc Dervaux.")
    qs = _quotes(fr, text)
    assert not [q for q in qs if "son adjoint" in q.text or q.text.startswith("le maire")]
    assert _find(qs, "Le pont sera prêt").speaker == "Marc Dervaux"


def test_quotes_fr_label_without_quote_is_not_speech(fr):
    text = "Le journal qualifie de désastre la gestion du chantier par la mairie de Villebrune."
    assert not [q for q in _quotes(fr, text) if q.cue and "qualifie" in q.cue]


def test_quotes_fr_selon_incise_inside_content(fr):
    text = "La politique de la mairie de Villebrune, selon lui, risque de coûter très cher aux habitants."
    q = _find(_quotes(fr, text), "risque de coûter")
    assert q.kind == "indirect" and q.text.startswith("La politique") and q.cue == "selon"


def test_quotes_fr_second_cue_starts_a_new_unit(fr):
    text = ("Marc Dervaux reconnaît que les travaux ont pris du retard, il estime cependant que "
            "le pont sera rouvert avant l'hiver.")
    qs = _quotes(fr, text)
    first = _find(qs, "les travaux ont pris du retard")
    second = _find(qs, "le pont sera rouvert")
    assert first is not second and "pont" not in first.text


def test_quotes_fr_gerund_speaker_is_main_subject(fr):
    text = ("Le maire Marc Dervaux a visité le chantier jeudi, accusant la préfecture de "
            "bloquer les travaux depuis des mois.")
    q = _find(_quotes(fr, text), "bloquer les travaux")
    assert q.speaker == "Marc Dervaux"


def test_quotes_fr_pronoun_agrees_in_gender(fr):
    text = ("La ministre Claire Vasseur a rencontré le maire Marc Dervaux à Villebrune.\n"
            "« Le pont sera financé », a-t-elle déclaré.")
    assert _find(_quotes(fr, text), "Le pont sera financé").speaker == "Claire Vasseur"


def test_quotes_fr_inverted_subject_after_time_words(fr):
    text = "« Le pont sera financé », a déclaré un peu plus tôt dans la journée Marc Dervaux."
    assert _find(_quotes(fr, text), "Le pont sera financé").speaker == "Marc Dervaux"


def test_quotes_fr_definite_role_without_holder_is_recent_speaker(fr):
    text = ("Marc Dervaux, élu de Villebrune, a déclaré que le pont serait rouvert.\n"
            "« Nous tiendrons les délais », a ajouté le dirigeant.")
    assert _find(_quotes(fr, text), "Nous tiendrons les délais").speaker == "Marc Dervaux"


def test_quotes_en_gerund_speaker_is_main_subject(en):
    text = "Mayor Anna Kowalik visited the site on Monday, saying that the bridge would reopen in May."
    q = _find(_quotes(en, text), "the bridge would reopen")
    assert q.speaker == "Anna Kowalik"


@pytest.mark.parametrize("text, first, last", [
    ("“I never met him.\nI said so last year.\nI still say it today.”\nFollow us.", "I never", "say it today."),
    ("« Je ne l'ai jamais vu.\nJe l'ai dit l'an dernier. »\nFin de l'article.", "Je ne", "an dernier."),
])
def test_quotes_marks_run_on_paragraphs_closed_later(text, first, last):
    (m,) = find_quotes(text)
    inner = text[m.start:m.end]
    assert inner.startswith(first) and inner.endswith(last) and m.closed
