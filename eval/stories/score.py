"""B-cubed precision, recall and F1 of a predicted grouping against eval/stories/gold_fr.json.

    python eval/stories/score.py PREDICTIONS.json [--gold eval/stories/gold_fr.json]

PREDICTIONS.json maps document file names to {"event": id, "thread": id} (as written by
``eval/stories/run_fr.py``). Only documents of the gold are scored. B-cubed (Bagga & Baldwin
1998): for each document, precision is the share of its predicted cluster that shares its gold
cluster, recall the share of its gold cluster that shares its predicted cluster; both averaged.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    docs = [d for d in gold if d in predicted]
    g_members: dict[str, set[str]] = defaultdict(set)
    p_members: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        g_members[gold[d]].add(d)
        p_members[predicted[d]].add(d)
    precision = recall = 0.0
    for d in docs:
        g, p = g_members[gold[d]], p_members[predicted[d]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    n = len(docs) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold_path: Path, predictions: dict[str, dict[str, str]]) -> dict[str, dict[str, float]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    out = {}
    for level in ("event", "thread"):
        p, r, f = bcubed({d: v[level] for d, v in gold.items()}, {d: v[level] for d, v in predictions.items()})
        out[level] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--gold", type=Path, default=Path(__file__).with_name("gold_fr.json"))
    args = parser.parse_args()
    predictions = json.loads(args.predictions.read_text(encoding="utf-8"))
    print(json.dumps(score(args.gold, predictions), indent=1))


if __name__ == "__main__":
    main()
