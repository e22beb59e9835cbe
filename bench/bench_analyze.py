"""Benchmark ``recoupe analyze`` against a bare spaCy parse of the same texts.

    python bench/bench_analyze.py [CORPUS ...] [--repeat N]

Default corpus: ../shared/corpus. Prints, all measured in this run on this machine:

* the bare parse: every cleaned text that has a model, parsed by its language's spaCy pipeline
  with all its components (``fr_core_news_md``, the English model), in a child process;
* ``recoupe analyze`` on the same inputs into a fresh database, in a child process, with one
  process (``--jobs 1``) and with two spaCy workers (``--jobs 2``, the default on 2+ cores);
* articles/s, words/s, peak RSS of each child, and the ratio analyze / bare parse;
* the cost of each recoupe component as a ratio to the bare parse (same process, same texts,
  model already loaded): paragraphs fix, entities, quotes.

The baseline is measured in the same run so the ratio means something on any machine.
"""

from __future__ import annotations

import argparse
import os
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"

BARE = r"""
import json, sys, time, spacy
from recoupe import nlp
texts = json.load(open(sys.argv[1]))
t0 = time.perf_counter()
words = 0
for lang, items in texts.items():
    model = spacy.load(nlp.model_name(lang))
    for doc in model.pipe(items, batch_size=32):
        words += sum(not t.is_space for t in doc)
print(json.dumps({"seconds": time.perf_counter() - t0, "words": words}))
"""

STAGES = r"""
import json, sys, time, spacy
from recoupe import nlp
texts = json.load(open(sys.argv[1]))
out = {}
for lang, items in texts.items():
    name = nlp.model_name(lang)
    runs = {
        "bare": spacy.load(name),
        "paragraphs": nlp.load.__wrapped__(lang, None, ()),
        "entities": nlp.load.__wrapped__(lang, None, ("entities",)),
        "quotes": nlp.load.__wrapped__(lang, None, ("quotes",)),
        "all": nlp.load.__wrapped__(lang, None, ("entities", "quotes")),
    }
    for label, model in runs.items():
        list(model.pipe(items[:20]))  # warm up
        best = float("inf")
        for _ in range(int(sys.argv[2])):
            t0 = time.perf_counter()
            for _doc in model.pipe(items, batch_size=32):
                pass
            best = min(best, time.perf_counter() - t0)
        out.setdefault(lang, {})[label] = best
print(json.dumps(out))
"""


def _tree_rss(root: int) -> int:
    """Resident memory (KiB) of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as f:
                pages = int(f.read().split()[1])
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def child(args: list[str]) -> tuple[float, int, int, str]:
    """Run a child process: wall seconds, its own peak RSS (MiB, os.wait4), the peak of its
    whole process tree (MiB, /proc sampled every 0.2 s: worker processes included), stdout.
    (wait4 reports the largest of the child and the descendants it waited for.)"""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, text=True)
        tree_peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            tree_peak = max(tree_peak, _tree_rss(proc.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 1):
            sys.exit(f"child failed ({proc.returncode}): {' '.join(args)}\n{err.read()[-2000:]}")
        return seconds, usage.ru_maxrss // 1024, max(tree_peak // 1024, usage.ru_maxrss // 1024), out.read()


def cleaned_texts(paths: list[str]) -> tuple[dict[str, list[str]], int]:
    from recoupe import ingest
    from recoupe.errors import RecoupeError
    from recoupe.model import Rejection
    from recoupe.nlp import model_name
    from recoupe.pipeline import prepare

    texts: dict[str, list[str]] = {}
    n = 0
    for item in ingest.iter_articles(paths):
        if isinstance(item, Rejection):
            continue
        try:
            doc = prepare(item)
        except RecoupeError:
            continue
        n += 1
        if model_name(doc.language):
            texts.setdefault(doc.language, []).append(doc.text)
    return texts, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--repeat", type=int, default=2, help="best of N for the per-component timings")
    args = parser.parse_args()

    texts, n_articles = cleaned_texts(args.corpus)
    parsed = sum(len(v) for v in texts.values())
    with tempfile.TemporaryDirectory() as tmp:
        tfile = Path(tmp) / "texts.json"
        tfile.write_text(json.dumps(texts))
        bare_wall, _, bare_rss, out = child([sys.executable, "-c", BARE, str(tfile)])
        bare = json.loads(out)
        runs = {}
        for jobs in (1, 2):
            wall, own, tree, _ = child([sys.executable, "-m", "recoupe.cli", "analyze", *args.corpus,
                                        "--db", str(Path(tmp) / f"b{jobs}.db"), "--jobs", str(jobs)])
            runs[jobs] = (wall, own, tree)
        stages_out = json.loads(child([sys.executable, "-c", STAGES, str(tfile), str(args.repeat)])[3])

    words = bare["words"]
    print(f"corpus: {', '.join(args.corpus)}")
    print(f"articles: {n_articles} read and cleaned, {parsed} with a spaCy model ({', '.join(f'{k} {len(v)}' for k, v in texts.items())}), {words} words")
    print(f"bare spaCy parse (all components, incl. model load): {bare_wall:6.1f} s  {n_articles / bare_wall:6.1f} articles/s  {words / bare['seconds']:7.0f} words/s (parse only)  peak RSS {bare_rss} MiB")
    for jobs, (wall, own, tree) in runs.items():
        print(f"recoupe analyze --jobs {jobs} (everything, incl. load + store): {wall:6.1f} s  {n_articles / wall:6.1f} articles/s  "
              f"peak RSS {own} MiB largest process, {tree} MiB all processes  ratio to bare parse {wall / bare_wall:.2f}")
    for lang, timing in stages_out.items():
        base = timing["bare"]
        parts = "  ".join(f"{k} {v / base:.2f}" for k, v in timing.items() if k != "bare")
        print(f"[{lang}] pipeline time as a ratio to the bare parse (model loaded, best of {args.repeat}): {parts}")


if __name__ == "__main__":
    main()
