"""Quotation-mark pairing over the paragraphs of an article.

Written by hand: no library pairs the quotation marks of French and English news, let alone
the broken ones of machine-translated pages — closing marks facing the wrong way (``” Il y a
… “.``), a guillemet glued to the next word (``commencé« Loukachenko``), an elided article
before the opening mark (``l' »État``, ``l'”opération``), English-style quotes re-opened at
every paragraph with no closing mark before the last. spaCy's tokenizer only tells a mark from
a letter; its sentence splitter even pushes closing marks into the next sentence.

The pairing is a small state machine over the paragraphs (lines of the cleaned text):

* every mark is classified by what touches it: *open* (space or start before, a word after),
  *close* (a word before, a space, punctuation or the end after) or *free* (spaces on both
  sides, or letters on both sides); the glyph itself is not trusted, since translated pages
  use ” and “ both ways. A free mark closes an open quote and opens one otherwise.
* a mark of another family clearly opening inside a quote opens a nested quote, which the
  next mark of that family closes; so does a guillemet opening inside a guillemet quote when
  two non-opening guillemets follow it on the line (« … «projets» … »).
* a quote still open at the end of a paragraph continues into the next one when that one
  starts with an opening mark (English multi-paragraph quotes); otherwise it ends with its
  paragraph.

Single quotes (‘ ’ ') are apostrophes far more often than quotation marks; they are only
taken as a pair when an opening one and a closing one sit on the same line, outside double
quotes (a pre-compiled regular expression).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FAMILIES = {"«": "g", "»": "g", "‹": "g", "›": "g", "“": "c", "”": "c", "„": "c", "‟": "c",
            '"': "s"}
_AFTER_CLOSE = set(".,;:!?)]}…-–—/*")  # "*": a footnote star after a name, "d'« Azov »*"
_BEFORE_OPEN = set("([{—–-/")
_ELISION = set("'’")

_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)([^\n]*?[\w.,!?…])[’'](?![\w])")


@dataclass(slots=True)
class Marked:
    """One quotation: ``start``/``end`` bound the words inside the marks (stripped of
    spaces), ``open_at``/``close_at`` are the offsets of the outer marks (``close_at`` is the
    end of the last paragraph when the quote was never closed)."""

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool
    paragraphs: int = 1
    single: bool = False


def _kind(text: str, i: int) -> str:
    """'open', 'close' or 'free' for the mark at ``text[i]``."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    left = prev.isspace() or prev in _BEFORE_OPEN or (
        prev in _ELISION and i > 1 and text[i - 2].isalpha())
    right = nxt.isspace() or nxt in _AFTER_CLOSE or nxt in FAMILIES
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "free"


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def find_quotes(text: str) -> list[Marked]:
    """All quotations of ``text`` (paragraphs separated by "\\n"), in order."""
    found: list[Marked] = []
    open_at = -1          # offset of the opening mark of the current quote, -1 when none
    family = ""
    nested = ""           # family of a nested quote inside the current one
    paragraphs = 1
    line_start = 0
    prev_line_end = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        stripped = line.lstrip()
        first = line_start + len(line) - len(stripped)
        if not stripped:  # blank lines neither continue nor end a quote
            line_start = line_end + 1
            continue
        if open_at >= 0:
            # a quote left open by the previous paragraph: continued when this one re-opens
            if stripped and stripped[0] in FAMILIES and _kind(text, first) != "close":
                paragraphs += 1
                skip = first
            elif _closes_later(text, line_start, family):
                paragraphs += 1  # “I said it. / I still believe it.”: closed paragraphs later
                skip = -1
            else:
                a, b = _strip(text, open_at + 1, prev_line_end)
                if b > a:
                    found.append(Marked(a, b, open_at, prev_line_end, False, paragraphs))
                open_at, nested, paragraphs = -1, "", 1
                skip = -1
        else:
            skip = -1
        for i in range(line_start, line_end):
            ch = text[i]
            fam = FAMILIES.get(ch)
            if fam is None or i == skip:
                continue
            kind = _kind(text, i)
            if open_at < 0:
                if kind != "close":
                    open_at, family, nested, paragraphs = i, fam, "", 1
                continue
            if nested:
                if fam == nested and kind != "open":
                    nested = ""
                    continue
                if kind == "open":
                    continue
            elif kind == "open" and fam != family:
                nested = fam
                continue
            elif kind == "open" and fam == "g" and _nested_same(text, i, line_end):
                nested = fam  # « … des «projets vétérinaires» ont été … »: a quote in a quote
                continue
            elif kind == "open" and i > open_at + 1:
                # same family opening again: the previous quote lost its closing mark
                a, b = _strip(text, open_at + 1, i)
                if b > a:
                    found.append(Marked(a, b, open_at, i, False, paragraphs))
                open_at, family, nested, paragraphs = i, fam, "", 1
                continue
            a, b = _strip(text, open_at + 1, i)
            if b > a:
                found.append(Marked(a, b, open_at, i + 1, True, paragraphs))
            open_at, nested, paragraphs = -1, "", 1
        prev_line_end = line_end
        line_start = line_end + 1
    if open_at >= 0:
        a, b = _strip(text, open_at + 1, prev_line_end)
        if b > a:
            found.append(Marked(a, b, open_at, prev_line_end, False, paragraphs))
    found.extend(_singles(text, found))
    found.sort(key=lambda m: m.start)
    return found


#: An unclosed quote runs on through at most this many following paragraphs with no opening
#: mark when a closing mark of its family ends one of them (quotes pasted one sentence per
#: line). Set by hand on the English gold set.
MAX_RUN_ON = 3


def _nested_same(text: str, i: int, line_end: int) -> bool:
    """The guillemet opening at ``i`` inside an open guillemet quote is followed on its line by
    two marks of the family that do not open: its own closing one, then the outer one."""
    kinds = [_kind(text, j) for j in range(i + 1, line_end) if FAMILIES.get(text[j]) == "g"]
    return len(kinds) >= 2 and kinds[0] != "open" and kinds[1] != "open"


def _closes_later(text: str, line_start: int, family: str) -> bool:
    """The first mark from ``line_start`` on, within ``MAX_RUN_ON`` paragraphs, is a closing
    mark of ``family`` at the end of its paragraph or right after a comma that an incise
    follows."""
    end = line_start
    inner = ""  # a quote of another family inside (« … le "dernier" variant … »)
    for _ in range(MAX_RUN_ON):
        nl = text.find("\n", end)
        line_end = len(text) if nl < 0 else nl
        for i in range(end, line_end):
            if text[i] in FAMILIES:
                if family == "g" and FAMILIES[text[i]] != family:
                    if not inner and _kind(text, i) == "open":
                        inner = FAMILIES[text[i]]
                        continue
                    if inner == FAMILIES[text[i]] and _kind(text, i) != "open":
                        inner = ""
                        continue
                if inner or FAMILIES[text[i]] != family or _kind(text, i) == "open":
                    return False
                rest = text[i + 1:line_end]
                # at the paragraph's end, or before the incise that attributes it
                # (“… / … at any moment,” the 24-year-old said)
                # or, French style, before the comma of that incise (« … / … », estime la spécialiste.)
                return not rest.strip(" .,;!?") or (i > 0 and text[i - 1] == "," and rest[:1] == " ") or \
                    (family == "g" and re.match(r"\s?,\s+\w", rest) is not None)
        if nl < 0:
            return False
        end = nl + 1
    return False


def _singles(text: str, doubles: list[Marked]) -> list[Marked]:
    """Single-quoted spans outside the double quotes."""
    out = []
    for m in _SINGLE.finditer(text):
        if any(d.open_at <= m.start() < d.close_at for d in doubles):
            continue
        a, b = _strip(text, m.start(1), m.end(1))
        if b > a:
            out.append(Marked(a, b, m.start(), m.end(), True, 1, single=True))
    return out
