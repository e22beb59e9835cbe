"""Single process against Spark ``local[2]`` on the same corpus, and the identity check.

    python bench/bench_engines.py [CORPUS ...] [--database-url postgresql://…]

Runs ``recoupe analyze`` three ways on the same inputs — local engine into SQLite, local engine
into PostgreSQL (when ``--database-url`` is given or PostgreSQL answers on 127.0.0.1), Spark
``local[2]`` into SQLite — prints wall time and articles/s of each, and checks that the
documents, quotes and entities exports are identical (stories and sources too).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
TABLES = ("documents", "quotes", "entities", "stories", "sources")


def run(args: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "recoupe.cli", "analyze", *args], capture_output=True, text=True,
                          env={**os.environ, "PYSPARK_PYTHON": sys.executable})
    if proc.returncode not in (0, 1):
        sys.exit(f"analyze failed: {proc.stderr[-2000:]}")
    return time.perf_counter() - t0


def pg_schema_url(base: str) -> str | None:
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(base, autocommit=True, connect_timeout=3) as conn:
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            conn.execute(f'CREATE SCHEMA "{schema}"')
    except psycopg.Error:
        return None
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--spark-master", default="local[2]")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        runs = {"local/sqlite": ["--db", str(tmp / "local.db"), "--out", str(tmp / "local")]}
        url = pg_schema_url(args.database_url)
        if url:
            runs["local/postgresql"] = ["--database-url", url, "--out", str(tmp / "pg")]
        runs[f"spark {args.spark_master}/sqlite"] = [
            "--db", str(tmp / "spark.db"), "--out", str(tmp / "spark"), "--engine", "spark", "--spark-master", args.spark_master,
        ]
        times = {name: run([*args.corpus, *extra]) for name, extra in runs.items()}
        outs = {name: Path(extra[extra.index("--out") + 1]) for name, extra in runs.items()}
        n = sum(1 for _ in (outs["local/sqlite"] / "documents.jsonl").open())
        print(f"corpus: {', '.join(args.corpus)}: {n} documents")
        for name, seconds in times.items():
            print(f"{name:24s} {seconds:7.1f} s  {n / seconds:6.2f} articles/s")
        base = {t: (outs["local/sqlite"] / f"{t}.jsonl").read_bytes() for t in TABLES}
        for name, out in outs.items():
            same = [t for t in TABLES if (out / f"{t}.jsonl").read_bytes() == base[t]]
            print(f"{name:24s} identical to local/sqlite: {', '.join(same) or 'none'}"
                  + ("" if len(same) == len(TABLES) else f"  DIFFERENT: {', '.join(t for t in TABLES if t not in same)}"))
        print(json.dumps({"documents": n, "seconds": times}))


if __name__ == "__main__":
    main()
