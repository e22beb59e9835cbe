"""Fuzz targets shared by the atheris harnesses (``fuzz/fuzz_*.py``), the hypothesis tests
(``tests/test_fuzz_*.py``) and the long benchmark (``bench/bench_reliability.py``).

Each target takes arbitrary input and checks recoupe's reliability contract:

* nothing escapes but recoupe's own typed errors (``RecoupeError`` subclasses); readers never
  raise at all, they yield ``Article`` or ``Rejection`` records;
* every span is valid: ``text[start:end] == quote.text`` for quotes and mentions, and the same for
  date mentions.

A violation raises ``ContractViolation`` (a plain ``AssertionError``), so atheris reports it as a
crash and pytest as a failure; any other exception escaping a target is a crash too.
"""

from __future__ import annotations

import gzip
import os
import re
import tempfile
from collections.abc import Callable

from recoupe import ingest
from recoupe.errors import RecoupeError
from recoupe.model import Article, Rejection

READER_FORMATS = ("txt", "html", "jsonl", "warc")


class ContractViolation(AssertionError):
    """An input broke the reliability contract (not a crash of the target, a wrong answer)."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ContractViolation(message)


# ─────────────────────────────── readers ───────────────────────────────

_SCRATCH = tempfile.mkdtemp(prefix="recoupe-fuzz-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)


def read_bytes(data: bytes, fmt: str, *, max_bytes: int = 1_000_000) -> list[Article | Rejection]:
    """Write ``data`` to a scratch file and read it back with the reader for ``fmt``. Readers
    must never raise: every problem is a ``Rejection`` with a one-line reason."""
    suffix = {"txt": ".txt", "html": ".html", "jsonl": ".jsonl", "warc": ".warc"}[fmt]
    path = os.path.join(_SCRATCH, f"input-{os.getpid()}{suffix}")
    with open(path, "wb") as handle:
        handle.write(data)
    items = list(ingest.read(path, fmt, max_bytes=max_bytes))  # type: ignore[arg-type]
    _check(bool(items) or fmt == "warc", f"{fmt} reader returned nothing for {len(data)} bytes")
    for item in items:
        _check(isinstance(item, (Article, Rejection)), f"{fmt} reader yielded {type(item).__name__}")
        if isinstance(item, Rejection):
            _check(bool(item.reason) and "\n" not in item.reason, f"rejection reason not one line: {item.reason!r}")
        else:
            _check((item.text is None) != (item.html is None), "an Article must have exactly one of text/html")
            for value in (item.text, item.html, item.title, item.url, item.outlet, item.id):
                if value is not None:
                    _check("\x00" not in value, "an Article field holds a NUL")
                    try:
                        value.encode("utf-8")
                    except UnicodeEncodeError:
                        raise ContractViolation(f"an Article field is not encodable: {value!r}") from None
            body = item.text if item.text is not None else item.html
            _check(isinstance(body, str) and bool(body.strip()), "an Article with an empty body")
            if item.published is not None:
                _check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.published) is not None, f"bad published {item.published!r}")
    return items


def decode(data: bytes) -> str | None:
    """``decode_bytes`` either gives text without NUL or raises the internal ``_Unusable``."""
    try:
        text = ingest.decode_bytes(data)
    except ingest._Unusable as exc:  # noqa: SLF001 (the readers turn it into a Rejection)
        _check("\n" not in exc.reason, "reason not one line")
        return None
    _check("\x00" not in text and "\r" not in text, "decoded text keeps NUL or CR")
    return text


def parse_date(value: object) -> None:
    found = ingest.parse_date(value)
    _check(found is None or re.fullmatch(r"(19|20)\d{2}-\d{2}-\d{2}|2100-\d{2}-\d{2}", found) is not None, f"parse_date gave {found!r}")


def warc_record(payload: bytes, *, content_type: str = "text/html; charset=utf-8", status: str = "200 OK", uri: str = "https://example.invalid/a", length_delta: int = 0, gz: bool = False) -> bytes:
    """A one-record WARC file around ``payload`` (the Content-Length may be made wrong)."""
    http = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode("utf-8", "replace") + payload
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-07T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {max(0, len(http) + length_delta)}\r\n\r\n"
    ).encode("utf-8", "replace")
    record = head + http + b"\r\n\r\n"
    return gzip.compress(record) if gz else record


# ─────────────────────────────── cleaner ───────────────────────────────


def clean_article(text: str | None = None, html: str | None = None, *, fmt: str = "txt", title: str | None = None, url: str | None = None, published: str | None = None, language: str | None = None):
    """``clean`` on an article: a ``Document`` or an ``InputError``, nothing else; the kept text is
    made of stripped, non-empty lines."""
    from recoupe.clean import _WS, clean

    article = Article(path="fuzz", source="fuzz", format=fmt, text=text, html=html, title=title, url=url, published=published, language=language)  # type: ignore[arg-type]
    try:
        document = clean(article)
    except RecoupeError:
        return None
    _check(bool(document.text), "clean returned an empty text")
    # stripped of the cleaner's own whitespace set (str.strip() also takes the C0 separators
    # \x1c-\x1f, which the cleaner keeps: 5 false alarms of the first long run)
    _check(all(line and line == line.strip(_WS) for line in document.text.split("\n")), "clean kept a blank or unstripped line")
    _check(bool(document.language), "no language")
    _check(len(document.content_hash) == 64, "bad content hash")
    return document


# ─────────────────────────────── dates ───────────────────────────────


def resolve_dates(text: str, published: str | None, lang: str) -> None:
    from recoupe.stories import resolve_dates as resolve

    mentions = resolve(text, published, lang)
    last = -1
    for m in mentions:
        _check(0 <= m.start < m.end <= len(text), f"date span {m.start}:{m.end} outside the text")
        _check(text[m.start : m.end] == m.text, f"date span {m.start}:{m.end} is {text[m.start:m.end]!r}, not {m.text!r}")
        _check(m.start >= last, "date mentions overlap or are out of order")
        last = m.end
        if m.date is not None:
            _check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.date) is not None, f"bad date {m.date!r}")


# ─────────────────────────────── quotes (spaCy) ───────────────────────────────


def quotes_and_mentions(nlp: Callable, text: str) -> int:
    """Run a full recoupe pipeline; every quote and mention must point at its own text."""
    doc = nlp(text)
    n = 0
    for quote in doc._.quotes or []:
        n += 1
        _check(0 <= quote.start <= quote.end <= len(text), f"quote span {quote.start}:{quote.end} outside the text")
        _check(text[quote.start : quote.end] == quote.text, f"quote span {quote.start}:{quote.end} is {text[quote.start:quote.end]!r}, not {quote.text!r}")
        _check(quote.kind in ("direct", "indirect", "mixed"), f"bad kind {quote.kind!r}")
    for mention in doc._.mentions or []:
        _check(0 <= mention.start <= mention.end <= len(text), f"mention span {mention.start}:{mention.end} outside the text")
        _check(text[mention.start : mention.end] == mention.text, f"mention span {mention.start}:{mention.end} is {text[mention.start:mention.end]!r}, not {mention.text!r}")
    return n


# ─────────────────────────────── structured inputs ───────────────────────────────

#: Pieces the structured generators glue together: quote marks, cue verbs, names, dates, HTML and
#: WARC syntax. Fictional names only.
QUOTE_WORDS = (
    "«", "»", "“", "”", '"', "‘", "’", "'", "—", "–", "-", ":", ",", ".", "!", "?", "…", "\n", "\n\n", " ", " ",
    "a déclaré", "a dit", "selon", "d'après", "a-t-il ajouté", "affirme", "estime", "a indiqué",
    "said", "told", "according to", "added", "he said", "she said", "reported",
    "Maëlle Dorvan", "Ilan Kessor", "le maire", "la ministre", "Valdavie", "l'AFP", "Reuters",
    "Nord Presse", "M.", "Mme", "il", "elle", "they", "que", "that", "le projet", "the plan",
    "est", "sera", "was", "will be", "hier", "jeudi", "le 3 mars", "last week", "2024",
    "(", ")", "[", "]", "«\u00a0", "\u00a0»", "\u202f", "\u200b", "\ufeff", "\t", "\r\n",
)

DATE_WORDS = (
    "jeudi", "lundi soir", "dimanche matin", "hier", "avant-hier", "aujourd'hui", "demain",
    "la semaine dernière", "le mois dernier", "l'année dernière", "l'an dernier", "en février",
    "en mars 2023", "le 31 mars", "le 1er mai", "le 10 avril 2023", "le 31 février", "le 0 mars",
    "le 99 juin 2024", "en décembre de l'année dernière", "mi-mars", "fin avril", "début juin",
    "last Thursday", "on Monday", "this Friday", "yesterday", "last week", "last month",
    "last year", "in March", "in March 2023", "on March 3", "March 31st, 2024", "3rd of May",
    "February 30", "in May of last year", "en mars 0000", "le 3 mars 0001", "in May 9999",
    " ", " ", ", ", ". ", "\n", "a dit", "said", "0", "12", "31", "1er", "0000", "0001", "9999",
)
