"""Corroboration: how many independent sources carry a statement, and its status.

A document's words about a statement come from a *source*: the medium in the quote's ``via``
("selon Belta"), else the outlet the whole document relays or translates ("Source: X",
``translated_from``), else the document's own outlet (its own reporting). Within a statement, an
outlet that carries it from another source points to that source; following these pointers to
the end (relays of relays) gives each quote's *root*, and the number of distinct roots is the
number of independent sources: two outlets both relaying Belta count once.

Status, first that applies:

    disputed       a denial about the same content (same speaker or ≥ DENIAL_SHARED shared
                   stems, in a document of the same thread), or two reports of the statement
                   that disagree (one negated, the other not; conflicting figures)
    unverified     the article itself says near the quote (same or next paragraph, outside the
                   quoted words) that the claim was not confirmed
    corroborated   ≥ 2 independent sources
    single-source  otherwise

Markers (unverified, denial, negation) are data: ``data/stories/markers.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .features import DATA, fold, stems
from .statements import QuoteInfo, similarity

#: a denial disputes a statement when it shares this many stems with it, the speaker's surname
#: counting as one (calibrated on the fixtures: a denial sentence naming the claim shares
#: 3–5 stems with it; unrelated sentences of the same thread share ≤ 2)
DENIAL_SHARED = 3
#: two reports of a statement contradict on negation only if otherwise this similar
NEGATION_SIMILARITY = 0.6


@lru_cache(maxsize=None)
def marker(kind: str) -> re.Pattern[str]:
    """One regex over folded text for every phrase of ``kind`` in ``markers.tsv``."""
    phrases = []
    for line in (DATA / "markers.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _lang, k, phrase = line.split("\t")[:3]
        if k == kind:
            escaped = re.escape(fold(phrase).replace("’", "'")).replace(r"\*", r"\w*")
            phrases.append(escaped)
    phrases.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)")


def _folded(text: str) -> str:
    return fold(text).replace("’", "'")


def is_unverified(text: str, start: int, end: int) -> bool:
    """An unverified marker in the quote's paragraph or the next one, outside the quote."""
    para_start = text.rfind("\n", 0, start) + 1
    next_break = text.find("\n", end)
    if next_break < 0:
        para_end = len(text)
    else:
        # skip blank lines, then take the following paragraph too
        following = next_break
        while following < len(text) and text[following] in "\n \t":
            following += 1
        after = text.find("\n", following)
        para_end = len(text) if after < 0 else after
    around = text[para_start:start] + " " + text[end:para_end]
    return bool(marker("unverified").search(_folded(around)))


def is_negated(text: str) -> bool:
    return bool(marker("negation").search(_folded(text)))


def is_denial(text: str) -> bool:
    return bool(marker("denial").search(_folded(text)))


@dataclass(slots=True)
class Denial:
    """A sentence that denies something: where it is and the stems it names."""

    doc_id: str
    start: int
    end: int
    stems: tuple[str, ...]

    def to_state(self) -> list:
        return [self.doc_id, self.start, self.end, list(self.stems)]

    @classmethod
    def from_state(cls, s: list) -> Denial:
        return cls(s[0], s[1], s[2], tuple(s[3]))


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def denials(doc_id: str, text: str) -> list[Denial]:
    """The sentences of a document that carry a denial marker."""
    pattern = marker("denial")
    out = []
    for m in _SENTENCE.finditer(text):
        if pattern.search(_folded(m.group())):
            out.append(Denial(doc_id, m.start(), m.end(), tuple(dict.fromkeys(stems(m.group())))))
    return out


def independent_sources(quotes: list[QuoteInfo], doc_source: dict[str, tuple[str, str | None]]) -> tuple[int, list[str]]:
    """Number of independent sources of a statement and its roots.

    ``doc_source`` maps each document to ``(own, whole)``: its own outlet (``doc:<id>`` when
    unknown) and the outlet the whole document relays or translates (``None`` when it is its
    own reporting)."""
    carried_by: dict[str, str] = {}
    immediate: list[str] = []
    for q in quotes:
        own, whole = doc_source[q.doc_id]
        source = q.via or whole or own
        immediate.append(source)
        if source != own:
            # this outlet carries the statement from another source
            carried_by.setdefault(fold(own), source)
    roots = []
    for source in immediate:
        seen = set()
        while fold(source) in carried_by and fold(source) not in seen:
            seen.add(fold(source))
            source = carried_by[fold(source)]
        roots.append(source)
    distinct = list(dict.fromkeys(fold(r) for r in roots))
    names = {fold(r): r for r in roots}
    return len(distinct), [names[d] for d in distinct]


def contradicts(quotes: list[QuoteInfo]) -> bool:
    """Two reports (from different documents) of one statement that disagree."""
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 : i + 8]:  # bounded: statements are compared with a few reports
            if a.doc_id == b.doc_id:
                continue
            if a.numbers and b.numbers and not set(a.numbers) & set(b.numbers):
                return True
            if a.negated != b.negated and similarity(a, b) >= NEGATION_SIMILARITY:
                return True
    return False


def disputed_by(quotes: list[QuoteInfo], candidates: list[Denial]) -> bool:
    """A denial elsewhere about the same content (not one of the statement's own quotes)."""
    own_spans = {(q.doc_id, q.start, q.end) for q in quotes}
    content = Counter(s for q in quotes for s in q.stems)
    speakers = {k[2:][:6] for q in quotes for k in q.speaker_keys if k.startswith("n:")}
    for d in candidates:
        if any(doc == d.doc_id and s < d.end and d.start < e for doc, s, e in own_spans):
            continue
        shared = sum(1 for s in set(d.stems) if s in content) + bool(speakers & set(d.stems))
        if shared >= DENIAL_SHARED:
            return True
    return False


def status(quotes: list[QuoteInfo], independent: int, denials_near: list[Denial]) -> str:
    if contradicts(quotes) or disputed_by(quotes, denials_near):
        return "disputed"
    if any(q.unverified for q in quotes):
        return "unverified"
    return "corroborated" if independent >= 2 else "single-source"
