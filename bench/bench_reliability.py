"""Reliability benchmark: fuzzing, kill -9 and store faults, HTTP load (RELIABILITY.md).

    python bench/bench_reliability.py --fuzz-runs 1200000          # atheris, all harnesses
    python bench/bench_reliability.py --kill-trials 20             # kill -9 during analyze
    python bench/bench_reliability.py --load-seconds 60 --connections 50
    python bench/bench_reliability.py --size-mb 20 200              # peak RSS of analyze

Each part runs only when asked for; results are printed as JSON lines (and appended to
``--json FILE``). The CI runs the same code at reduced counts through ``tests/test_fuzz*``,
``tests/test_faults*`` and ``tests/test_load*``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))  # harnesses, faultkit, loadgen, sizekit

#: Share of the fuzzing budget per harness. The spaCy harness is ~50× slower per input than the
#: readers, so it gets a small share and a time cap; the cheap harnesses carry the million.
SHARES = {"readers": 0.35, "decode": 0.2, "dates": 0.25, "clean": 0.14, "quotes": 0.06}


def emit(result: dict, out: Path | None) -> None:
    line = json.dumps(result, ensure_ascii=False)
    print(line, flush=True)
    if out:
        with out.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")


# ─────────────────────────────── fuzzing ───────────────────────────────


def fuzz(total: int, max_seconds: int, workdir: Path, out: Path | None, only: list[str] | None = None) -> None:
    for target, share in SHARES.items():
        if only and target not in only:
            continue
        runs_wanted = int(total * share)
        done = restarts = 0
        crashes: list[str] = []
        started = time.monotonic()
        corpus = workdir / f"corpus-{target}"
        corpus.mkdir(parents=True, exist_ok=True)
        while done < runs_wanted and restarts < 5:
            left = max_seconds - (time.monotonic() - started)
            if left < 5:
                break
            proc = subprocess.run(
                [sys.executable, str(ROOT / "fuzz" / "fuzz.py"), target, str(corpus), f"-runs={runs_wanted - done}",
                 f"-max_total_time={int(left)}", f"-artifact_prefix={workdir}/{target}-", "-print_final_stats=1",
                 "-max_len=4096"],
                capture_output=True, text=True,
            )
            runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
            done += int(runs[-1]) if runs else 0
            if proc.returncode != 0:
                crashes.append("\n".join(line for line in proc.stderr.splitlines() if "Error" in line or "artifact" in line)[-600:])
                restarts += 1
        emit({"part": "fuzz", "target": target, "runs": done, "seconds": round(time.monotonic() - started, 1),
              "crashes": len(crashes), "crash_reports": crashes}, out)


# ─────────────────────────────── faults ───────────────────────────────


def faults(trials: int, out: Path | None) -> None:
    import faultkit

    with tempfile.TemporaryDirectory(prefix="recoupe-faults-") as tmp:
        result = faultkit.kill_trials(Path(tmp), trials, seed=20240307)
        emit({"part": "kill-9", **result}, out)
        emit({"part": "disk-full", **faultkit.disk_full(Path(tmp) / "full")}, out)
        emit({"part": "read-only", **faultkit.read_only(Path(tmp) / "ro")}, out)
        emit({"part": "analyze+serve", **faultkit.analyze_while_serving(Path(tmp) / "both", seconds=None)}, out)


# ─────────────────────────────── load ───────────────────────────────


def load(seconds: float, connections: int, out: Path | None, workdir: Path, docs: int = 0) -> None:
    """Serve a database under ``connections`` clients for ``seconds``: the fictional corpus
    analyzed by ``recoupe analyze`` (36 articles), or with ``docs``, bench_web.py's synthetic
    database of that many documents (40 outlets, ~1.5 citation links a document). The server's
    log is kept in ``workdir/serve-load.log`` and its tracebacks (if any) are reported."""
    import faultkit
    import loadgen

    log = workdir / f"serve-load{'-' + str(docs) if docs else ''}.log"
    with tempfile.TemporaryDirectory(prefix="recoupe-load-") as tmp:
        if docs:
            sys.path.insert(0, str(ROOT / "bench"))
            import bench_web

            db = Path(tmp) / "synthetic.db"
            bench_web.build(db, docs)
        else:
            db = faultkit.analyzed_db(Path(tmp))
        with faultkit.serving(db, log=log) as base:
            result = loadgen.run(base, loadgen.urls_for(db), seconds=seconds, connections=connections)
    served = log.read_text("utf-8", errors="replace").splitlines()
    problems = [line for line in served if "Traceback" in line or "Error" in line or "locked" in line]
    emit({"part": "load", "documents": docs or 36, **result, "server_log": str(log), "server_log_problems": problems[:20]}, out)


# ─────────────────────────────── size ───────────────────────────────


def size(sizes: list[float], language: str, duplicates: int, workdir: Path, out: Path | None) -> None:
    """``recoupe analyze`` on a JSONL of each size (fictional articles of ~400 words in
    ``language``, every ``duplicates``-th an exact duplicate): peak RSS of the whole process tree
    (the CLI and its spaCy workers). Flat memory: the largest run's peak is about the smallest's."""
    import sizekit

    results = []
    for megabytes in sizes:
        result = sizekit.analyze_jsonl(workdir / "size", megabytes, language=language, duplicates=duplicates)
        results.append(result)
        emit({"part": "size", **result}, out)
    if len(results) > 1:
        small, large = results[0], results[-1]
        emit({"part": "size-summary", "language": language, "file_mb": [r["file_mb"] for r in results],
              "peak_rss_mb": [r["peak_rss_mb"] for r in results], "peak_main_rss_mb": [r["peak_main_rss_mb"] for r in results],
              "ratio_largest_to_smallest": round(large["peak_rss_mb"] / small["peak_rss_mb"], 3),
              "mb_per_s": [round(r["file_mb"] / r["seconds"], 2) for r in results]}, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fuzz-runs", type=int, default=0, help="total atheris inputs over all harnesses")
    parser.add_argument("--fuzz-seconds", type=int, default=1800, help="time cap per harness")
    parser.add_argument("--fuzz-only", nargs="*", help="only these harnesses")
    parser.add_argument("--kill-trials", type=int, default=0)
    parser.add_argument("--load-seconds", type=float, default=0)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--load-docs", type=int, default=0, help="serve bench_web.py's synthetic database of this many documents instead")
    parser.add_argument("--size-mb", type=float, nargs="*", help="JSONL sizes to analyze, e.g. 20 200")
    parser.add_argument("--size-language", default="de", help="language of the size corpus (de: stored, not parsed; fr: parsed)")
    parser.add_argument("--size-duplicates", type=int, default=20, help="every k-th record an exact duplicate (0: none)")
    parser.add_argument("--json", type=Path, help="append the results to this file")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "recoupe-reliability")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.fuzz_runs:
        fuzz(args.fuzz_runs, args.fuzz_seconds, args.workdir, args.json, args.fuzz_only)
    if args.kill_trials:
        faults(args.kill_trials, args.json)
    if args.load_seconds:
        load(args.load_seconds, args.connections, args.json, args.workdir, args.load_docs)
    if args.size_mb:
        size(args.size_mb, args.size_language, args.size_duplicates, args.workdir, args.json)


if __name__ == "__main__":
    main()
