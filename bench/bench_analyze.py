"""Benchmark ``recoupe analyze`` against a bare spaCy parse of the same texts.

    python bench/bench_analyze.py [CORPUS ...] [--repeat N]

Default corpus: ../shared/corpus. Prints, all measured in this run on this machine:

* the bare parse: every cleaned text that has a model, parsed by its language's spaCy pipeline
  with all its components (``fr_core_news_md``, the English model), in a child process;
* ``recoupe analyze`` on the same inputs into a fresh database, in a child process;
* articles/s, words/s, peak RSS of each child, and the ratio analyze / bare parse;
* the cost of each recoupe component as a ratio to the bare parse (same process, same texts,
  model already loaded): paragraphs fix, entities, quotes.

The baseline is measured in the same run so the ratio means something on any machine.
"""

from __future__ import annotations

import argparse
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


def child(args: list[str]) -> tuple[float, int, str]:
    """Run a child process; its wall seconds, its own peak RSS in MiB (os.wait4), its stdout."""
    import os

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 1):
            sys.exit(f"child failed ({proc.returncode}): {' '.join(args)}\n{err.read()[-2000:]}")
        return seconds, usage.ru_maxrss // 1024, out.read()


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
        bare_wall, bare_rss, out = child([sys.executable, "-c", BARE, str(tfile)])
        bare = json.loads(out)
        ana_wall, ana_rss, _ = child([sys.executable, "-m", "recoupe.cli", "analyze", *args.corpus, "--db", str(Path(tmp) / "b.db")])
        stages_out = json.loads(child([sys.executable, "-c", STAGES, str(tfile), str(args.repeat)])[2])

    words = bare["words"]
    print(f"corpus: {', '.join(args.corpus)}")
    print(f"articles: {n_articles} read and cleaned, {parsed} with a spaCy model ({', '.join(f'{k} {len(v)}' for k, v in texts.items())}), {words} words")
    print(f"bare spaCy parse (all components, incl. model load): {bare_wall:6.1f} s  {n_articles / bare_wall:6.1f} articles/s  {words / bare['seconds']:7.0f} words/s (parse only)  peak RSS {bare_rss} MiB")
    print(f"recoupe analyze (everything, incl. load + store):    {ana_wall:6.1f} s  {n_articles / ana_wall:6.1f} articles/s  peak RSS {ana_rss} MiB")
    print(f"ratio analyze / bare parse: {ana_wall / bare_wall:.2f}")
    for lang, timing in stages_out.items():
        base = timing["bare"]
        parts = "  ".join(f"{k} {v / base:.2f}" for k, v in timing.items() if k != "bare")
        print(f"[{lang}] pipeline time as a ratio to the bare parse (model loaded, best of {args.repeat}): {parts}")


if __name__ == "__main__":
    main()
