"""``StoryIndex``: the cross-document view, grown incrementally (see the package docstring)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from ..model import Document, Mention, Quote, SourceEdge, Statement, Story
from . import corroboration as corr
from . import provenance
from .dates import statement_date
from .events import DOC_ACTORS, DOC_TERMS, Clusterer, Features
from .features import fold, stem, terms, weigh
from .statements import QuoteInfo, StatementGroups, content, speaker_keys

STATE_VERSION = 1
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
    """Events, threads, statements, provenance and corroboration over the documents added."""

    def __init__(self) -> None:
        self._df: Counter[str] = Counter()
        self._n = 0
        self._clusters = Clusterer()
        self._groups = StatementGroups()
        # doc id → [outlet, published, whole-document origin, [[cites, relation], ...]]
        self._docs: dict[str, list] = {}
        self._names: dict[str, str] = {}
        self._surface: dict[str, str] = {}
        self._denials: list[corr.Denial] = []
        self._denial_postings: dict[str, list[int]] = {}
        self._pending: list[_Pending] = []
        self._vector_sum: np.ndarray | None = None
        self._vector_count = 0
        self._cache: dict[str, object] = {}

    # -- input -----------------------------------------------------------------------------------
    def add(self, items: Iterable[StoryInput]) -> None:
        """Take documents in; documents already in the index are ignored (idempotent). Grouping
        happens lazily, on the next read, in published-date order."""
        for item in items:
            doc = item.document
            if doc.id in self._docs:
                continue
            self._cache.clear()
            self._n += 1
            actors = self._actor_counts(item.mentions)
            terms = self._term_counts(doc)
            self._df.update(actors.keys())
            self._df.update(terms.keys())
            edges = provenance.edges(doc, item.quotes, item.mentions)
            origin = provenance.document_origin(doc)
            self._docs[doc.id] = [doc.outlet, doc.published, origin, [[e.cites, e.relation] for e in edges]]
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
        i = len(self._denials)
        self._denials.append(d)
        for s in set(d.stems):
            self._denial_postings.setdefault(s, []).append(i)

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
            for q in p.quotes:
                self._groups.add(q)

    # -- output ----------------------------------------------------------------------------------
    def quote_clusters(self) -> dict[str, str]:
        """quote id → statement cluster id (the ``cluster`` field of ``quotes.jsonl``)."""
        self._flush()
        return {qid: q.cluster for qid, q in self._groups.quotes.items()}

    def edges(self) -> list[SourceEdge]:
        """The citation graph (``sources.jsonl``)."""
        self._flush()
        return [SourceEdge(doc_id, info[0], cites, relation)
                for doc_id, info in self._docs.items() for cites, relation in info[3]]

    def statements(self) -> list[Statement]:
        self._flush()
        if "statements" not in self._cache:
            self._cache["statements"] = self._build_statements()
        return list(self._cache["statements"])  # type: ignore[call-overload]

    def statement_dates(self) -> dict[str, str | None]:
        """statement cluster id → the date it was made (stated near a quote, else published)."""
        self._flush()
        out: dict[str, str | None] = {}
        for cid, members in self._groups.members.items():
            dates = [self._groups.quotes[q].date for q in members if self._groups.quotes[q].date]
            out[cid] = min(dates) if dates else None  # type: ignore[type-var]
        return out

    def _build_statements(self) -> list[Statement]:
        doc_source = {d: (info[0] or f"doc:{d}", info[2]) for d, info in self._docs.items()}
        event_of = self._clusters.doc_event
        events = self._clusters.events
        out = []
        for cid, members in self._groups.members.items():
            quotes = [self._groups.quotes[q] for q in members]
            doc_ids = list(dict.fromkeys(q.doc_id for q in quotes))
            outlets = list(dict.fromkeys(self._docs[d][0] for d in doc_ids if self._docs[d][0]))
            independent, _roots = corr.independent_sources(quotes, doc_source)
            threads = {events[event_of[d]].parent for d in doc_ids if d in event_of}
            near = self._denials_near(quotes, threads)
            status = corr.status(quotes, independent, near)
            speakers = Counter(q.speaker for q in quotes if q.speaker)
            speaker = max(speakers, key=lambda s: (speakers[s], len(s))) if speakers else None
            out.append(Statement(cid, quotes[0].text, speaker, doc_ids, outlets, independent, status))  # type: ignore[arg-type]
        return out

    def _denials_near(self, quotes: list[QuoteInfo], threads: set) -> list[corr.Denial]:
        event_of, events = self._clusters.doc_event, self._clusters.events
        found: dict[int, corr.Denial] = {}
        for s in {s for q in quotes for s in q.stems}:
            for i in self._denial_postings.get(s, ())[-50:]:
                d = self._denials[i]
                if d.doc_id in event_of and events[event_of[d.doc_id]].parent in threads:
                    found[i] = d
        return list(found.values())

    def stories(self) -> list[Story]:
        """Every document in exactly one event and one thread; events point at their thread."""
        self._flush()
        by_doc: dict[str, list[Statement]] = {}
        for st in self.statements():
            for d in st.doc_ids:
                by_doc.setdefault(d, []).append(st)
        out = []
        for level, clusters in (("thread", self._clusters.threads), ("event", self._clusters.events)):
            for c in clusters.values():
                seen: dict[str, Statement] = {}
                for d in c.docs:
                    for st in by_doc.get(d, ()):
                        seen.setdefault(st.cluster, st)
                entities = [k for k, _ in sorted(c.actors.items(), key=lambda kv: (-kv[1], kv[0])) if not k.startswith("m:")]
                out.append(Story(
                    id=c.id, level=level, parent=c.parent if level == "event" else None,  # type: ignore[arg-type]
                    label=self._label(c.actors, c.terms), doc_ids=list(c.docs),
                    first_seen=c.first, last_seen=c.last, entities=entities[:STORY_ENTITIES],
                    statements=[st.to_dict() for st in seen.values()],
                ))
        return out

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
        """JSON-serialisable state (features and clusters, no document texts)."""
        self._flush()
        return {
            "version": STATE_VERSION, "n": self._n, "df": dict(self._df),
            "clusters": self._clusters.to_state(), "statements": self._groups.to_state(),
            "docs": self._docs, "names": self._names, "surface": self._surface,
            "denials": [d.to_state() for d in self._denials],
            "vector_sum": self._vector_sum.tolist() if self._vector_sum is not None else None,
            "vector_count": self._vector_count,
        }

    @classmethod
    def load(cls, state: dict) -> StoryIndex:
        self = cls()
        if not state or state.get("version") != STATE_VERSION:
            return self  # unknown state: start afresh rather than misread it
        self._n = state["n"]
        self._df = Counter(state["df"])
        self._clusters = Clusterer.from_state(state["clusters"])
        self._groups = StatementGroups.from_state(state["statements"])
        self._docs = {k: list(v) for k, v in state["docs"].items()}
        self._names = dict(state["names"])
        self._surface = dict(state["surface"])
        if state.get("vector_sum") is not None:
            self._vector_sum = np.asarray(state["vector_sum"], dtype=np.float32)
            self._vector_count = state.get("vector_count", 0)
        for d in state.get("denials", []):
            self._add_denial(corr.Denial.from_state(d))
        return self
