"""The quality gate: score a run's quotes against the gold sets and fail below the pinned floors.

    python eval/gate.py CORPUS_DIR OUT_DIR
    python eval/gate.py --corpus ../shared/corpus --out /tmp/gate-run [--diff]

``OUT_DIR`` holds a run's exports (``documents.jsonl``, ``quotes.jsonl``). When it has none, the
gate runs ``recoupe analyze`` itself on the gold documents found under ``CORPUS_DIR`` (only those:
it keeps CI fast; pass ``--all`` to analyse the whole corpus folder instead), with a database in
``OUT_DIR``.

Every gold file ``eval/quotes/gold_*.jsonl`` is scored; the table is printed; each metric named in
``eval/floors.json`` is compared with its floor. A floors key is either the stem of one gold file
(``gold_fr``: that file's scores alone) or a language (``fr``: pooled over every gold file of that
language). Per-file keys let a set be added without changing what an existing floor measures.
Floors are only ever raised.

Exit codes: 0 every metric at or above its floor; 1 some metric below its floor (or a language
with floors has no gold scores); 2 usage error, or no exports could be read or produced.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT / "src") not in sys.path:  # run from a clone without `pip install -e .`
    sys.path.insert(0, str(ROOT / "src"))

from recoupe.errors import RecoupeError  # noqa: E402
from recoupe.evaluate import diff_quotes, evaluate_quotes, format_diff, read_gold  # noqa: E402

EXPORTS = ("documents.jsonl", "quotes.jsonl")
#: a score equal to its floor passes; this only absorbs float noise from the JSON round trip
TOLERANCE = 1e-9


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="eval/gate.py", description="Score quotes against the gold sets and check the floors.")
    parser.add_argument("corpus_pos", nargs="?", metavar="CORPUS_DIR",
                        help="folder the gold 'doc' paths are relative to (shared/corpus)")
    parser.add_argument("out_pos", nargs="?", metavar="OUT_DIR",
                        help="folder with the run's documents.jsonl and quotes.jsonl")
    parser.add_argument("--corpus", help="same as CORPUS_DIR")
    parser.add_argument("--out", help="same as OUT_DIR")
    parser.add_argument("--gold", nargs="+", type=Path,
                        default=sorted((HERE / "quotes").glob("gold_*.jsonl")),
                        help="gold files (default: eval/quotes/gold_*.jsonl)")
    parser.add_argument("--floors", type=Path, default=HERE / "floors.json",
                        help="floors file (default: eval/floors.json)")
    parser.add_argument("--all", action="store_true",
                        help="when analysing, analyse the whole corpus folder, not only gold documents")
    parser.add_argument("--diff", action="store_true",
                        help="also list false positives, false negatives and wrong speakers/vias")
    args = parser.parse_args(argv)
    args.corpus = args.corpus or args.corpus_pos
    args.out = args.out or args.out_pos
    if not args.out:
        parser.error("give OUT_DIR (positional or --out)")
    return args


def _analyze(corpus: Path, out: Path, gold: list[Path], everything: bool) -> int:
    """Run ``recoupe analyze`` into ``out``; return its exit code."""
    if everything:
        paths = [str(corpus)]
    else:
        paths = []
        for doc in read_gold(gold):
            path = corpus / doc.doc
            if path.exists():
                paths.append(str(path))
            else:
                print(f"gate: {path} not found; it will count as missing", file=sys.stderr)
        if not paths:
            return 2
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "recoupe.cli", "analyze", *paths,
           "--db", str(out / "gate.db"), "--out", str(out)]
    print(f"gate: running recoupe analyze on {len(paths)} path(s) into {out}", file=sys.stderr)
    return subprocess.run(cmd, check=False).returncode


def check_floors(metrics: dict[str, dict[str, float]], floors: dict) -> list[str]:
    """The failures, one readable line each (empty when everything is at or above its floor)."""
    failures = []
    for lang, wanted in floors.items():
        if lang.startswith("_") or not isinstance(wanted, dict):
            continue  # comment keys
        have = metrics.get(lang)
        if have is None:
            failures.append(f"{lang}: no gold scores for this language or gold file, but floors are set")
            continue
        for name, floor in wanted.items():
            if name not in have:
                failures.append(f"{lang}: unknown metric {name!r} in the floors; "
                                f"known: {', '.join(sorted(have))}")
            elif have[name] + TOLERANCE < float(floor):
                failures.append(f"{lang}: {name} = {have[name]:.3f} below its floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    out = Path(args.out)
    gold = [Path(g) for g in args.gold]
    if not gold:
        print("gate: no gold files (eval/quotes/gold_*.jsonl)", file=sys.stderr)
        return 2
    if not all((out / name).exists() for name in EXPORTS):
        if not args.corpus:
            print(f"gate: {out} has no {' / '.join(EXPORTS)}; give CORPUS_DIR (--corpus) so the "
                  "gate can run `recoupe analyze` itself", file=sys.stderr)
            return 2
        code = _analyze(Path(args.corpus), out, gold, args.all)
        if not all((out / name).exists() for name in EXPORTS):
            print(f"gate: recoupe analyze exited {code} without writing the exports to {out}",
                  file=sys.stderr)
            return 2
    try:
        floors = json.loads(args.floors.read_text(encoding="utf-8"))
        scores = evaluate_quotes(gold, out / EXPORTS[0], out / EXPORTS[1])
        metrics = scores.metrics()
        per_file = []
        if len(gold) > 1:
            for path in gold:
                one = evaluate_quotes([path], out / EXPORTS[0], out / EXPORTS[1])
                per_file.append((path, one))
                for lang_metrics in one.metrics().values():
                    metrics[path.stem] = lang_metrics
        diffs = diff_quotes(gold, out / EXPORTS[0], out / EXPORTS[1]) if args.diff else []
    except (OSError, json.JSONDecodeError, RecoupeError) as exc:
        print(f"gate: {exc}", file=sys.stderr)
        return 2
    for path, one in per_file:
        print(f"== {path.name}")
        print(one.format())
        print()
    if per_file:
        print("== pooled by language")
    print(scores.format())
    if diffs:
        print()
        print(format_diff(diffs))
    failures = check_floors(metrics, floors)
    print()
    if failures:
        print("GATE FAILED")
        for line in failures:
            print(f"  {line}")
        return 1
    print("gate passed: every metric at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
