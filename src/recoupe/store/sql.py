"""What SQLite and PostgreSQL share: the tables, the upserts and the reads, in SQL both accept.

A backend (``sqlite.py``, ``postgres.py``) only supplies the connection, the migrations, the
transaction start, the full-text search and the translation of ``?`` placeholders.
Rows are read by column name (``sqlite3.Row`` and psycopg's ``dict_row`` both allow it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from ..model import Document, Entity, Mention, Quote, SourceEdge, Story
from .base import Store

JSON_DOC_FIELDS = ("removed", "translation_evidence", "cited_sources")
DOC_COLUMNS = (
    "id", "path", "url", "outlet", "title", "published", "language", "text", "removed",
    "content_hash", "duplicate_of", "translated_from", "translation_evidence", "cited_sources",
)
QUOTE_COLUMNS = (
    "id", "doc_id", "kind", "text", "start", "end", "speaker", "speaker_id", "speaker_mention",
    "cue", "via", "cluster",
)
#: Migrations 2 onwards, the same SQL on both backends (each backend's ``MIGRATIONS`` is its own
#: first migration, then these); a new migration goes here unless its SQL must differ
SHARED_MIGRATIONS: list[str] = [
    # 2: cross-document results
    """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, canonical TEXT NOT NULL, type TEXT NOT NULL, kind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, level TEXT NOT NULL, parent TEXT, label TEXT NOT NULL,
        doc_ids TEXT NOT NULL, first_seen TEXT, last_seen TEXT,
        entities TEXT NOT NULL DEFAULT '[]', statements TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE story_docs (story_id TEXT NOT NULL, doc_id TEXT NOT NULL, level TEXT NOT NULL);
    CREATE INDEX story_docs_doc ON story_docs(doc_id);
    CREATE TABLE sources (
        doc_id TEXT NOT NULL, outlet TEXT, cites TEXT NOT NULL, relation TEXT NOT NULL,
        PRIMARY KEY (doc_id, cites, relation)
    );
    CREATE INDEX sources_cites ON sources(cites);
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: indexes for the web app's reads, measured with bench/bench_web.py on 10,000 documents:
    # /stories 2.9 s -> 7 ms (story sizes counted per story), the story filter of /search and a
    # thread's events (by story, by parent), the language facet (covering index), the speakers'
    # quote counts (speaker and document from the index alone; replaces quotes_speaker), the
    # citation links of /outlets grouped from the index (41 -> 16 ms)
    """
    CREATE INDEX story_docs_story ON story_docs(story_id);
    CREATE INDEX stories_parent ON stories(parent);
    CREATE INDEX documents_language ON documents(language);
    DROP INDEX quotes_speaker;
    CREATE INDEX quotes_speaker_doc ON quotes(speaker_id, doc_id);
    CREATE INDEX sources_relation ON sources(relation, outlet, cites);
    """,
    # 4: the near-duplicate index looked up by document: rewriting a document's LSH rows
    # (write_batch: DELETE FROM lsh WHERE doc_id = ?) scanned the whole table for every stored
    # document, so analyze slowed down as the store grew (quadratic): at 46,000 stored documents,
    # 300 documents a minute and 114,000 page reads a second (RELIABILITY.md, Size)
    """
    CREATE INDEX lsh_doc ON lsh(doc_id);
    """,
    # 5: the story index's records (clusters, documents, statements, denials) as key/value rows,
    # read and written a few at a time while linking, so its memory stays bounded however large
    # the store (stories/spill.py); before, they were one JSON value in `state`, loaded whole
    """
    CREATE TABLE story_state (
        kind TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, name)
    );
    """,
]
#: rows fetched per page when streaming a table (keyset pagination: flat memory on any backend)
PAGE = 500


def cols(columns: Iterable[str], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{c}"' for c in columns)


class SQLStore(Store):
    #: exception classes of the driver that mean "cannot write" (disk full, read-only, locked)
    write_errors: tuple[type[BaseException], ...] = ()
    location: str = ""

    def __init__(self) -> None:
        self._depth = 0

    # -- to be supplied by a backend ------------------------------------------------------------
    def _execute(self, sql: str, params: Any = ()):  # returns a cursor
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Iterable[Any]) -> None:
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _rollback_if_open(self) -> None:
        self._execute("ROLLBACK")

    # -- transactions ---------------------------------------------------------------------------
    def _fail_write(self, exc: BaseException) -> StoreError:
        return StoreError(
            f"{self.location}: cannot write ({str(exc).strip()}): check free disk space and that the "
            "database is writable; nothing from this batch was stored"
        )

    @contextmanager
    def atomic(self):
        """Nestable transaction: savepoints inside an outer transaction. Rolled back on any
        exception, Ctrl-C included."""
        try:
            if self._depth == 0:
                self._begin()
            else:
                self._execute(f"SAVEPOINT sp{self._depth}")
        except self.write_errors as exc:
            raise self._fail_write(exc) from exc
        self._depth += 1
        try:
            yield
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                self._rollback_if_open()
            else:
                self._execute(f"ROLLBACK TO SAVEPOINT sp{self._depth}")
                self._execute(f"RELEASE SAVEPOINT sp{self._depth}")
            if isinstance(exc, self.write_errors) and not isinstance(exc, StoreError):
                raise self._fail_write(exc) from exc
            raise
        else:
            self._depth -= 1
            try:
                self._execute("COMMIT" if self._depth == 0 else f"RELEASE SAVEPOINT sp{self._depth}")
            except self.write_errors as exc:
                if self._depth == 0:
                    self._rollback_if_open()
                raise self._fail_write(exc) from exc

    # -- per-document writes --------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), PAGE):
            chunk = ids[i : i + PAGE]
            rows = self._execute(f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            found.update(r["id"] for r in rows)
        return found

    def id_for_hash(self, content_hash: str) -> str | None:
        row = self._execute(
            "SELECT id FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1", (content_hash,)
        ).fetchone()
        return row["id"] if row else None

    def lsh_candidates(self, bands: list[tuple[int, int]]) -> dict[str, bytes]:
        if not bands:
            return {}
        where = " OR ".join("(l.band = ? AND l.bucket = ?)" for _ in bands)
        rows = self._execute(
            f"SELECT DISTINCT s.doc_id AS doc_id, s.sig AS sig FROM lsh l JOIN signatures s ON s.doc_id = l.doc_id WHERE {where} LIMIT 200",
            [v for pair in bands for v in pair],
        )
        return {r["doc_id"]: bytes(r["sig"]) for r in rows}

    def write_batch(self, results, signatures) -> None:
        upsert = (
            f"INSERT INTO documents ({cols(DOC_COLUMNS)}) VALUES ({', '.join('?' * len(DOC_COLUMNS))}) "
            f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in DOC_COLUMNS[1:])}, linked = 0"
        )
        with self.atomic():
            for result in results:
                doc = result.document.to_dict()
                for name in JSON_DOC_FIELDS:
                    doc[name] = json.dumps(doc[name], ensure_ascii=False)
                self._execute(upsert, [doc[c] for c in DOC_COLUMNS])
                doc_id = result.document.id
                self._execute("DELETE FROM quotes WHERE doc_id = ?", (doc_id,))
                self._execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
                self._executemany(
                    f"INSERT INTO quotes ({cols(QUOTE_COLUMNS)}) VALUES ({', '.join('?' * len(QUOTE_COLUMNS))})",
                    [[getattr(q, c) for c in QUOTE_COLUMNS] for q in result.quotes],
                )
                self._executemany(
                    'INSERT INTO mentions (doc_id, start, "end", text, label, key, kind, entity_id) VALUES (?,?,?,?,?,?,?,?) '
                    'ON CONFLICT (doc_id, start, "end") DO NOTHING',
                    [(doc_id, m.start, m.end, m.text, m.label, m.key, m.kind, m.entity_id) for m in result.mentions],
                )
                if doc_id in signatures:
                    sig, bands = signatures[doc_id]
                    self._execute("DELETE FROM signatures WHERE doc_id = ?", (doc_id,))
                    self._execute("INSERT INTO signatures (doc_id, sig) VALUES (?, ?)", (doc_id, sig))
                    self._execute("DELETE FROM lsh WHERE doc_id = ?", (doc_id,))
                    self._executemany(
                        "INSERT INTO lsh (band, bucket, doc_id) VALUES (?, ?, ?)",
                        [(band, bucket, doc_id) for band, bucket in bands],
                    )

    # -- derived data ---------------------------------------------------------------------------
    def pending_ids(self) -> list[str]:
        # in the order the story index places documents (published date, then id), so linking
        # them in chunks places them exactly as linking them all at once would
        rows = self._execute("SELECT id, published FROM documents WHERE linked = 0").fetchall()
        return [r["id"] for r in sorted(rows, key=lambda r: (r["published"] or "9999", r["id"]))]

    def save_links(self, mention_entities: dict[tuple[str, int, int], str],
                   quote_updates: dict[str, dict[str, Any]]) -> None:
        with self.atomic():
            self._executemany(
                'UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND start = ? AND "end" = ?',
                [(eid, d, s, e) for (d, s, e), eid in mention_entities.items()],
            )
            for quote_id, changes in quote_updates.items():
                assignments = ", ".join(f'"{k}" = ?' for k in changes)
                self._execute(f"UPDATE quotes SET {assignments} WHERE id = ?", [*changes.values(), quote_id])

    def story_backing(self) -> StoryBacking:
        return StoryBacking(self)

    def save_derived(self, *, entities, mention_entities, quote_updates, stories, edges, state, linked_ids) -> None:
        with self.atomic():
            self._executemany("UPDATE documents SET linked = 1 WHERE id = ?", [(i,) for i in linked_ids])
            self._execute("DELETE FROM entities")
            self._executemany(
                "INSERT INTO entities (id, canonical, type, kind, aliases) VALUES (?,?,?,?,?)",
                [(e.id, e.canonical, e.type, e.kind, json.dumps(e.aliases, ensure_ascii=False)) for e in entities],
            )
            self.save_links(mention_entities, quote_updates)
            self._execute("DELETE FROM stories")
            self._execute("DELETE FROM story_docs")
            # stories and edges may be generators that read the store as they go (the story
            # index streams them): written a page at a time, never with a read inside a write
            for page in _pages(stories):
                self._executemany(
                    "INSERT INTO stories (id, level, parent, label, doc_ids, first_seen, last_seen, entities, statements) VALUES (?,?,?,?,?,?,?,?,?)",
                    [(s.id, s.level, s.parent, s.label, json.dumps(s.doc_ids), s.first_seen, s.last_seen,
                      json.dumps(s.entities), json.dumps(s.statements, ensure_ascii=False)) for s in page],
                )
                self._executemany(
                    "INSERT INTO story_docs (story_id, doc_id, level) VALUES (?,?,?)",
                    [(s.id, d, s.level) for s in page for d in s.doc_ids],
                )
            self._execute("DELETE FROM sources")
            for page in _pages(edges):
                self._executemany(
                    "INSERT INTO sources (doc_id, outlet, cites, relation) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                    [(e.doc_id, e.outlet, e.cites, e.relation) for e in page],
                )
            self._executemany(
                "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(key, json.dumps(value, ensure_ascii=False)) for key, value in state.items()],
            )

    def get_state(self, key: str) -> Any | None:
        row = self._execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row["value"]) if row else None

    # -- reads ----------------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {"documents", "quotes", "mentions", "entities", "stories", "sources"}:
            raise StoreError(f"unknown table {table!r}: one of documents, quotes, mentions, entities, stories, sources")
        return self._execute(f"SELECT count(*) AS n FROM {table}").fetchone()["n"]

    @staticmethod
    def _doc(row: Any) -> Document:
        data = {c: row[c] for c in DOC_COLUMNS}
        for name in JSON_DOC_FIELDS:
            data[name] = json.loads(data[name])
        return Document(**data)

    def _doc_pages(self) -> Iterator[list[Any]]:
        """Every document row in storage order, a page at a time (keyset pagination on seq)."""
        last = -1
        while True:
            rows = self._execute(
                f"SELECT seq, {cols(DOC_COLUMNS)} FROM documents WHERE seq > ? ORDER BY seq LIMIT {PAGE}", (last,)
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1]["seq"]

    def documents(self, ids=None) -> Iterator[Document]:
        if ids is None:
            for page in self._doc_pages():
                yield from (self._doc(r) for r in page)
            return
        for doc_id in ids:
            doc = self.document(doc_id)
            if doc is not None:
                yield doc

    def document(self, doc_id: str) -> Document | None:
        row = self._execute(f"SELECT {cols(DOC_COLUMNS)} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._doc(row) if row else None

    def _per_document(self, select: str, order: str, make) -> Iterator[Any]:
        """Rows of a per-document table for every document, in document order, page by page."""
        for page in self._doc_pages():
            ids = [r["id"] for r in page]
            rank = {doc_id: i for i, doc_id in enumerate(ids)}
            rows = self._execute(f"{select} WHERE doc_id IN ({','.join('?' * len(ids))})", ids).fetchall()
            rows.sort(key=lambda r: (rank[r["doc_id"]], *(r[k] for k in order)))
            yield from (make(r) for r in rows)

    def quotes(self, doc_id=None) -> Iterator[Quote]:
        select = f"SELECT {cols(QUOTE_COLUMNS)} FROM quotes"
        make = lambda r: Quote(**{c: r[c] for c in QUOTE_COLUMNS})  # noqa: E731
        if doc_id is None:
            yield from self._per_document(select, ("start", "id"), make)
        else:
            yield from (make(r) for r in self._execute(select + " WHERE doc_id = ? ORDER BY start, id", (doc_id,)))

    _MENTION_SELECT = 'SELECT doc_id, text, start, "end", label, key, entity_id, kind FROM mentions'

    @staticmethod
    def _mention(r: Any) -> Mention:
        return Mention(r["doc_id"], r["text"], r["start"], r["end"], r["label"], r["key"], r["entity_id"], r["kind"])

    def mentions(self, doc_id=None) -> Iterator[Mention]:
        if doc_id is None:
            yield from self._per_document(self._MENTION_SELECT, ("start",), self._mention)
        else:
            rows = self._execute(self._MENTION_SELECT + " WHERE doc_id = ? ORDER BY start", (doc_id,))
            yield from (self._mention(r) for r in rows)

    def entities(self) -> Iterator[Entity]:
        rows = self._execute("SELECT id, canonical, type, kind, aliases FROM entities ORDER BY id").fetchall()
        for row in rows:
            mentions = self._execute(
                'SELECT m.doc_id AS doc_id, m.text AS text, m.start AS start, m."end" AS "end" FROM mentions m '
                "JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? ORDER BY d.seq, m.start",
                (row["id"],),
            ).fetchall()
            yield Entity(
                row["id"], row["canonical"], row["type"], json.loads(row["aliases"]),
                [{"doc_id": m["doc_id"], "text": m["text"], "start": m["start"], "end": m["end"]} for m in mentions],
                row["kind"],
            )

    def stories(self) -> Iterator[Story]:
        for row in self._execute("SELECT * FROM stories ORDER BY level DESC, id").fetchall():
            yield Story(
                row["id"], row["level"], row["parent"], row["label"], json.loads(row["doc_ids"]),
                row["first_seen"], row["last_seen"], json.loads(row["entities"]), json.loads(row["statements"]),
            )

    def edges(self) -> Iterator[SourceEdge]:
        yield from self._per_document(
            "SELECT doc_id, outlet, cites, relation FROM sources", ("cites", "relation"),
            lambda r: SourceEdge(r["doc_id"], r["outlet"], r["cites"], r["relation"]),
        )


def _pages(items: Iterable[Any], size: int | None = None) -> Iterator[list[Any]]:
    size = size or PAGE
    page: list[Any] = []
    for item in items:
        page.append(item)
        if len(page) == size:
            yield page
            page = []
    if page:
        yield page


class StoryBacking:
    """The story index's records in the ``story_state`` table (``stories.spill.Backing``).

    Used inside the linking transaction: what it writes commits or rolls back with the rest."""

    #: rows read per query while scanning a kind (keyset pagination: no cursor is held open
    #: while the caller writes on the same connection)
    PAGE = 1000

    def __init__(self, store: SQLStore) -> None:
        self.store = store

    def get(self, kind: str, key: str) -> Any | None:
        row = self.store._execute("SELECT value FROM story_state WHERE kind = ? AND name = ?", (kind, key)).fetchone()
        return json.loads(row["value"]) if row else None

    def put(self, kind: str, items: Iterable[tuple[str, Any]]) -> None:
        self.store._executemany(
            "INSERT INTO story_state (kind, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT (kind, name) DO UPDATE SET value = excluded.value",
            [(kind, key, json.dumps(value, ensure_ascii=False, separators=(",", ":"))) for key, value in items],
        )

    def scan(self, kind: str) -> Iterator[tuple[str, Any]]:
        last = ""
        while True:
            rows = self.store._execute(
                "SELECT name, value FROM story_state WHERE kind = ? AND name > ? ORDER BY name LIMIT ?",
                (kind, last, self.PAGE)).fetchall()
            for row in rows:
                yield row["name"], json.loads(row["value"])
            if len(rows) < self.PAGE:
                return
            last = rows[-1]["name"]

