"""French reported-speech patterns beyond "cue + que" (issue #3): infinitive and noun-phrase
contents, incises, "selon" in all its places, nested reports. Fictional people and places only
(the Valdavie world)."""

from __future__ import annotations

import pytest

from recoupe import nlp


@pytest.fixture(scope="module")
def fr():
    return nlp.load("fr", stages=("quotes",))


def _quotes(pipe, text):
    doc = pipe(text)
    for q in doc._.quotes:
        assert doc.text[q.start:q.end] == q.text
    return doc._.quotes


def _find(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, f"no unit containing {words!r} in {[q.text for q in quotes]}"
    return found[0]


def _absent(quotes, words):
    assert not [q for q in quotes if words in q.text], [q.text for q in quotes]


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
