"""Fuzzing the date resolver (``recoupe.stories.resolve_dates``): no exception, spans that
point at their own text, ISO dates. Crashes found on the way (year 0, a published date in year 1, a language
dateparser lacks) stopped ``analyze`` in its linking step; they are regression cases now."""

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

CI = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: published dates the pipeline can hand over: ingest.parse_date and the cleaner keep 1900–2100
published = st.none() | st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2100, 12, 31)).map(str)
texts = st.lists(st.sampled_from(harnesses.DATE_WORDS), max_size=25).map("".join) | st.text(max_size=120)


@CI
@given(text=texts, published=published, lang=st.sampled_from(["fr", "en"]))
def test_fuzz_dates_spans_and_dates(text, published, lang):
    harnesses.resolve_dates(text, published, lang)


@pytest.mark.parametrize(
    ("text", "published", "lang"),
    [
        pytest.param("en mars 0000", "2024-03-07", "fr", id="fr-month-year-0"),
        pytest.param("They met in May 0000.", None, "en", id="en-month-year-0"),
        pytest.param("Il a parlé le 3 mars.", "2024-03-07", "no", id="lang-unknown-to-dateparser"),
        pytest.param("hier", "0001-01-01", "fr", id="published-year-1"),
    ],
)
def test_fuzz_dates_found_crashes_now_unresolved(text, published, lang):
    # regressions: each crashed the resolver (year 0, before year 1, a language dateparser
    # lacks); the harness checks spans, order and ISO dates, and raises on any violation
    harnesses.resolve_dates(text, published, lang)


@pytest.mark.parametrize("published", ["0001-01-01", "0001-05-05", "9999-12-31"])
def test_fuzz_dates_cleaner_keeps_published_in_range(published):
    """The pipeline side of the published-date crash: the cleaner no longer passes a year-1 or
    year-9999 date on (the resolver then overflowed on "hier", "jeudi", "la semaine dernière")."""
    document = harnesses.clean_article(text="Titre\nLe maire a parlé hier devant le conseil municipal.", published=published)
    assert document is not None and document.published is None


@pytest.mark.parametrize("url", ["https://nord-presse.invalid/0001/01/03/a", "https://nord-presse.invalid/9999/12/31/a"])
def test_fuzz_dates_url_date_in_range(url):
    document = harnesses.clean_article(text="Titre\nLe maire a parlé hier devant le conseil municipal.", url=url)
    assert document is not None and document.published is None


def test_fuzz_dates_atheris_short(tmp_path):
    pytest.importorskip("atheris")
    proc = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz.py"), "dates", "-runs=3000", "-max_len=1024", f"-artifact_prefix={tmp_path}/", "-max_total_time=60", *LIMITS],
        capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
