"""The command line as a user meets it: `recoupe analyze`, `recoupe export`, exit codes, help."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from recoupe.cli import main

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parent.parent / "sample"

DOC_FIELDS = {
    "id", "path", "url", "outlet", "title", "published", "language", "text", "removed", "content_hash",
    "duplicate_of", "translated_from", "translation_evidence", "cited_sources",
}
QUOTE_FIELDS = {"id", "doc_id", "kind", "text", "start", "end", "speaker", "speaker_id", "speaker_mention", "cue", "via", "cluster"}
ENTITY_FIELDS = {"id", "canonical", "type", "aliases", "mentions"}
STORY_FIELDS = {"id", "level", "parent", "label", "doc_ids", "first_seen", "last_seen", "entities", "statements"}
SOURCE_FIELDS = {"doc_id", "outlet", "cites", "relation"}


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "recoupe.cli", *args], capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=600,
    )


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def db_args(backend: dict) -> list[str]:
    return ["--database-url", backend["database_url"]] if backend["database_url"] else ["--db", backend["db"]]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sample")
    proc = run("analyze", str(SAMPLE), "--db", str(tmp / "s.db"), "--out", str(tmp / "out"))
    return tmp, proc


def test_cli_analyze_sample_exit_zero_and_exports_follow_the_spec(sample_run):
    tmp, proc = sample_run
    assert proc.returncode == 0, proc.stderr
    out = tmp / "out"
    docs = read_jsonl(out / "documents.jsonl")
    assert len(docs) == 5
    assert all(set(d) == DOC_FIELDS for d in docs)
    quotes = read_jsonl(out / "quotes.jsonl")
    assert quotes and all(set(q) == QUOTE_FIELDS for q in quotes)
    texts = {d["id"]: d["text"] for d in docs}
    for q in quotes:  # offsets index the cleaned text
        assert texts[q["doc_id"]][q["start"] : q["end"]] == q["text"]
    entities = read_jsonl(out / "entities.jsonl")
    assert entities and all(set(e) == ENTITY_FIELDS for e in entities)
    stories = read_jsonl(out / "stories.jsonl")
    assert all(set(s) == STORY_FIELDS for s in stories)
    for level in ("event", "thread"):  # every document in exactly one event and one thread
        ids = [d for s in stories if s["level"] == level for d in s["doc_ids"]]
        assert sorted(ids) == sorted(texts)
    assert all(set(e) == SOURCE_FIELDS for e in read_jsonl(out / "sources.jsonl"))


def test_cli_analyze_rerun_changes_nothing(sample_run):
    tmp, _ = sample_run
    before = {p.name: p.read_bytes() for p in (tmp / "out").iterdir()}
    proc = run("analyze", str(SAMPLE), "--db", str(tmp / "s.db"), "--out", str(tmp / "out2"))
    assert proc.returncode == 0, proc.stderr
    after = {p.name: p.read_bytes() for p in (tmp / "out2").iterdir()}
    assert after == before


def test_cli_analyze_bad_inputs_named_on_stderr_exit_one_and_good_ones_stored(tmp_path, backend):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("Un titre de test\n\nLe maire de Brenau, Jan Oster, a déclaré que le marché rouvrirait lundi.\n", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "broken.jsonl").write_text('{"text": "Une ligne valide sur le port de Lenz et ses quais."}\n{not json\n', encoding="utf-8")
    proc = run("analyze", str(tmp_path / "in"), str(tmp_path / "missing.txt"), *db_args(backend), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    lines = [l for l in proc.stderr.splitlines() if l.startswith("rejected:")]
    assert any("empty.txt" in l for l in lines)
    assert any("broken.jsonl:2" in l for l in lines)
    assert any("missing.txt" in l for l in lines)
    assert len(lines) == 3
    docs = read_jsonl(tmp_path / "out" / "documents.jsonl")
    assert len(docs) == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_cli_export_formats(sample_run, fmt, tmp_path):
    tmp, _ = sample_run
    proc = run("export", "--db", str(tmp / "s.db"), "--format", fmt, "--out", str(tmp_path / fmt))
    assert proc.returncode == 0, proc.stderr
    for name in ("documents", "quotes", "entities", "stories", "sources"):
        assert (tmp_path / fmt / f"{name}.{fmt}").exists()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(tmp_path / fmt / "quotes.parquet")
        assert set(table.column_names) == QUOTE_FIELDS
        assert table.num_rows == len(read_jsonl(tmp / "out" / "quotes.jsonl"))
    if fmt == "csv":
        import csv

        with open(tmp_path / fmt / "documents.csv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == 5 and set(rows[0]) == DOC_FIELDS


def test_cli_export_missing_database_is_a_usage_error(tmp_path):
    proc = run("export", "--db", str(tmp_path / "nope.db"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2
    assert "nope.db" in proc.stderr and "recoupe analyze" in proc.stderr
    assert not (tmp_path / "nope.db").exists()


def test_cli_db_that_is_not_a_database_is_refused_and_untouched(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("not a database " * 200)
    proc = run("analyze", str(SAMPLE), "--db", str(db))
    assert proc.returncode == 2
    assert "notes.db" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert db.read_text().startswith("not a database")


@pytest.mark.parametrize("args", [["analyze"], ["analyze", "x", "--batch-size", "0"], ["export", "--format", "xml", "--out", "o"], ["nosuchcommand"]])
def test_cli_usage_errors_exit_two(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [[], ["analyze"], ["export"]])
def test_cli_every_command_has_help(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4


def test_cli_kill_in_the_middle_then_rerun_finishes_the_job(tmp_path):
    """A kill -9 during analyze leaves a consistent database; the same command finishes it and
    gives the same export as an uninterrupted run."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(60):
        (src / f"a{i:02d}.txt").write_text(
            f"Dépêche numéro {i}\n\nLe maire de Brenau, Jan Oster{i}, a déclaré que le marché numéro {i} rouvrirait lundi. "
            f"« Nous sommes prêts pour la saison {i} », a-t-il ajouté.\n",
            encoding="utf-8",
        )
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-m", "recoupe.cli", "analyze", str(src), "--db", str(db), "--batch-size", "4"])
    deadline = time.time() + 120
    import sqlite3

    while time.time() < deadline and proc.poll() is None:
        try:
            n = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
        except sqlite3.Error:
            n = 0
        if n >= 8:
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert run("analyze", str(src), "--db", str(db), "--out", str(tmp_path / "o1")).returncode == 0
    assert run("analyze", str(src), "--db", str(tmp_path / "fresh.db"), "--out", str(tmp_path / "o2")).returncode == 0
    for name in ("documents.jsonl", "quotes.jsonl", "entities.jsonl", "stories.jsonl", "sources.jsonl"):
        assert (tmp_path / "o1" / name).read_text() == (tmp_path / "o2" / name).read_text(), name
