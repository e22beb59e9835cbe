"""PostgreSQL backend (psycopg 3): the same tables and migrations as SQLite, French and English
full-text search on a generated ``tsvector``, safe for concurrent writers.

Selected by ``--database-url postgresql://…`` or ``$RECOUPE_DATABASE_URL``. A ``schema`` query
parameter (``postgresql://host/db?options=-csearch_path%3Dmyschema``) works as usual with libpq.
All PostgreSQL-specific SQL lives here; what both backends share is in ``sql.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import psycopg
from psycopg.rows import dict_row

from ..errors import StoreError
from .sql import SHARED_MIGRATIONS, SQLStore

#: Versioned migrations, in step with ``sqlite.MIGRATIONS`` (same tables and columns).
MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, path TEXT NOT NULL, source TEXT, url TEXT, outlet TEXT,
        title TEXT NOT NULL, published TEXT, language TEXT NOT NULL, text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]', content_hash TEXT NOT NULL, duplicate_of TEXT,
        translated_from TEXT, translation_evidence TEXT NOT NULL DEFAULT '[]',
        cited_sources TEXT NOT NULL DEFAULT '[]', seq BIGSERIAL UNIQUE,
        linked INTEGER NOT NULL DEFAULT 0,
        search tsvector GENERATED ALWAYS AS (
            CASE WHEN language = 'en' THEN to_tsvector('recoupe_english', title || ' ' || text)
                 ELSE to_tsvector('recoupe_french', title || ' ' || text) END
        ) STORED
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_linked ON documents(linked);
    CREATE INDEX documents_search ON documents USING GIN (search);
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
    CREATE TABLE signatures (doc_id TEXT PRIMARY KEY, sig BYTEA NOT NULL);
    CREATE TABLE lsh (band INTEGER NOT NULL, bucket BIGINT NOT NULL, doc_id TEXT NOT NULL);
    CREATE INDEX lsh_bucket ON lsh(band, bucket);
    """,
    *SHARED_MIGRATIONS,
]

#: any constant to serialise migrations and batch writers across processes
_LOCK = 0x7265636F  # "reco"
_PLACEHOLDER = re.compile(r"\?")


class PostgresStore(SQLStore):
    dialect = "postgresql"
    write_errors = (psycopg.OperationalError, psycopg.errors.ReadOnlySqlTransaction, psycopg.errors.DiskFull, psycopg.errors.InsufficientPrivilege)

    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self.location = re.sub(r"//[^@/]*@", "//", url)  # never print a password
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            self._migrate()
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot open the database ({str(exc).strip()}): check the URL and that PostgreSQL is running") from exc

    def _migrate(self) -> None:
        with self.atomic():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS recoupe_schema (version INTEGER NOT NULL)")
            row = self.conn.execute("SELECT max(version) AS v FROM recoupe_schema").fetchone()
            version = row["v"] or 0
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"{self.location}: database schema version {version} is newer than this recoupe understands ({len(MIGRATIONS)}): upgrade recoupe"
                )
            for number in range(version, len(MIGRATIONS)):
                if number == 0:
                    self._text_search_configs()
                self.conn.execute(MIGRATIONS[number])
                self.conn.execute("INSERT INTO recoupe_schema (version) VALUES (%s)", (number + 1,))

    def _text_search_configs(self) -> None:
        """``recoupe_french`` and ``recoupe_english``: the stock configurations, accent-insensitive
        through the ``unaccent`` extension when the database has it or lets us create it (a user
        typing "frontiere" finds "frontière"); plain stock configurations otherwise."""
        self.conn.execute("SAVEPOINT unaccent")
        try:
            self.conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            self.conn.execute("RELEASE SAVEPOINT unaccent")
            row = self.conn.execute(
                "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                "WHERE e.extname = 'unaccent'"
            ).fetchone()
            unaccent = f'"{row["schema"]}".unaccent'  # the extension may live in another schema
        except psycopg.Error:
            self.conn.execute("ROLLBACK TO SAVEPOINT unaccent")
            unaccent = None
        for lang in ("french", "english"):
            self.conn.execute(f"CREATE TEXT SEARCH CONFIGURATION recoupe_{lang} (COPY = {lang})")
            if unaccent:
                self.conn.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION recoupe_{lang} "
                    f"ALTER MAPPING FOR hword, hword_part, word WITH {unaccent}, {lang}_stem"
                )

    def close(self) -> None:
        self.conn.close()

    def _execute(self, sql: str, params: Any = ()):
        return self.conn.execute(_PLACEHOLDER.sub("%s", sql), params)

    def _executemany(self, sql: str, rows: Iterable[Any]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(_PLACEHOLDER.sub("%s", sql), rows)

    def _begin(self) -> None:
        self.conn.execute("BEGIN")
        # one writer at a time per database: concurrent `analyze` runs serialise their batches
        # instead of deadlocking on the same rows
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))

    def _rollback_if_open(self) -> None:
        if self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            self.conn.execute("ROLLBACK")

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        if not query.strip():
            return []
        rows = self.conn.execute(
            "WITH q AS (SELECT plainto_tsquery('recoupe_french', %(q)s) || plainto_tsquery('recoupe_english', %(q)s) AS query) "
            "SELECT d.id, d.title, d.outlet, d.published, d.language, "
            "ts_headline(CASE WHEN d.language = 'en' THEN 'recoupe_english' ELSE 'recoupe_french' END::regconfig, d.text, q.query, "
            "'StartSel=[, StopSel=], MaxWords=24, MinWords=8, FragmentDelimiter=\" … \"') AS snippet, "
            "-ts_rank(d.search, q.query) AS rank "
            "FROM documents d, q WHERE d.search @@ q.query ORDER BY rank, d.seq LIMIT %(limit)s OFFSET %(offset)s",
            {"q": query, "limit": limit, "offset": offset},
        )
        return [dict(r) for r in rows]
