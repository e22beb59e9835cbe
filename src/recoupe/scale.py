"""``recoupe analyze --engine spark``: the same per-document pipeline on PySpark.

    driver: list input files (or read Parquet inputs as a DataFrame)
    executors (mapPartitions): ingest.read → pipeline.prepare → pipeline.process_batch
                               (one spaCy pipeline per Python worker, nlp.pipe over the batch)
                               → fingerprint → one row per result or rejection
    → Parquet (``--spark-output``, default a temporary folder)
    driver: stream the Parquet back in input order (toLocalIterator, never a collect),
            mark duplicates and write batches with the local engine's Deduplicator, then link
            across documents on the store exactly as the local engine does.

There is no second copy of the pipeline: executors call ``pipeline.prepare`` and
``pipeline.process_batch``, the driver ``pipeline.Deduplicator`` and ``pipeline.link``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from . import ingest
from .errors import ConfigError, RecoupeError
from .model import Article, Document, DocumentResult, Mention, Quote, Rejection
from .pipeline import Deduplicator, Options, Progress, Summary, fingerprint, iter_batches, link, prepare, process_batch
from .store.base import Store

ARTICLE_FIELDS = ("text", "html", "title", "url", "outlet", "published", "language", "id")


def _session(master: str | None):
    try:
        from pyspark.sql import SparkSession  # noqa: PLC0415
    except ImportError as exc:
        raise ConfigError("the Spark engine needs PySpark: pip install 'recoupe[spark]' (and Java 17+)") from exc
    master = master or os.environ.get("SPARK_MASTER") or "local[*]"
    # executors run this interpreter (with recoupe and the spaCy models installed) unless the
    # cluster says otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(master).appName("recoupe")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )


# -- executors --------------------------------------------------------------------------------------

def _rows(results: Iterable[tuple[tuple[int, int], Article | Rejection]], options: Options) -> Iterator[tuple[int, int, str, str]]:
    """Per partition: articles → rows (file ordinal, record ordinal, kind, JSON payload)."""
    for batch in iter_batches(results, options.batch_size):
        documents: list[tuple[tuple[int, int], Document]] = []
        for (f, r), item in batch:
            if isinstance(item, Rejection):
                yield f, r, "rejection", json.dumps(item.to_dict())
                continue
            try:
                documents.append(((f, r), prepare(item)))
            except RecoupeError as exc:
                yield f, r, "rejection", json.dumps({"path": item.source, "reason": getattr(exc, "reason", str(exc))})
        for ((f, r), _), result in zip(documents, process_batch([d for _, d in documents], options)):
            sig, bands = fingerprint(result.document.text)
            payload = {
                "document": result.document.to_dict(),
                "quotes": [q.to_dict() for q in result.quotes],
                "mentions": [asdict(m) for m in result.mentions],
                "sig": sig.hex(),
                "bands": bands,
            }
            yield f, r, "result", json.dumps(payload, ensure_ascii=False)


def _read_files(part: Iterable[tuple[int, str]], max_bytes: int) -> Iterator[tuple[tuple[int, int], Article | Rejection]]:
    for f, path in part:
        for r, item in enumerate(ingest.read(path, max_bytes=max_bytes)):
            yield (f, r), item


def _from_parquet_rows(part: Iterable[Any], path: str, f: int) -> Iterator[tuple[tuple[int, int], Article | Rejection]]:
    for row, r in part:
        data = row.asDict()
        source = f"{path}:{r + 1}"
        if not (data.get("text") or data.get("html")):
            yield (f, r), Rejection(source, "row has no 'text' (nor 'html') column value: every article needs its text")
            continue
        fields = {k: (str(data[k]) if data.get(k) is not None else None) for k in ARTICLE_FIELDS if k in data}
        if fields.get("published"):
            fields["published"] = ingest.parse_date(fields["published"])
        fmt = "jsonl" if fields.get("text") else "html"
        yield (f, r), Article(path=path, source=source, format=fmt, **fields)


# -- driver ----------------------------------------------------------------------------------------

def _inputs(paths: Iterable[str]) -> tuple[list[tuple[int, str]], list[str], list[Rejection]]:
    """Files to read on executors, Parquet inputs, and what was rejected while listing."""
    files: list[tuple[int, str]] = []
    parquet: list[str] = []
    rejected: list[Rejection] = []
    for item in ingest.iter_files(paths, extra=(".parquet",)):
        if isinstance(item, Rejection):
            rejected.append(item)
        elif item.lower().endswith(".parquet"):
            parquet.append(item)
        else:
            files.append((len(files), item))
    return files, parquet, rejected


def analyze_spark(
    paths: Iterable[str | Path],
    store: Store,
    options: Options | None = None,
    *,
    master: str | None = None,
    output: str | Path | None = None,
    progress: Progress | None = None,
) -> Summary:
    options = options or Options()
    notify = progress or (lambda event, n: None)
    summary = Summary()
    files, parquet_inputs, rejected = _inputs([os.fspath(p) for p in paths])
    summary.rejected.extend(rejected)
    spark = _session(master)
    sc = spark.sparkContext
    keep = output is not None
    out = Path(output) if keep else Path(tempfile.mkdtemp(prefix="recoupe-spark-"))
    try:
        max_bytes = options.max_bytes
        parts = []
        if files:
            slices = max(1, min(len(files), sc.defaultParallelism * 4))
            rdd = sc.parallelize(files, slices).mapPartitions(lambda part: _rows(_read_files(part, max_bytes), options))
            parts.append(rdd)
        for i, path in enumerate(parquet_inputs):
            f = len(files) + i
            indexed = spark.read.parquet(path).rdd.zipWithIndex()  # row numbers for messages and order
            parts.append(indexed.mapPartitions(lambda part, p=path, f=f: _rows(_from_parquet_rows(part, p, f), options)))
        if not parts:
            return summary
        rdd = parts[0] if len(parts) == 1 else sc.union(parts)
        frame = spark.createDataFrame(rdd, "file INT, record LONG, kind STRING, payload STRING")
        frame.write.mode("overwrite").parquet(str(out / "results.parquet"))
        ordered = spark.read.parquet(str(out / "results.parquet")).orderBy("file", "record")
        _load(ordered.toLocalIterator(), store, options, summary, notify)
    finally:
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
    summary.linked = link(store, options)
    notify("linked", summary.linked)
    return summary


def _load(rows: Iterator[Any], store: Store, options: Options, summary: Summary, notify: Progress) -> None:
    """Driver side: the executors' results in input order → the store, batch by batch."""
    dedup = Deduplicator(store, summary)
    results: list[DocumentResult] = []
    for row in rows:
        data = json.loads(row["payload"])
        if row["kind"] == "rejection":
            summary.rejected.append(Rejection(**data))
            notify("rejected", 1)
            continue
        summary.read += 1
        notify("read", 1)
        document = Document.from_dict(data["document"])
        if dedup.is_known(document):
            summary.unchanged += 1
            continue
        dedup.mark(document, (bytes.fromhex(data["sig"]), [tuple(b) for b in data["bands"]]))
        results.append(DocumentResult(document, [Quote.from_dict(q) for q in data["quotes"]], [Mention(**m) for m in data["mentions"]]))
        if len(results) >= options.batch_size:
            dedup.write(results)
            notify("stored", len(results))
            results = []
    if results:
        dedup.write(results)
        notify("stored", len(results))
