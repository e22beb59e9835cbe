"""Group the five seed articles and shared/corpus/news-dev/fr into stories, standalone.

    python eval/stories/run_fr.py [--out predictions.json] [--no-vectors]

The pipeline's own stages are not needed: titles are the first line, mentions are spaCy's
``doc.ents`` (``fr_core_news_md``) with a naive entity id (the lower-cased text), quotes are the
« » spans (speaker unknown) and the vector is ``doc.vector``. Prints where each seed fell and the
B-cubed scores of news-dev/fr against ``gold_fr.json``; writes the predictions for ``score.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import spacy

from recoupe.model import Document, Mention, Quote
from recoupe.stories import StoryIndex, StoryInput

sys.path.insert(0, str(Path(__file__).parent))
from score import score  # noqa: E402

CORPUS = Path("/work/shared/corpus")
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def inputs(nlp, paths: list[Path], vectors: bool) -> list[StoryInput]:
    out = []
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for path, raw, doc in zip(paths, texts, nlp.pipe(texts, batch_size=16)):
        title = raw.strip().splitlines()[0] if raw.strip() else ""
        d = Document(id=path.name, path=str(path), url=None, outlet=None, title=title,
                     published=None, language="fr", text=raw)
        mentions = [Mention(path.name, e.text, e.start_char, e.end_char, LABELS.get(e.label_, "MISC"),
                            e.text, e.text.lower()) for e in doc.ents]
        quotes = [Quote(f"{path.name}-q{i}", path.name, "direct", m.group(1), m.start(1), m.end(1))
                  for i, m in enumerate(re.finditer(r"«\s*([^»]{10,}?)\s*»", raw))]
        out.append(StoryInput(d, quotes, mentions, doc.vector if vectors else None))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/stories_fr_predictions.json"))
    parser.add_argument("--no-vectors", action="store_true")
    args = parser.parse_args()
    nlp = spacy.load("fr_core_news_md", exclude=["senter"])
    seeds = sorted((CORPUS / "seeds").glob("*.txt"))
    dev = sorted((CORPUS / "news-dev" / "fr").glob("*.txt"))
    index = StoryIndex()
    index.add(inputs(nlp, seeds + dev, not args.no_vectors))
    stories = index.stories()
    event_of = {d: s for s in stories if s.level == "event" for d in s.doc_ids}
    thread_of = {d: s for s in stories if s.level == "thread" for d in s.doc_ids}
    for p in seeds:
        print(f"{p.name}: event {event_of[p.name].id[:14]}  thread {thread_of[p.name].id[:14]}  {thread_of[p.name].label}")
    seed_threads = {thread_of[p.name].id for p in seeds}
    seed_events = {event_of[p.name].id for p in seeds}
    print(f"seeds: {len(seed_threads)} thread(s), {len(seed_events)} event(s); "
          f"that thread holds {len(thread_of[seeds[0].name].doc_ids)} documents")
    for s in stories:
        if s.level == "thread" and len(s.doc_ids) > 1:
            print(f"thread {s.label!r}: {', '.join(s.doc_ids)}")
    predictions = {d: {"event": event_of[d].id, "thread": thread_of[d].id} for d in event_of}
    args.out.write_text(json.dumps(predictions, indent=1), encoding="utf-8")
    print(json.dumps(score(Path(__file__).with_name("gold_fr.json"), predictions)))
    print(f"statements: {len(index.statements())}, multi-document: "
          f"{sum(1 for s in index.statements() if len(s.doc_ids) > 1)}")


if __name__ == "__main__":
    main()
