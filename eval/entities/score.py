"""Pairwise merge precision and recall of entity resolution against ``pairs.tsv``.

    /work/venv/bin/python eval/entities/score.py [--corpus /work/shared/corpus] [--errors]

Every document of the corpus folders the pairs draw on (``seeds``, ``news-dev/fr``,
``news-dev/en``) goes through the real pipeline (``nlp.load(lang, stages=("entities",))``) and one
``EntityResolver``; then each gold pair (doc1, mention1, doc2, mention2, same|different) is looked
up: a mention is the first predicted mention of the document with exactly that text, else the
predicted mention covering the first occurrence of the text, else it is missing (its pair counts
as "not merged"). Precision = pairs merged that should be / pairs merged; recall = pairs merged
that should be / pairs that should be. The gold holds annotations only, never article text.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from recoupe import nlp as recoupe_nlp
from recoupe.entities import EntityResolver
from recoupe.model import Mention

HERE = Path(__file__).resolve().parent
FOLDERS = (("seeds", "fr"), ("news-dev/fr", "fr"), ("news-dev/en", "en"))


def read_pairs(path: Path) -> list[tuple[str, str, str, str, bool]]:
    pairs = []
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows)  # header
        for doc1, m1, doc2, m2, label in rows:
            pairs.append((doc1, m1, doc2, m2, label == "same"))
    return pairs


def analyse(corpus: Path) -> tuple[dict[str, list[Mention]], dict[str, str]]:
    """Mentions per document id (path under the corpus, no suffix) and the texts, resolved."""
    resolver = EntityResolver()
    mentions: dict[str, list[Mention]] = {}
    texts: dict[str, str] = {}
    for folder, lang in FOLDERS:
        nlp = recoupe_nlp.load(lang, stages=("entities",))
        files = sorted((corpus / folder).glob("*.txt"))
        for path in files:
            texts[f"{folder}/{path.stem}"] = path.read_text(encoding="utf-8")
        for path, doc in zip(files, nlp.pipe(texts[f"{folder}/{p.stem}"] for p in files)):
            doc_id = f"{folder}/{path.stem}"
            for m in doc._.mentions:
                m.doc_id = doc_id
            mentions[doc_id] = doc._.mentions
    resolver.resolve([m for ms in mentions.values() for m in ms])
    return mentions, texts


def find(mentions: list[Mention], text: str, surface: str) -> Mention | None:
    for m in mentions:
        if m.text == surface:
            return m
    at = text.find(surface)
    if at < 0:
        return None
    for m in mentions:
        if m.start < at + len(surface) and at < m.end:
            return m
    return None


def score(pairs, mentions, texts) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    errors = []
    for doc1, m1, doc2, m2, same in pairs:
        a = find(mentions.get(doc1, []), texts.get(doc1, ""), m1)
        b = find(mentions.get(doc2, []), texts.get(doc2, ""), m2)
        merged = a is not None and b is not None and a.entity_id == b.entity_id
        if merged and same:
            tp += 1
        elif merged:
            fp += 1
            errors.append(f"FALSE MERGE  {doc1}:{m1!r} = {doc2}:{m2!r}")
        elif same:
            fn += 1
            why = "missing mention" if a is None or b is None else f"{a.key!r} / {b.key!r}"
            errors.append(f"MISSED       {doc1}:{m1!r} ≠ {doc2}:{m2!r}  ({why})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--pairs", type=Path, default=HERE / "pairs.tsv")
    parser.add_argument("--errors", action="store_true", help="list every wrong pair")
    parser.add_argument("--floors", type=Path, help="fail (exit 1) below the 'entities' floors of this file (eval/entities/floors.json)")
    args = parser.parse_args(argv)
    pairs = read_pairs(args.pairs)
    mentions, texts = analyse(args.corpus)
    precision, recall, errors = score(pairs, mentions, texts)
    same = sum(p[4] for p in pairs)
    print(f"{len(pairs)} pairs ({same} same, {len(pairs) - same} different)")
    print(f"pairwise merge precision {precision:.3f}  recall {recall:.3f}")
    if args.errors:
        print("\n".join(errors))
    if args.floors:
        import json  # noqa: PLC0415

        floors = json.loads(args.floors.read_text(encoding="utf-8"))["entities"]
        below = [f"{name} {value:.3f} < floor {floors[name]}" for name, value in
                 (("precision", precision), ("recall", recall)) if value < floors[name]]
        if below:
            print("entity gate FAILED: " + "; ".join(below))
            return 1
        print("entity gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
