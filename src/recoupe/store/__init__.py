"""Storage: ``open_store`` picks the backend from a path or a database URL."""

from __future__ import annotations

import os

from ..errors import ConfigError
from .base import Store
from .sqlite import SQLiteStore

__all__ = ["Store", "SQLiteStore", "open_store"]


def open_store(db: str | None = None, database_url: str | None = None) -> Store:
    """SQLite at ``db`` (default ``recoupe.db``), or the database named by ``database_url`` /
    ``$RECOUPE_DATABASE_URL``."""
    url = database_url or os.environ.get("RECOUPE_DATABASE_URL")
    if url:
        if url.startswith(("postgresql://", "postgres://")):
            try:
                from .postgres import PostgresStore  # noqa: PLC0415 (optional backend)
            except ImportError as exc:
                raise ConfigError(f"PostgreSQL backend unavailable ({exc}): pip install 'recoupe[postgres]'") from exc
            return PostgresStore(url)
        if url.startswith("sqlite:///"):
            return SQLiteStore(url[len("sqlite:///"):])
        raise ConfigError(f"unsupported database URL {url!r}: use postgresql://… or sqlite:///FILE")
    return SQLiteStore(db or "recoupe.db")
