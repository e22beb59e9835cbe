"""SQLite backend: WAL, versioned migrations, one transaction per batch, FTS5 full-text index.

All SQLite-specific SQL lives here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Document, DocumentResult, Entity, Mention, Quote, SourceEdge, Story
from .base import Store

#: Versioned migrations: index i brings the schema from version i to i + 1. Never edit a shipped
#: migration; append a new one.
MIGRATIONS: list[str] = [
    # 1: documents, quotes, mentions, near-duplicate signatures, full-text index
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT, url TEXT, outlet TEXT,
        title TEXT NOT NULL, published TEXT, language TEXT NOT NULL, text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]', content_hash TEXT NOT NULL, duplicate_of TEXT,
        translated_from TEXT, translation_evidence TEXT NOT NULL DEFAULT '[]',
        cited_sources TEXT NOT NULL DEFAULT '[]', seq INTEGER,
        linked INTEGER NOT NULL DEFAULT 0  -- 1 once entities/stories include it
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_linked ON documents(linked);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        speaker TEXT, speaker_id TEXT, speaker_mention TEXT, cue TEXT, via TEXT,
        cluster TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX quotes_doc ON quotes(doc_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
        key TEXT NOT NULL DEFAULT '', kind TEXT, entity_id TEXT,
        PRIMARY KEY (doc_id, start, "end")
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE signatures (doc_id TEXT PRIMARY KEY, sig BLOB NOT NULL);
    CREATE TABLE lsh (band INTEGER NOT NULL, bucket INTEGER NOT NULL, doc_id TEXT NOT NULL);
    CREATE INDEX lsh_bucket ON lsh(band, bucket);
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
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
]

_JSON_DOC_FIELDS = ("removed", "translation_evidence", "cited_sources")
_DOC_COLUMNS = (
    "id", "path", "url", "outlet", "title", "published", "language", "text", "removed",
    "content_hash", "duplicate_of", "translated_from", "translation_evidence", "cited_sources",
)
_QUOTE_COLUMNS = (
    "id", "doc_id", "kind", "text", "start", "end", "speaker", "speaker_id", "speaker_mention",
    "cue", "via", "cluster",
)


def _q(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str | Path = "recoupe.db"):
        self.path = str(path)
        try:
            if self.path != ":memory:" and Path(self.path).is_dir():
                raise StoreError(f"{self.path}: is a folder, not a database file: give a file name with --db")
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self._check_file()
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}): check the path and permissions, or pass another --db") from exc
        self._depth = 0

    # -- life cycle -----------------------------------------------------------------------------
    def _check_file(self) -> None:
        # Fails early with "file is not a database" on a foreign file, before we write anything.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: database schema version {version} is newer than this recoupe "
                f"understands ({len(MIGRATIONS)}): upgrade recoupe"
            )
        for number in range(version, len(MIGRATIONS)):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def atomic(self):
        """Nestable transaction (savepoints inside an outer BEGIN)."""
        if self._depth == 0:
            self._write("BEGIN IMMEDIATE")
        else:
            self._write(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            if isinstance(exc, sqlite3.OperationalError):
                raise StoreError(
                    f"{self.path}: cannot write ({exc}): check free disk space and that the file is writable; nothing from this batch was stored"
                ) from exc
            raise
        else:
            self._depth -= 1
            try:
                if self._depth == 0:
                    self.conn.execute("COMMIT")
                else:
                    self.conn.execute(f"RELEASE sp{self._depth}")
            except sqlite3.OperationalError as exc:
                if self._depth == 0 and self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(f"{self.path}: could not commit ({exc}): nothing from this batch was stored") from exc

    def _write(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write ({exc}): check free disk space and that the file is writable") from exc

    def _writemany(self, sql: str, rows: Iterable[Any]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write ({exc}): check free disk space and that the file is writable") from exc

    # -- per-document writes --------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.conn.execute(
                f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update(r[0] for r in rows)
        return found

    def id_for_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def lsh_candidates(self, bands: list[tuple[int, int]]) -> dict[str, bytes]:
        if not bands:
            return {}
        where = " OR ".join("(l.band = ? AND l.bucket = ?)" for _ in bands)
        params = [v for pair in bands for v in pair]
        rows = self.conn.execute(
            f"SELECT DISTINCT s.doc_id, s.sig FROM lsh l JOIN signatures s ON s.doc_id = l.doc_id WHERE {where} LIMIT 200",
            params,
        )
        return {r[0]: r[1] for r in rows}

    def write_batch(self, results, signatures) -> None:
        with self.atomic():
            seq = self.conn.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0]
            for result in results:
                seq += 1
                doc = result.document.to_dict()
                for name in _JSON_DOC_FIELDS:
                    doc[name] = json.dumps(doc[name], ensure_ascii=False)
                values = [doc[c] for c in _DOC_COLUMNS]
                self._write(
                    f"INSERT INTO documents ({_q(_DOC_COLUMNS)}, seq) VALUES ({', '.join('?' * len(_DOC_COLUMNS))}, ?) "
                    f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in _DOC_COLUMNS[1:])}",
                    [*values, seq],
                )
                doc_id = result.document.id
                self._write("DELETE FROM quotes WHERE doc_id = ?", (doc_id,))
                self._write("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
                self._writemany(
                    f"INSERT OR REPLACE INTO quotes ({_q(_QUOTE_COLUMNS)}) VALUES ({', '.join('?' * len(_QUOTE_COLUMNS))})",
                    [[q.to_dict()[c] for c in _QUOTE_COLUMNS] for q in result.quotes],
                )
                self._writemany(
                    'INSERT OR REPLACE INTO mentions (doc_id, start, "end", text, label, key, kind, entity_id) VALUES (?,?,?,?,?,?,?,?)',
                    [(doc_id, m.start, m.end, m.text, m.label, m.key, m.kind, m.entity_id) for m in result.mentions],
                )
                if doc_id in signatures:
                    sig, bands = signatures[doc_id]
                    self._write("INSERT OR REPLACE INTO signatures (doc_id, sig) VALUES (?, ?)", (doc_id, sig))
                    self._write("DELETE FROM lsh WHERE doc_id = ?", (doc_id,))
                    self._writemany(
                        "INSERT INTO lsh (band, bucket, doc_id) VALUES (?, ?, ?)",
                        [(band, bucket, doc_id) for band, bucket in bands],
                    )

    # -- derived data ---------------------------------------------------------------------------
    def pending_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE linked = 0 ORDER BY seq")]

    def save_derived(self, *, entities, mention_entities, quote_updates, stories, edges, state, linked_ids) -> None:
        with self.atomic():
            self._writemany("UPDATE documents SET linked = 1 WHERE id = ?", [(i,) for i in linked_ids])
            self._write("DELETE FROM entities")
            self._writemany(
                "INSERT INTO entities (id, canonical, type, kind, aliases) VALUES (?,?,?,?,?)",
                [(e.id, e.canonical, e.type, e.kind, json.dumps(e.aliases, ensure_ascii=False)) for e in entities],
            )
            self._writemany(
                'UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND start = ? AND "end" = ?',
                [(eid, d, s, e) for (d, s, e), eid in mention_entities.items()],
            )
            for quote_id, changes in quote_updates.items():
                cols = ", ".join(f'"{k}" = ?' for k in changes)
                self._write(f"UPDATE quotes SET {cols} WHERE id = ?", [*changes.values(), quote_id])
            self._write("DELETE FROM stories")
            self._write("DELETE FROM story_docs")
            for s in stories:
                self._write(
                    "INSERT INTO stories (id, level, parent, label, doc_ids, first_seen, last_seen, entities, statements) VALUES (?,?,?,?,?,?,?,?,?)",
                    (s.id, s.level, s.parent, s.label, json.dumps(s.doc_ids), s.first_seen, s.last_seen,
                     json.dumps(s.entities), json.dumps(s.statements, ensure_ascii=False)),
                )
                self._writemany(
                    "INSERT INTO story_docs (story_id, doc_id, level) VALUES (?,?,?)",
                    [(s.id, d, s.level) for d in s.doc_ids],
                )
            self._write("DELETE FROM sources")
            self._writemany(
                "INSERT OR IGNORE INTO sources (doc_id, outlet, cites, relation) VALUES (?,?,?,?)",
                [(e.doc_id, e.outlet, e.cites, e.relation) for e in edges],
            )
            for key, value in state.items():
                self._write(
                    "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )

    def get_state(self, key: str) -> Any | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    # -- reads ----------------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {"documents", "quotes", "mentions", "entities", "stories", "sources"}:
            raise StoreError(f"unknown table {table!r}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    @staticmethod
    def _doc(row: sqlite3.Row) -> Document:
        data = {c: row[c] for c in _DOC_COLUMNS}
        for name in _JSON_DOC_FIELDS:
            data[name] = json.loads(data[name])
        return Document(**data)

    def documents(self, ids=None) -> Iterator[Document]:
        if ids is None:
            cursor = self.conn.execute(f"SELECT {_q(_DOC_COLUMNS)} FROM documents ORDER BY seq")
            for row in cursor:
                yield self._doc(row)
            return
        for doc_id in ids:
            doc = self.document(doc_id)
            if doc is not None:
                yield doc

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(f"SELECT {_q(_DOC_COLUMNS)} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._doc(row) if row else None

    def quotes(self, doc_id=None) -> Iterator[Quote]:
        sql = "SELECT " + ", ".join(f'q."{c}"' for c in _QUOTE_COLUMNS) + " FROM quotes q"
        if doc_id is None:
            cursor = self.conn.execute(sql + " JOIN documents d ON d.id = q.doc_id ORDER BY d.seq, q.start, q.id")
        else:
            cursor = self.conn.execute(sql + " WHERE q.doc_id = ? ORDER BY q.start, q.id", (doc_id,))
        for row in cursor:
            yield Quote(**{c: row[c] for c in _QUOTE_COLUMNS})

    def mentions(self, doc_id=None) -> Iterator[Mention]:
        sql = 'SELECT m.doc_id, m.text, m.start, m."end", m.label, m.key, m.entity_id, m.kind FROM mentions m'
        if doc_id is None:
            cursor = self.conn.execute(sql + " JOIN documents d ON d.id = m.doc_id ORDER BY d.seq, m.start")
        else:
            cursor = self.conn.execute(sql + " WHERE m.doc_id = ? ORDER BY m.start", (doc_id,))
        for row in cursor:
            yield Mention(*row)

    def entities(self) -> Iterator[Entity]:
        for row in self.conn.execute("SELECT id, canonical, type, kind, aliases FROM entities ORDER BY id"):
            mentions = [
                {"doc_id": m[0], "text": m[1], "start": m[2], "end": m[3]}
                for m in self.conn.execute(
                    'SELECT m.doc_id, m.text, m.start, m."end" FROM mentions m JOIN documents d ON d.id = m.doc_id '
                    "WHERE m.entity_id = ? ORDER BY d.seq, m.start",
                    (row["id"],),
                )
            ]
            yield Entity(row["id"], row["canonical"], row["type"], json.loads(row["aliases"]), mentions, row["kind"])

    def stories(self) -> Iterator[Story]:
        for row in self.conn.execute("SELECT * FROM stories ORDER BY level DESC, id"):
            yield Story(
                row["id"], row["level"], row["parent"], row["label"], json.loads(row["doc_ids"]),
                row["first_seen"], row["last_seen"], json.loads(row["entities"]), json.loads(row["statements"]),
            )

    def edges(self) -> Iterator[SourceEdge]:
        for row in self.conn.execute(
            "SELECT s.doc_id, s.outlet, s.cites, s.relation FROM sources s JOIN documents d ON d.id = s.doc_id ORDER BY d.seq, s.cites, s.relation"
        ):
            yield SourceEdge(*row)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        fts = _fts_query(query)
        if not fts:
            return []
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.outlet, d.published, d.language, "
            "snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(documents_fts) AS rank "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (fts, limit, offset),
        )
        return [dict(r) for r in rows]


def _fts_query(query: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word quoted (no FTS syntax errors
    from user input), all words required."""
    words = [w.replace('"', '""') for w in query.split() if w.strip('"')]
    return " ".join(f'"{w}"' for w in words)


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (triggers contain ';' inside BEGIN … END)."""
    statements, buffer = [], []
    for line in script.splitlines():
        buffer.append(line)
        text = "\n".join(buffer).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            statements.append(text)
            buffer = []
    rest = "\n".join(buffer).strip()
    if rest:
        statements.append(rest)
    return statements
