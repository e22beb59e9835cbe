"""``recoupe serve`` and ``recoupe report``: click commands for the lead's ``cli.main`` to register
(``main.add_command(serve_command)``, ``main.add_command(report_command)``). Thin shells over
``web.app.serve`` and ``report.report`` mapping library errors to a message and an exit code
(2: usage or configuration, 1: the store failed)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ConfigError, RecoupeError

DB_HELP = "SQLite database file (default ./recoupe.db)."
URL_HELP = "postgresql://… to use PostgreSQL instead of SQLite (or set RECOUPE_DATABASE_URL)."


def _fail(message: str, code: int) -> None:
    click.echo(f"recoupe: {message}", err=True)
    sys.exit(code)


@click.command("serve")
@click.option("--db", default="recoupe.db", show_default=True, help=DB_HELP)
@click.option("--database-url", envvar="RECOUPE_DATABASE_URL", help=URL_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (0.0.0.0 exposes the server to the network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve_command(db: str, database_url: str | None, host: str, port: int) -> None:
    """The web UI and the HTTP API (OpenAPI at /docs), read-only over the database.

    Set RECOUPE_TOKEN to enable POST /api/analyze (uploads of new articles, with
    'Authorization: Bearer <token>')."""
    from .app import serve  # noqa: PLC0415 (FastAPI only when serving)

    try:
        serve(db, database_url, host, port)
    except ConfigError as exc:
        _fail(str(exc), 2)
    except RecoupeError as exc:
        _fail(str(exc), 1)


@click.command("report")
@click.option("--db", default="recoupe.db", show_default=True, help=DB_HELP)
@click.option("--database-url", envvar="RECOUPE_DATABASE_URL", help=URL_HELP)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write.")
@click.option("--story", "story_id", metavar="ID", help="Only this story (a thread brings its events along).")
def report_command(db: str, database_url: str | None, out: Path, story_id: str | None) -> None:
    """A self-contained HTML dossier: opens offline, makes no request, prints cleanly."""
    from ..report import report  # noqa: PLC0415
    from ..store import open_store  # noqa: PLC0415

    if database_url is None and not Path(db).is_file():
        _fail(f"{db}: no such database: run 'recoupe analyze PATH --db {db}' first", 2)
    try:
        store = open_store(db, database_url)
    except RecoupeError as exc:
        _fail(str(exc), 2)
    try:
        path = report(store, out, story_id)
    except ConfigError as exc:
        _fail(str(exc), 2)
    except RecoupeError as exc:
        _fail(str(exc), 1)
    finally:
        store.close()
    if sys.stderr.isatty():
        click.echo(f"wrote {path}", err=True)
