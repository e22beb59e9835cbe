"""Where a run's errors fall, in counts only: safe to run on a blind set (it prints no text,
no name, no document path, so nobody writing rules learns a blind article from it).

    python eval/buckets.py GOLD.jsonl OUT_DIR

OUT_DIR holds the run's documents.jsonl and quotes.jsonl (as eval/gate.py leaves them). Printed,
at the scorer's attribute threshold (50 %): misses and false positives by kind; wrong speakers
by what went wrong (another name, a role phrase for a name, none found, …) and by the form of
the mention the speaker was resolved from (pronoun, role phrase, name, no mention: a follow-on
quote); and how the wrong speakers spread over documents (a few documents holding most of them
means one wrong antecedent carried through the pronouns after it). Exit status 0, or 2 when a
file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from recoupe.errors import RecoupeError  # noqa: E402
from recoupe.evaluate import (  # noqa: E402
    ATTRIBUTE_THRESHOLD, _load_run, _pairs_for, match_units, read_gold, same_speaker,
)

PRONOUNS = frozenset({"il", "elle", "ils", "elles", "he", "she", "they", "it", "on"})
DETERMINERS = frozenset({"le", "la", "les", "un", "une", "des", "du", "ce", "cette", "ces", "son", "sa",
                         "ses", "the", "a", "an", "his", "her", "their", "its"})


def _phrase(text: str | None) -> bool:
    """A role or a description rather than a name: lower-case, or opening with a determiner."""
    words = (text or "").lower().split()
    return bool(text) and (text[:1].islower() or words[0] in DETERMINERS or words[0].startswith(("l'", "l’")))


def mention_form(mention: str | None) -> str:
    """'pronoun' ("il", "a-t-il", "he"), 'role phrase', 'name' or 'no mention'."""
    if not mention:
        return "no mention"
    words = mention.lower().replace("-t-", "-").replace("-", " ").split()
    if words[-1:] and words[-1] in PRONOUNS and len(words) <= 2:
        return "pronoun"
    return "role phrase" if _phrase(mention) else "name"


def wrong_kind(gold: str | None, predicted: str | None) -> str:
    """What went wrong with a speaker the scorer does not accept."""
    if predicted is None:
        return "none found"
    if gold is None:
        return "one given where the gold has none"
    g, p = _phrase(gold), _phrase(predicted)
    if g and p:
        return "another role phrase"
    if g:
        return "a name for a role phrase"
    if p:
        return "a role phrase for a name"
    return "another name"


def buckets(gold_path: Path, out_dir: Path) -> dict:
    """Counts of the run in ``out_dir`` against ``gold_path`` (see the module docstring)."""
    documents, quotes = _load_run(out_dir / "documents.jsonl", out_dir / "quotes.jsonl")
    out = {"missed": Counter(), "false positives": Counter(), "wrong speakers": Counter(),
           "mention": Counter(), "mention wrong": Counter(), "wrong per document": []}
    for gold in read_gold(gold_path):
        _, predicted = _pairs_for(gold, documents, quotes)
        pairs = match_units([g.text for g in gold.quotes], [q.text for q in predicted], ATTRIBUTE_THRESHOLD)
        gi, pj = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
        out["missed"].update(g.kind for i, g in enumerate(gold.quotes) if i not in gi)
        out["false positives"].update(q.kind for j, q in enumerate(predicted) if j not in pj)
        wrong = 0
        for i, j, _ in pairs:
            g, q = gold.quotes[i], predicted[j]
            form = mention_form(q.speaker_mention)
            out["mention"][form] += 1
            if not same_speaker(g.speaker, q.speaker):
                wrong += 1
                out["mention wrong"][form] += 1
                out["wrong speakers"][wrong_kind(g.speaker, q.speaker)] += 1
        if wrong:
            out["wrong per document"].append(wrong)
    out["wrong per document"].sort(reverse=True)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path, help="folder with the run's documents.jsonl and quotes.jsonl")
    args = parser.parse_args(argv)
    try:
        b = buckets(args.gold, args.out)
    except (RecoupeError, OSError) as exc:
        print(f"buckets: {exc}", file=sys.stderr)
        return 2
    for name in ("missed", "false positives", "wrong speakers"):
        print(f"{name}: " + (", ".join(f"{k} {v}" for k, v in b[name].most_common()) or "none"))
    print("wrong speakers by mention: " + (", ".join(
        f"{form} {b['mention wrong'][form]}/{n}" for form, n in b["mention"].most_common()) or "no pair"))
    per = b["wrong per document"]
    print(f"wrong speakers per document (largest first): {per or 'none'} in {len(per)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
