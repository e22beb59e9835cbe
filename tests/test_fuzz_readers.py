"""Fuzzing the readers (txt, html, jsonl, warc bytes) and the decoders: they never raise, every
problem is a one-line ``Rejection``, and what they let through is text spaCy and both databases
accept. Property-based (hypothesis) here; coverage-guided (atheris, ``fuzz/fuzz.py``) at a short
budget; the long runs are in ``bench/bench_reliability.py``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fuzzkit import LIMITS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"
sys.path.insert(0, str(FUZZ))

import harnesses  # noqa: E402

from recoupe import ingest  # noqa: E402
from recoupe.model import Article, Rejection  # noqa: E402

CI = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries({}, optional={k: json_values | st.text(max_size=80) for k in ("text", "html", "title", "url", "outlet", "published", "language", "id")})


@CI
@given(data=st.binary(max_size=2048), fmt=st.sampled_from(harnesses.READER_FORMATS))
def test_fuzz_readers_raw_bytes(data, fmt):
    harnesses.read_bytes(data, fmt)


@CI
@given(lines=st.lists(records, min_size=1, max_size=4), ascii_only=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_fuzz_readers_jsonl_records(lines, ascii_only, encoding):
    data = "\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in lines).encode(encoding, "surrogatepass")
    items = harnesses.read_bytes(data, "jsonl")
    assert len(items) == len(lines)


@CI
@given(payload=st.binary(max_size=1024) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
       content_type=st.sampled_from(["text/html", "text/html; charset=latin-1", "text/html; charset=nope", "image/png"]),
       delta=st.sampled_from([0, 0, -1, 3, -30]), gz=st.booleans(), cut=st.sampled_from([None, 0.3, 0.9]))
def test_fuzz_readers_warc_records(payload, content_type, delta, gz, cut):
    record = harnesses.warc_record(payload, content_type=content_type, length_delta=delta, gz=gz)
    if cut:
        record = record[: int(len(record) * cut)]
    harnesses.read_bytes(record, "warc")


@CI
@given(data=st.binary(max_size=1024))
def test_fuzz_readers_decode_bytes(data):
    harnesses.decode(data)


@CI
@given(value=st.text(max_size=60) | st.integers() | st.floats() | st.none() | st.booleans())
def test_fuzz_readers_parse_date(value):
    harnesses.parse_date(value)


# -- regressions found by the fuzzers ------------------------------------------------------------

@pytest.mark.parametrize(
    "data",
    [
        b"\xfe\xff\t\xff\t\xff\xdb",  # UTF-16 BOM, then an odd byte: TextIOWrapper raised
        b"\xff\xfe" + '{"text": "un article"}\n'.encode("utf-16-le") + b"\x00\xd8\x00",  # a lone surrogate after a good line
    ],
)
def test_fuzz_readers_jsonl_bad_utf16_is_a_rejection(data):
    items = harnesses.read_bytes(data, "jsonl")
    assert isinstance(items[-1], Rejection)
    assert "re-save the file as UTF-8" in items[-1].reason
    assert all(isinstance(i, Article) for i in items[:-1])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"text": "avant \\ud923 après", "title": "t\\udc00"}', ("avant \ufffd après", "t\ufffd")),
        ('{"text": "nul\\u0000ici"}', ("nul\ufffdici", None)),
        ('{"text": "paire \\ud83d\\ude00 ok"}', ("paire \U0001f600 ok", None)),
    ],
)
def test_fuzz_readers_jsonl_unencodable_escapes_replaced(line, expected):
    """JSON escapes can hold lone surrogates (spaCy and SQLite fail to encode them) and NUL
    (PostgreSQL refuses it): the reader replaces them with U+FFFD, keeping the length."""
    (article,) = harnesses.read_bytes(line.encode(), "jsonl")
    assert (article.text, article.title) == expected


def test_fuzz_readers_lone_surrogate_reaches_the_store(tmp_path):
    """End to end: such a line no longer stops ``analyze`` (it raised UnicodeEncodeError)."""
    from recoupe.pipeline import Options, analyze
    from recoupe.store import open_store

    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Le maire de Valdavie a parlé \\ud923 longuement hier soir devant le conseil.", "title": "Valdavie", "language": "fr"}\n')
    with open_store(str(tmp_path / "db.sqlite")) as store:
        summary = analyze([path], store, Options(stages=()))
        assert summary.stored == 1 and not summary.rejected
        assert "\ufffd" in next(store.documents()).text


def _atheris_run(target: str, runs: int, tmp_path: Path) -> subprocess.CompletedProcess:
    pytest.importorskip("atheris")
    return subprocess.run(
        [sys.executable, str(FUZZ / "fuzz.py"), target, f"-runs={runs}", "-max_len=2048", f"-artifact_prefix={tmp_path}/", "-max_total_time=60", *LIMITS],
        capture_output=True, text=True, timeout=240,
    )


@pytest.mark.parametrize("target", ["readers", "decode"])
def test_fuzz_readers_atheris_short(target, tmp_path):
    proc = _atheris_run(target, 3000, tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Done" in proc.stderr
