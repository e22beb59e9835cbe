"""Faults injected into real ``recoupe`` processes: kill -9 during ``analyze``, a full disk, a
read-only database, and ``analyze`` and ``serve`` on the same database at once.

Used by ``tests/test_faults_*.py`` (a few trials) and ``bench/bench_reliability.py`` (many).
Every process is started here, by pid, and ended here by pid.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import random
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import corpus

EXPORTS = ("documents.jsonl", "quotes.jsonl", "entities.jsonl", "stories.jsonl", "sources.jsonl")
#: batch size of the fault runs: small, so that a kill lands between many committed batches
BATCH = 4


def recoupe(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "recoupe", *args], capture_output=True, text=True, **kwargs)


def analyze_args(inputs: Path, db: Path, out: Path | None = None) -> list[str]:
    args = ["analyze", str(inputs), "--db", str(db), "--batch-size", str(BATCH)]
    return args + (["--out", str(out)] if out else [])


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "quotes", "mentions", "stories")} | {
            "linked": conn.execute("SELECT count(*) FROM documents WHERE linked = 1").fetchone()[0]
        }
    finally:
        conn.close()


def compare_exports(a: Path, b: Path) -> list[str]:
    """Names of the export files that differ (byte for byte), with the first differing line."""
    diffs = []
    for name in EXPORTS:
        if not filecmp.cmp(a / name, b / name, shallow=False):
            la, lb = (a / name).read_text("utf-8").splitlines(), (b / name).read_text("utf-8").splitlines()
            first = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
            diffs.append(f"{name}: {len(la)} vs {len(lb)} lines, first difference at line {first + 1}")
    return diffs


def kill_trials(tmp: Path, trials: int, *, seed: int = 1, n_txt: int = 24, n_jsonl: int = 12) -> dict:
    """Run ``analyze`` once uninterrupted (the reference), then ``trials`` times killed with
    SIGKILL at a random moment and re-run to the end: after each kill the database must pass
    ``PRAGMA integrity_check``, and the re-run's five exports must equal the reference's."""
    rng = random.Random(seed)
    inputs = corpus.write_corpus(tmp / "in", n_txt, n_jsonl)
    first, duration, ref = _timed_reference(inputs, tmp / "ref.db", tmp / "ref")
    if ref.returncode != 0:
        raise AssertionError(f"reference run failed ({ref.returncode}): {ref.stderr[-2000:]}")
    total = counts(tmp / "ref.db")["documents"]
    results = []
    for trial in range(trials):
        db, out = tmp / f"t{trial}.db", tmp / f"t{trial}"
        # The moment is picked by progress, not by the clock (the spaCy model load takes most of
        # a run and varies with the machine's load): once the database holds ``target``
        # documents (0 to all of them), a random fraction of a batch's time later.
        target = rng.randint(0, total)
        proc = subprocess.Popen([sys.executable, "-m", "recoupe", *analyze_args(inputs, db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started = time.monotonic()
        while proc.poll() is None and _stored(db) < target:
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.5))
        at = time.monotonic() - started
        finished = proc.poll() is not None
        if not finished:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        state = {"target_documents": target, "killed_at_s": round(at, 2), "finished_before_kill": finished}
        if db.exists():
            state["integrity"] = integrity(db)
            state["after_kill"] = counts(db)
        else:
            state["integrity"] = "ok"  # killed before the database was created
            state["after_kill"] = None
        rerun = recoupe(*analyze_args(inputs, db, out))
        state["rerun_exit"] = rerun.returncode
        state["rerun_stderr"] = rerun.stderr.strip()[-500:]
        state["diffs"] = compare_exports(tmp / "ref", out) if rerun.returncode == 0 else ["re-run failed"]
        results.append(state)
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            path.unlink(missing_ok=True)
        shutil.rmtree(out, ignore_errors=True)
    failures = [r for r in results if r["integrity"] != "ok" or r["diffs"]]
    return {"trials": trials, "reference_seconds": round(duration, 1), "first_write_s": round(first, 1),
            "kills_with_partial_store": sum(1 for r in results if r["after_kill"] and 0 < r["after_kill"]["documents"]),
            "kills_after_all_documents": sum(1 for r in results if r["after_kill"] and r["after_kill"]["documents"] == counts(tmp / "ref.db")["documents"]),
            "failures": len(failures), "results": results}


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return counts(db)["documents"]
    except sqlite3.Error:  # not created or migrated yet
        return 0


def _timed_reference(inputs: Path, db: Path, out: Path) -> tuple[float, float, subprocess.CompletedProcess]:
    """The uninterrupted run, watched: (seconds to its first stored document, total seconds)."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "recoupe", *analyze_args(inputs, db, out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = None
    while proc.poll() is None:
        if first is None and db.exists():
            with contextlib.suppress(sqlite3.Error):
                if counts(db)["documents"]:
                    first = time.monotonic() - started
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    duration = time.monotonic() - started
    return first or duration / 2, duration, subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


# ─────────────────────────────── full disk, read-only ───────────────────────────────


def _limit_file_size(limit: int):
    def apply() -> None:
        # CPython ignores SIGXFSZ, so a write past the limit fails with EFBIG ("File too large")
        # instead of killing the process: the same code path as a full disk (ENOSPC) in SQLite
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _one_line_error(stderr: str) -> bool:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return bool(lines) and "Traceback" not in stderr and all(line.startswith(("recoupe:", "rejected:")) for line in lines)


def disk_full(tmp: Path) -> dict:
    """Analyze half the corpus, then the whole of it with files capped a little above the
    database's size: the second run must stop with a one-line error and the first run's
    documents must all still be there, in a sound database that a third run completes."""
    inputs = corpus.write_corpus(tmp / "in")
    first = tmp / "first"
    first.mkdir()
    for path in sorted(inputs.glob("article-00*.txt")):
        shutil.copy(path, first / path.name)
    db = tmp / "full.db"
    run1 = recoupe(*analyze_args(first, db, tmp / "out1"))
    assert run1.returncode == 0, run1.stderr
    before = counts(db)
    limit = db.stat().st_size + 48_000  # room for the WAL header and a page or two, not a batch
    # The limit is set once the language identifier and the spaCy model are loaded: py3langid
    # unpacks its model into a temporary file at load time, which a cap on every file's size
    # would hit first (a full /tmp at start-up is another fault; this one is the database's).
    wrapper = (
        "import resource, sys\n"
        "from recoupe.clean import detect_language\n"
        "from recoupe import nlp\n"
        "detect_language('le maire de Valdavie a parlé'); nlp.load('fr')\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from recoupe.cli import main\n"
        "sys.argv = ['recoupe', *sys.argv[1:]]\n"
        "main()\n"
    )
    run2 = subprocess.run([sys.executable, "-c", wrapper, *analyze_args(inputs, db, tmp / "out2")], capture_output=True, text=True)
    after = counts(db)
    kept = _ids(tmp / "out1") <= _stored_ids(db)
    run3 = recoupe(*analyze_args(inputs, db, tmp / "out3"))
    return {
        "exit": run2.returncode, "stderr": run2.stderr.strip(), "one_line": _one_line_error(run2.stderr),
        "integrity": integrity(db), "before": before, "after": after, "nothing_lost": kept,
        "rerun_exit": run3.returncode, "rerun_documents": counts(db)["documents"],
    }


def _ids(out: Path) -> set[str]:
    import json

    return {json.loads(line)["id"] for line in (out / "documents.jsonl").read_text("utf-8").splitlines()}


def _stored_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM documents")}
    finally:
        conn.close()


def _read_only(paths: list[Path]) -> None:
    """Make ``paths`` unwritable: file modes for a normal user; for root, who ignores modes, the
    immutable attribute (chattr +i), which root's writes obey too."""
    for path in paths:
        if os.getuid() == 0:
            subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
        else:
            os.chmod(path, 0o555 if path.is_dir() else 0o444)


def _writable(paths: list[Path]) -> None:
    for path in reversed(paths):
        if os.getuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)
        else:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)


def read_only(tmp: Path) -> dict:
    """A database the user cannot write (the file and its folder): analyze stops with a
    one-line error, and the database is unchanged."""
    inputs = corpus.write_corpus(tmp / "in", 8, 4)
    db = tmp / "ro" / "ro.db"
    db.parent.mkdir()
    run1 = recoupe(*analyze_args(inputs, db))
    assert run1.returncode in (0, 1), run1.stderr
    before = counts(db)
    more = tmp / "more"
    corpus.write_corpus(more, 12, 0, seed=99)
    locked = [db, db.parent]
    _read_only(locked)
    try:
        run2 = recoupe(*analyze_args(more, db))
    finally:
        _writable(locked)
    return {"exit": run2.returncode, "stderr": run2.stderr.strip(), "one_line": _one_line_error(run2.stderr),
            "integrity": integrity(db), "unchanged": counts(db) == before}


# ─────────────────────────────── serving ───────────────────────────────


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db: Path, *, log: Path | None = None) -> Iterator[str]:
    """``recoupe serve`` on ``db`` at a free loopback port; yields its base URL."""
    port = free_port()
    err = open(log or os.devnull, "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen([sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port)], stdout=err, stderr=err)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if proc.poll() is not None:
                raise RuntimeError(f"recoupe serve exited with {proc.returncode}")
            try:
                urllib.request.urlopen(base + "/api", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        err.close()


def analyzed_db(tmp: Path, n_txt: int = 24, n_jsonl: int = 12) -> Path:
    inputs = corpus.write_corpus(tmp / "in", n_txt, n_jsonl)
    db = tmp / "served.db"
    run = recoupe(*analyze_args(inputs, db))
    assert run.returncode == 0, run.stderr
    return db


def analyze_while_serving(tmp: Path, seconds: float | None = None) -> dict:
    """Serve a database while ``analyze`` adds articles to it; a client keeps asking the main
    pages and the API. Every answer must be a 200, and neither side may report a locked
    database."""
    import loadgen

    db = analyzed_db(tmp, 8, 4)
    # enough for analyze to write several batches while the clients read (the model load alone
    # gives them seconds of answers before the first write)
    more = corpus.write_corpus(tmp / "more", 12, 8, seed=5)
    log = tmp / "serve.log"
    statuses: dict[int, int] = {}
    errors: list[str] = []
    with serving(db, log=log) as base:
        urls = loadgen.urls_for(db)
        stop = threading.Event()

        def client() -> None:
            i = 0
            while not stop.is_set():
                url = base + urls[i % len(urls)]
                i += 1
                try:
                    with urllib.request.urlopen(url, timeout=60) as response:
                        response.read()
                        statuses[response.status] = statuses.get(response.status, 0) + 1
                except urllib.error.HTTPError as exc:
                    statuses[exc.code] = statuses.get(exc.code, 0) + 1
                    errors.append(f"{url}: {exc.code} {exc.read()[:200]!r}")
                except OSError as exc:
                    errors.append(f"{url}: {exc}")

        threads = [threading.Thread(target=client) for _ in range(4)]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        run = recoupe(*analyze_args(more, db))
        if seconds:
            time.sleep(max(0.0, seconds - (time.monotonic() - started)))
        stop.set()
        for thread in threads:
            thread.join()
    served = log.read_text("utf-8", errors="replace")
    return {"analyze_exit": run.returncode, "analyze_stderr": run.stderr.strip()[-500:], "statuses": statuses,
            "errors": errors[:10], "locked": "locked" in served or "locked" in run.stderr,
            "documents": counts(db)["documents"]}
