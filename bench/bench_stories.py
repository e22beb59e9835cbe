"""Time story building (events, threads, statements, corroboration) on synthetic documents.

    python bench/bench_stories.py [--sizes 10000 30000 100000] [--seed 1]

Documents are generated, not read: each belongs to a latent event (sizes 1–12) of a latent thread;
an event has 3 core actors drawn from a Zipf distribution over 20,000 entities, 8 terms and a date;
each document adds 2 random Zipf actors, random vocabulary words and, one time in three, a quote of
the event's speaker. Generation is not timed. Prints seconds per size, documents per second and the
B-cubed F1 of the events found (and CPU seconds: the wall clock moves with machine load) against the latent events (a sanity check, not a quality figure).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval" / "stories"))

import numpy as np  # noqa: E402
from score import bcubed  # noqa: E402

from recoupe.model import Document, Mention, Quote  # noqa: E402
from recoupe.stories import StoryIndex, StoryInput  # noqa: E402

SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu".split()


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))


def generate(n: int, seed: int) -> tuple[list[StoryInput], dict[str, str]]:
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    vocabulary = [word(rng) for _ in range(30_000)]
    names = [f"{word(rng).capitalize()} {word(rng).capitalize()}" for _ in range(20_000)]
    zipf = lambda k: [int(i) % len(names) for i in nprng.zipf(1.3, k)]  # noqa: E731
    items, latent = [], {}
    made, event_no, day = 0, 0, 0
    while made < n:
        event_no += 1
        day += rng.random() < 0.05
        core = list(dict.fromkeys(zipf(3) + [rng.randrange(len(names))]))[:3]
        terms = rng.sample(vocabulary, 8)
        speaker = names[core[0]]
        claim = " ".join(rng.sample(vocabulary, 10))
        published = f"2030-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}"
        for _ in range(min(rng.randint(1, 12), n - made)):
            doc_id = f"d{made:06d}"
            made += 1
            actors = [names[i] for i in core + zipf(2)]
            body = [rng.choice(terms) if rng.random() < 0.35 else rng.choice(vocabulary) for _ in range(70)]
            title = " ".join(rng.sample(terms, 4))
            parts, mentions = [], []
            pos = 0
            for a in actors:
                mentions.append(Mention(doc_id, a, pos, pos + len(a), "PER", a, f"E-{a}"))
                parts.append(a)
                pos += len(a) + 1
            text = " ".join(parts) + " " + " ".join(body)
            quotes = []
            if rng.random() < 0.33:
                said = " ".join(w for w in claim.split() if rng.random() < 0.85)
                text += f"\n« {said} », a déclaré {speaker}."
                start = text.index(said)
                quotes.append(Quote(f"{doc_id}-q0", doc_id, "direct", said, start, start + len(said), speaker=speaker))
            outlet = f"Outlet {rng.randrange(300)}"
            document = Document(doc_id, f"{doc_id}.txt", None, outlet, title, published, "fr", text)
            items.append(StoryInput(document, quotes, mentions))
            latent[doc_id] = f"e{event_no}"
    return items, latent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"{'documents':>10} {'seconds':>8} {'cpu s':>8} {'docs/s':>8} {'events':>8} {'threads':>8} {'statements':>10} {'event F1':>8}")
    for n in args.sizes:
        items, latent = generate(n, args.seed)
        start, cpu = time.perf_counter(), time.process_time()
        index = StoryIndex()
        for i in range(0, len(items), 1000):  # batches, as the pipeline feeds them
            index.add(items[i : i + 1000])
        stories = index.stories()
        statements = index.statements()
        index.edges()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        events = {d: s.id for s in stories if s.level == "event" for d in s.doc_ids}
        f1 = bcubed(latent, events)[2]
        print(f"{n:>10} {seconds:>8.1f} {cpu:>8.1f} {n / seconds:>8.0f} {sum(s.level == 'event' for s in stories):>8} "
              f"{sum(s.level == 'thread' for s in stories):>8} {len(statements):>10} {f1:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
