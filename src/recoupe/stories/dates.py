"""Dates in running text, resolved against the article's published date.

``resolve_dates(text, published, lang)`` finds the date expressions news copy uses ("jeudi",
"dimanche soir", "hier", "la semaine dernière", "le 10 avril 2023", "le 31 mars", "en février de
l'année dernière", "last Thursday", "on March 3") and gives each an ISO date and a granularity
(``day``, ``week``, ``month``, ``year``), or ``None`` when it cannot be resolved (no published
date to anchor a relative expression): unresolved mentions are kept, not dropped.

Who does what:

* Finding the expressions is ours (regexes built from ``data/stories/dates.tsv``):
  ``dateparser.search.search_dates`` finds far more false dates in news copy ("mai" the verb,
  "mars" the planet, bare numbers) and is ~100× slower.
* Explicit dates ("le 31 mars", "10 avril 2023", "March 3") and relative days ("hier",
  "yesterday") are resolved by ``dateparser`` (``RELATIVE_BASE`` = published,
  ``PREFER_DATES_FROM = past``: "le 31 mars" in an April article is this year's, in a January one
  last year's).
* Hand-written, because dateparser does not do it: weekdays counted back *including* the
  published day (news "a déclaré jeudi" in a Thursday article is that Thursday; dateparser gives
  the week before), parts of the day ("dimanche soir", which dateparser rejects), and the coarse
  granularities (week, month, year: "la semaine dernière" is a week, not the day seven days back;
  "en février de l'année dernière" is a month, which dateparser does not parse).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .features import DATA

Granularity = Literal["day", "week", "month", "year"]


@dataclass(slots=True, frozen=True)
class DateMention:
    """One date expression: character span in the text, the ISO date it stands for (the first
    day of the week/month/year for coarse ones) or ``None`` when unresolved, and its granularity."""

    start: int
    end: int
    text: str
    date: str | None
    granularity: Granularity


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, dict[str, str]]]:
    text = (DATA / "dates.tsv").read_text(encoding="utf-8")
    table: dict[str, dict[str, dict[str, str]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, kind, word, value = (line.split("\t") + [""])[:4]
        table.setdefault(lang, {}).setdefault(kind, {})[word] = value
    return table


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    t = _table().get(lang if lang in _table() else "fr", {})
    wd, mo = _alt(t["weekday"]), _alt(t["month"])
    day, part = _alt(t["day"]), _alt(t["daypart"])
    if lang == "en":
        return [
            ("explicit", re.compile(rf"\b(?:(?:{wd}),? )?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m1>{mo})|(?P<m2>{mo}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,? (?P<y>\d{{4}}))?\b", re.I)),
            ("month", re.compile(rf"\bin (?P<m>{mo})(?: (?P<y>\d{{4}})| (?P<last>(?:of )?last year))?\b", re.I)),
            ("weekday", re.compile(rf"\b(?:last |on |this )?(?P<w>{wd})(?: (?:{part}))?\b", re.I)),
            ("day", re.compile(rf"\b(?P<r>{day})\b", re.I)),
            ("week", re.compile(r"\blast week\b", re.I)),
            ("lastmonth", re.compile(r"\blast month\b", re.I)),
            ("lastyear", re.compile(r"\blast year\b", re.I)),
        ]
    last = _alt(t["last"])
    return [
        ("explicit", re.compile(rf"\b(?:(?:le|ce|du|au) )?(?:(?:{wd}) )?(?P<d1>\d{{1,2}}|1er) (?P<m1>{mo})(?: (?P<y>\d{{4}}))?\b", re.I)),
        ("month", re.compile(rf"\b(?:en|au mois de|début|fin|mi-) ?(?P<m>{mo})(?: (?P<y>\d{{4}})| (?P<last>(?:de l['’]année|de l['’]an) (?:{last})|(?:{last})))?\b", re.I)),
        ("weekday", re.compile(rf"\b(?:(?:ce|le) )?(?P<w>{wd})(?: (?:{part}))*\b", re.I)),
        ("day", re.compile(rf"(?<![\w-])(?P<r>{day})(?: (?:{part}))?\b", re.I)),
        ("week", re.compile(rf"\bla semaine (?:{last})\b", re.I)),
        ("lastmonth", re.compile(rf"\ble mois (?:{last})\b", re.I)),
        ("lastyear", re.compile(rf"\bl['’](?:année|an) (?:{last})\b", re.I)),
    ]


def _parse_iso(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(fragment: str, base: dt.date | None, lang: str) -> dt.date | None:
    import dateparser  # noqa: PLC0415 (heavy import, only when a date needs it)

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    found = dateparser.parse(fragment, languages=[lang, "fr", "en"] if lang not in ("fr", "en") else [lang], settings=settings)
    return found.date() if found else None


def resolve_dates(text: str, published: str | None, lang: str = "fr") -> list[DateMention]:
    """Every date expression in ``text``, in order, without overlaps (the longest wins)."""
    base = _parse_iso(published)
    table = _table().get(lang if lang in _table() else "fr", {})
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns(lang if lang in ("fr", "en") else "fr"):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                mention = _resolve(kind, m, base, table, lang)
            except (ValueError, OverflowError):
                # out of the calendar's range ("en mars 0000", a day before year 1, a language
                # dateparser does not know): the expression is kept, unresolved
                mention = DateMention(m.start(), m.end(), m.group(), None, "day")
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match[str], base: dt.date | None, table, lang: str) -> DateMention | None:
    text = m.group()
    months = {k.casefold(): int(v) for k, v in table["month"].items()}

    def mention(date: dt.date | None, granularity: Granularity) -> DateMention:
        return DateMention(m.start(), m.end(), text, date.isoformat() if date else None, granularity)

    if kind == "explicit":
        d = m.group("d1") or m.groupdict().get("d2")
        month = months[(m.group("m1") or m.groupdict().get("m2") or "").casefold()]
        year = m.group("y")
        day = 1 if d == "1er" else int(d)
        if year:
            try:
                return mention(dt.date(int(year), month, day), "day")
            except ValueError:
                return None
        if base is None:
            return mention(None, "day")
        resolved = _dateparser(f"{day} {m.group('m1') or m.group('m2')}", base, lang)
        return mention(resolved, "day")
    if kind == "month":
        month = months[m.group("m").casefold()]
        if m.group("y"):
            return mention(dt.date(int(m.group("y")), month, 1), "month")
        if base is None:
            return mention(None, "month")
        year = base.year - 1 if m.group("last") else (base.year if month <= base.month else base.year - 1)
        return mention(dt.date(year, month, 1), "month")
    if kind == "weekday":
        if base is None:
            return mention(None, "day")
        weekday = int(table["weekday"][m.group("w").casefold()])
        back = (base.weekday() - weekday) % 7
        if re.match(r"(?i)last ", text) and back == 0:
            back = 7
        return mention(base - dt.timedelta(days=back), "day")
    if kind == "day":
        if base is None:
            return mention(None, "day")
        resolved = _dateparser(m.group("r"), base, lang)
        if resolved is None:
            resolved = base + dt.timedelta(days=int(table["day"][m.group("r").casefold()]))
        return mention(resolved, "day")
    if base is None:
        return mention(None, {"week": "week", "lastmonth": "month", "lastyear": "year"}[kind])
    if kind == "week":
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return mention(monday, "week")
    if kind == "lastmonth":
        first = base.replace(day=1) - dt.timedelta(days=1)
        return mention(first.replace(day=1), "month")
    return mention(dt.date(base.year - 1, 1, 1), "year")


def statement_date(text: str, start: int, end: int, published: str | None, lang: str = "fr") -> str | None:
    """The date of a quote for the timeline: a day-precise date stated in the quote's paragraph
    (or the sentence introducing it), else the published date."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    best: DateMention | None = None
    for mention in resolve_dates(text[para_start:para_end], published, lang):
        if mention.date and mention.granularity == "day":
            # the nearest to the quote wins
            distance = min(abs(para_start + mention.start - start), abs(para_start + mention.start - end))
            if best is None or distance < best[1]:
                best = (mention, distance)  # type: ignore[assignment]
    if best is not None:
        return best[0].date  # type: ignore[index]
    return published[:10] if published else None
