"""Inter-annotator agreement: score one annotation file against another, with the scorer's own
matching (word overlap, one-to-one, greedy) and its speaker and via comparisons.

    python eval/agreement.py FIRST.jsonl SECOND.jsonl

FIRST plays the gold and SECOND the prediction, so "P" is the share of SECOND's units that FIRST
also has and "R" the share of FIRST's units that SECOND also has (F1 is symmetric). Only the
documents both files list are compared. The figure is the ceiling an extractor can be expected
to reach under the same guidelines: two careful readers of the same article disagree this much.
Exit status 0, or 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from recoupe.errors import RecoupeError  # noqa: E402
from recoupe.evaluate import KINDS, match_units, read_gold, same_speaker, same_via  # noqa: E402


def agreement(first: Path, second: Path, thresholds=(0.3, 0.5, 0.8)) -> dict:
    """Counts and ratios of SECOND against FIRST (see the module docstring)."""
    a = {d.doc: d for d in read_gold(first)}
    b = {d.doc: d for d in read_gold(second)}
    shared = [doc for doc in a if doc in b]
    out = {"documents": len(shared), "first": 0, "second": 0, "spans": {}, "kinds": {},
           "matched": 0, "kind": 0, "speaker": 0, "via": 0}
    for t in thresholds:
        out["spans"][t] = [0, 0, 0]
        for k in KINDS:
            out["kinds"].setdefault(k, {})[t] = [0, 0]  # matched, first's units of that kind
    for doc in shared:
        ga, gb = a[doc].quotes, b[doc].quotes
        out["first"] += len(ga)
        out["second"] += len(gb)
        for t in thresholds:
            pairs = match_units([g.text for g in ga], [g.text for g in gb], t)
            tp = len(pairs)
            s = out["spans"][t]
            s[0] += tp
            s[1] += len(gb) - tp
            s[2] += len(ga) - tp
            hit = {i for i, _, _ in pairs}
            for i, g in enumerate(ga):
                out["kinds"][g.kind][t][0] += i in hit
                out["kinds"][g.kind][t][1] += 1
        for i, j, _ in match_units([g.text for g in ga], [g.text for g in gb], 0.5):
            out["matched"] += 1
            out["kind"] += ga[i].kind == gb[j].kind
            out["speaker"] += same_speaker(ga[i].speaker, gb[j].speaker)
            out["via"] += same_via(ga[i].via, gb[j].via)
    return out


def _r(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "  -  "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eval/agreement.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    try:
        out = agreement(args.first, args.second)
    except (OSError, RecoupeError) as e:
        print(f"agreement: {e}", file=sys.stderr)
        return 2
    print(f"{out['documents']} shared documents; {out['first']} units in {args.first.name}, "
          f"{out['second']} in {args.second.name}")
    print("  thr      P      R     F1")
    for t, (tp, fp, fn) in out["spans"].items():
        p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {t:.1f}  {p:.3f}  {r:.3f}  {f:.3f}")
    for k, by_t in out["kinds"].items():
        hit, n = by_t[0.5]
        print(f"  {k:8} recall at 0.5 {_r(hit, n)} ({n} units in the first file)")
    m = out["matched"]
    print(f"  on {m} pairs matched at 0.5: kind {_r(out['kind'], m)}  speaker {_r(out['speaker'], m)}  "
          f"via {_r(out['via'], m)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
