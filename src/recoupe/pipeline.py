"""The whole of ``recoupe analyze`` as a library call.

Two halves, as DESIGN.md draws them:

* per document, pure (no store, no global state): ``prepare`` (clean, id, fingerprint) and
  ``to_result`` (a parsed spaCy Doc → ``DocumentResult``). ``process_batch`` runs both over a
  batch with ``nlp.pipe``; the local engine below streams batches through it, and the Spark engine
  maps the same function over partitions.
* after the batches, on the store: ``link`` resolves entities across documents, groups stories
  and statements, builds the citation graph and corroboration, for the documents not yet linked
  (so an interrupted run, re-run, finishes the job).
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
import struct
import zlib
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import clean as _clean
from . import ingest, nlp
from .errors import ConfigError, InputError, RecoupeError
from .model import Article, Document, DocumentResult, Mention, Quote, Rejection
from .store.base import Store

#: MinHash near-duplicate detection. 64 permutations in 8 bands of 8 rows put the LSH threshold
#: at (1/8)^(1/8) ≈ 0.77 Jaccard; a candidate is confirmed at an estimated Jaccard ≥ 0.8 on word
#: 5-shingles, which keeps re-edited wire copies (a changed headline, a paragraph added) and
#: leaves apart different articles on the same event (measured on ../shared/corpus: none of the
#: 363 articles is a near duplicate of another at 0.8, while the same text with one paragraph
#: changed in ten stays above 0.85).
NUM_PERM, BANDS, ROWS = 64, 8, 8
NEAR_DUPLICATE_JACCARD = 0.8
SHINGLE = 5


@dataclass(slots=True)
class Options:
    """Everything ``analyze`` can be told (one options object, not long keyword lists)."""

    batch_size: int = 32
    models: dict[str, str] = field(default_factory=dict)  # language → spaCy package override
    aliases: Path | None = None
    max_bytes: int = 5_000_000
    stages: tuple[str, ...] = ("entities", "quotes")
    #: spaCy worker processes; 1 parses in this process. Default: two workers where there are
    #: two cores or more (the parse is the cost; cleaning and storing stay in this process).
    jobs: int = field(default_factory=lambda: min(2, os.cpu_count() or 1))


@dataclass(slots=True)
class Summary:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)
    quotes: int = 0
    linked: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


# -- per document ---------------------------------------------------------------------------------

def document_id(content_hash: str, source: str) -> str:
    """Stable id: the same text from the same place always gets the same id, so a re-run is an
    upsert that changes nothing; the same text from elsewhere is another document (a relay) with
    ``duplicate_of`` pointing at the first."""
    return hashlib.sha256(f"{content_hash}\0{source}".encode()).hexdigest()[:16]


def fingerprint(text: str) -> tuple[bytes, list[tuple[int, int]]]:
    """MinHash signature (datasketch) of word shingles and its LSH band buckets."""
    from datasketch import MinHash  # noqa: PLC0415 (import cost paid once, only when used)

    words = text.casefold().split()
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))}
    # crc32 (C, stable across processes and machines) instead of datasketch's default sha1:
    # 3× faster, and 32 bits is all MinHash keeps anyway
    mh = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme="affine32")
    mh.update_batch(list(shingles))
    values = [int(v) for v in mh.hashvalues]
    sig = struct.pack(f"<{NUM_PERM}I", *values)
    bands = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS * 4 : (b + 1) * ROWS * 4], digest_size=7).digest()
        bands.append((b, int.from_bytes(digest, "big")))
    return sig, bands


@lru_cache(maxsize=1)
def _permutations():
    """datasketch draws its permutations from a seeded RNG on every MinHash(): 3 ms each. Draw
    them once (same seed, so the same signatures everywhere)."""
    from datasketch import MinHash  # noqa: PLC0415

    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations


def jaccard(sig_a: bytes, sig_b: bytes) -> float:
    a = struct.unpack(f"<{NUM_PERM}I", sig_a)
    b = struct.unpack(f"<{NUM_PERM}I", sig_b)
    return sum(x == y for x, y in zip(a, b)) / NUM_PERM


#: Longest cleaned text sent to spaCy: its default ``nlp.max_length``, above which ``nlp.pipe``
#: raises E088 for the whole batch ("roughly 1GB of temporary memory per 100,000 characters").
#: Not tuned: a long news article is ~50,000 characters; a text under ``--max-bytes`` (5 MB) but
#: over this is rejected with its reason instead of stopping the run (tests/test_load_size.py).
MAX_TEXT_CHARS = 1_000_000


def prepare(article: Article) -> Document:
    """Clean one article and give it its id. Raises ``InputError`` with the reason."""
    document = _clean.clean(article)
    if len(document.text) > MAX_TEXT_CHARS:
        raise InputError(
            article.source,
            f"the article text is {len(document.text):,} characters after cleaning, over the "
            f"{MAX_TEXT_CHARS:,} the language models accept per document: split it into articles",
        )
    document.id = document_id(document.content_hash, article.source)
    return document


def to_result(document: Document, doc: Any | None) -> DocumentResult:
    """Turn a parsed spaCy ``Doc`` (or ``None`` for a language without a model) into records."""
    quotes: list[Quote] = []
    mentions: list[Mention] = []
    if doc is not None:
        for i, quote in enumerate(doc._.quotes or []):
            quote.doc_id = document.id
            quote.id = f"{document.id}-q{i:03d}"
            quotes.append(quote)
        for mention in doc._.mentions or []:
            mention.doc_id = document.id
            mentions.append(mention)
    _link_speakers_in_document(quotes, mentions)
    document.cited_sources = _cited_sources(document, quotes, mentions)
    return DocumentResult(document, quotes, mentions)


def _link_speakers_in_document(quotes: list[Quote], mentions: list[Mention]) -> None:
    """Point each quote's speaker at the in-document cluster key of a person mention, so that
    ``link`` can give it the entity id once mentions are resolved across documents."""
    by_key = {m.key.casefold(): m.key for m in mentions if m.key}
    for quote in quotes:
        if not quote.speaker:
            continue
        key = by_key.get(quote.speaker.casefold())
        if key is None:
            # the speaker's fullest form may carry a title ("le président X"): find a cluster
            # key contained in it
            speaker = quote.speaker.casefold()
            candidates = [k for k in by_key if k and k in speaker]
            key = by_key[max(candidates, key=len)] if candidates else None
        quote.speaker_id = f"key:{key}" if key else None


def _cited_sources(document: Document, quotes: list[Quote], mentions: list[Mention]) -> list[str]:
    """Canonical names of the media and agencies the document credits: what the cleaner found
    ("Source: X") and the media named in a quote's ``via``."""
    names: list[str] = list(document.cited_sources)
    vias = [q.via for q in quotes if q.via]
    for m in mentions:
        if m.kind == "media" and any(m.text in via for via in vias):
            names.append(m.key or m.text)
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(canonical_source(name, document.language), None)
    return list(seen)


def canonical_source(name: str, lang: str | None = None) -> str:
    try:
        from .entities import canonical_name  # noqa: PLC0415
    except ImportError:
        return name.strip()
    found = canonical_name(name, lang)
    return found[0] if found else name.strip()


def process_batch(documents: list[Document], options: Options) -> list[DocumentResult]:
    """Parse a batch of cleaned documents, one ``nlp.pipe`` per language, in input order."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, document in enumerate(documents):
        by_lang[document.language].append(i)
    parsed: list[Any] = [None] * len(documents)
    for lang, indexes in by_lang.items():
        pipeline = nlp.load(lang, options.models.get(lang), options.stages, str(options.aliases) if options.aliases else None)
        if pipeline is None:
            continue
        texts = ((documents[i].text, i) for i in indexes)
        for doc, i in pipeline.pipe(texts, as_tuples=True, batch_size=options.batch_size):
            parsed[i] = doc
    return [to_result(document, doc) for document, doc in zip(documents, parsed)]


# -- the local engine -----------------------------------------------------------------------------

Progress = Callable[[str, int], None]  # (event, count): "read", "stored", "linked", ...


class Deduplicator:
    """Marks exact and near duplicates against the store and the documents not yet written.

    Only what is not in the store yet is kept in memory (the pending documents' hashes and
    signatures; earlier batches are found through the store), so memory stays flat however large
    the run. Both engines use it on the driver, in input order, so they mark the same documents.
    """

    def __init__(self, store: Store, summary: Summary):
        self.store = store
        self.summary = summary
        self.hashes: dict[str, str] = {}
        self.signatures: dict[str, tuple[bytes, list[tuple[int, int]]]] = {}
        self.pending: dict[str, Document] = {}

    def is_known(self, document: Document) -> bool:
        return document.id in self.pending or bool(self.store.known_ids([document.id]))

    def mark(self, document: Document, signature: tuple[bytes, list[tuple[int, int]]] | None = None) -> None:
        sig, bands = signature or fingerprint(document.text)
        self.signatures[document.id] = (sig, bands)
        original = self.hashes.get(document.content_hash) or self.store.id_for_hash(document.content_hash)
        if original:
            document.duplicate_of = original
            self.summary.duplicates += 1
        else:
            self.hashes[document.content_hash] = document.id
            candidates = self.store.lsh_candidates(bands)
            bucket_set = set(bands)
            for other in self.pending.values():  # pending documents are not in the store yet
                other_sig = self.signatures[other.id]
                if other.duplicate_of is None and bucket_set & set(other_sig[1]):
                    candidates[other.id] = other_sig[0]
            best = max(candidates.items(), key=lambda kv: jaccard(sig, kv[1]), default=None)
            if best and jaccard(sig, best[1]) >= NEAR_DUPLICATE_JACCARD:
                document.duplicate_of = best[0]
                self.summary.near_duplicates += 1
        self.pending[document.id] = document
        lang = document.language
        self.summary.languages[lang] = self.summary.languages.get(lang, 0) + 1

    def write(self, results: list[DocumentResult]) -> None:
        """Store these results in one transaction, then forget their documents."""
        self.store.write_batch(results, {r.document.id: self.signatures[r.document.id] for r in results if r.document.id in self.signatures})
        self.summary.stored += len(results)
        self.summary.quotes += sum(len(r.quotes) for r in results)
        for r in results:
            document = self.pending.pop(r.document.id, None)
            self.signatures.pop(r.document.id, None)
            if document is not None and self.hashes.get(document.content_hash) == document.id:
                del self.hashes[document.content_hash]


def _worker_init(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle, and a worker whose parent died (kill -9)
    exits instead of lingering (checked every second by a daemon thread)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            time.sleep(1)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="recoupe-parent-watch").start()


class Parsers:
    """Parses batches, in this process or in worker processes, and hands results back in
    submission order. At most two batches per worker are in flight, so memory stays flat.

    The first batch is parsed here; workers start with the second (a run of one batch — a few
    articles — does not pay for loading the models in every worker). Workers are started with
    ``spawn`` (a fork of a process holding BLAS threads can hang) and each loads its spaCy
    pipelines once."""

    def __init__(self, options: Options):
        self.options = options
        self.pool: ProcessPoolExecutor | None = None
        self.batches = 0
        self.window = 2 * max(options.jobs, 1)
        self.inflight: deque = deque()

    def submit(self, documents: list[Document]) -> Iterator[list[DocumentResult]]:
        """Queue a batch; yield the batches that are done, in order."""
        self.batches += 1
        if self.options.jobs > 1 and self.batches == 2:
            self.pool = ProcessPoolExecutor(self.options.jobs, mp_context=get_context("spawn"), initializer=_worker_init, initargs=(os.getpid(),))
        if self.pool is None:
            yield process_batch(documents, self.options)
            return
        self.inflight.append(self.pool.submit(process_batch, documents, self.options))
        while self.inflight and (len(self.inflight) > self.window or self.inflight[0].done()):
            yield self.inflight.popleft().result()

    def drain(self) -> Iterator[list[DocumentResult]]:
        while self.inflight:
            yield self.inflight.popleft().result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def analyze(paths: Iterable[str | Path], store: Store, options: Options | None = None, progress: Progress | None = None) -> Summary:
    """Read, clean, parse and store everything under ``paths``, then link across documents.
    Returns a summary; never raises for a bad input (it becomes a ``Rejection``)."""
    options = options or Options()
    summary = Summary()
    notify = progress or (lambda event, n: None)
    dedup = Deduplicator(store, summary)
    parsers = Parsers(options)
    batch: list[Document] = []

    def write(done: Iterable[list[DocumentResult]]) -> None:
        for results in done:
            dedup.write(results)
            notify("stored", len(results))

    try:
        for item in ingest.iter_articles(paths, max_bytes=options.max_bytes):
            if isinstance(item, Rejection):
                summary.rejected.append(item)
                notify("rejected", 1)
                continue
            summary.read += 1
            notify("read", 1)
            try:
                document = prepare(item)
            except ConfigError:
                raise  # the environment, not this article (e.g. no room to load the language identifier)
            except RecoupeError as exc:
                summary.rejected.append(Rejection(item.source, getattr(exc, "reason", str(exc))))
                notify("rejected", 1)
                continue
            if dedup.is_known(document):
                summary.unchanged += 1
                continue
            dedup.mark(document)
            batch.append(document)
            if len(batch) >= options.batch_size:
                write(parsers.submit(batch))
                batch = []
        if batch:
            write(parsers.submit(batch))
        write(parsers.drain())
    finally:
        parsers.close()
    summary.linked = link(store, options)
    notify("linked", summary.linked)
    return summary


# -- after the batches: across documents ----------------------------------------------------------

def link(store: Store, options: Options | None = None) -> int:
    """Resolve entities, stories, statements, provenance and corroboration for the documents not
    yet linked. One transaction; returns how many documents were linked."""
    from .crossdoc import link_pending  # noqa: PLC0415 (keeps the per-document half light for Spark)

    return link_pending(store, options or Options())


def iter_batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
