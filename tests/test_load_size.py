"""Size limits: a document over what the language models accept is rejected with its reason and
does not take its batch down (spaCy's E088 used to stop the whole run with a traceback)."""

from __future__ import annotations

import pytest

from recoupe import pipeline
from recoupe.pipeline import Options, analyze
from recoupe.store import open_store

SENTENCE = "Le maire de Valdavie a parlé longuement du pont devant le conseil municipal hier soir. "


@pytest.mark.parametrize("over", [1, 5_000])
def test_load_size_text_over_model_limit_is_rejected(tmp_path, monkeypatch, over):
    limit = 2_000  # stands for spaCy's 1,000,000 (the real size is in bench_reliability.py)
    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", limit)
    body = (SENTENCE * (limit // len(SENTENCE) + 2))[: limit + over].strip() + "."
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-big.txt").write_text(f"Un long article\n\n{body}\n", encoding="utf-8")
    (tmp_path / "in" / "b-small.txt").write_text(f"Un court article\n\n{SENTENCE}\n", encoding="utf-8")
    with open_store(str(tmp_path / "db.sqlite")) as store:
        summary = analyze([tmp_path / "in"], store, Options(stages=()))
        assert summary.stored == 1
        (rejection,) = summary.rejected
        assert rejection.path.endswith("a-big.txt")
        assert "characters after cleaning" in rejection.reason and "split it" in rejection.reason
        assert "\n" not in rejection.reason


def test_load_size_limit_matches_spacy():
    """The limit is spaCy's own default max_length: over it, nlp.pipe raises E088."""
    from spacy.language import Language

    assert pipeline.MAX_TEXT_CHARS == Language().max_length


@pytest.mark.slow
def test_load_size_jsonl_streams_in_flat_memory(tmp_path):
    """The whole ``recoupe analyze`` (the CLI and its spaCy workers, RSS summed over the process
    tree) on a 3 MB JSONL peaks within 8 % of the same on 0.5 MB: nothing grows with the input
    (the 20 vs 200 MB run is ``bench/bench_reliability.py --size-mb 20 200``, RELIABILITY.md).
    German articles: cleaned, deduplicated, fingerprinted, stored and indexed, not parsed."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
    import sizekit

    small = sizekit.analyze_jsonl(tmp_path, 0.5, language="de")
    large = sizekit.analyze_jsonl(tmp_path, 3, language="de")
    for run in (small, large):
        assert run["exit"] == 0, run["stderr_tail"]
        assert run["stored"] == run["records"] and run["marked_duplicates"] >= run["records"] // 20 - 1
        assert run["max_processes"] >= 1 and run["peak_rss_mb"] > 50  # the sampler saw the run
    assert large["records"] >= 5 * small["records"]
    assert large["peak_rss_mb"] <= small["peak_rss_mb"] * 1.08, (small["peak_rss_mb"], large["peak_rss_mb"])


def test_load_size_rewriting_lsh_rows_uses_an_index(store):
    """Storing a document deletes its old near-duplicate (LSH) rows by document id: without an
    index on lsh(doc_id) that scanned the whole table for every stored document, and analyze
    slowed down as the store grew (found by the 200 MB run: 300 documents a minute at 46,000)."""
    sql = "DELETE FROM lsh WHERE doc_id = ?"
    if store.dialect == "sqlite":
        plan = " ".join(str(row[-1]) for row in store._execute("EXPLAIN QUERY PLAN " + sql, ("d1",)))  # noqa: SLF001
        assert "USING" in plan and "INDEX" in plan, plan
    else:
        indexes = [r["indexdef"] for r in store._execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'lsh'")]  # noqa: SLF001
        assert any(d.replace(" ", "").endswith("(doc_id)") for d in indexes), indexes
