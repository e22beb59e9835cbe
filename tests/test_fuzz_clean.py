"""Fuzzing the cleaner: on any text or HTML it returns a ``Document`` whose body is stripped,
non-empty lines, or raises ``InputError`` (a ``RecoupeError``) — nothing else escapes."""

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

CI = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
words = st.lists(st.sampled_from(harnesses.QUOTE_WORDS), max_size=60).map("".join)
maybe = st.none() | st.text(max_size=20)


@CI
@given(text=words | st.text(max_size=300), fmt=st.sampled_from(["txt", "jsonl"]), title=maybe, url=maybe, published=maybe, language=maybe)
def test_fuzz_clean_text(text, fmt, title, url, published, language):
    harnesses.clean_article(text=text, fmt=fmt, title=title, url=url, published=published, language=language)


tags = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<title>", "</title>", "<script>", "</script>", "<br>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset='x'>", "&amp;", "&#0;", "&#xD800;", "<html lang='fr'>", "<body>", "<table><tr><td>"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=st.lists(tags | st.sampled_from(harnesses.QUOTE_WORDS), max_size=50).map("".join))
def test_fuzz_clean_html(html):
    harnesses.clean_article(html=html or "<p></p>", fmt="html")


def test_fuzz_clean_atheris_short(tmp_path):
    pytest.importorskip("atheris")
    proc = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz.py"), "clean", "-runs=1500", "-max_len=2048", f"-artifact_prefix={tmp_path}/", "-max_total_time=60", *LIMITS],
        capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("et", "la ministreil"),  # found by hypothesis: detected as Estonian, which wordfreq lacks
        ("zh", "市长今天在议会宣布新桥的工程将推迟到明年秋天开始"),  # wordfreq needs jieba for Chinese
        ("ja", "市長は本日議会で新しい橋の工事が来年秋に延期されると発表した"),  # and MeCab for Japanese
        ("ko", "시장은 오늘 의회에서 새 다리 공사가 내년 가을로 연기된다고 발표했다"),
    ],
)
def test_fuzz_clean_language_without_lexicon(language, line):
    """A headline-shaped line is compared with the article through wordfreq; for a language it
    cannot answer the cleaner raised LookupError/ModuleNotFoundError instead of cleaning."""
    rest = "\n".join([line] * 3 + ["Ligne de texte numéro %d avec des mots assez longs pour compter." % i for i in range(12)])
    document = harnesses.clean_article(html=f"<html><body><h1>{line}</h1><p>{line}</p><p>{rest}</p></body></html>", fmt="html", language=language)
    assert document is None or document.language == language
    document = harnesses.clean_article(text=f"Titre\n{line}\n{rest}", language=language)
    assert document is not None and document.language == language
