"""Coverage-guided fuzzing of recoupe with atheris (libFuzzer for Python).

    python fuzz/fuzz.py TARGET [libFuzzer flags]     e.g.  python fuzz/fuzz.py readers -runs=100000

TARGET is one of ``readers`` (txt/html/jsonl/warc bytes through ``ingest.read``, raw and
structured), ``decode`` (``decode_bytes``, ``decode_html`` and ``parse_date``), ``clean`` (the
cleaner on text and HTML), ``dates`` (``stories.resolve_dates``), ``quotes`` (the French and
English spaCy pipelines, ``doc._.quotes`` and ``doc._.mentions``).

The contract checked is in ``harnesses.py``. A crash stops the run with libFuzzer's report and
the input saved (``-artifact_prefix=DIR/``); every crash found so far is fixed and has a
regression test (RELIABILITY.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["recoupe", "harnesses", "warcio"]):
    import harnesses
    import recoupe.clean  # noqa: F401 (imported here to be instrumented)
    import recoupe.entities  # noqa: F401
    import recoupe.quotes  # noqa: F401
    import recoupe.stories  # noqa: F401
    from recoupe import ingest
    from recoupe.errors import RecoupeError


def _guard(target):
    def run(data: bytes) -> None:
        try:
            target(data)
        except RecoupeError:
            pass  # the project's own typed errors are allowed to escape

    return run


# ─────────────────────────────── inputs from bytes ───────────────────────────────


def _words(fdp: atheris.FuzzedDataProvider, vocabulary: tuple[str, ...], n: int) -> str:
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, n)):
        if fdp.ConsumeIntInRange(0, 9) == 0:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 12)))
        else:
            parts.append(vocabulary[fdp.ConsumeIntInRange(0, len(vocabulary) - 1)])
        if fdp.ConsumeBool():
            parts.append(" ")
    return "".join(parts)


def readers(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 6)
    max_bytes = fdp.ConsumeIntInRange(1, 4096) if fdp.ConsumeIntInRange(0, 7) == 0 else 1_000_000
    if mode < 4:
        harnesses.read_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()), harnesses.READER_FORMATS[mode], max_bytes=max_bytes)
    elif mode == 4:  # structured JSONL: fields of any JSON type
        lines = []
        for _ in range(fdp.ConsumeIntInRange(1, 4)):
            record = {}
            for key in ("text", "html", "title", "url", "outlet", "published", "language", "id"):
                kind = fdp.ConsumeIntInRange(0, 5)
                value = [None, fdp.ConsumeUnicode(40), fdp.ConsumeInt(8), fdp.ConsumeBool(), [fdp.ConsumeUnicode(5)], fdp.ConsumeRegularFloat()][kind]
                if kind or fdp.ConsumeBool():
                    record[key] = value
            lines.append(json.dumps(record, ensure_ascii=fdp.ConsumeBool()))
        harnesses.read_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), "jsonl", max_bytes=max_bytes)
    else:  # structured WARC: valid framing around fuzzed headers and payload
        content_type = fdp.PickValueInList(["text/html", "text/html; charset=utf-8", "text/html; charset=latin-1", "text/html; charset=bogus", "application/xhtml+xml", "image/png", fdp.ConsumeUnicode(20)])
        status = fdp.PickValueInList(["200 OK", "404 Not Found", "301 Moved", "2", fdp.ConsumeUnicode(8)])
        delta = fdp.PickValueInList([0, 0, 0, -1, 1, -20, 20])
        uri = fdp.PickValueInList(["https://example.invalid/2024/03/07/a", "file:///etc/passwd", fdp.ConsumeUnicode(30)])
        gz = fdp.ConsumeBool()
        record = harnesses.warc_record(fdp.ConsumeBytes(fdp.remaining_bytes()), content_type=content_type, status=status, uri=uri, length_delta=delta, gz=gz)
        if mode == 6 and record:
            record = record[: len(record) * 3 // 4]  # cut off
        harnesses.read_bytes(record, "warc", max_bytes=max_bytes)


def decode(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 3)
    if choice == 0:
        harnesses.parse_date(fdp.ConsumeUnicode(40))
    elif choice == 1:
        harnesses.parse_date(fdp.PickValueInList([fdp.ConsumeInt(8), fdp.ConsumeRegularFloat(), fdp.ConsumeProbability() * 1e13]))
    elif choice == 2:
        try:
            ingest.decode_html(fdp.ConsumeBytes(fdp.remaining_bytes()))
        except ingest._Unusable:  # noqa: SLF001
            pass
    else:
        harnesses.decode(fdp.ConsumeBytes(fdp.remaining_bytes()))


def clean(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 7)
    title = fdp.PickValueInList([None, "", "Titre", fdp.ConsumeUnicode(20)])
    url = fdp.PickValueInList([None, "https://nord-presse.invalid/2024/03/07/article", fdp.ConsumeUnicode(30)])
    published = fdp.PickValueInList([None, "2024-03-07", "0001-01-01", fdp.ConsumeUnicode(12)])
    language = fdp.PickValueInList([None, "fr", "en", "xx", fdp.ConsumeUnicode(4)])
    if mode == 0:  # HTML is slow (trafilatura): one input in eight
        harnesses.clean_article(html=fdp.ConsumeUnicode(fdp.remaining_bytes()) or " ", fmt="html", title=title, url=url, published=published, language=language)
    else:
        text = _words(fdp, harnesses.QUOTE_WORDS, 80) if mode < 5 else fdp.ConsumeUnicode(fdp.remaining_bytes())
        harnesses.clean_article(text=text, fmt=fdp.PickValueInList(["txt", "jsonl"]), title=title, url=url, published=published, language=language)


def dates(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lang = fdp.PickValueInList(_LANGS)
    published = fdp.PickValueInList([None, "2024-03-07", "2024-01-01", "2023-12-31", "2024-02-29", "1900-01-01", "2100-12-31", "0001-01-01", "9999-12-31", fdp.ConsumeUnicode(10)])
    text = _words(fdp, harnesses.DATE_WORDS, 30) if fdp.ConsumeIntInRange(0, 4) else fdp.ConsumeUnicode(fdp.remaining_bytes())
    harnesses.resolve_dates(text, published, lang)


_PIPELINES: dict[str, object] = {}
#: the languages a document can have (what the cleaner's detector answers), French and English
#: first and most often
_LANGS = ["fr", "fr", "en", "en", *recoupe.clean.LANGUAGES]


def quotes(data: bytes) -> None:
    from recoupe import nlp

    fdp = atheris.FuzzedDataProvider(data)
    lang = fdp.PickValueInList(["fr", "en"])
    if lang not in _PIPELINES:
        _PIPELINES[lang] = nlp.load(lang)
    # no lone surrogates: no reader lets them through (tests/test_fuzz_readers.py)
    text = _words(fdp, harnesses.QUOTE_WORDS, 60) if fdp.ConsumeIntInRange(0, 4) else fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    harnesses.quotes_and_mentions(_PIPELINES[lang], text)


TARGETS = {"readers": readers, "decode": decode, "clean": clean, "dates": dates, "quotes": quotes}


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in TARGETS:
        sys.stderr.write(f"usage: fuzz.py {{{','.join(TARGETS)}}} [libFuzzer flags]\n")
        raise SystemExit(2)
    target = TARGETS[argv[1]]
    if argv[1] == "quotes":  # load the models before fuzzing, not inside the first input
        from recoupe import nlp

        for lang in ("fr", "en"):
            _PIPELINES[lang] = nlp.load(lang)
    atheris.Setup([argv[0], *argv[2:]], _guard(target))
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
