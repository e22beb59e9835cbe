"""Peak memory of a whole ``recoupe analyze`` run, every process of it (the CLI and its spaCy
workers), sampled from ``/proc`` while it runs. Used by ``tests/test_load_size.py`` (a few MB)
and ``bench/bench_reliability.py --size-mb`` (200 MB).

Linux only (``/proc``); no dependency beyond the standard library.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import corpus

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _children() -> dict[int, list[int]]:
    """ppid → pids, for every process visible in /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:  # gone meanwhile
            continue
        # the command name (field 2) may hold spaces and parentheses: split after the last ')'
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(pid: int) -> tuple[int, int, int]:
    """(RSS of ``pid`` and all its descendants, RSS of ``pid`` alone, number of processes), bytes."""
    tree = _children()
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(tree.get(p, ()))
    own = _rss(pid)
    return own + sum(_rss(p) for p in seen[1:]), own, len(seen)


def measure(args: list[str], *, interval: float = 0.1, env: dict[str, str] | None = None) -> dict:
    """Run ``python -m recoupe *args``, sampling the process tree's RSS every ``interval`` s.
    Returns the exit code, the duration, peak RSS of the tree and of the main process (MB), the
    most processes seen at once, and the timeline ``[(s, tree MB)]`` (one point a second)."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "recoupe", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = peak_own = procs = 0
    timeline: list[tuple[float, float]] = []
    stderr: list[str] = []
    # drain stderr on a thread: a full pipe would block the run (progress lines go there)
    reader = threading.Thread(target=lambda: stderr.extend(proc.stderr), daemon=True)
    reader.start()
    next_point = 0.0
    while proc.poll() is None:
        total, own, n = tree_rss(proc.pid)
        peak, peak_own, procs = max(peak, total), max(peak_own, own), max(procs, n)
        now = time.monotonic() - started
        if now >= next_point:
            timeline.append((round(now, 1), round(total / 1e6, 1)))
            next_point = now + 1.0
        time.sleep(interval)
    proc.stdout.read()
    reader.join(timeout=10)
    return {"exit": proc.returncode, "seconds": round(time.monotonic() - started, 1), "peak_rss_mb": round(peak / 1e6, 1),
            "peak_main_rss_mb": round(peak_own / 1e6, 1), "max_processes": procs, "timeline": timeline,
            "stderr_tail": "".join(stderr)[-800:]}


def analyze_jsonl(tmp: Path, megabytes: float, *, language: str = "de", duplicates: int = 20, words: int = 400,
                  jobs: int | None = None, seed: int = 11) -> dict:
    """Write a JSONL of ``megabytes`` MB (``corpus.write_jsonl``) and measure ``recoupe analyze``
    on it (SQLite database in ``tmp``); the file and the database are removed afterwards."""
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / f"size-{megabytes:g}mb-{language}.jsonl"
    db = tmp / f"size-{megabytes:g}mb-{language}.db"
    records = corpus.write_jsonl(path, megabytes, seed=seed, words=words, language=language, duplicates=duplicates)
    size = path.stat().st_size
    args = ["analyze", str(path), "--db", str(db)] + (["--jobs", str(jobs)] if jobs else [])
    try:
        result = measure(args)
        import sqlite3

        conn = sqlite3.connect(db)
        try:
            stored = conn.execute("SELECT count(*), count(duplicate_of) FROM documents").fetchone()
        finally:
            conn.close()
        db_mb = round(sum(p.stat().st_size for p in tmp.glob(db.name + "*")) / 1e6, 1)
    finally:
        path.unlink(missing_ok=True)
        for p in tmp.glob(db.name + "*"):
            p.unlink()
    return {"file_mb": round(size / 1e6, 1), "language": language, "records": records, "stored": stored[0],
            "marked_duplicates": stored[1], "db_mb": db_mb, **result}
