"""Hostile article text must not become a source in the citation graph (found by the browser
XSS tests: a payload after "selon Radio Galène" became the cited source's name)."""

import pytest

from recoupe.clean import find_cited_sources
from recoupe.stories.provenance import canonical


@pytest.mark.parametrize(
    ("via", "expected"),
    [
        ("selon Radio Galène <svg onload=window.__pwned=1;alert(document.domain)>", "Radio Galène"),
        ("<script>alert(1)</script>", None),
        ("selon Radio Galène", "Radio Galène"),
    ],
)
def test_stories_provenance_markup_never_names_a_source(via, expected):
    assert canonical(via, "fr") == expected


def test_clean_media_cue_names_stop_at_markup():
    assert find_cited_sources("selon l'agence de presse « Xenopresse<svg onload=alert(1)> »") == []
    assert find_cited_sources("selon l'agence de presse « Xenopresse »") == ["Xenopresse"]
