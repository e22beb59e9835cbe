"""French mixed and direct units (session 6): span boundaries of indirect content embedding a
quoted fragment, and quotations whose cue the tagger misreads. Fictional people and places only
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


def test_fr_gerund_content_ends_before_a_finite_verb_of_the_main_clause(fr):
    quotes = _quotes(fr, "Corentin Malvaux a justifié sa position en affirmant que les choix de la mairie "
                         "relevaient d'une « situation différente » de la crise actuelle, et a présenté son "
                         "projet comme le reflet de ses ambitions pour une ville « ouverte ».")
    q = _find(quotes, "les choix de la mairie")
    assert q.kind == "mixed" and q.text.endswith("crise actuelle")
    _absent(quotes, "a présenté")


def test_fr_label_content_ends_with_its_quotation_before_another_predicate(fr):
    q = _find(_quotes(fr, "Le fait qu'il ait récemment qualifié la grève de « lutte fratricide » lui a valu "
                          "de nombreuses critiques à Brenac."), "lutte fratricide")
    assert q.kind == "mixed" and q.text.endswith("»") and "valu" not in q.text


def test_fr_comme_le_fait_valoir_introduces_a_quotation(fr):
    q = _find(_quotes(fr, "Les agents pourraient faire autre chose ; c'est pourquoi, comme le fait valoir "
                          "Corentin Malvaux, de Valpresse, « c'est traiter à la légère les habitants de "
                          "Brenac »."), "traiter à la légère")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"


def test_fr_quoted_fragment_as_subject_of_a_verb_is_no_incise(fr):
    _absent(_quotes(fr, "Dans la crise actuelle à Brenac aussi, « d'autres villes » auraient attisé "
                        "la colère."), "autres villes")


def test_fr_incise_verb_tagged_as_unknown_word(fr):
    q = _find(_quotes(fr, "« Nous partirons demain matin vers Brenac », a tweeté Corentin Malvaux."),
              "Nous partirons")
    assert q.kind == "direct" and q.speaker == "Corentin Malvaux"
