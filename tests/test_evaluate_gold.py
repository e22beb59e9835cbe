"""The gold sets themselves: well-formed everywhere; every unit found in its article where the
corpus is present (../shared/corpus, never copied into the repository)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from recoupe.evaluate import KINDS, read_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((ROOT / "eval" / "quotes").glob("gold_*.jsonl"))
CORPUS = ROOT.parent / "shared" / "corpus"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _body(path: Path) -> str:
    """The article without its headline (the first non-empty line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return "\n".join(lines[first + 1:])


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_evaluate_gold_is_well_formed(gold):
    lang = gold.stem.removeprefix("gold_").split("_")[0]  # gold_fr_b.jsonl: French
    docs = read_gold(gold)
    assert docs, f"{gold.name} is empty"
    assert len({d.doc for d in docs}) == len(docs), "a document is listed twice"
    for d in docs:
        assert d.lang == lang
        assert not Path(d.doc).is_absolute() and not d.doc.startswith("..")
        for q in d.quotes:
            assert q.kind in KINDS and q.text.strip()
            assert q.speaker is None or q.speaker.strip()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            for q in json.loads(line)["quotes"]:
                assert set(q) == {"kind", "text", "speaker", "cue", "via"}


def test_evaluate_gold_en_size():
    docs = read_gold(ROOT / "eval" / "quotes" / "gold_en.jsonl")
    assert len(docs) >= 12
    assert {q.kind for d in docs for q in d.quotes} == set(KINDS)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda p: p.name)
def test_evaluate_gold_texts_occur_in_the_article(gold):
    missing = []
    for d in read_gold(gold):
        path = CORPUS / d.doc
        assert path.is_file(), f"{d.doc} not in the corpus"
        body = _squash(_body(path))
        for q in d.quotes:
            # marks are removed from direct quotes: compare ignoring quotation marks
            if _squash(q.text) not in body and _strip_marks(q.text) not in _strip_marks(body):
                # a quote running over paragraphs with photo captions between them is one unit
                # whose text leaves the captions out: then each of its sentences must occur
                pieces = [p for p in re.split(r"(?<=[.!?])\s+", q.text) if p.strip()]
                if len(pieces) < 2 or any(_strip_marks(p) not in _strip_marks(body) for p in pieces):
                    missing.append(f"{d.doc}: {q.text[:60]!r}")
    assert not missing, "\n".join(missing)


def _strip_marks(text: str) -> str:
    return _squash(re.sub(r"[\"“”«»‘’']", " ", text))
