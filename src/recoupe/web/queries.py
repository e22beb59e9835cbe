"""The read-only query layer of the web app and the report: what a page shows, as typed records.

Pages (``pages.py``), the JSON API (``api.py``) and the offline dossier (``report.py``) all call
these functions, so an HTML page and its JSON twin always show the same data.

Where the ``Store`` interface has a method, it is used. Where it lacks one (filtered and paginated
listings, one story or one entity by id, quotes by speaker, the stories of a document), the SQL is
written here, marked ``STORE-GAP``, against the tables of ``store/sql.py`` in the SQL both backends
accept (``?`` placeholders are translated by each backend). Only full-text search with filters is
dialect-specific (``_fts_filtered``, SQLite FTS5; other backends go through ``Store.search``).
These are the methods wanted on ``Store`` so that this module stops reaching into the tables.
"""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..model import Document, Entity, Quote, SourceEdge, Story
from ..store.base import Store

#: Pagination bounds of every listing (HTML and JSON). 200 rows keep a page under ~1 MB of JSON
#: with long snippets; 20 is what fits on one screen.
DEFAULT_LIMIT, MAX_LIMIT = 20, 200
#: Quotations per page of a speaker: a much quoted speaker has thousands (bench/bench_web.py: the
#: page took 127 ms for 6,600 quotations before it was paginated); 50 rows fill two screens.
SPEAKER_LIMIT = 50
#: Citation links listed per relation on /outlets, the most frequent first: 10,000 documents from
#: 40 outlets give ~5,800 distinct links, which took 370 ms to render (bench/bench_web.py);
#: 4 relations × 50 rows render in ~25 ms.
OUTLET_LINKS = 50
#: Non-SQLite backends search through ``Store.search`` and filter the hits; this many hits at most
#: are filtered (a user refines the query rather than paging that far).
MAX_SEARCH_HITS = 1_000


@dataclass(slots=True)
class Filters:
    """What the search page and ``/api/documents`` filter on; empty strings count as unset."""

    q: str = ""
    language: str = ""
    outlet: str = ""
    date_from: str = ""
    date_to: str = ""
    speaker: str = ""  # entity id
    story: str = ""  # story id (event or thread)

    def to_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__slots__ if getattr(self, name)}


@dataclass(slots=True)
class Page:
    items: list[Any]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    @property
    def prev_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None


@dataclass(slots=True)
class DocumentHit:
    id: str
    title: str
    outlet: str | None
    published: str | None
    language: str
    url: str | None
    snippet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class StoryRef:
    id: str
    level: str
    label: str
    documents: int = 0
    statements: int = 0
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class DocumentView:
    document: Document
    quotes: list[Quote]
    stories: list[StoryRef]
    edges: list[SourceEdge]
    #: entity id → canonical name, for the speakers of the quotes
    speakers: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class StoryView:
    story: Story
    documents: list[DocumentHit]
    actors: list[Entity]
    edges: list[SourceEdge]
    parent: StoryRef | None = None
    children: list[StoryRef] = field(default_factory=list)
    #: quotes of the story's documents grouped by statement cluster (who reported it, via what)
    reports: dict[str, list[Quote]] = field(default_factory=dict)

    def document_map(self) -> dict[str, DocumentHit]:
        return {h.id: h for h in self.documents}

    def timeline_documents(self) -> dict[str, tuple[str | None, str]]:
        return {h.id: (h.published, h.title) for h in self.documents}


@dataclass(slots=True)
class SpeakerQuote:
    quote: Quote
    document: DocumentHit


@dataclass(slots=True)
class SpeakerView:
    entity: Entity
    #: (story or None, quotes of this speaker in that story's documents), stories by first date;
    #: one page of the speaker's quotations (``limit`` from ``offset``, in date order)
    by_story: list[tuple[StoryRef | None, list[SpeakerQuote]]]
    total: int
    limit: int = SPEAKER_LIMIT
    offset: int = 0

    def page(self) -> Page:
        """The pagination of the quotations (items: this page's quotations)."""
        return Page([it for _ref, items in self.by_story for it in items], self.total, self.limit, self.offset)


@dataclass(slots=True)
class OutletLink:
    outlet: str
    cites: str
    relation: str
    documents: int

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class OutletsView:
    #: the ``limit`` most frequent links of each relation, the most frequent first
    links: list[OutletLink]
    #: outlet → number of stored documents
    outlets: dict[str, int]
    #: relation → number of distinct links, before the cut
    totals: dict[str, int] = field(default_factory=dict)
    limit: int = OUTLET_LINKS


def _sql(store: Store, sql: str, params: Any = ()) -> list[Any]:
    """STORE-GAP: run read-only SQL on a SQL backend (SQLite or PostgreSQL)."""
    execute = getattr(store, "_execute", None)
    if execute is None:
        raise ConfigError(f"the web app needs a SQL store (sqlite or postgresql), not {type(store).__name__}")
    return execute(sql, params).fetchall()


_HIT_COLUMNS = "d.id AS id, d.title AS title, d.outlet AS outlet, d.published AS published, d.language AS language, d.url AS url"


def _hit(row: Any, snippet: str | None = None) -> DocumentHit:
    return DocumentHit(row["id"], row["title"], row["outlet"], row["published"], row["language"], row["url"], snippet)


def _where(filters: Filters) -> tuple[list[str], list[Any]]:
    """STORE-GAP: the filter clauses on ``documents d`` (portable SQL)."""
    clauses, params = [], []
    if filters.language:
        clauses.append("d.language = ?")
        params.append(filters.language)
    if filters.outlet:
        clauses.append("d.outlet = ?")
        params.append(filters.outlet)
    if filters.date_from:
        clauses.append("d.published >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("d.published <= ?")
        params.append(filters.date_to)
    if filters.speaker:
        clauses.append("d.id IN (SELECT doc_id FROM quotes WHERE speaker_id = ?)")
        params.append(filters.speaker)
    if filters.story:
        clauses.append("d.id IN (SELECT doc_id FROM story_docs WHERE story_id = ?)")
        params.append(filters.story)
    return clauses, params


def search_documents(store: Store, filters: Filters, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
    """Documents matching the filters (and the full-text query ``filters.q``), newest first or
    best match first, one page of them."""
    clauses, params = _where(filters)
    if filters.q.strip():
        if store.dialect == "sqlite":
            return _fts_filtered(store, filters.q, clauses, params, limit, offset)
        return _search_then_filter(store, filters, clauses, params, limit, offset)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    total = _sql(store, f"SELECT count(*) AS n FROM documents d {where}", params)[0]["n"]
    rows = _sql(
        store,
        f"SELECT {_HIT_COLUMNS} FROM documents d {where} "
        # NULLS LAST rather than a CASE expression: SQLite then walks documents_published instead
        # of sorting the whole table (25 ms -> 0.6 ms a page on 10,000 documents)
        "ORDER BY d.published DESC NULLS LAST, d.seq LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return Page([_hit(r) for r in rows], total, limit, offset)


def _fts_filtered(store: Store, q: str, clauses: list[str], params: list[Any], limit: int, offset: int) -> Page:
    """STORE-GAP, SQLite only: FTS5 match combined with the filters, counted and paginated."""
    from ..store.sqlite import _fts_query  # noqa: PLC0415 (the same quoting as Store.search)

    fts = _fts_query(q)
    if not fts:
        return Page([], 0, limit, offset)
    where = " AND ".join(["documents_fts MATCH ?", *clauses])
    base = f"FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE {where}"
    total = _sql(store, f"SELECT count(*) AS n {base}", [fts, *params])[0]["n"]
    rows = _sql(
        store,
        f"SELECT {_HIT_COLUMNS}, snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet {base} "
        "ORDER BY bm25(documents_fts) LIMIT ? OFFSET ?",
        [fts, *params, limit, offset],
    )
    return Page([_hit(r, r["snippet"]) for r in rows], total, limit, offset)


def _search_then_filter(store: Store, filters: Filters, clauses: list[str], params: list[Any], limit: int, offset: int) -> Page:
    """Other backends: ``Store.search`` gives ranked ids, the filters are applied in SQL."""
    hits = store.search(filters.q, limit=MAX_SEARCH_HITS, offset=0)
    if not hits:
        return Page([], 0, limit, offset)
    rank = {h["id"]: i for i, h in enumerate(hits)}
    snippets = {h["id"]: h.get("snippet") for h in hits}
    ids = list(rank)
    where = " AND ".join([f"d.id IN ({','.join('?' * len(ids))})", *clauses])
    rows = _sql(store, f"SELECT {_HIT_COLUMNS} FROM documents d WHERE {where}", [*ids, *params])
    rows = sorted(rows, key=lambda r: rank[r["id"]])
    return Page([_hit(r, snippets[r["id"]]) for r in rows[offset : offset + limit]], len(rows), limit, offset)


def facets(store: Store) -> dict[str, list[str]]:
    """The values the search filters offer: languages and outlets present in the store."""
    languages = [r["v"] for r in _sql(store, "SELECT DISTINCT language AS v FROM documents ORDER BY language")]
    outlets = [r["v"] for r in _sql(store, "SELECT DISTINCT outlet AS v FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")]
    return {"languages": languages, "outlets": outlets}


# -- stories --------------------------------------------------------------------------------------

def _story(row: Any) -> Story:
    return Story(
        row["id"], row["level"], row["parent"], row["label"], json.loads(row["doc_ids"]),
        row["first_seen"], row["last_seen"], json.loads(row["entities"]), json.loads(row["statements"]),
    )


def _ref(story: Story) -> StoryRef:
    return StoryRef(story.id, story.level, story.label, len(story.doc_ids), len(story.statements), story.first_seen, story.last_seen)


def get_story(store: Store, story_id: str) -> Story | None:
    """STORE-GAP: one story by id (``Store.stories()`` only streams them all)."""
    rows = _sql(store, "SELECT * FROM stories WHERE id = ?", (story_id,))
    return _story(rows[0]) if rows else None


def list_stories(store: Store, level: str = "", limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
    """STORE-GAP: stories, the largest first, one page of them."""
    where, params = ("WHERE level = ?", [level]) if level else ("", [])
    total = _sql(store, f"SELECT count(*) AS n FROM stories {where}", params)[0]["n"]
    # first the page's ids (sizes from the story_docs_story index), then only their rows: sorting
    # whole rows (with their statements) cost 2 ms more on 3,000 stories
    order = _sql(
        store,
        f"SELECT s.id AS id, (SELECT count(*) FROM story_docs sd WHERE sd.story_id = s.id) AS n FROM stories s {where} "
        "ORDER BY n DESC, s.last_seen DESC, s.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    found = {s.id: s for s in _stories(store, [r["id"] for r in order])}
    return Page([_ref(found[r["id"]]) for r in order if r["id"] in found], total, limit, offset)


def _stories(store: Store, ids: list[str]) -> list[Story]:
    """STORE-GAP: several stories by id in one query."""
    if not ids:
        return []
    return [_story(r) for r in _sql(store, f"SELECT * FROM stories WHERE id IN ({','.join('?' * len(ids))})", ids)]


def all_stories(store: Store, level: str = "event") -> list[Story]:
    """Every story of one level, the largest first (for the report)."""
    stories = [s for s in store.stories() if s.level == level]
    return sorted(stories, key=lambda s: (-len(s.doc_ids), s.first_seen or "", s.id))


def _hits(store: Store, ids: list[str]) -> list[DocumentHit]:
    """STORE-GAP: light document rows for these ids, in date order."""
    if not ids:
        return []
    rows = _sql(store, f"SELECT {_HIT_COLUMNS} FROM documents d WHERE d.id IN ({','.join('?' * len(ids))})", ids)
    return sorted((_hit(r) for r in rows), key=lambda h: (h.published or "9999", h.id))


def get_entities(store: Store, ids: list[str]) -> list[Entity]:
    """STORE-GAP: entities by id (without their mentions), in the order of ``ids``."""
    if not ids:
        return []
    rows = _sql(store, f"SELECT id, canonical, type, kind, aliases FROM entities WHERE id IN ({','.join('?' * len(ids))})", ids)
    found = {r["id"]: Entity(r["id"], r["canonical"], r["type"], json.loads(r["aliases"]), [], r["kind"]) for r in rows}
    return [found[i] for i in ids if i in found]


def _edges_of(store: Store, doc_ids: list[str]) -> list[SourceEdge]:
    """STORE-GAP: the citation edges of these documents."""
    if not doc_ids:
        return []
    rows = _sql(
        store,
        f"SELECT doc_id, outlet, cites, relation FROM sources WHERE doc_id IN ({','.join('?' * len(doc_ids))}) ORDER BY outlet, cites, relation",
        doc_ids,
    )
    return [SourceEdge(r["doc_id"], r["outlet"], r["cites"], r["relation"]) for r in rows]


_QUOTE_COLUMNS = 'q.id AS id, q.doc_id AS doc_id, q.kind AS kind, q.text AS text, q.start AS start, q."end" AS "end", ' \
    "q.speaker AS speaker, q.speaker_id AS speaker_id, q.speaker_mention AS speaker_mention, q.cue AS cue, q.via AS via, q.cluster AS cluster"


def _quote(r: Any) -> Quote:
    return Quote(r["id"], r["doc_id"], r["kind"], r["text"], r["start"], r["end"], r["speaker"], r["speaker_id"],
                 r["speaker_mention"], r["cue"], r["via"], r["cluster"])


def _quotes_of(store: Store, doc_ids: list[str]) -> list[Quote]:
    """STORE-GAP: the quotes of several documents in one query."""
    if not doc_ids:
        return []
    rows = _sql(store, f"SELECT {_QUOTE_COLUMNS} FROM quotes q WHERE q.doc_id IN ({','.join('?' * len(doc_ids))}) ORDER BY q.doc_id, q.start", doc_ids)
    return [_quote(r) for r in rows]


def story_view(store: Store, story_id: str) -> StoryView | None:
    story = get_story(store, story_id)
    if story is None:
        return None
    documents = _hits(store, story.doc_ids)
    reports: dict[str, list[Quote]] = defaultdict(list)
    clusters = {s.get("cluster") for s in story.statements}
    for quote in _quotes_of(store, story.doc_ids):
        if quote.cluster in clusters:
            reports[quote.cluster].append(quote)
    parent = get_story(store, story.parent) if story.parent else None
    children: list[StoryRef] = []
    if story.level == "thread":
        rows = _sql(store, "SELECT * FROM stories WHERE parent = ? ORDER BY first_seen, id", (story.id,))
        children = [_ref(_story(r)) for r in rows]
    return StoryView(
        story, documents, get_entities(store, story.entities), _edges_of(store, story.doc_ids),
        _ref(parent) if parent else None, children, dict(reports),
    )


# -- documents ------------------------------------------------------------------------------------

def stories_of(store: Store, doc_id: str) -> list[StoryRef]:
    """STORE-GAP: the event and the thread a document belongs to."""
    rows = _sql(
        store,
        "SELECT s.* FROM story_docs sd JOIN stories s ON s.id = sd.story_id WHERE sd.doc_id = ? ORDER BY s.level, s.id",
        (doc_id,),
    )
    return [_ref(_story(r)) for r in rows]


def document_view(store: Store, doc_id: str) -> DocumentView | None:
    document = store.document(doc_id)
    if document is None:
        return None
    quotes = list(store.quotes(doc_id))
    ids = sorted({q.speaker_id for q in quotes if q.speaker_id})
    speakers = {e.id: e.canonical for e in get_entities(store, ids)}
    return DocumentView(document, quotes, stories_of(store, doc_id), _edges_of(store, [doc_id]), speakers)


# -- speakers -------------------------------------------------------------------------------------

def list_speakers(store: Store, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page:
    """STORE-GAP: entities quoted at least once, the most quoted first."""
    total = _sql(store, "SELECT count(DISTINCT speaker_id) AS n FROM quotes WHERE speaker_id IS NOT NULL")[0]["n"]
    # counted from the quotes_speaker_doc index alone, then only the page's entities fetched
    # (joining entities first cost 15 ms, this 4 ms, on 26,000 quotations)
    rows = _sql(
        store,
        "SELECT speaker_id AS id, count(*) AS quotes, count(DISTINCT doc_id) AS documents FROM quotes "
        "WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY quotes DESC, speaker_id LIMIT ? OFFSET ?",
        (limit, offset),
    )
    entities = {e.id: e for e in get_entities(store, [r["id"] for r in rows])}
    items = [
        {"id": r["id"], "canonical": entities[r["id"]].canonical, "type": entities[r["id"]].type, "quotes": r["quotes"], "documents": r["documents"]}
        for r in rows if r["id"] in entities
    ]
    return Page(items, total, limit, offset)


def speaker_view(store: Store, entity_id: str, limit: int = SPEAKER_LIMIT, offset: int = 0) -> SpeakerView | None:
    """One page of what an entity is quoted as saying, grouped by the event of each document."""
    found = get_entities(store, [entity_id])
    if not found:
        return None
    total = _sql(store, "SELECT count(*) AS n FROM quotes WHERE speaker_id = ?", (entity_id,))[0]["n"]
    rows = _sql(
        store,
        # the document's id is the quote's doc_id: selecting d.id AS id too would shadow q.id
        f"SELECT {_QUOTE_COLUMNS}, {_HIT_COLUMNS.replace('d.id AS id, ', '')}, sd.story_id AS story_id FROM quotes q "
        "JOIN documents d ON d.id = q.doc_id "
        "LEFT JOIN story_docs sd ON sd.doc_id = q.doc_id AND sd.level = 'event' "
        "WHERE q.speaker_id = ? ORDER BY d.published, d.seq, q.start LIMIT ? OFFSET ?",
        (entity_id, limit, offset),
    )
    groups: dict[str | None, list[SpeakerQuote]] = defaultdict(list)
    for r in rows:
        hit = DocumentHit(r["doc_id"], r["title"], r["outlet"], r["published"], r["language"], r["url"])
        groups[r["story_id"]].append(SpeakerQuote(_quote(r), hit))
    refs = {s.id: _ref(s) for s in _stories(store, [sid for sid in groups if sid])}  # one query, not one per story
    ordered = sorted(groups, key=lambda sid: (sid not in refs, refs[sid].first_seen or "" if sid in refs else "", sid or ""))
    by_story = [(refs.get(sid) if sid else None, groups[sid]) for sid in ordered]
    return SpeakerView(found[0], by_story, total, limit, offset)


# -- outlets --------------------------------------------------------------------------------------

def outlets_view(store: Store, limit: int = OUTLET_LINKS) -> OutletsView:
    """STORE-GAP: who cites, relays, translates whom, counted in documents; the ``limit`` most
    frequent links of each relation."""
    # grouped in the order of the sources_relation index (no temporary B-tree); count(*) counts
    # documents since (doc_id, cites, relation) is the primary key
    rows = _sql(store, "SELECT relation, outlet, cites, count(*) AS n FROM sources GROUP BY relation, outlet, cites")
    by_relation: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for r in rows:
        counted = by_relation[r["relation"]]
        key = (r["outlet"] or "(unknown outlet)", r["cites"])
        counted[key] = counted.get(key, 0) + r["n"]
    links = [
        OutletLink(outlet, cites, relation, n)
        for relation, counted in by_relation.items()
        for (outlet, cites), n in heapq.nsmallest(limit, counted.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    links.sort(key=lambda link: (-link.documents, link.outlet, link.cites))
    counts = _sql(store, "SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet")
    return OutletsView(links, {r["outlet"]: r["n"] for r in counts}, {rel: len(items) for rel, items in by_relation.items()}, limit)


def overview(store: Store) -> dict[str, int]:
    return {table: store.count(table) for table in ("documents", "quotes", "entities", "stories", "sources")}
