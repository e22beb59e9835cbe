"""SQLite backend: WAL, versioned migrations, one transaction per batch, FTS5 full-text index.

All SQLite-specific SQL lives here; what both backends share is in ``sql.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .sql import SHARED_MIGRATIONS, SQLStore

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
        cited_sources TEXT NOT NULL DEFAULT '[]', seq INTEGER UNIQUE,
        linked INTEGER NOT NULL DEFAULT 0  -- 1 once entities/stories include it
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published ON documents(published);
    CREATE TRIGGER documents_seq AFTER INSERT ON documents WHEN new.seq IS NULL BEGIN
        UPDATE documents SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM documents) WHERE rowid = new.rowid;
    END;
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
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    *SHARED_MIGRATIONS,
]


class SQLiteStore(SQLStore):
    dialect = "sqlite"
    write_errors = (sqlite3.OperationalError,)

    def __init__(self, path: str | Path = "recoupe.db"):
        super().__init__()
        self.path = self.location = str(path)
        if self.path != ":memory:" and Path(self.path).is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file: give a file name with --db")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")
            # fails early with "file is not a database" on a foreign file, before any write
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}): check the path and permissions, or pass another --db") from exc

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: database schema version {version} is newer than this recoupe "
                f"understands ({len(MIGRATIONS)}): upgrade recoupe"
            )
        for number in range(version, len(MIGRATIONS)):
            with self.atomic():
                for statement in _split_sql(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def close(self) -> None:
        self.conn.close()

    def _execute(self, sql: str, params: Any = ()):
        return self.conn.execute(sql, params)

    def _executemany(self, sql: str, rows: Iterable[Any]) -> None:
        self.conn.executemany(sql, rows)

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _rollback_if_open(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

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
