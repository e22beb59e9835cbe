"""Shared fixtures. ``store`` runs a test against every backend: SQLite, and PostgreSQL at
``$RECOUPE_TEST_DATABASE_URL`` (default postgresql://postgres@127.0.0.1:5432/test), each test in
a schema of its own. Where PostgreSQL is not reachable the PostgreSQL half is skipped with the
reason, except under CI (``CI`` set), where that is a failure: CI must test both."""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

PG_URL = os.environ.get("RECOUPE_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_available() -> str | None:
    try:
        import psycopg
    except ImportError as exc:
        return f"psycopg not installed ({exc})"
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.Error as exc:
        return f"PostgreSQL not reachable at {PG_URL} ({str(exc).strip()[:120]})"
    return None


@pytest.fixture(scope="session")
def pg_base_url():
    problem = _pg_available()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL too: {problem}")
        pytest.skip(problem)
    return PG_URL


@pytest.fixture
def pg_url(pg_base_url):
    """A database URL whose search_path is a fresh schema, dropped after the test."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_base_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg_base_url else "?"
    yield f"{pg_base_url}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(pg_base_url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path):
    """(kind, how to open it): a fresh database of each backend."""
    if request.param == "sqlite":
        return {"db": str(tmp_path / "test.db"), "database_url": None}
    url = request.getfixturevalue("pg_url")
    return {"db": None, "database_url": url}


@pytest.fixture
def store(backend):
    from recoupe.store import open_store

    s = open_store(backend["db"], backend["database_url"])
    yield s
    s.close()
