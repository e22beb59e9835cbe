"""Readers: turn input files and folders into :class:`~recoupe.model.Article` records.

    iter_articles(paths)    walk files and folders (recursively, sorted), dispatch by extension
    read(path, fmt)         one file of a known format
        .txt / .html / .htm   one Article per file           source = path
        .jsonl                one Article per line           source = path:LINE
        .warc / .warc.gz      one Article per HTML response  source = path#WARC-Record-ID
    decode_bytes(data)      bytes -> str (UTF-8, BOMs, UTF-16, then legacy Western encodings)
    parse_date(value)       a date/datetime string or timestamp -> "YYYY-MM-DD" or None
    html_to_text(html, url) trafilatura's main text + page metadata (called by the cleaner)

Nothing here raises for one bad input: every input (or JSONL line, or WARC) that cannot be used
becomes a :class:`~recoupe.model.Rejection` whose one-line reason says what is wrong and what to
do, and the run goes on. JSONL and WARC files are streamed (memory stays flat whatever their size);
one document (a .txt/.html file, a JSONL line, a WARC payload) is capped at ``max_bytes``.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal

from charset_normalizer import from_bytes
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from recoupe.model import Article, Rejection

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "decode_bytes",
    "decode_html",
    "format_of",
    "html_to_text",
    "iter_articles",
    "parse_date",
    "read",
]

Format = Literal["txt", "html", "jsonl", "warc"]

#: Largest single document read (a .txt/.html file, one JSONL line, one WARC payload). Not tuned:
#: a long news article is ~100 KB of HTML, so 5 MB leaves room for heavy pages while stopping a
#: mis-named dump from being read as one "article".
DEFAULT_MAX_BYTES = 5_000_000

#: file name endings we read, checked in this order (".warc.gz" before any shorter ending)
SUFFIXES: tuple[tuple[str, Format], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".jsonl", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "txt"),
)

_RAISE_HINT = "raise the limit with max_bytes (recoupe analyze --max-bytes)"
_CHUNK = 1 << 16


class _Unusable(Exception):
    """Internal: this input cannot be used; ``reason`` is the Rejection reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ───────────────────────────── walking ─────────────────────────────


def format_of(name: str) -> Format | None:
    """The reader for a file name (by extension, case-insensitive), or None if we do not read it."""
    lower = name.lower()
    for suffix, fmt in SUFFIXES:
        if lower.endswith(suffix):
            return fmt
    return None


def iter_articles(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejection]:
    """Read every article in ``paths`` (files and folders), in a deterministic order.

    Folders are walked recursively in name order; hidden files and folders (``.name``) and files
    with extensions we do not read are skipped silently, but a file named explicitly with an
    unknown extension is rejected. When walking a folder, symbolic links that lead outside it are
    not followed (they are rejected, so the user sees them); symbolic links to folders inside it
    are skipped, since their content is read at its real place (and this rules out loops).
    ``Article.path`` is the path as given, joined with the names found under it.
    """
    for item in iter_files(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read(item, max_bytes=max_bytes)


def iter_files(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    extra: tuple[str, ...] = (),
) -> Iterator[str | Rejection]:
    """The files ``iter_articles`` would read, without reading them (what the Spark engine
    hands to its executors), with the same walking rules. ``extra`` adds suffixes to accept
    (``.parquet`` for Spark)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        yield from _iter_one(os.fspath(given), extra)


def _accepts(name: str, extra: tuple[str, ...]) -> bool:
    return format_of(name) is not None or name.lower().endswith(extra or ("\0",))


def _iter_one(given: str, extra: tuple[str, ...]) -> Iterator[str | Rejection]:
    try:
        info = os.stat(given)
    except FileNotFoundError:
        if os.path.islink(given):
            yield Rejection(
                given, "broken symbolic link (its target does not exist): fix or remove it"
            )
        else:
            yield Rejection(given, "no such file or directory: check the path")
        return
    except OSError as exc:
        yield Rejection(given, f"cannot open: {_os_reason(exc)}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(given, os.path.realpath(given), extra)
    elif stat.S_ISREG(info.st_mode):
        if not _accepts(given, extra):
            suffix = Path(given).suffix or "(none)"
            yield Rejection(
                given,
                f"unsupported file type {suffix!r}: recoupe reads .txt, .html, .htm, .jsonl, "
                ".warc and .warc.gz files; convert it or leave it out",
            )
        else:
            yield given
    else:
        yield Rejection(
            given, "not a regular file (device, pipe or socket): give a file or a folder"
        )


def _walk(folder: str, root: str, extra: tuple[str, ...]) -> Iterator[str | Rejection]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Rejection(folder, f"cannot list folder: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        shown = os.path.join(folder, entry.name)
        try:
            if entry.is_symlink():
                target = os.path.realpath(shown)
                is_dir = os.path.isdir(target)
                if not is_dir and not _accepts(entry.name, extra):
                    continue  # a link we would not read anyway
                if not _inside(target, root):
                    yield Rejection(
                        shown,
                        f"symbolic link to {target}, outside the folder being read: not followed; "
                        "name the target explicitly to read it",
                    )
                elif is_dir:
                    continue  # read at its real place inside the folder
                elif not os.path.exists(target):
                    yield Rejection(
                        shown, "broken symbolic link (its target does not exist): fix or remove it"
                    )
                else:
                    yield shown
            elif entry.is_dir(follow_symlinks=False):
                yield from _walk(shown, root, extra)
            elif entry.is_file(follow_symlinks=False):
                if _accepts(entry.name, extra):
                    yield shown
            # sockets, pipes and devices inside a folder are skipped silently
        except OSError as exc:
            yield Rejection(shown, f"cannot open: {_os_reason(exc)}")


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied; check the file's permissions"
    return f"{exc.strerror or exc}; check the path and the disk"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _too_big(what: str, size: int | None, max_bytes: int) -> str:
    actual = f" is {_size(size)}," if size is not None else ""
    return (
        f"{what}{actual} over the limit of {_size(max_bytes)} per document: "
        f"split it, or {_RAISE_HINT}"
    )


# ───────────────────────────── one file ─────────────────────────────


def read(
    path: str | os.PathLike[str], fmt: Format | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Rejection]:
    """Read one file (format from its extension unless ``fmt`` is given)."""
    shown = os.fspath(path)
    fmt = fmt or format_of(shown)
    if fmt is None:
        for item in _iter_one(shown, ()):  # gives the "unsupported file type" rejection
            if isinstance(item, Rejection):
                yield item
        return
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(shown, max_bytes)
        elif fmt == "warc":
            yield from _read_warc(shown, max_bytes)
        else:
            yield _read_document(shown, fmt, max_bytes)
    except _Unusable as exc:
        yield Rejection(shown, exc.reason)
    except FileNotFoundError:
        yield Rejection(shown, "no such file or directory: check the path")
    except OSError as exc:
        yield Rejection(shown, f"cannot read: {_os_reason(exc)}")


def _read_document(path: str, fmt: Format, max_bytes: int) -> Article:
    size = os.stat(path).st_size
    if size > max_bytes:
        raise _Unusable(_too_big("file", size, max_bytes))
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)  # +1: a file that grew since stat() is still caught
    if len(data) > max_bytes:
        raise _Unusable(_too_big("file", len(data), max_bytes))
    if fmt == "html":
        return Article(path=path, source=path, format="html", html=decode_html(data))
    return Article(path=path, source=path, format="txt", text=decode_bytes(data))


# ───────────────────────────── decoding ─────────────────────────────

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Characters that legitimately appear in French/English/German/Italian/Spanish text written in a
# legacy Western encoding, besides letters: typographic quotes and dashes, euro, degree, etc.
# Signs that are letters in Central European code pages (¹ ¿ ³ ¥ ª º are ą ż ł Ą Ş ş in cp1250)
# are left out, so that Polish or Czech text falls through to charset-normalizer.
_WESTERN_SIGNS = set("\u00a0«»‘’‚“”„–—…•€£°©®™§¶·×÷±¡¢¤¦¨¯´¸¼½¾†‡‰‹›ˆ˜")
#: among charset-normalizer's equally good readings, the code pages of the corpus languages win
#: (cp1252 comes last: ``_western`` has already turned its reading down)
_PREFERRED = ("cp1250", "cp1251", "iso8859_2", "koi8_r", "cp1257", "iso8859_15", "cp1252")
# In real Western text most letters are ASCII; text in another script decoded as cp1252 comes
# out almost all accented ("Ìèíèñòð"). Measured on shared/corpus/news-dev, share of non-ASCII
# letters per article: fr at most 0.053, de 0.025, it 0.015, en 0.019; the ru articles encoded
# in cp1251 and read as cp1252 at least 0.894. 0.3 sits far from both — not finely tuned.
_MAX_ACCENTED_SHARE = 0.3
# Western words of three letters or more always have an ASCII letter ("été", "où", "ça"); a
# word with none ("Ìîñêâà") is another script read in the wrong code page.
_FOREIGN_WORD = re.compile(r"(?<![^\W\d_])[^\W\da-zA-Z_]{3,}(?![^\W\d_])")


def _bom(data: bytes) -> str | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    return None


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode a text file, normalise its newlines (CRLF and CR become LF) and check it is text.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32); valid UTF-8; the ``declared`` charset (HTTP
    header or HTML meta); UTF-16 without BOM; Windows-1252 (a superset of Latin-1's printable
    characters) when the result reads as Western text; else charset-normalizer's best guess.
    Raises ``_Unusable`` with "empty file" or "binary file, not text: ..." otherwise.
    """
    text = _decode(data, declared)
    if not text.strip():
        raise _Unusable(
            "empty file (nothing but whitespace): remove it or check how it was produced"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # 1 %: binary formats without NUL bytes are dense in control characters; text has almost none
    if "\x00" in text or len(_CONTROLS.findall(text)) > len(text) / 100:
        raise _Unusable(
            "binary file, not text: it is full of control characters; give recoupe text, HTML, "
            "JSONL or WARC files"
        )
    return text


def _decode(data: bytes, declared: str | None) -> str:
    bom = _bom(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            raise _Unusable(
                f"binary file, not text: it starts with a {bom} byte-order mark but is not valid "
                f"{bom} (byte {exc.start}); re-save it as UTF-8"
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: fall through to detection
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise _Unusable(
            "binary file, not text: it contains NUL bytes; give recoupe text, HTML, JSONL or "
            "WARC files"
        )
    western = _western(data)
    if western is not None:
        return western
    matches = list(from_bytes(data))
    if not matches:
        raise _Unusable(
            "binary file, not text: no text encoding fits its bytes; re-save it as UTF-8 if it "
            "is text"
        )
    least = min(match.chaos for match in matches)
    tied = [match for match in matches if match.chaos <= least]
    tied.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)
    return str(tied[0])


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in most high bytes (every other byte) for Latin-script
    text, and hardly any in the low bytes.

    Written by hand because charset-normalizer does not look at NUL-bearing data this way. The
    shares are loose on purpose (a short French line full of ’ « € has only ~60 % NUL high
    bytes); binary data rarely has NULs on one side only, and the result is still checked for
    control characters.
    """
    even, odd = data[0::2], data[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros and zeros.count(0) >= 0.5 * len(zeros) and other.count(0) <= 0.02 * len(other):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _western(data: bytes) -> str | None:
    """Windows-1252 when the bytes read as Western text, else None.

    Written by hand because charset-normalizer, measured on short French Latin-1 and cp1252
    texts, picks cp775, cp1250 or cp1006 ("cafķ", "l’śuvre"): it cannot tell these code pages
    apart on a few accented letters. recoupe reads French first, so a Western reading that
    looks plausible wins; other scripts fail the check and go to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252
    letters = accented = 0
    for ch in text:
        if ch.isascii():
            letters += ch.isalpha()
            continue
        if ch.isalpha():
            letters += 1
            accented += 1
        elif ch not in _WESTERN_SIGNS:
            return None
    if _FOREIGN_WORD.search(text):
        return None
    if letters >= 50 and accented / letters > _MAX_ACCENTED_SHARE:
        return None
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


def decode_html(data: bytes, *, declared: str | None = None) -> str:
    """Decode an HTML page: the HTTP charset (``declared``) if it fits, else the page's own
    ``<meta charset>`` (looked for in the first 4 KB), else :func:`decode_bytes`'s detection."""
    if not declared:
        found = _META_CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii", "replace") if found else None
    if declared and declared.lower().replace("_", "-") in {
        "iso-8859-1",
        "latin-1",
        "us-ascii",
        "ascii",
    }:
        declared = "cp1252"  # what browsers do (WHATWG encoding standard)
    return decode_bytes(data, declared=declared)


# ───────────────────────────── JSONL ─────────────────────────────

_JSONL_FIELDS = ("title", "url", "outlet")


def _read_jsonl(path: str, max_bytes: int) -> Iterator[Article | Rejection]:
    with open(path, "rb") as raw:
        head = raw.read(8192)
        raw.seek(0)
        bom = _bom(head)
        if b"\x00" in head and bom not in {"utf-16", "utf-32"}:
            raise _Unusable(
                "binary file, not text: it contains NUL bytes; a .jsonl file must be UTF-8 JSON, "
                "one object per line"
            )
        handle: Any = raw
        if bom in {"utf-16", "utf-32"}:
            handle = io.TextIOWrapper(raw, encoding=bom, newline="")
        found = False
        for lineno, line in _lines(handle, max_bytes):
            where = f"{path}:{lineno}"
            if isinstance(line, _Unusable):
                found = True
                yield Rejection(where, line.reason)
            elif line.strip():
                found = True
                yield _jsonl_record(path, where, line)
        if not found:
            raise _Unusable("empty file (no JSON lines): remove it or check how it was produced")


def _lines(handle: Any, max_bytes: int) -> Iterator[tuple[int, str | _Unusable]]:
    """(line number, decoded line or the reason it is unusable), reading at most ``max_bytes``
    of a line at a time so that memory stays flat."""
    lineno = 0
    while True:
        try:
            chunk = handle.readline(max_bytes + 1)
            if chunk:
                lineno += 1
                newline = b"\n" if isinstance(chunk, bytes) else "\n"
                oversized = len(chunk) > max_bytes and not chunk.endswith(newline)
                while oversized:  # skip the rest of the oversized line
                    rest = handle.readline(_CHUNK)
                    if not rest or rest.endswith(newline):
                        break
        except UnicodeDecodeError as exc:
            # a UTF-16/32 file (by its BOM) with bytes that are not valid in it: the lines read
            # so far are kept, the rest of the file cannot be split into lines
            yield lineno + 1, _Unusable(
                f"not valid {exc.encoding} text from here on ({exc.reason}): the lines before were "
                "read; re-save the file as UTF-8"
            )
            return
        if not chunk:
            return
        if oversized:
            yield lineno, _Unusable(_too_big("line", None, max_bytes))
            continue
        if isinstance(chunk, str):
            yield lineno, chunk.lstrip("\ufeff") if lineno == 1 else chunk
            continue
        if lineno == 1 and chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8) :]
        try:
            yield lineno, chunk.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield lineno, _decode(chunk, None)
            except _Unusable as exc:
                yield lineno, exc


def _jsonl_record(path: str, where: str, line: str) -> Article | Rejection:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(
            where, f"invalid JSON ({exc.msg} at column {exc.colno}): fix or remove the line"
        )
    except RecursionError:
        return Rejection(where, "invalid JSON (nested too deeply): fix or remove the line")
    if not isinstance(record, dict):
        kinds = {list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
        kind = kinds.get(type(record), "a number")
        return Rejection(
            where,
            f'line is {kind}, not a JSON object: each line must be an object with at least "text"',
        )
    record = {key: _safe(value) for key, value in record.items()}
    text, html = record.get("text"), record.get("html")
    text = text if isinstance(text, str) and text.strip() else None
    html = html if isinstance(html, str) and html.strip() and text is None else None
    if text is None and html is None:
        return Rejection(
            where, 'no usable "text": each line needs a non-empty "text" string (or "html")'
        )
    fields = {name: _clean_str(record.get(name)) for name in _JSONL_FIELDS}
    ident = record.get("id")
    return Article(
        path=path,
        source=where,
        format="jsonl",
        text=_newlines(text) if text is not None else None,
        html=_newlines(html) if html is not None else None,
        published=parse_date(record.get("published")),
        language=_language(record.get("language")),
        id=str(ident)
        if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident).strip()
        else None,
        **fields,
    )


#: what JSON escapes can put in a string that no UTF-8 file can: lone UTF-16 surrogates ("\ud800",
#: which UTF-8 encoders, spaCy and the databases refuse) and NUL (which PostgreSQL refuses)
_UNENCODABLE = re.compile("[\x00\ud800-\udfff]")


def _safe(value: Any) -> Any:
    """A JSON string value with lone surrogates and NULs replaced by U+FFFD (same length, so
    nothing else moves); other values unchanged."""
    return _UNENCODABLE.sub("\ufffd", value) if isinstance(value, str) else value


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean_str(value: Any) -> str | None:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


def _language(value: Any) -> str | None:
    """ "fr", "FR", "fr-FR", "fr_CA" -> "fr"; anything else -> None."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


# ───────────────────────────── WARC ─────────────────────────────

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([-\w.:]+)", re.IGNORECASE)


class _QuietArchiveIterator(ArchiveIterator):
    """warcio's iterator, made to report damage instead of printing it.

    warcio writes a warning to stderr when a record is not followed by a blank line (a wrong
    Content-Length: the file is damaged) and ends quietly on a cut-off gzip member; a library
    must not print, and we need to know. The first method repeats warcio 1.8's own (no hook
    exists) without the print; ``close`` notes a gzip member that never reached its end.
    """

    damaged: str | None = None

    def _consume_blanklines(self):  # type: ignore[no-untyped-def]
        empty_size = 0
        first_line = True
        while True:
            line = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            stripped = line.rstrip()
            if len(stripped) == 0 or first_line:
                empty_size += len(line)
                if len(stripped) != 0:
                    self.err_count += 1
                    self.damaged = self.damaged or "a record is longer than its Content-Length says"
                first_line = False
                continue
            return line, empty_size

    def close(self) -> None:
        decompressor = self.reader.decompressor if self.reader else None
        if decompressor is not None and not decompressor.eof:
            self.damaged = self.damaged or "the last gzip member is cut off"
        super().close()


def _read_warc(path: str, max_bytes: int) -> Iterator[Article | Rejection]:
    with open(path, "rb") as handle:
        _check_warc_start(handle)
        handle.seek(0)
        records = _QuietArchiveIterator(handle)
        kept = end = 0
        damage: str | None = None
        try:
            for record in records:
                headers = record.rec_headers
                if not (headers.get_header("Content-Length") and headers.get_header("WARC-Type")):
                    damage = "a record header is cut off or lacks its mandatory fields"
                    break
                result = _warc_record(path, record, max_bytes)
                while record.raw_stream.read(_CHUNK):  # what is left of the record
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    damage = "a record ends before its Content-Length"
                    break
                end = records.get_record_offset() + records.get_record_length()
                if records.damaged:
                    damage = records.damaged
                    break
                if result is not None:
                    kept += isinstance(result, Article)
                    yield result
        # warcio raises ArchiveLoadFailed or StatusAndHeadersParserException on a bad record
        # header, zlib.error/EOFError on bad gzip data, ChunkedDataException on a bad chunked
        # payload, and AttributeError when a header line is cut (seen when testing cut files)
        except (
            ArchiveLoadFailed,
            StatusAndHeadersParserException,
            ChunkedDataException,
            EOFError,
            zlib.error,
            AttributeError,
            ValueError,
        ) as exc:
            if isinstance(exc, AttributeError):
                damage = "a record header is cut off or unreadable"
            else:
                damage = f"{type(exc).__name__}: {' '.join(str(exc).split())[:120]}"
        damage = damage or records.damaged or _tail_after(handle, end)
    if damage:
        raise _Unusable(
            f"truncated or corrupt WARC ({damage}); the {kept} article(s) read before the damage "
            "were kept: download or copy the file again"
        )


def _tail_after(handle: Any, end: int) -> str | None:
    """warcio ends quietly when the file stops inside a record header: look for bytes left
    after the last whole record (blank lines between records are allowed)."""
    handle.seek(end)
    while chunk := handle.read(_CHUNK):
        if chunk.strip():
            return "the file ends inside a record"
    return None


def _check_warc_start(handle: Any) -> None:
    head = handle.read(_CHUNK)
    if not head.strip():
        raise _Unusable("empty file (no WARC records): remove it or check how it was produced")
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            head = b"-"
        if b"WARC/".startswith(head):  # gzip data that stops before the first header line
            raise _Unusable(
                "truncated or corrupt WARC (the file stops in its first record); "
                "download or copy the file again"
            )
    if not head.startswith(b"WARC/"):
        raise _Unusable(
            "not a WARC file (it does not start with a WARC/1.x record): check the file, or give "
            "it the extension of what it really is"
        )


def _warc_record(path: str, record: Any, max_bytes: int) -> Article | Rejection | None:
    """An Article for an HTML response (or resource) record; None for records we skip."""
    if record.rec_type == "response":
        if record.http_headers is None:
            return None  # e.g. dns: records
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if not content_type.strip().lower().startswith(_HTML_TYPES):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    where = f"{path}#{record_id or uri}"
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Rejection(where, _too_big("page", None, max_bytes))
    charset = _CHARSET.search(content_type)
    try:
        html = decode_html(payload, declared=charset.group(1) if charset else None)
    except _Unusable as exc:
        return Rejection(where, exc.reason.replace("file", "page", 1))
    return Article(
        path=path,
        source=where,
        format="warc",
        html=html,
        url=uri,
        published=_page_date(html, uri) or parse_date(record.rec_headers.get_header("WARC-Date")),
    )


def _page_date(html: str, url: str | None) -> str | None:
    """The page's own publication date (what trafilatura's metadata would say), so that the WARC
    capture date is only a fallback; about 1 ms for a 90 KB page."""
    from htmldate import find_date  # comes with trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    # extensive_search=False for the reason given in html_to_text
    return parse_date(find_date(tree, extensive_search=False, original_date=True, url=url))


# ───────────────────────────── dates ─────────────────────────────

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_YEARS = range(1900, 2101)


def parse_date(value: Any) -> str | None:
    """A date as "YYYY-MM-DD", or None if ``value`` is not a parseable full date.

    Accepts ISO dates and datetimes (the date as written, not converted to UTC), RFC 2822 dates
    (RSS), Unix timestamps in seconds or milliseconds, and written dates in the corpus languages
    ("5 mars 2024", "March 5, 2024"; numeric day/month order is day first, as in French).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        stamp = value / 1000 if value > 1e11 else value  # milliseconds since 1970
        try:
            day = datetime.fromtimestamp(stamp, tz=UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
        return day.isoformat() if day.year in _YEARS else None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = value.strip()
    found = _ISO_DAY.match(text)
    if found:
        try:
            day = date(*(int(part) for part in found.groups()))
        except ValueError:
            return None
        return day.isoformat() if day.year in _YEARS else None
    for parse in (_rfc2822, _written):
        day = parse(text)
        if day is not None:
            return day.isoformat() if day.year in _YEARS else None
    return None


def _rfc2822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _written(text: str) -> date | None:
    import dateparser  # slow to import; only needed for non-ISO dates

    parsed = dateparser.parse(
        text,
        languages=["fr", "en", "it", "de", "pl", "ru", "es"],
        settings={
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],  # not "hier" (yesterday) or "il y a"
        },
    )
    return parsed.date() if parsed else None


# ───────────────────────────── HTML text ─────────────────────────────


def html_to_text(
    html: str,
    url: str | None = None,
    *,
    favor: Literal["precision", "balanced", "recall"] = "precision",
) -> tuple[str, dict[str, str | None]]:
    """The main text of an HTML page and its metadata, with trafilatura.

    Returns ``(text, meta)``: ``text`` has one paragraph per line ("\\n"-separated), without the
    page's headline when it is repeated as the first line, and is "" when no main text is found;
    ``meta`` has the keys ``title``, ``url`` (canonical or og:url, else the ``url`` given),
    ``outlet`` (og:site_name and similar), ``published`` (YYYY-MM-DD) and ``language`` (from
    ``<html lang>``, content-language or og:locale; two or three letters), each None if unknown.
    When the page names no site, ``outlet`` is taken from the ``<title>`` after the headline
    ("Headline | Outlet"), else it is the host name of the URL.

    ``favor="precision"`` by default: on the two test pages (``tests/fixtures/ingest/page_*.html``)
    it kept every body paragraph and dropped the "Lire aussi" link, the tag line and the footer
    that "balanced" and "recall" kept. The cleaner still removes boilerplate lines after this.
    """
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    meta: dict[str, str | None] = dict.fromkeys(("title", "url", "outlet", "published", "language"))
    meta["url"] = url
    if not _FULL_PAGE.search(html[:4096]):
        # a fragment (e.g. a JSONL "html" field): trafilatura found nothing in a lone <p> until
        # it was wrapped in a page
        html = f"<html><body>{html}</body></html>"
    tree = load_html(html)
    if tree is None:
        return "", meta
    meta["language"] = _page_language(tree)
    tree_title = _clean_str(" ".join(tree.xpath("//head/title//text()")))
    # extensive=False: the extensive search took "© 2024" in a footer for a publication date
    # (2024-01-01) on a test page without date metadata; a missing date is better than a wrong one.
    date_params = set_date_params(extensive=False)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
        with_metadata=True,
        date_extraction_params=date_params,
    )
    if document is None:
        # no main text: the metadata is still worth having (e.g. for the rejection message)
        document = extract_metadata(load_html(html), default_url=url, date_config=date_params)
        body = ""
    else:
        body = (document.text or "").strip()
    title = _clean_str(document.title)
    meta.update(
        title=title,
        url=_clean_str(document.url) or url,
        outlet=_outlet(document, tree_title, title),
        published=parse_date(document.date),
    )
    if title and body:
        first, _, rest = body.partition("\n")
        if _same_words(first, title):
            body = rest.strip()
    return body, meta


_FULL_PAGE = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·:]\s+")


def _outlet(document: Any, page_title: str | None, headline: str | None) -> str | None:
    """The site's name; trafilatura falls back to the host name, which the <title> can beat."""
    sitename = _clean_str(document.sitename)
    if sitename and sitename != getattr(document, "hostname", None):
        return sitename
    return _outlet_from_title(page_title, headline) or sitename


def _outlet_from_title(page_title: str | None, headline: str | None) -> str | None:
    """ "Headline | Outlet" -> "Outlet" when the headline is what trafilatura found."""
    if not page_title or not headline:
        return None
    parts = _TITLE_SEPARATORS.split(page_title)
    if len(parts) >= 2 and _same_words(
        " ".join(parts[:-1]), " ".join(_TITLE_SEPARATORS.split(headline))
    ):
        return parts[-1].strip() or None
    return None


def _same_words(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", s).casefold().split())

    return norm(a) == norm(b)


def _page_language(tree: Any) -> str | None:
    candidates = tree.xpath("/html/@lang | /html/@xml:lang") + tree.xpath(
        '//meta[translate(@http-equiv, "CONTENT-LANGUAGE", "content-language")="content-language"]'
        '/@content | //meta[@property="og:locale"]/@content'
    )
    for value in candidates:
        code = _language(str(value))
        if code:
            return code
    return None
