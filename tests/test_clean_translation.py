"""Signs of machine translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe import clean as clean_mod
from recoupe.clean import clean
from recoupe.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


@pytest.fixture
def fictional_media(monkeypatch):
    rows = (clean_mod.Media("Northwind Ledger", (), "online", "US", "en"),)
    monkeypatch.setattr(clean_mod, "media", lambda: rows)
    clean_mod._media_index.cache_clear()
    yield rows
    clean_mod._media_index.cache_clear()


def _clean(name: str):
    path = FIXTURES / name
    return clean(Article(path=name, source=name, format="txt", text=path.read_text("utf-8")))


@pytest.fixture
def translated(fictional_media):
    return _clean("translated_fr.txt")


@pytest.mark.parametrize(
    "needle",
    [
        "prisesans",
        "2019qui",
        "(es): [El alcalde de Puerto Lindo",
        "Northwind Ledger publishes in another language (en)",
        "closing quote ” opening a quotation after a colon",
    ],
)
def test_clean_translation_evidence(translated, needle):
    assert any(needle in item for item in translated.translation_evidence), translated.translation_evidence


def test_clean_translation_source_language_and_credit(translated):
    assert translated.translated_from in {"en", "es"}
    assert "Source: Northwind Ledger" in translated.removed
    assert "[El alcalde de Puerto Lindo inaugura el nuevo mercado municipal con cientos de vecinos]" in translated.removed
    assert translated.cited_sources[0] == "Northwind Ledger"


def test_clean_glitches_without_language_give_und():
    text = (
        "Titre\nLe conseil a voté le plan, une décision prisesans consultation des riverains.\n"
        "Le rapport publié en 2019qui alertait sur les quais a été cité par le maire."
    )
    document = clean(Article(path="a", source="a", format="txt", text=text))
    assert document.translated_from == "und"


def test_clean_one_glitch_is_not_enough():
    text = "Titre\nLe conseil a voté le plan, une décision prisesans consultation des riverains."
    document = clean(Article(path="a", source="a", format="txt", text=text))
    assert (document.translated_from, document.translation_evidence) == (None, [])


def test_clean_native_french_is_not_flagged():
    document = _clean("native_fr.txt")
    assert document.translated_from is None
    assert document.translation_evidence == []
