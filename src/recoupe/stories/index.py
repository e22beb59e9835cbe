"""``StoryIndex``: the cross-document view, grown incrementally (see the package docstring)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from collections import OrderedDict
from collections.abc import Iterator

from ..model import Document, Mention, Quote, SourceEdge, Statement, Story
from . import corroboration as corr
from . import provenance
from .dates import statement_date
from .events import DOC_ACTORS, DOC_TERMS, Clusterer, Features
from .spill import CAPACITY, Backing, MemoryBacking, SpillDict, same
from .features import fold, stem, terms, weigh
from .statements import QuoteInfo, StatementGroups, content, speaker_keys

#: 2: the records (clusters, documents, quotes, denials) live in a backing (``spill.py``), the
#: state keeps the vocabulary-sized parts; a version-1 state is converted on load
STATE_VERSION = 2
#: a denial's stems point at its most recent postings only (``_denials_near`` reads the last 50)
DENIAL_POSTINGS = 50
#: statements built while writing stories, kept for the next stories that show them
STATEMENT_CACHE = 5000
#: title words weigh as much as this many body occurrences (a headline names the event)
TITLE_WEIGHT = 3
#: mentions in the lead (first characters of the body) count double: the lead names the actors
LEAD_CHARS = 400
#: body characters read for terms (the lead and first paragraphs carry the topic; the tail of long
#: articles adds noise and time)
BODY_CHARS = 6000
#: actors and terms shown in a story label
LABEL_ACTORS, LABEL_TERMS = 2, 3
#: entities listed per story (most central first)
STORY_ENTITIES = 10
#: dense vectors are used once this many documents gave one (the mean they are centred on is
#: meaningless over fewer; 20 is where the centred cosines of the seeds stopped moving by > 0.05)
MIN_VECTORS = 20


@dataclass(slots=True)
class StoryInput:
    """One document as the story stage needs it.

    ``mentions`` should carry ``entity_id`` (mentions without one are keyed by their folded
    text); ``vector`` is an optional dense vector of the text (spaCy ``doc.vector``)."""

    document: Document
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    vector: np.ndarray | None = None


@dataclass(slots=True)
class _Pending:
    doc_id: str
    published: str | None
    actors: Counter
    terms: Counter
    vector: np.ndarray | None
    quotes: list[QuoteInfo]


class StoryIndex:
    """Events, threads, statements, provenance and corroboration over the documents added.

    Per-document and per-cluster records are kept in ``backing`` (``spill.MemoryBacking`` by
    default; the store's table when linking), at most ``capacity`` of each kind in memory, so
    memory is bounded however many documents the index holds. What stays in memory grows with
    the vocabulary only: document frequencies, names, postings trimmed per key."""

    def __init__(self, backing: Backing | None = None, capacity: int = CAPACITY) -> None:
        self._backing = backing if backing is not None else MemoryBacking()
        self._df: Counter[str] = Counter()
        self._n = 0
        self._clusters = Clusterer(self._backing, capacity)
        self._groups = StatementGroups(self._backing, capacity)
        # doc id → [outlet, published, whole-document origin, [[cites, relation], ...],
        #           [statement cluster ids of its quotes]]
        self._docs: SpillDict[list] = SpillDict(self._backing, "doc", same, list, capacity)
        self._names: dict[str, str] = {}
        self._surface: dict[str, str] = {}
        self._denials: SpillDict[corr.Denial] = SpillDict(
            self._backing, "denial", corr.Denial.to_state, corr.Denial.from_state, capacity)
        self._n_denials = 0
        self._denial_postings: dict[str, list[int]] = {}
        self._pending: list[_Pending] = []
        self._vector_sum: np.ndarray | None = None
        self._vector_count = 0
        #: quote id → statement cluster, for the quotes placed since ``take_quote_clusters``
        self._placed: dict[str, str] = {}

    # -- input -----------------------------------------------------------------------------------
    def add(self, items: Iterable[StoryInput]) -> None:
        """Take documents in; documents already in the index are ignored (idempotent). Grouping
        happens lazily, on the next read, in published-date order."""
        for item in items:
            doc = item.document
            if doc.id in self._docs:
                # stored again (its quote rows rewritten): its quotes keep the clusters they had
                for q in item.quotes:
                    known = self._groups.quotes.get(q.id)
                    if known is not None and known.cluster:
                        self._placed[q.id] = known.cluster
                continue
            self._n += 1
            actors = self._actor_counts(item.mentions)
            terms = self._term_counts(doc)
            self._df.update(actors.keys())
            self._df.update(terms.keys())
            edges = provenance.edges(doc, item.quotes, item.mentions)
            origin = provenance.document_origin(doc)
            self._docs[doc.id] = [doc.outlet, doc.published, origin, [[e.cites, e.relation] for e in edges], []]
            for d in corr.denials(doc.id, doc.text):
                self._add_denial(d)
            quotes = [self._quote_info(doc, q) for q in item.quotes]
            vector = None
            if item.vector is not None and item.vector.size:
                norm = float(np.linalg.norm(item.vector))
                vector = (item.vector / norm).astype(np.float32) if norm else None
            if vector is not None:
                self._vector_sum = vector.copy() if self._vector_sum is None else self._vector_sum + vector
                self._vector_count += 1
            self._pending.append(_Pending(doc.id, doc.published, actors, terms, vector, quotes))

    def _actor_counts(self, mentions: list[Mention]) -> Counter:
        counts: Counter[str] = Counter()
        for m in mentions:
            if provenance.is_media(m):
                continue  # media are provenance, not actors of the story
            key = m.entity_id or f"m:{fold(m.key or m.text)}"
            counts[key] += 2 if m.start < LEAD_CHARS else 1
            name = m.key or m.text
            known = self._names.get(key)
            if known is None or (len(name) > len(known) and fold(known) in fold(name)):
                self._names[key] = name
        return counts

    def _term_counts(self, doc: Document) -> Counter:
        counts: Counter[str] = Counter()
        surface: dict[str, str] = {}
        for text, weight in ((doc.title or "", TITLE_WEIGHT), (doc.text[:BODY_CHARS], 1)):
            found = terms(text)
            for key, _word in found:
                counts[key] += weight
            surface.update(reversed(found))  # the first surface form of each stem
        for key, word in surface.items():
            self._surface.setdefault(key, word)
        return counts

    def _quote_info(self, doc: Document, q: Quote) -> QuoteInfo:
        stems_, figures = content(q.text)
        inside = 0 <= q.start < q.end <= len(doc.text)
        return QuoteInfo(
            id=q.id, doc_id=doc.id, text=q.text, speaker=q.speaker,
            speaker_keys=speaker_keys(q.speaker, q.speaker_id), stems=stems_, numbers=figures,
            negated=corr.is_negated(q.text),
            unverified=corr.is_unverified(doc.text, q.start, q.end) if inside else False,
            denial=corr.is_denial(q.text) or bool(q.cue and corr.is_denial(q.cue)),
            via=provenance.canonical(q.via, doc.language, strict=True) if q.via else None,
            date=statement_date(doc.text, q.start, q.end, doc.published, doc.language) if inside else doc.published,
            start=q.start, end=q.end,
        )

    def _add_denial(self, d: corr.Denial) -> None:
        i = self._n_denials
        self._n_denials += 1
        self._denials[str(i)] = d
        for s in set(d.stems):
            plist = self._denial_postings.setdefault(s, [])
            plist.append(i)
            if len(plist) > 2 * DENIAL_POSTINGS:
                del plist[:-DENIAL_POSTINGS]

    def flush(self) -> None:
        """Place the documents added since the last placement (in published-date order). Reads
        do it; a caller adding many documents calls it after each chunk to bound memory (the
        pending documents' features are held until placed)."""
        self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        pending = sorted(self._pending, key=lambda p: (p.published or "9999", p.doc_id))
        self._pending = []
        n, df = self._n, self._df
        self._groups.idf = lambda s: math.log((n + 1) / (df.get(s, 0) + 1)) + 0.1
        if self._vector_count >= MIN_VECTORS:
            self._clusters.mean = (self._vector_sum / self._vector_count).astype(np.float32)
        for p in pending:
            actors = weigh(p.actors, self._df, self._n, DOC_ACTORS)
            terms = weigh(p.terms, self._df, self._n, DOC_TERMS)
            self._clusters.add(Features(p.doc_id, p.published, actors, terms, p.vector))
            cids = [self._groups.add(q) for q in p.quotes]
            self._placed.update(zip((q.id for q in p.quotes), cids))
            if cids:
                info = self._docs[p.doc_id]
                info[4] = list(dict.fromkeys(cids))
                self._docs[p.doc_id] = info

    # -- output ----------------------------------------------------------------------------------
    def quote_clusters(self) -> dict[str, str]:
        """quote id → statement cluster id (the ``cluster`` field of ``quotes.jsonl``), every
        quote in the index."""
        self._flush()
        return {qid: q.cluster for qid, q in self._groups.quotes.items()}

    def take_quote_clusters(self) -> dict[str, str]:
        """quote id → statement cluster id for the quotes placed since the last call (a quote's
        cluster never changes once placed, so the caller saves each once)."""
        self._flush()
        placed, self._placed = self._placed, {}
        return placed

    def edges(self) -> list[SourceEdge]:
        """The citation graph (``sources.jsonl``)."""
        return list(self.iter_edges())

    def iter_edges(self) -> Iterator[SourceEdge]:
        self._flush()
        for doc_id, info in self._docs.items():
            for cites, relation in info[3]:
                yield SourceEdge(doc_id, info[0], cites, relation)

    def statements(self) -> list[Statement]:
        self._flush()
        return [self._statement(cid, members) for cid, members in self._groups.members.items()]

    def statement_dates(self) -> dict[str, str | None]:
        """statement cluster id → the date it was made (stated near a quote, else published)."""
        self._flush()
        out: dict[str, str | None] = {}
        for cid, members in self._groups.members.items():
            dates = [d for d in (self._groups.quotes[q].date for q in members) if d]
            out[cid] = min(dates) if dates else None
        return out

    def _statement(self, cid: str, members: list[str]) -> Statement:
        quotes = [self._groups.quotes[q] for q in members]
        doc_ids = list(dict.fromkeys(q.doc_id for q in quotes))
        docs = {d: self._docs[d] for d in doc_ids}
        doc_source = {d: (info[0] or f"doc:{d}", info[2]) for d, info in docs.items()}
        outlets = list(dict.fromkeys(info[0] for info in docs.values() if info[0]))
        independent, _roots = corr.independent_sources(quotes, doc_source)
        threads = {self._thread_of(d) for d in doc_ids} - {None}
        near = self._denials_near(quotes, threads)
        status = corr.status(quotes, independent, near)
        speakers = Counter(q.speaker for q in quotes if q.speaker)
        speaker = max(speakers, key=lambda s: (speakers[s], len(s))) if speakers else None
        return Statement(cid, quotes[0].text, speaker, doc_ids, outlets, independent, status)  # type: ignore[arg-type]

    def _thread_of(self, doc_id: str) -> str | None:
        event = self._clusters.doc_event.get(doc_id)
        return self._clusters.events[event].parent if event is not None else None

    def _denials_near(self, quotes: list[QuoteInfo], threads: set) -> list[corr.Denial]:
        found: dict[int, corr.Denial] = {}
        for s in {s for q in quotes for s in q.stems}:
            for i in self._denial_postings.get(s, ())[-DENIAL_POSTINGS:]:
                if i in found:
                    continue
                d = self._denials[str(i)]
                if self._thread_of(d.doc_id) in threads:
                    found[i] = d
        return list(found.values())

    def stories(self) -> list[Story]:
        """Every document in exactly one event and one thread; events point at their thread."""
        return list(self.iter_stories())

    def iter_stories(self) -> Iterator[Story]:
        """``stories()`` one at a time, reading the index's records as it goes (bounded memory)."""
        self._flush()
        cache: OrderedDict[str, Statement] = OrderedDict()

        def statement(cid: str) -> Statement:
            st = cache.get(cid)
            if st is None:
                st = cache[cid] = self._statement(cid, self._groups.members[cid])
                if len(cache) > STATEMENT_CACHE:
                    cache.popitem(last=False)
            return st

        for level, clusters in (("thread", self._clusters.threads), ("event", self._clusters.events)):
            for c in clusters.values():
                seen: dict[str, Statement] = {}
                for d in c.docs:
                    for cid in self._docs[d][4]:
                        if cid not in seen:
                            seen[cid] = statement(cid)
                entities = [k for k, _ in sorted(c.actors.items(), key=lambda kv: (-kv[1], kv[0])) if not k.startswith("m:")]
                yield Story(
                    id=c.id, level=level, parent=c.parent if level == "event" else None,  # type: ignore[arg-type]
                    label=self._label(c.actors, c.terms), doc_ids=list(c.docs),
                    first_seen=c.first, last_seen=c.last, entities=entities[:STORY_ENTITIES],
                    statements=[st.to_dict() for st in seen.values()],
                )

    def _label(self, actors: dict[str, float], terms: dict[str, float]) -> str:
        names = [self._names.get(k, k) for k, _ in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[:LABEL_ACTORS]]
        taken = {stem(fold(w)) for n in names for w in n.split()}
        picked = []
        for k, _ in sorted(terms.items(), key=lambda kv: (-kv[1], kv[0])):
            if k not in taken:
                picked.append(self._surface.get(k, k))
            if len(picked) == LABEL_TERMS:
                break
        label = ", ".join(names)
        if picked:
            label = f"{label}: {', '.join(picked)}" if label else ", ".join(picked)
        return label or "(sans titre)"

    # -- state -----------------------------------------------------------------------------------
    def dump(self) -> dict:
        """JSON-serialisable state (features and centroids, no document texts). The records are
        written to the backing; with the default ``MemoryBacking`` they are in the state too
        (``"records"``), with the store's backing they are in its table."""
        self._flush()
        self._clusters.sync()
        self._groups.sync()
        self._docs.sync()
        self._denials.sync()
        state = {
            "version": STATE_VERSION, "n": self._n, "df": dict(self._df),
            "clusters": self._clusters.to_state(), "statements": self._groups.to_state(),
            "names": self._names, "surface": self._surface,
            "n_denials": self._n_denials, "denial_postings": self._denial_postings,
            "vector_sum": self._vector_sum.tolist() if self._vector_sum is not None else None,
            "vector_count": self._vector_count,
        }
        if isinstance(self._backing, MemoryBacking):
            state["records"] = self._backing.export()
        return state

    @classmethod
    def load(cls, state: dict | None, backing: Backing | None = None, capacity: int = CAPACITY) -> StoryIndex:
        """From ``dump()``'s state and the backing it was written to (none: the records are in
        the state). A version-1 state (everything in one value) is converted into the backing."""
        if backing is None and state and state.get("version") == STATE_VERSION:
            backing = MemoryBacking(state.get("records") or {})
        self = cls(backing, capacity)
        if not state or state.get("version") not in (1, STATE_VERSION):
            return self  # unknown state: start afresh rather than misread it
        self._n = state["n"]
        self._df = Counter(state["df"])
        self._clusters = Clusterer.from_state(state["clusters"], self._backing, capacity)
        self._groups = StatementGroups.from_state(state["statements"], self._backing, capacity)
        self._names = dict(state["names"])
        self._surface = dict(state["surface"])
        if state.get("vector_sum") is not None:
            self._vector_sum = np.asarray(state["vector_sum"], dtype=np.float32)
            self._vector_count = state.get("vector_count", 0)
        if state["version"] == 1:
            self._from_version_1(state)
        else:
            self._n_denials = state.get("n_denials", 0)
            self._denial_postings = {k: list(v) for k, v in state.get("denial_postings", {}).items()}
        return self

    def _from_version_1(self, state: dict) -> None:
        for doc_id, info in state["docs"].items():
            self._docs[doc_id] = [*info[:4], []]
        by_doc: dict[str, list[str]] = {}
        for _cid, members in self._groups.members.items():
            for qid in members:
                q = self._groups.quotes[qid]
                by_doc.setdefault(q.doc_id, []).append(q.cluster)
        for doc_id, cids in by_doc.items():
            info = self._docs.get(doc_id)
            if info is not None:
                info[4] = list(dict.fromkeys(cids))
                self._docs[doc_id] = info
        for d in state.get("denials", []):
            self._add_denial(corr.Denial.from_state(d))
