"""Latency of the analyst's desk (``recoupe serve``) on a 10,000-document database.

    python bench/bench_web.py [--docs 10000] [--requests 200] [--workers 8] [--db FILE] [--keep]

The database is synthetic and fictional, written straight into the store (``write_batch`` +
``save_derived``): running ``recoupe analyze`` on 10,000 articles takes the NLP pipeline's time
(tens of documents per second on one core), which says nothing about the web layer. Shapes follow
what the pipeline produces on news: 40 outlets, 2–4 quotations per document by speakers drawn
from a Zipf law over 3,000 people (so one speaker is quoted in hundreds of documents), events of
1–12 documents grouped into threads of 1–8 events, one big thread of 400 documents (a war, an
election), up to 10 statements per event, 1–2 citation edges per document.

``recoupe serve`` runs in a subprocess on a free loopback port. Each page is asked ``--requests``
times one after the other (one keep-alive connection), then ``2 × --requests`` times by
``--workers`` threads at once; the targets (stories, documents, speakers, search words) are drawn
at random, with the largest story and the most quoted speaker always among them. Prints
p50/p95/p99 in milliseconds per page, sequential and concurrent. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

from recoupe.model import Document, DocumentResult, Entity, Mention, Quote, SourceEdge, Story
from recoupe.store import SQLiteStore

SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu".split()
CUES = ["a déclaré", "a affirmé", "a estimé", "a démenti", "said", "told reporters"]
STATUSES = ["corroborated", "single-source", "single-source", "disputed", "unverified"]
RELATIONS = ["quotes", "relays", "translates", "mentions"]
TARGET_MS = 100


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def build(path: Path, n_docs: int, seed: int = 1) -> dict:
    """Write the synthetic database; returns what the requests are drawn from."""
    rng = random.Random(seed)
    vocabulary = list(dict.fromkeys(_word(rng) for _ in range(8_000)))
    outlets = [f"{_word(rng).capitalize()} {rng.choice(['Matin', 'Soir', 'Presse', 'Times', 'Wire', 'Info'])}" for _ in range(40)]
    people = [Entity(f"e_{i:05d}", f"{_word(rng).capitalize()} {_word(rng).capitalize()}", "PER") for i in range(3_000)]
    places = [Entity(f"l_{i:04d}", _word(rng).capitalize(), "LOC") for i in range(500)]

    def zipf_person() -> Entity:
        # one draw in 25 from a Pareto law over ranks, the rest uniform: the top speaker is then
        # quoted ~600 times in 10,000 documents (a head of state in a year of news), most a few times
        if rng.random() < 0.04:
            return people[min(int(rng.paretovariate(1.2)) - 1, len(people) - 1)]
        return people[rng.randrange(len(people))]

    # latent events (1–12 documents) and threads (1–8 events), plus one big thread
    events: list[list[int]] = []
    i = 0
    big = list(range(400))
    for j in range(0, 400, 10):
        events.append(big[j : j + 10])
    i = 400
    while i < n_docs:
        size = min(rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 8, 12]), n_docs - i)
        events.append(list(range(i, i + size)))
        i += size
    threads: list[list[int]] = [list(range(40))]  # the big thread: the first 40 events
    e = 40
    while e < len(events):
        size = min(rng.randint(1, 8), len(events) - e)
        threads.append(list(range(e, e + size)))
        e += size

    doc_ids = [f"d{k:06d}" for k in range(n_docs)]
    event_of = {d: ev for ev, members in enumerate(events) for d in members}
    results, quote_updates, edges = [], {}, []
    clusters: dict[int, list[tuple[str, str, str, list[int]]]] = {}
    for k in range(n_docs):
        ev = event_of[k]
        day = f"2024-{1 + ev * 11 // len(events):02d}-{1 + ev % 28:02d}"
        speaker = zipf_person()
        paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(25, 45))).capitalize() + "." for _ in range(6)]
        quotes: list[Quote] = []
        text_parts: list[str] = []
        pos = 0
        for p, paragraph in enumerate(paragraphs):
            if p in (1, 3, 4) and len(quotes) < rng.randint(2, 4):
                said = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 14)))
                who = speaker if p != 4 else zipf_person()
                line = f"« {said} », {rng.choice(CUES)} {who.canonical}."
                qid = f"{doc_ids[k]}-q{len(quotes):03d}"
                cluster = f"c-{ev}-{p}"
                quotes.append(Quote(qid, doc_ids[k], rng.choice(["direct", "indirect", "mixed"]), said, pos + 2, pos + 2 + len(said),
                                    who.canonical, None, who.canonical, "a déclaré", rng.choice([None, None, outlets[0]]), cluster))
                quote_updates[qid] = {"speaker_id": who.id}
                clusters.setdefault(ev, []).append((cluster, said, who.canonical, [k]))
                paragraph = line
            text_parts.append(paragraph)
            pos += len(paragraph) + 1
        text = "\n".join(text_parts)
        place = rng.choice(places)
        mentions = [Mention(doc_ids[k], place.canonical, 0, len(place.canonical), "LOC", place.canonical, place.id)]
        outlet = rng.choice(outlets)
        document = Document(doc_ids[k], f"synthetic/{k}.txt", f"https://{outlet.split()[0].lower()}.example/{k}", outlet,
                            f"{place.canonical} : " + " ".join(rng.choice(vocabulary) for _ in range(7)), day,
                            "fr" if rng.random() < 0.7 else "en", text, removed=["Partager sur Facebook", "Lire aussi : " + _word(rng)],
                            content_hash=f"h{k}", cited_sources=[rng.choice(outlets)])
        results.append(DocumentResult(document, quotes, mentions))
        for rel in rng.sample(RELATIONS, rng.randint(1, 2)):
            edges.append(SourceEdge(doc_ids[k], outlet, rng.choice(outlets), rel))

    def statements(ev: int) -> list[dict]:
        merged: dict[str, dict] = {}
        for cluster, said, who, docs in clusters.get(ev, []):
            st = merged.setdefault(cluster, {"cluster": cluster, "text": said, "speaker": who, "doc_ids": [], "outlets": [],
                                             "independent_sources": 1, "status": rng.choice(STATUSES)})
            st["doc_ids"] += [doc_ids[d] for d in docs]
            st["outlets"] = sorted({results[d].document.outlet for d in [int(x[1:]) for x in st["doc_ids"]]})
            st["independent_sources"] = max(1, len(st["outlets"]) // 2)
        return list(merged.values())[:10]

    stories: list[Story] = []
    for t, members in enumerate(threads):
        tid = f"t-{t:05d}"
        t_docs = [doc_ids[d] for ev in members for d in events[ev]]
        t_statements = [st for ev in members for st in statements(ev)][:30]
        actors = sorted({q.speaker_id or quote_updates[q.id]["speaker_id"] for ev in members for d in events[ev] for q in results[d].quotes})[:12]
        dates = sorted(results[int(d[1:])].document.published for d in t_docs)
        stories.append(Story(tid, "thread", None, " ".join(rng.choice(vocabulary) for _ in range(4)), t_docs, dates[0], dates[-1], actors, t_statements))
        for ev in members:
            e_docs = [doc_ids[d] for d in events[ev]]
            stories.append(Story(f"e-{ev:05d}", "event", tid, " ".join(rng.choice(vocabulary) for _ in range(4)), e_docs,
                                 dates[0], dates[-1], actors[:6], statements(ev)))

    path.unlink(missing_ok=True)
    store = SQLiteStore(path)
    try:
        for start in range(0, n_docs, 500):
            store.write_batch(results[start : start + 500], {})
        store.save_derived(entities=people + places, mention_entities={}, quote_updates=quote_updates, stories=stories,
                           edges=edges, state={}, linked_ids=doc_ids)
    finally:
        store.close()
    biggest_speaker = max(people, key=lambda p: sum(1 for u in quote_updates.values() if u["speaker_id"] == p.id)).id
    return {
        "documents": doc_ids,
        "stories": [s.id for s in stories],
        "biggest_story": "t-00000",
        "speakers": sorted({u["speaker_id"] for u in quote_updates.values()}),
        "biggest_speaker": biggest_speaker,
        "words": vocabulary,
    }


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "recoupe", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api")
            if conn.getresponse().status == 200:
                conn.close()
                return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("recoupe serve did not start within 30 s")


def targets(data: dict, rng: random.Random) -> dict[str, Callable[[], str]]:
    seg = lambda s: quote(s, safe="")  # noqa: E731

    def story() -> str:
        return data["biggest_story"] if rng.random() < 0.1 else rng.choice(data["stories"])

    def speaker() -> str:
        return data["biggest_speaker"] if rng.random() < 0.1 else rng.choice(data["speakers"])

    def words() -> str:
        return " ".join(rng.choice(data["words"][:2000]) for _ in range(rng.randint(1, 2)))

    pages = {
        "story": lambda: f"/stories/{seg(story())}",
        "search q": lambda: "/search?" + urlencode({"q": words()}),
        "search list": lambda: "/search?" + urlencode({"offset": rng.randrange(0, 2000)}),
        "document": lambda: f"/documents/{seg(rng.choice(data['documents']))}",
        "speaker": lambda: f"/speakers/{seg(speaker())}",
        "stories": lambda: f"/stories?offset={rng.randrange(0, 1000)}",
        "speakers": lambda: "/speakers",
        "outlets": lambda: "/outlets",
        "home": lambda: "/",
    }
    # JSON twins: the same path under /api (search pages' twin is /api/search)
    out = {}
    for name, make in pages.items():
        out[name] = make
        if name != "home":
            out[f"{name} json"] = (lambda make=make: "/api" + make())
    return out


def timed(port: int, paths: list[str]) -> list[float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    times = []
    for path in paths:
        t0 = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        times.append((time.perf_counter() - t0) * 1000)
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}: {body[:300]!r}")
    conn.close()
    return times


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--db", type=Path, help="where to write the database (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="bench-web-")
    db = args.db or Path(tmp) / "bench.db"
    t0 = time.perf_counter()
    data = build(db, args.docs, args.seed)
    print(f"built {args.docs} documents in {time.perf_counter() - t0:.1f} s ({db.stat().st_size / 1e6:.0f} MB)", flush=True)
    proc, port = start_server(db)
    rng = random.Random(args.seed)
    failures = []
    try:
        pages = targets(data, rng)
        timed(port, [make() for make in pages.values() for _ in range(3)])  # warm-up
        print(f"{'page':<18} {'seq p50':>8} {'p95':>7} {'p99':>7} {'conc p50':>9} {'p95':>7} {'p99':>7}   (ms; {args.workers} workers)")
        for name, make in pages.items():
            seq = timed(port, [make() for _ in range(args.requests)])
            chunks = [[make() for _ in range(args.requests * 2 // args.workers)] for _ in range(args.workers)]
            with ThreadPoolExecutor(args.workers) as pool:
                conc = [t for part in pool.map(lambda paths: timed(port, paths), chunks) for t in part]
            row = [pct(seq, 50), pct(seq, 95), pct(seq, 99), pct(conc, 50), pct(conc, 95), pct(conc, 99)]
            flag = "" if row[1] < TARGET_MS else "  <- sequential p95 over target"
            if flag:
                failures.append(name)
            print(f"{name:<18} " + " ".join(f"{v:>{w}.1f}" for v, w in zip(row, (8, 7, 7, 9, 7, 7), strict=True)) + flag, flush=True)
    finally:
        proc.terminate()
        proc.wait(10)
        if args.keep or args.db:
            print(f"database kept at {db}")
        else:
            shutil.rmtree(tmp)
    print("all sequential p95 under", TARGET_MS, "ms" if not failures else f"over target: {', '.join(failures)}")


if __name__ == "__main__":
    main()
