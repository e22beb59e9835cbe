"""Cost of quote extraction as a ratio to the spaCy parse of the same texts (issue #3: ≤ 15 %).

    python bench/bench_quotes.py [CORPUS]

Default corpus: ../shared/corpus (news-dev/fr + seeds, news-dev/en). Each language's cleaned
texts are parsed once by the full model (CPU time), then ``extract_quotes`` runs over the parsed
docs (best of 3, CPU time), in the same process: the ratio does not depend on the machine's load.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from recoupe import ingest, nlp
from recoupe.model import Rejection
from recoupe.pipeline import prepare
from recoupe.quotes import extract_quotes

CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    for lang in ("fr", "en"):
        paths = sorted((CORPUS / "news-dev" / lang).glob("*.txt"))
        if lang == "fr":
            paths += sorted((CORPUS / "seeds").glob("*.txt"))
        texts = []
        for item in ingest.iter_articles([str(p) for p in paths]):
            if isinstance(item, Rejection):
                continue
            doc = prepare(item)
            if doc.language == lang:
                texts.append(doc.text)
        model = nlp.load(lang, stages=())  # the model and the paragraph fix, no recoupe stage
        list(model.pipe(texts[:5]))
        t0 = time.process_time()
        docs = list(model.pipe(texts, batch_size=32))
        parse = time.process_time() - t0
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for doc in docs:
                extract_quotes(doc)
            best = min(best, time.process_time() - t0)
        print(f"{lang}: {len(texts)} docs, parse {parse:.2f} s CPU, extract_quotes {best:.2f} s CPU "
              f"= {100 * best / parse:.1f} % of the parse")


if __name__ == "__main__":
    main()
