"""Exports: the records of ``shared/spec/OUTPUT.md`` as JSON Lines, CSV or Parquet.

Everything streams from the store, one record at a time (Parquet in row groups), so exporting a
large database does not load it into memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .store.base import Store

FORMATS = ("jsonl", "csv", "parquet")
#: Parquet row-group size: large enough for good compression, small enough to keep memory flat.
PARQUET_ROWS = 2_000
_INT_FIELDS = {"start", "end"}


def _tables(store: Store) -> dict[str, Callable[[], Iterator[dict[str, Any]]]]:
    return {
        "documents": lambda: (d.to_dict() for d in store.documents()),
        "quotes": lambda: (q.to_dict() for q in store.quotes()),
        "entities": lambda: (e.to_dict() for e in store.entities()),
        "stories": lambda: (s.to_dict() for s in store.stories()),
        "sources": lambda: (e.to_dict() for e in store.edges()),
    }


def export(store: Store, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, int]:
    """Write every table to ``out_dir`` (``documents.jsonl``, ``quotes.jsonl``, …); returns the
    number of records written per file."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{out}: cannot create the output folder ({exc.strerror}): choose another --out") from exc
    counts = {}
    for name, rows in _tables(store).items():
        path = out / f"{name}.{fmt}"
        tmp = path.with_name(path.name + ".part")
        writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
        counts[path.name] = writer(tmp, rows())
        tmp.replace(path)  # never leave a half-written export under the final name
    return counts


def _write_jsonl(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _write_csv(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer: csv.DictWriter | None = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(f, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: _flat(v) for k, v in row.items()})
            n += 1
    return n


def _write_parquet(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    try:
        import pyarrow as pa  # noqa: PLC0415
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError as exc:
        raise ConfigError("Parquet export needs pyarrow: pip install 'recoupe[parquet]'") from exc
    n = 0
    writer = None
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        # A fixed schema (offsets as integers, lists as JSON text, everything else text): a
        # column that is all null in the first row group must not fix its type as null.
        nonlocal writer
        if writer is None:
            schema = pa.schema([(k, pa.int64() if k in _INT_FIELDS else pa.string()) for k in chunk[0]])
            writer = pq.ParquetWriter(path, schema)
        table = pa.Table.from_pylist(
            [{k: (v if k in _INT_FIELDS or v is None else str(_flat(v))) for k, v in r.items()} for r in chunk],
            schema=writer.schema,
        )
        writer.write_table(table)
        chunk.clear()

    for row in rows:
        chunk.append(row)
        n += 1
        if len(chunk) >= PARQUET_ROWS:
            flush()
    if chunk:
        flush()
    if writer is None:
        pq.write_table(pa.table({}), path)
    else:
        writer.close()
    return n
