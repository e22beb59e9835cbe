"""Fuzzing the quote and entity components through the real French and English pipelines:
no exception, and ``text[start:end] == quote.text`` (and the same for mentions) always."""

from __future__ import annotations

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

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipelines():
    from recoupe import nlp

    return {lang: nlp.load(lang) for lang in ("fr", "en")}


texts = st.lists(st.sampled_from(harnesses.QUOTE_WORDS), max_size=60).map("".join) | st.text(
    st.characters(exclude_categories=["Cs"]), max_size=200
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=texts, lang=st.sampled_from(["fr", "en"]))
def test_fuzz_quotes_offsets(pipelines, text, lang):
    harnesses.quotes_and_mentions(pipelines[lang], text)


def test_fuzz_quotes_atheris_short(tmp_path):
    pytest.importorskip("atheris")
    proc = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz.py"), "quotes", "-runs=400", "-max_len=1024", f"-artifact_prefix={tmp_path}/", "-max_total_time=90", *LIMITS],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
