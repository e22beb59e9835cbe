"""``recoupe`` on the command line: thin shells over the library.

Exit codes (shared/spec/OUTPUT.md): 0 all inputs processed; 1 some inputs rejected (each named on
stderr with its reason) or the store failed; 2 usage error (click's own, and bad options).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import ConfigError, RecoupeError, StoreError

DB_HELP = "SQLite database file (default ./recoupe.db)."
URL_HELP = "postgresql://… to use PostgreSQL instead of SQLite (or set RECOUPE_DATABASE_URL)."


def _fail(message: str, code: int) -> None:
    click.echo(f"recoupe: {message}", err=True)
    sys.exit(code)


@contextmanager
def _errors_to_exit() -> Iterator[None]:
    """Library errors → one line on stderr and the exit code: 2 for configuration, 1 otherwise."""
    try:
        yield
    except ConfigError as exc:
        _fail(str(exc), 2)
    except RecoupeError as exc:
        _fail(str(exc), 1)


def _open(db: str | None, database_url: str | None, *, must_exist: bool = False):
    """Open the store; a database that cannot be opened is a usage error (exit 2). With
    ``must_exist``, a missing SQLite file is refused rather than created empty."""
    from .store import open_store  # noqa: PLC0415

    if must_exist and database_url is None and not Path(db).is_file():
        _fail(f"{db}: no such database: run 'recoupe analyze PATH --db {db}' first", 2)
    try:
        return open_store(db, database_url)
    except (ConfigError, StoreError) as exc:
        _fail(str(exc), 2)


@contextmanager
def _session(db: str | None, database_url: str | None, *, must_exist: bool = False) -> Iterator[Any]:
    """The store, open for one command: library errors become one line and an exit code, and the
    store is closed whatever happens."""
    store = _open(db, database_url, must_exist=must_exist)
    try:
        with _errors_to_exit():
            yield store
    finally:
        store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recoupe")
def main() -> None:
    """recoupe: who said what, according to whom, through which relay, and how many independent
    sources confirm it."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--db", default="recoupe.db", show_default=True, help=DB_HELP)
@click.option("--database-url", envvar="RECOUPE_DATABASE_URL", help=URL_HELP)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Also write the JSONL exports to this folder.")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Your own alias table (TSV), overriding the shipped one.")
@click.option("--model", "models", multiple=True, metavar="LANG=PACKAGE", help="spaCy model for a language, e.g. --model fr=fr_core_news_lg.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000), help="Articles per spaCy batch and per database transaction.")
@click.option("--max-bytes", default=5_000_000, show_default=True, type=click.IntRange(1_000), help="Largest accepted article; bigger ones are rejected with a reason.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, help="spaCy worker processes (default: 2 where there are 2 cores or more; 1 parses in this process).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True, help="Run the per-document pipeline in this process, or on Spark.")
@click.option("--spark-master", envvar="SPARK_MASTER", help="Spark master URL (default local[*]; or set SPARK_MASTER).")
@click.option("--spark-output", type=click.Path(file_okay=False, path_type=Path), help="Keep the Spark results (Parquet) in this folder.")
@click.option("-v", "--verbose", is_flag=True, help="Print the summary even when not on a terminal.")
def analyze(paths, db, database_url, out_dir, aliases, models, batch_size, max_bytes, jobs, engine, spark_master, spark_output, verbose) -> None:
    """Ingest files and folders (recursively), run the whole pipeline, store everything.

    Accepts .txt, .html/.htm, .jsonl and .warc/.warc.gz (and .parquet with --engine spark).
    Re-running on the same inputs changes nothing; adding files updates stories and
    corroboration."""
    from .export import export  # noqa: PLC0415
    from .pipeline import Options, analyze as run  # noqa: PLC0415
    from .progress import Reporter  # noqa: PLC0415

    model_map = {}
    for spec in models:
        lang, sep, package = spec.partition("=")
        if not sep or not lang or not package:
            _fail(f"--model {spec!r}: expected LANG=PACKAGE, e.g. --model fr=fr_core_news_md", 2)
        model_map[lang.strip()] = package.strip()
    options = Options(batch_size=batch_size, models=model_map, aliases=aliases, max_bytes=max_bytes)
    if jobs is not None:
        options.jobs = jobs
    reporter = Reporter(verbose=verbose)
    try:
        with _session(db, database_url) as store:
            with reporter:
                if engine == "spark":
                    from .scale import analyze_spark  # noqa: PLC0415

                    summary = analyze_spark(paths, store, options, master=spark_master, output=spark_output, progress=reporter.update)
                else:
                    summary = run(paths, store, options, progress=reporter.update)
            for rejection in summary.rejected:
                click.echo(f"rejected: {rejection}", err=True)
            if out_dir is not None:
                export(store, out_dir, "jsonl")
            reporter.summary(summary)
    except KeyboardInterrupt:
        _fail("interrupted: every completed batch is stored and consistent; run the same command again to finish", 130)
    sys.exit(summary.exit_code)


@main.command("export")
@click.option("--db", default="recoupe.db", show_default=True, help=DB_HELP)
@click.option("--database-url", envvar="RECOUPE_DATABASE_URL", help=URL_HELP)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder to write documents, quotes, entities, stories and sources to.")
def export_command(db, database_url, fmt, out_dir) -> None:
    """Write the stored records as JSONL, CSV or Parquet files."""
    from .export import export  # noqa: PLC0415

    with _session(db, database_url, must_exist=True) as store:
        counts = export(store, out_dir, fmt)
    if sys.stderr.isatty():
        click.echo(", ".join(f"{name}: {n}" for name, n in counts.items()), err=True)


@main.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of a run's exports (documents.jsonl, quotes.jsonl), e.g. from 'recoupe analyze … --out DIR'.")
@click.option("--diff", is_flag=True, help="Also list false positives, misses and wrong speakers/vias per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_command(gold, out_dir, diff, as_json) -> None:
    """Score a run's quotes against annotated gold files (eval/quotes/gold_*.jsonl): precision,
    recall and F1 by kind at 30/50/80 % word overlap, speaker and via accuracy."""
    import json  # noqa: PLC0415

    from .evaluate import diff_quotes, evaluate_quotes, format_diff  # noqa: PLC0415

    docs, quotes = out_dir / "documents.jsonl", out_dir / "quotes.jsonl"
    for path in (docs, quotes):
        if not path.exists():
            _fail(f"{path}: missing: run 'recoupe analyze PATH --out {out_dir}' first", 2)
    try:
        scores = evaluate_quotes(list(gold), docs, quotes)
    except (RecoupeError, ValueError) as exc:  # a malformed gold or export file
        _fail(str(exc), 2)
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else scores.format())
    if diff:
        click.echo(format_diff(diff_quotes(list(gold), docs, quotes)))


@main.command("serve")
@click.option("--db", default="recoupe.db", show_default=True, help=DB_HELP)
@click.option("--database-url", envvar="RECOUPE_DATABASE_URL", help=URL_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (0.0.0.0 exposes the server to the network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve_command(db: str, database_url: str | None, host: str, port: int) -> None:
    """The web UI and the HTTP API (OpenAPI at /docs), read-only over the database.

    Set RECOUPE_TOKEN to enable POST /api/analyze (uploads of new articles, with
    'Authorization: Bearer <token>')."""
    from .web.app import serve  # noqa: PLC0415 (FastAPI only when serving)

    with _errors_to_exit():
        serve(db, database_url, host, port)


@main.command("report")
@click.option("--db", default="recoupe.db", show_default=True, help=DB_HELP)
@click.option("--database-url", envvar="RECOUPE_DATABASE_URL", help=URL_HELP)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write.")
@click.option("--story", "story_id", metavar="ID", help="Only this story (a thread brings its events along).")
def report_command(db: str, database_url: str | None, out: Path, story_id: str | None) -> None:
    """A self-contained HTML dossier: opens offline, makes no request, prints cleanly."""
    from .report import report  # noqa: PLC0415

    with _session(db, database_url, must_exist=True) as store:
        path = report(store, out, story_id)
    if sys.stderr.isatty():
        click.echo(f"wrote {path}", err=True)


if __name__ == "__main__":
    main()
