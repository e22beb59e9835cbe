"""From an ``Article`` to a clean ``Document``: boilerplate, title, language, metadata, hash,
credited sources and signs of machine translation.

    clean(article) -> Document          the one entry point (raises InputError when nothing
                                        usable remains)
    detect_language(text) -> str        py3langid, restricted to LANGUAGES
    content_hash(text) -> str           sha256 of the NFC, whitespace-collapsed, casefolded body
    media() -> tuple[Media, ...]        data/media.tsv, loaded once

The body keeps the article's lines one per line, joined with "\\n", blank lines dropped; kept
lines are only stripped at both ends, never changed inside (later offsets index this text).
Every dropped line goes to ``Document.removed`` in order.

Boilerplate rules are regexes in ``data/boilerplate/<kind>.txt``; three rules need more than a
regex and are written here: the breadcrumb that repeats a truncated headline, caption lines made
only of names, and headlines of unrelated articles inserted mid-text. Translation signs are in
``data/translation_signs.tsv``, except glued words, which need a lexicon (wordfreq).
"""

from __future__ import annotations


import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ConfigError, InputError
from .model import Article, Document

DATA = Path(__file__).parent / "data"

#: Languages py3langid may answer. Measured on shared/corpus/news-dev (358 articles, folder =
#: truth): whole articles 358/358 both with this set and with all 97 languages; headlines alone
#: 351/358 with this set against 343/358 with all languages (fewer en/it confusions with rare
#: languages), so the set is kept for short text (bracketed headlines, short JSONL records).
LANGUAGES = (
    "fr", "en", "it", "de", "pl", "ru", "es", "pt", "nl", "ro", "uk", "be", "bg", "cs", "sk",
    "hu", "sv", "da", "no", "fi", "el", "tr", "ar", "zh", "ja", "ko", "ca", "hr", "sr", "lt",
    "lv", "et", "sl", "he", "fa",
)  # fmt: skip

#: Languages where a line of names alone is taken for a photo caption. German capitalises every
#: noun, so its subheads look like names; in news-dev/pl and /ru such lines are lists of people
#: and a speaker's name under a block quote (which the quote stage needs).
CAPTION_LANGUAGES = ("fr", "en", "it", "es", "pt")

#: Languages whose wordfreq lexicon is used to find glued words. German and Polish are left out:
#: their compounds and inflections look like glued words to a frequency list.
GLUE_LANGUAGES = ("fr", "en", "it", "es", "pt")

_WS = " \t\u00a0\u200b\ufeff\u2009\u202f"
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# --------------------------------------------------------------------------- data files


@dataclass(slots=True, frozen=True)
class Media:
    """One row of ``data/media.tsv``."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str
    language: str


@dataclass(slots=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]


@dataclass(slots=True)
class _Sign:
    strong: bool
    languages: tuple[str, ...]
    regex: re.Pattern[str]
    evidence: str


def _data_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[_Pattern, ...]:
    """All boilerplate regexes, kind = the file name (``navigation``, ``cookie``, ...)."""
    out = []
    for path in sorted((DATA / "boilerplate").glob("*.txt")):
        for line in _data_lines(path):
            out.append(_Pattern(path.stem, re.compile(line.strip(), re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=1)
def _name_connectors() -> frozenset[str]:
    return frozenset(_data_lines(DATA / "boilerplate" / "name-caption-connectors.words"))


@lru_cache(maxsize=1)
def media() -> tuple[Media, ...]:
    rows = _data_lines(DATA / "media.tsv")[1:]  # first non-comment line is the header
    out = []
    for row in rows:
        name, aliases, kind, country, language = row.split("\t")
        names = tuple(a for a in aliases.split("|") if a)
        out.append(Media(name, names, kind, country, language))
    return tuple(out)


@lru_cache(maxsize=1)
def _media_index() -> tuple[re.Pattern[str], dict[str, Media]]:
    forms: dict[str, Media] = {}
    for item in media():
        for form in (item.name, *item.aliases):
            forms.setdefault(form, item)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # case-sensitive; not inside a longer word or hyphenated name ("La Croix-Rouge")
    regex = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
    return regex, forms


@lru_cache(maxsize=1)
def _media_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line) for line in _data_lines(DATA / "media_cues.txt"))


@lru_cache(maxsize=1)
def _signs() -> tuple[_Sign, ...]:
    out = []
    for row in _data_lines(DATA / "translation_signs.tsv")[1:]:
        weight, langs, pattern, evidence = row.split("\t")
        out.append(_Sign(weight == "strong", tuple(langs.split(",")), re.compile(pattern), evidence))
    return tuple(out)


def find_media(name: str) -> Media | None:
    """The media.tsv row whose name or alias is ``name`` (exact, then casefolded)."""
    forms = _media_index()[1]
    if name in forms:
        return forms[name]
    folded = name.casefold()
    return next((m for f, m in forms.items() if f.casefold() == folded), None)


# --------------------------------------------------------------------------- language


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier, loaded once. It unpacks its model (65 MB) into a temporary file:
    a full or unwritable temporary folder is a ``ConfigError`` naming the folder and the fix, not
    an ``OSError`` traceback (tests/test_faults_store.py)."""
    import tempfile  # noqa: PLC0415

    from py3langid.langid import _load_identifier  # noqa: PLC0415  (the one loader it has)

    try:
        return _load_identifier(norm_probs=True, langs=list(LANGUAGES))
    except OSError as exc:
        try:
            folder = tempfile.gettempdir()
        except OSError:  # no usable temporary folder at all
            folder = "the temporary folder"
        reason = exc.strerror or str(exc)
        raise ConfigError(
            f"{folder}: cannot unpack the language identifier's model in this temporary folder "
            f"({reason}): free about 70 MB there, or set TMPDIR to a writable folder with room"
        ) from exc


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) for ``text`` according to py3langid."""
    lang, prob = _identifier().classify(text)
    return str(lang), float(prob)


def _language_hint(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


# --------------------------------------------------------------------------- hashing


def normalise_for_hash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def content_hash(text: str) -> str:
    """sha256 hex of the normalised body: the same article read twice hashes the same."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- metadata


_URL_DATE = re.compile(r"[/_-]((?:19|20)\d\d)([/-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)")


def _iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from what an input says (ISO strings, or anything dateparser reads)."""
    if not value:
        return None
    found = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if found:
        return _valid_date(*found.groups())
    import dateparser  # noqa: PLC0415  (slow to import; only needed for unusual dates)

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True})
    return _valid_date(parsed.year, parsed.month, parsed.day) if parsed else None


def _valid_date(year: str | int, month: str | int, day: str | int) -> str | None:
    """The date if it exists and falls in 1900–2100, the range ``ingest.parse_date`` accepts (a
    "0001-01-01" placeholder is no publication date, and date arithmetic on it overflows)."""
    try:
        found = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found.isoformat() if 1900 <= found.year <= 2100 else None


def _url_date(url: str | None) -> str | None:
    found = _URL_DATE.search(urlsplit(url).path if url else "")
    return _valid_date(found[1], found[3], found[4]) if found else None


def _url_outlet(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    return host.removeprefix("www.")


def _html_to_text(html: str, url: str | None) -> tuple[str, dict]:
    """ingest.html_to_text when it exists, else trafilatura directly (same output shape)."""
    try:
        from .ingest import html_to_text  # noqa: PLC0415  (ingest imports clean's callers)
    except ImportError:
        html_to_text = None
    if html_to_text is not None:
        return html_to_text(html, url)
    import trafilatura  # noqa: PLC0415

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return "", {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = {
        "title": data.get("title"),
        "url": data.get("url"),
        "outlet": data.get("sitename"),
        "published": data.get("date"),
        "language": data.get("language"),
    }
    return data.get("text") or "", meta


# --------------------------------------------------------------------------- line rules


def _lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [s for s in (line.strip(_WS) for line in text.split("\n")) if s]


def _is_breadcrumb(line: str, following: str | None) -> bool:
    """A first line that ends with (a truncation of) the next line, the headline:
    "Home » Section » Headline" / "Accueil Section Headline..." followed by "Headline"."""
    if following is None or line == following:
        return False
    head = line.rstrip(".… ")
    for size in range(min(len(head), len(following)), 19, -1):  # at least 20 characters shared
        if head.endswith(following[:size]):
            path = head[: len(head) - size]
            # the path is a few section names, not a sentence ("Name: Headline. Lead...")
            return bool(path.strip()) and len(path.split()) <= 5 and not re.search(r"[.:?!,]", path)
    return False


def _is_name_caption(line: str, language: str, lower: set[str], upper: set[str]) -> bool:
    """A photo caption made only of names: "Firstname Lastname and Other Person."

    Written by hand (no library tells captions from subheads): 2-8 words, no digits or quote
    marks, every word capitalised except connectors (data/boilerplate/name-caption-connectors
    .words), no capitalised word that is a very common word of the language (a Title Case
    headline: "The War In Ukraine"), none that the article writes in lowercase elsewhere (an
    English subhead: "Malthouse Compromise"), and one at least that the article writes
    capitalised elsewhere (the caption names people of the article). ``lower``/``upper`` are the
    words of the rest of the article written in lowercase / with a capital. German capitalises
    every noun, so its subheads look like names: the rule is off for German.
    """
    from wordfreq import zipf_frequency  # noqa: PLC0415

    if language not in CAPTION_LANGUAGES:
        return False
    body = line[:-1] if line.endswith(".") else line
    if re.search(r"[\d«»“”\"!?:;,()\[\]/|]", body):
        return False
    words = body.split()
    if not 2 <= len(words) <= 8:
        return False
    if any(len(w) > 2 and w.endswith(".") for w in words):  # "Prof." "Dr.": a list of people
        return False
    connectors = _name_connectors()
    capitalised = 0
    for i, word in enumerate(words):
        if word in connectors and 0 < i < len(words) - 1:
            continue
        if not (word[0].isupper() and re.fullmatch(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?", word)):
            return False
        # Calibrated on the seeds and news-dev: first names and surnames stay under 5.0
        # ("vladimir" 4.0, "poutine" 4.2, "macron" 4.9); "the", "la", "war" are above.
        if zipf_frequency(word.lower(), language) >= 5.0:
            return False
        if word.rstrip(".").lower() in lower:
            return False
        capitalised += 1
    return capitalised >= 2 and any(w.rstrip(".") in upper for w in words)


@lru_cache(maxsize=None)
def _has_lexicon(language: str) -> bool:
    """Whether wordfreq can answer for ``language``: it has no list for some languages the
    detector gives (``et``) and needs packages recoupe does not install for others (``zh``:
    jieba, ``ja``/``ko``: MeCab); it raised LookupError/ModuleNotFoundError out of ``clean``."""
    from wordfreq import zipf_frequency  # noqa: PLC0415

    try:
        zipf_frequency("a", language)
    except (LookupError, ImportError):
        return False
    return True


def _stems(text: str, language: str) -> list[str]:
    from wordfreq import zipf_frequency  # noqa: PLC0415

    lexicon = _has_lexicon(language)
    out = []
    for word in _LETTERS.findall(text):
        word = re.sub(r"^\w{1,2}['’]", "", word).lower()  # elision: l', d', qu'
        # content words only: 4+ letters and not among the most frequent words of the language
        # (without a lexicon, every word of 4+ letters counts)
        if len(word) >= 4 and (not lexicon or zipf_frequency(word, language) < 5.5):
            out.append(word[:5])  # a crude stem: same 5-letter prefix
    return out


def _headline_shaped(line: str) -> bool:
    """One short sentence-less line that starts with a capital and ends without punctuation."""
    words = line.split()
    return (
        7 <= len(words) <= 18
        and line[0].isupper()
        and not re.search(r"[.!?…:;,»”\"')\]]$", line)
        and not re.search(r"[.!?;]\s|#|@|https?:|\.com\b", line)
    )


def _overlap(line: str, rest: set[str], language: str) -> float | None:
    """Share of the line's content words that the rest of the article uses (None: too few)."""
    stems = _stems(line, language)
    if len(stems) < 5:
        return None
    return sum(1 for s in stems if s in rest) / len(stems)


#: Below this share of words in common with the article, a headline-shaped line is the title of
#: another article. Calibrated on the seeds and news-dev (97 headline-shaped lines): seed 003's
#: inserted headline shares 0.11, the real subheads of seeds 002 and 004 share 1.0, and the
#: lowest article line of news-dev (an English sentence fragment) 0.14. Linked headlines that
#: share more words (0.3-0.45 in news-dev) are kept: losing article text is worse.
UNRELATED_OVERLAP = 0.125
#: The rest of the article must give at least this many content words to judge against
#: (a one-paragraph article says nothing about what is off-topic). Set by hand.
MIN_CONTEXT_WORDS = 60


@dataclass(slots=True)
class _Cleaned:
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # the rule that removed each line
    credited: list[str] = field(default_factory=list)  # "Source: X" names
    foreign: list[tuple[str, str]] = field(default_factory=list)  # (line, language)


def _classify(line: str, language: str) -> tuple[str | None, str | None]:
    """(kind, credited source) of a boilerplate line; (None, None) to keep it."""
    for pattern in boilerplate_patterns():
        found = pattern.regex.search(line)
        if not found:
            continue
        if pattern.kind == "foreign-headlines":
            lang, _ = detect_language(line.strip("[]"))
            if lang == language:
                continue
            return pattern.kind, lang
        source = found.groupdict().get("source")
        return pattern.kind, source.strip() if source else None
    return None, None


class _Others:
    """The words of every line but one, as a set-like view: ``w in others`` when ``w`` occurs
    in some other line (the article's counts minus the line's own)."""

    __slots__ = ("counts", "own")

    def __init__(self, counts: Counter, own: set[str] | Counter):
        self.counts = counts
        self.own = own

    def __contains__(self, word: object) -> bool:
        own = self.own[word] if isinstance(self.own, Counter) else int(word in self.own)
        return self.counts.get(word, 0) - own > 0


def _clean_lines(lines: list[str], language: str) -> _Cleaned:
    out = _Cleaned()
    flagged: list[bool] = []
    kinds: list[str | None] = []
    for line in lines:
        kind, extra = _classify(line, language)
        flagged.append(kind is not None)
        kinds.append(kind)
        if kind == "source-credits" and extra:
            out.credited.append(extra)
        elif kind == "foreign-headlines" and extra:
            out.foreign.append((line, extra))
    # second pass: captions and headlines of other articles, judged against the article's words
    kept_idx = [i for i, f in enumerate(flagged) if not f]
    words = {i: _LETTERS.findall(lines[i]) for i in kept_idx}
    lower_sets = {i: {w for w in words[i] if w.islower()} for i in kept_idx}
    upper_sets = {i: {w for w in words[i] if w[0].isupper()} for i in kept_idx}
    lower_all = Counter(w for i in kept_idx for w in lower_sets[i])
    upper_all = Counter(w for i in kept_idx for w in upper_sets[i])
    captions = []
    for i in kept_idx:
        # "the words of the other lines", counted once for the article (linear, not quadratic)
        lower = _Others(lower_all, lower_sets[i])
        upper = _Others(upper_all, upper_sets[i])
        if _is_name_caption(lines[i], language, lower, upper):
            captions.append(i)
    for i in captions:
        # three name lines in a row are a list of people (signatories, a panel), not captions
        run = {i - 2, i - 1, i, i + 1, i + 2} & set(captions)
        if not any({k, k + 1, k + 2} <= run for k in run):
            flagged[i] = True
            kinds[i] = "captions-credits"
    kept_idx = [i for i, f in enumerate(flagged) if not f]
    all_stems = {i: _stems(lines[i], language) for i in kept_idx}
    stem_counts = Counter(s for i in kept_idx for s in all_stems[i])
    total_stems = sum(stem_counts.values())
    for i in kept_idx:
        if not _headline_shaped(lines[i]):
            continue
        if total_stems - len(all_stems[i]) < MIN_CONTEXT_WORDS:
            continue
        share = _overlap(lines[i], _Others(stem_counts, Counter(all_stems[i])), language)
        if share is not None and share < UNRELATED_OVERLAP:
            flagged[i] = True
            kinds[i] = "related-links"
    for line, drop, kind in zip(lines, flagged, kinds):
        if drop:
            out.removed.append(line)
            out.kinds.append(kind or "")
        else:
            out.kept.append(line)
    return out


# --------------------------------------------------------------------------- sources


def find_cited_sources(text: str, credited: list[str] | None = None) -> list[str]:
    """Names of media and agencies the text credits, as written, first occurrence first:
    ``credited`` ("Source: X" lines), every media.tsv name or alias in the text, and unknown
    names quoted after a media noun (data/media_cues.txt: 'le journal "X"')."""
    found: list[tuple[int, str]] = [(-1, name) for name in credited or []]
    regex, _ = _media_index()
    found.extend((m.start(), m.group(0)) for m in regex.finditer(text))
    for cue in _media_cues():
        found.extend((m.start("name"), m.group("name").strip()) for m in cue.finditer(text))
    seen: dict[str, str] = {}
    for _, name in sorted(found, key=lambda item: item[0]):
        item = find_media(name)
        seen.setdefault(item.name if item else name.casefold(), name)
    return list(seen.values())


# --------------------------------------------------------------------------- translation


def _glued_words(line: str, language: str) -> list[str]:
    """Words glued together by a lost space ("personnellepas", "1991qui"). Written by hand: an
    unknown word that splits into a known word and a very frequent one (wordfreq lexicon)."""
    from wordfreq import zipf_frequency  # noqa: PLC0415

    out = []
    for m in re.finditer(r"(?<!\w)(?:[A-Z]{1,3}-)?\d{3,}([^\W\d_]{2,})\b", line):
        # a number glued to a function word ("1991qui"); units and ordinals are short or rare
        if len(m.group(1)) >= 3 and zipf_frequency(m.group(1), language) >= 5.5:
            out.append(m.group(0))
    for m in re.finditer(r"(?<![\w'’-])[^\W\d_A-Z]{8,}(?![\w'’-])", line):
        word = m.group(0)
        if not word.islower() or zipf_frequency(word, language) > 0:
            continue
        for i in range(5, len(word) - 2):
            left, right = word[:i], word[i:]
            # Calibrated on news-dev/fr and the seeds: the right part is a function word of 3+
            # letters (zipf >= 5.5: "pas", "avec", "qui"), the left a real word of 5+ letters
            # (2-letter right parts gave "caviar|de", a real word wordfreq does not know).
            if zipf_frequency(right, language) >= 5.5 and zipf_frequency(left, language) >= 2.0:
                out.append(word)
                break
    return out


def _snippet(line: str, start: int, end: int, width: int = 25) -> str:
    left = max(0, start - width)
    right = min(len(line), end + width)
    return ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")


#: Typographic glitches needed to call a page machine-translated when no sign gives a language.
#: Calibrated on news-dev/fr: one glitch alone happens in native text (a typo, a lost space);
#: the machine-translated seeds show three or more.
MIN_GLITCHES = 2


def translation_signs(
    lines: list[str], language: str, foreign: list[tuple[str, str]], credited: list[str]
) -> tuple[str | None, list[str]]:
    """(translated_from, evidence). ``translated_from`` is the ISO code the evidence points to,
    "und" when the page shows machine-translation glitches but no source language, else None.
    A source language (a foreign headline, a credited foreign-language outlet) settles it alone;
    typographic glitches need MIN_GLITCHES hits; weak signs are only listed as support."""
    strong: list[str] = []
    weak: list[str] = []
    votes: list[str] = []
    glitches = 0
    for line, lang in foreign:
        strong.append(f"headline of a linked article left in the original language ({lang}): {line}")
        votes.append(lang)
    for name in credited:
        item = find_media(name)
        if item and item.language not in (language, "multi"):
            strong.append(
                f"credited source {item.name} publishes in another language "
                f"({item.language}): Source: {name}"
            )
            votes.append(item.language)
    if language in GLUE_LANGUAGES:
        glued = [w for line in lines for w in _glued_words(line, language)]
        if glued:
            strong.append("glued words (a space lost in translation): " + ", ".join(glued[:8]))
            glitches += len(glued)
    for sign in _signs():
        if sign.languages != ("*",) and language not in sign.languages:
            continue
        hits = [
            _snippet(line, m.start(), m.end()) for line in lines for m in sign.regex.finditer(line)
        ]
        if not hits:
            continue
        (strong if sign.strong else weak).append(f"{sign.evidence}: " + " | ".join(hits[:3]))
        if sign.strong:
            glitches += len(hits)
    if not votes and glitches < MIN_GLITCHES:
        return None, []
    return (max(votes, key=votes.count) if votes else "und"), strong + weak


# --------------------------------------------------------------------------- entry point


def clean(article: Article) -> Document:
    """Clean one article. Raises ``InputError(article.source, reason)`` when no body is left."""
    meta: dict = {}
    if article.text is not None:
        raw = article.text
    elif article.html is not None:
        raw, meta = _html_to_text(article.html, article.url)
    else:
        raise InputError(article.source, "the article has neither text nor HTML; nothing to clean")
    lines = _lines(raw)
    if not lines:
        raise InputError(article.source, "the article is empty (no text once HTML is removed)")

    language = _language_hint(article.language) or detect_language("\n".join(lines))[0]
    removed: list[str] = []
    title = (article.title or meta.get("title") or "").strip(_WS)
    if title:
        if lines[0] == title:  # the body repeats the title given by the input
            removed.append(lines.pop(0))
    elif article.format != "txt":
        # JSONL and HTML carry the title in a field of their own: when it is missing, the text
        # is all body, and the title is made from its first words (nothing is taken out of it)
        words = lines[0].split()
        title = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    else:
        following = lines[1] if len(lines) > 1 else None
        first_kind = _classify(lines[0], language)[0]
        if len(lines) > 1 and (first_kind == "navigation" or _is_breadcrumb(lines[0], following)):
            removed.append(lines.pop(0))
        title = lines.pop(0)
    if not lines:
        raise InputError(article.source, f"only a title line ({title[:60]!r}) and no article body")
    cleaned = _clean_lines(lines, language)
    if not cleaned.kept:
        raise InputError(
            article.source,
            f"no article text left after removing {len(cleaned.removed)} boilerplate line(s); "
            "check that the file holds an article body",
        )
    text = "\n".join(cleaned.kept)
    url = article.url or meta.get("url")
    translated_from, evidence = translation_signs(
        cleaned.kept, language, cleaned.foreign, cleaned.credited
    )
    return Document(
        id="",
        path=article.path,
        url=url,
        outlet=article.outlet or meta.get("outlet") or _url_outlet(url),
        title=title,
        published=_iso_date(article.published) or _iso_date(meta.get("published")) or _url_date(url),
        language=language,
        text=text,
        removed=removed + cleaned.removed,
        content_hash=content_hash(text),
        translated_from=translated_from,
        translation_evidence=evidence,
        cited_sources=find_cited_sources(text, cleaned.credited),
    )
