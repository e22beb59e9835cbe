"""Provenance: who each document got its words from (``sources.jsonl``).

One edge per (citing document, cited source), with the strongest relation found:

    translates  the document is a translation of the cited outlet's text (``translated_from``)
    relays      the document republishes the cited outlet's report ("Source: X" → ``cited_sources``)
    quotes      the document reports words through the cited medium (a quote's ``via``,
                "selon X", "according to X" before a media mention)
    mentions    the document names the medium without taking words from it

Media names are made canonical with ``recoupe.entities.canonical_name`` when the entity stage is
installed, else with ``data/media.tsv`` (name and aliases), else by a light normalisation (the
quoted name, or the trailing run of capitalised words: "l'agence de presse étatique Belta" →
"Belta").
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from ..model import Document, Mention, Quote, SourceEdge
from .features import DATA, fold

#: strongest first: a document that relays X and also names X has one edge, "relays"
RELATIONS = ("translates", "relays", "quotes", "mentions")
#: characters before a media mention searched for an attribution cue ("selon l'agence X" has the
#: cue ~15 characters before the name; 40 covers "d'après le quotidien britannique X")
CUE_WINDOW = 40
#: longest via (in words) read as a medium's name when nothing else recognises it
STRICT_MAX_WORDS = 6
_CUE = re.compile(r"(?:selon|d'apres|cite par|citee par|rapporte|according to|reported by|told|a indique a|a declare a|a dit a)\b[^.\n]*$")
_QUOTED = re.compile(r"[«“\"]\s*([^»”\"]+?)\s*[»”\"]")
_CAPS = re.compile(r"((?:[A-Z0-9][\w'’.-]*)(?:\s+(?:[A-Z0-9][\w'’.-]*|de|du|des|of|the))*)\s*$", re.UNICODE)
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


@lru_cache(maxsize=1)
def _media_table() -> dict[str, str]:
    """Folded name or alias → canonical name, from ``data/media.tsv`` (the cleaner's list)."""
    path = Path(DATA).parent / "media.tsv"
    table: dict[str, str] = {}
    if not path.exists():
        return table
    with path.open(encoding="utf-8") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            name = (row.get("name") or "").strip()
            if not name:
                continue
            table[fold(name)] = name
            for alias in (row.get("aliases") or "").split("|"):
                if alias.strip():
                    table[fold(alias.strip())] = name
    return table


@lru_cache(maxsize=1)
def _media_pattern() -> re.Pattern[str] | None:
    table = _media_table()
    if not table:
        return None
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def canonical(name: str, lang: str | None = None, strict: bool = False) -> str | None:
    """The canonical name of a medium (see the module docstring for the order tried). With
    ``strict``, ``None`` when nothing says it is a medium (a quote's ``via`` may be a channel,
    "à la télévision russe", rather than an outlet)."""
    # markup is never part of a medium's name: "selon Radio Galène <svg onload=…>" cites
    # "Radio Galène" (hostile text must not become a source in the citation graph)
    name = name.split("<", 1)[0].strip().strip(",.;:")
    if not name or any(c in name for c in "<>{}=;"):
        return None
    try:
        from ..entities import canonical_name  # noqa: PLC0415 (optional: the entity stage)
    except ImportError:
        canonical_name = None
    folded = fold(name)
    table = _media_table()
    pattern = _media_pattern()
    hit = table.get(folded)
    if hit is None and pattern is not None:
        found = pattern.search(folded)
        hit = table[found.group()] if found else None
    quoted = _QUOTED.search(name)
    caps = _CAPS.search(name)
    candidates = [name, hit, quoted.group(1) if quoted else None, caps.group(1).strip() if caps and caps.group(1) else None]
    if canonical_name is not None:
        for candidate in candidates:
            if candidate:
                found_name = canonical_name(candidate, lang)
                if found_name and (not strict or found_name[2] == "media"):
                    return found_name[0]
    if hit:
        return hit
    if quoted:
        return quoted.group(1)
    if strict:
        # a short via ending in a capitalised name ("l'Ostravia Press Agency") is taken as the
        # name of a medium; a long one is a channel or a circumstance ("dans une interview ...")
        return candidates[3] if candidates[3] and len(name.split()) <= STRICT_MAX_WORDS else None
    return candidates[3] or name


def is_media(mention: Mention) -> bool:
    if mention.kind == "media":
        return True
    return fold(mention.text) in _media_table()


def edges(document: Document, quotes: list[Quote], mentions: list[Mention]) -> list[SourceEdge]:
    """The citation edges of one document, one per cited source, strongest relation kept."""
    lang = document.language
    found: dict[str, str] = {}
    own = fold(document.outlet) if document.outlet else None

    names: dict[str, str] = {}  # folded → first spelling ("BelTA" and "Belta" are one source)

    def add(name: str | None, relation: str, strict: bool = False) -> None:
        if not name:
            return
        cited = canonical(name, lang, strict)
        if not cited or (own and fold(cited) == own):
            return
        key = names.setdefault(fold(cited), cited)
        previous = found.get(key)
        if previous is None or RELATIONS.index(relation) < RELATIONS.index(previous):
            found[key] = relation

    if document.translated_from and not _LANG_CODE.match(document.translated_from):
        add(document.translated_from, "translates")
    for source in document.cited_sources:
        add(source, "relays")
    for quote in quotes:
        add(quote.via, "quotes", strict=True)
    text = document.text
    for mention in mentions:
        if not is_media(mention):
            continue
        before = fold(text[max(0, mention.start - CUE_WINDOW) : mention.start]).replace("’", "'")
        add(mention.key or mention.text, "quotes" if _CUE.search(before) else "mentions")
    return [SourceEdge(document.id, document.outlet, cited, relation) for cited, relation in found.items()]  # type: ignore[arg-type]


def document_origin(document: Document) -> str | None:
    """The source a whole document takes its text from (what it translates or relays), or
    ``None`` when it is its own source."""
    if document.translated_from and not _LANG_CODE.match(document.translated_from):
        return canonical(document.translated_from, document.language)
    if document.cited_sources:
        return canonical(document.cited_sources[0], document.language)
    return None
