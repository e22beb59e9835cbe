"""Events and threads: online single-pass clustering with an inverted index (sublinear).

Each document arrives with a sparse feature vector of *actors* (entity ids, weighted by mention
counts, title mentions counted double) and *terms* (tf-idf over light stems, title words
counted triple), and optionally a dense vector (spaCy ``doc.vector``). It joins the most similar
**event** among the candidates the inverted index gives, or starts a new one; a new event joins
the most similar **thread** at a looser threshold, or starts a new one. Events keep ids of the
form ``e-<first doc id>`` and threads ``t-<first doc id>``, so ids stay stable as documents come.

Candidate search never looks at all pairs: the document's heaviest keys (``KEYS_ACTORS`` actors,
``KEYS_TERMS`` terms) are looked up in posting lists of which only the ``POSTING_SCAN`` most
recent entries are read; of the clusters hit, the ``CANDIDATES`` with most shared keys are scored.
The work per document is bounded by constants, so building is linear in the number of documents.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .features import add_into, cosine
from .spill import CAPACITY, Backing, MemoryBacking, SpillDict, same

# Calibrated together (grid over EVENT 0.42–0.55, THREAD 0.06–0.22, W_VECTOR 0–0.3, key counts)
# on the 5 seed articles + shared/corpus/news-dev/fr (59 documents, gold in
# eval/stories/gold_fr.json, scored by eval/stories/score.py). The seeds (different speeches of
# one man) are 5 events in one thread for any EVENT_THRESHOLD ≥ 0.42 once vectors are centred;
# pairs of seeds score 0.30–0.40. Thread B-cubed F1 peaks at THREAD 0.10 (0.58); lower, the
# Ukraine-war opinion pieces pour into one thread (precision 0.76 at 0.06). Do not tune one alone.
EVENT_THRESHOLD = 0.5
THREAD_THRESHOLD = 0.1
#: weights of the three similarities (actors, terms, dense vector); without vectors the first
#: two are rescaled to sum to 1. Centred spaCy md vectors separate threads only weakly on
#: news-dev/fr (same-thread p90 cosine 0.48 vs 0.38 across): they get a small weight.
W_ACTORS, W_TERMS, W_VECTOR = 0.45, 0.45, 0.1
#: a document joins an event only within this many days of the event's dates (when both have
#: dates): one occurrence is reported within days; threads have no date limit
EVENT_DAYS = 4
#: feature sizes kept per document and per centroid (bounded memory and state)
DOC_ACTORS, DOC_TERMS, CENTROID_KEYS = 12, 25, 60
#: candidate search bounds (see module docstring); 8+10 keys × 40 postings ≈ 720 lookups per
#: document, which keeps 100k documents under a minute on 2 cores (bench/bench_stories.py)
KEYS_ACTORS, KEYS_TERMS, POSTING_SCAN, CANDIDATES = 8, 10, 40, 8
#: a cluster is a candidate only if it shares at least this many keys with the document
MIN_SHARED_KEYS = 2
#: a cluster among the last RECENT_CHECK entries of a posting list is not appended again
RECENT_CHECK = 8
#: posting lists are trimmed to their most recent entries past this length
POSTING_MAX = 400


@dataclass(slots=True)
class Features:
    """What clustering needs of one document (normalised sparse vectors)."""

    doc_id: str
    published: str | None
    actors: dict[str, float]
    terms: dict[str, float]
    vector: np.ndarray | None = None


@dataclass(slots=True)
class Cluster:
    id: str
    parent: str | None
    docs: list[str] = field(default_factory=list)
    actors: dict[str, float] = field(default_factory=dict)
    terms: dict[str, float] = field(default_factory=dict)
    vector: np.ndarray | None = None
    n_vectors: int = 0
    first: str | None = None
    last: str | None = None
    children: list[str] = field(default_factory=list)
    _norms: tuple[float, float] | None = None

    def add(self, f: Features) -> None:
        self.docs.append(f.doc_id)
        self.actors = add_into(self.actors, f.actors, CENTROID_KEYS)
        self.terms = add_into(self.terms, f.terms, CENTROID_KEYS)
        self._norms = None
        if f.vector is not None:
            self.vector = f.vector.copy() if self.vector is None else self.vector + f.vector
            self.n_vectors += 1
        if f.published:
            day = f.published[:10]
            self.first = day if self.first is None or day < self.first else self.first
            self.last = day if self.last is None or day > self.last else self.last

    def similarity(self, f: Features, mean: np.ndarray | None) -> float:
        if self._norms is None:
            self._norms = (_norm(self.actors) or 1.0, _norm(self.terms) or 1.0)
        a = cosine(f.actors, self.actors) / self._norms[0]
        t = cosine(f.terms, self.terms) / self._norms[1]
        if f.vector is not None and self.vector is not None and mean is not None:
            # averaged word vectors all look alike (cosine ≈ 0.95 between any two French news
            # articles): compare them centred on the mean vector of the collection
            x = f.vector - mean
            y = self.vector - self.n_vectors * mean
            norm = float(np.linalg.norm(x) * np.linalg.norm(y))
            v = float(x @ y) / norm if norm else 0.0
            return W_ACTORS * a + W_TERMS * t + W_VECTOR * v
        scale = W_ACTORS + W_TERMS
        return (W_ACTORS * a + W_TERMS * t) / scale

    def within_days(self, published: str | None, days: int) -> bool:
        if not published or not self.first:
            return True
        day = _ordinal(published)
        return _ordinal(self.first) - days <= day <= _ordinal(self.last or self.first) + days

    def to_state(self) -> dict:
        return {
            "id": self.id, "parent": self.parent, "docs": self.docs,
            "actors": {k: round(v, 4) for k, v in self.actors.items()},
            "terms": {k: round(v, 4) for k, v in self.terms.items()},
            "vector": _pack(self.vector), "n_vectors": self.n_vectors, "first": self.first, "last": self.last,
            "children": self.children,
        }

    @classmethod
    def from_state(cls, s: dict) -> Cluster:
        return cls(s["id"], s["parent"], list(s["docs"]), dict(s["actors"]), dict(s["terms"]),
                   _unpack(s.get("vector")), s.get("n_vectors", 0), s.get("first"), s.get("last"), list(s.get("children", [])))


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


@lru_cache(maxsize=100_000)
def _ordinal(day: str) -> int:
    y, m, d = int(day[:4]), int(day[5:7] or 1), int(day[8:10] or 1)
    import datetime as dt  # noqa: PLC0415

    try:
        return dt.date(y, m, d).toordinal()
    except ValueError:
        return dt.date(y, 1, 1).toordinal()


def _pack(vector: np.ndarray | None) -> str | None:
    """A dense vector as base64 float16 (compact state; 300 dims → 800 characters)."""
    if vector is None:
        return None
    return base64.b64encode(vector.astype(np.float16).tobytes()).decode("ascii")


def _unpack(data: str | None) -> np.ndarray | None:
    if not data:
        return None
    return np.frombuffer(base64.b64decode(data), dtype=np.float16).astype(np.float32)


def _keys(f: Features) -> list[str]:
    actors = sorted(f.actors.items(), key=lambda kv: -kv[1])[:KEYS_ACTORS]
    terms = sorted(f.terms.items(), key=lambda kv: -kv[1])[:KEYS_TERMS]
    return [f"a:{k}" for k, _ in actors] + [f"t:{k}" for k, _ in terms]


class Clusterer:
    """Events under threads, grown one document at a time (see the module docstring).

    Events, threads and the document → event map are ``SpillDict``s over ``backing``: only the
    recently used part is in memory (the postings, bounded per key, stay in memory)."""

    def __init__(self, backing: Backing | None = None, capacity: int = CAPACITY) -> None:
        backing = backing if backing is not None else MemoryBacking()
        self.events: SpillDict[Cluster] = SpillDict(backing, "event", Cluster.to_state, Cluster.from_state, capacity)
        self.threads: SpillDict[Cluster] = SpillDict(backing, "thread", Cluster.to_state, Cluster.from_state, capacity)
        self.doc_event: SpillDict[str] = SpillDict(backing, "doc_event", same, same, capacity)
        #: mean document vector of the collection (set by the index; ``None``: vectors unused)
        self.mean: np.ndarray | None = None
        self._event_postings: dict[str, list[str]] = {}
        self._thread_postings: dict[str, list[str]] = {}

    # -- building --------------------------------------------------------------------------------
    def add(self, f: Features) -> str:
        """Place one document; returns its event id."""
        if f.doc_id in self.doc_event:
            return self.doc_event[f.doc_id]
        keys = _keys(f)
        event = self._best(f, keys, self._event_postings, self.events, EVENT_THRESHOLD, EVENT_DAYS)
        if event is None:
            event = Cluster(f"e-{f.doc_id}", None)
            self.events[event.id] = event
            thread = self._best(f, keys, self._thread_postings, self.threads, THREAD_THRESHOLD, None)
            if thread is None:
                thread = Cluster(f"t-{f.doc_id}", None)
                self.threads[thread.id] = thread
            event.parent = thread.id
            thread.children.append(event.id)
        thread = self.threads[event.parent]  # type: ignore[index]
        event.add(f)
        thread.add(f)
        # set again: a value changed after it left memory must be written back (spill.SpillDict)
        self.events[event.id] = event
        self.threads[thread.id] = thread
        self._post(keys, event.id, self._event_postings)
        self._post(keys, thread.id, self._thread_postings)
        self.doc_event[f.doc_id] = event.id
        return event.id

    def _best(self, f, keys, postings, clusters, threshold, days) -> Cluster | None:
        hits: dict[str, int] = {}
        for key in keys:
            for cid in postings.get(key, ())[-POSTING_SCAN:]:
                hits[cid] = hits.get(cid, 0) + 1
        ranked = sorted((c for c, n in hits.items() if n >= MIN_SHARED_KEYS), key=lambda c: -hits[c])[:CANDIDATES]
        best, best_score = None, threshold
        for cid in ranked:
            cluster = clusters[cid]
            if days is not None and not cluster.within_days(f.published, days):
                continue
            score = cluster.similarity(f, self.mean)
            if score >= best_score:
                best, best_score = cluster, score
        return best

    @staticmethod
    def _post(keys: list[str], cid: str, postings: dict[str, list[str]]) -> None:
        for key in keys:
            plist = postings.setdefault(key, [])
            # a cluster already among the last few entries is not posted again (bounded check)
            if cid not in plist[-RECENT_CHECK:]:
                plist.append(cid)
            if len(plist) > POSTING_MAX:
                del plist[: len(plist) - POSTING_SCAN * 2]

    # -- state -----------------------------------------------------------------------------------
    def sync(self) -> None:
        for spilled in (self.events, self.threads, self.doc_event):
            spilled.sync()

    def to_state(self) -> dict:
        """The postings (the clusters themselves are in the backing: ``sync`` first)."""
        return {"event_postings": self._event_postings, "thread_postings": self._thread_postings}

    @classmethod
    def from_state(cls, state: dict, backing: Backing | None = None, capacity: int = CAPACITY) -> Clusterer:
        """From ``to_state`` and the backing it was synced to; a version-1 state (clusters listed
        in the state itself) is moved into the backing."""
        self = cls(backing, capacity)
        for s in state.get("events", []):
            c = Cluster.from_state(s)
            self.events[c.id] = c
            for d in c.docs:
                self.doc_event[d] = c.id
        for s in state.get("threads", []):
            c = Cluster.from_state(s)
            self.threads[c.id] = c
        self._event_postings = {k: list(v) for k, v in state.get("event_postings", {}).items()}
        self._thread_postings = {k: list(v) for k, v in state.get("thread_postings", {}).items()}
        return self
