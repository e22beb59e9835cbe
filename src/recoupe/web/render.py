"""Pure helpers that turn records into what templates draw: highlighted text segments, safe
links, and the geometry of the two inline SVG pictures (a story's timeline, a citation graph).

Nothing here produces HTML: templates do, with Jinja2 autoescaping, so every piece of article text
is escaped on its own (a quotation is never highlighted by string replacement on HTML).
The SVG layouts are written by hand because they are two small, fixed pictures (a timeline and a
two-column graph); a plotting or graph-drawing library would need a script or a big dependency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from ..model import Quote, SourceEdge

KINDS = ("direct", "indirect", "mixed")
STATUSES = ("corroborated", "single-source", "disputed", "unverified")
RELATIONS = ("quotes", "relays", "translates", "mentions")


def css_token(value: object, allowed: tuple[str, ...], default: str = "other") -> str:
    """A value used in a class attribute only when it is one of ``allowed`` (stored data is
    untrusted: a class attribute never carries it verbatim)."""
    return value if isinstance(value, str) and value in allowed else default


def safe_url(url: object) -> str | None:
    """The URL if it may be rendered as a link (http or https with a host), else ``None``:
    ``javascript:``, ``data:``, relative and malformed URLs are shown as text, never as links."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(c) < 32 or c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


# -- highlighted text ----------------------------------------------------------------------------

@dataclass(slots=True)
class Segment:
    text: str
    quote: Quote | None = None


def segments(text: str, quotes: list[Quote]) -> list[Segment]:
    """Cut ``text`` into plain and quoted pieces by the quotes' offsets. Overlapping or
    out-of-range quotes are clipped to what is left, so every character appears exactly once."""
    pieces: list[Segment] = []
    pos = 0
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        start = max(quote.start, pos, 0)
        end = min(quote.end, len(text))
        if end <= start:
            continue
        if start > pos:
            pieces.append(Segment(text[pos:start]))
        pieces.append(Segment(text[start:end], quote))
        pos = end
    if pos < len(text):
        pieces.append(Segment(text[pos:]))
    return pieces


# -- timeline -------------------------------------------------------------------------------------

#: Timeline geometry in SVG user units (the picture scales to the page width with CSS).
TL_WIDTH, TL_LABEL, TL_ROW, TL_TOP = 760, 220, 26, 28
#: Characters of a row's label: 38 ran into the first dot in Chromium's 11 px system-ui font
#: (seen on the seeds' screenshot, docs/story-page.png); 32 and an ellipsis end before it.
TL_CHARS = 32


@dataclass(slots=True)
class Dot:
    x: float
    doc_id: str
    title: str


@dataclass(slots=True)
class Row:
    y: float
    label: str
    status: str
    x1: float
    x2: float
    dots: list[Dot] = field(default_factory=list)


@dataclass(slots=True)
class Timeline:
    width: int
    height: int
    rows: list[Row]
    ticks: list[tuple[float, str]]
    dated: bool
    #: the one publication date of every dated document, when they all share it (the dots are
    #: then spread in document order: one column of dots said nothing)
    same_day: str | None = None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def timeline(statements: list[dict], documents: dict[str, tuple[str | None, str]]) -> Timeline:
    """One row per statement, a dot per document that reports it, placed by publication date
    (by document order when no document has a date). ``documents``: id → (published, title)."""
    order = list(documents)
    days = {d: _day(pub) for d, (pub, _title) in documents.items()}
    known = [d for d in days.values() if d]
    same_day = known[0].isoformat() if known and len(set(known)) == 1 and len(order) > 1 else None
    dated = bool(known) and same_day is None
    x0, x1 = TL_LABEL + 10, TL_WIDTH - 20

    if dated:
        lo, hi = min(known), max(known)
        span = max((hi - lo).days, 1)

        def xpos(doc_id: str) -> float:
            day = days.get(doc_id) or hi
            return x0 + (x1 - x0) * (day - lo).days / span

        steps = min(span, 4)
        ticks = [(x0 + (x1 - x0) * i / steps, date.fromordinal(lo.toordinal() + round(span * i / steps)).isoformat()) for i in range(steps + 1)]
        if hi == lo:
            ticks = [(x0, lo.isoformat())]
    else:
        n = max(len(order) - 1, 1)

        def xpos(doc_id: str) -> float:
            return x0 + (x1 - x0) * (order.index(doc_id) if doc_id in order else 0) / n

        ticks = [(x0, "first document"), (x1, "last document")] if len(order) > 1 else [(x0, "document")]
        if same_day:
            ticks = [(x0, f"{same_day}, first"), (x1, "last")]

    rows = []
    for i, st in enumerate(statements):
        y = TL_TOP + i * TL_ROW + TL_ROW / 2
        dots = [Dot(round(xpos(d), 1), d, documents[d][1]) for d in st.get("doc_ids", []) if d in documents]
        xs = [d.x for d in dots] or [x0]
        text = str(st.get("text") or "")
        speaker = st.get("speaker")
        label = f"{speaker}: {text}" if speaker else text
        cut = label[:TL_CHARS] + ("…" if len(label) > TL_CHARS else "")
        rows.append(Row(y, cut, css_token(st.get("status"), STATUSES, "unverified"), min(xs), max(xs), dots))
    height = TL_TOP + max(len(rows), 1) * TL_ROW + 10
    return Timeline(TL_WIDTH, int(height), rows, [(round(x, 1), label) for x, label in ticks], dated, same_day)


# -- citation graph -------------------------------------------------------------------------------

GR_WIDTH, GR_ROW, GR_TOP = 760, 24, 30
#: Nodes drawn per column at most; the rest are counted under the picture (the table lists all).
GR_MAX_NODES = 30


@dataclass(slots=True)
class Node:
    name: str
    x: float
    y: float
    weight: int


@dataclass(slots=True)
class Link:
    x1: float
    y1: float
    x2: float
    y2: float
    relation: str
    count: int
    width: float


@dataclass(slots=True)
class Graph:
    width: int
    height: int
    left: list[Node]
    right: list[Node]
    links: list[Link]
    hidden: int


def graph(edges: list[tuple[str, str, str, int]] | list[SourceEdge]) -> Graph:
    """Citing outlets on the left, cited sources on the right, one line per (outlet, source,
    relation) with a width growing with the number of documents. Takes ``SourceEdge``s or
    already counted ``(outlet, cites, relation, n)`` tuples."""
    counted: dict[tuple[str, str, str], int] = {}
    for edge in edges:
        if isinstance(edge, SourceEdge):
            key, n = (edge.outlet or "(unknown outlet)", edge.cites, edge.relation), 1
        else:
            key, n = (edge[0], edge[1], edge[2]), edge[3]
        counted[key] = counted.get(key, 0) + n
    out_w: dict[str, int] = {}
    in_w: dict[str, int] = {}
    for (src, dst, _rel), n in counted.items():
        out_w[src] = out_w.get(src, 0) + n
        in_w[dst] = in_w.get(dst, 0) + n
    lefts = sorted(out_w, key=lambda k: (-out_w[k], k))[:GR_MAX_NODES]
    rights = sorted(in_w, key=lambda k: (-in_w[k], k))[:GR_MAX_NODES]
    lx, rx = 230, GR_WIDTH - 230
    left = [Node(name, lx, GR_TOP + i * GR_ROW, out_w[name]) for i, name in enumerate(lefts)]
    right = [Node(name, rx, GR_TOP + i * GR_ROW, in_w[name]) for i, name in enumerate(rights)]
    lpos = {n.name: n.y for n in left}
    rpos = {n.name: n.y for n in right}
    links, hidden = [], 0
    for (src, dst, rel), n in sorted(counted.items()):
        if src in lpos and dst in rpos:
            links.append(Link(lx, lpos[src], rx, rpos[dst], css_token(rel, RELATIONS), n, round(1 + math.log2(n), 1)))
        else:
            hidden += 1
    height = GR_TOP + max(len(left), len(right), 1) * GR_ROW
    return Graph(GR_WIDTH, height, left, right, links, hidden)
