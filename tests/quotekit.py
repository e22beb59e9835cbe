"""Helpers shared by the quote tests (test_quotes*.py)."""

from __future__ import annotations


def quotes(pipe, text):
    """The units of ``text``, each checked: its offsets give its text, and the component leaves
    the ids, speaker id and cluster to the pipeline."""
    doc = pipe(text)
    for q in doc._.quotes:
        assert doc.text[q.start:q.end] == q.text
        assert q.id == "" and q.doc_id == "" and q.speaker_id is None and q.cluster == ""
    return doc._.quotes


def find(found_quotes, words):
    """The first unit whose text contains ``words`` (fails, listing the units, when none does)."""
    found = [q for q in found_quotes if words in q.text]
    assert found, f"no unit containing {words!r} in {[q.text for q in found_quotes]}"
    return found[0]


def absent(found_quotes, words):
    """No unit's text contains ``words``."""
    assert not [q for q in found_quotes if words in q.text], [q.text for q in found_quotes]
