"""The typed records that travel between recoupe's stages.

    Article  ─ what a reader found in an input (raw text or HTML + what the input says)
    Document ─ the cleaned article (``documents.jsonl``)
    Quote    ─ one reported-speech unit (``quotes.jsonl``)
    Mention  ─ one entity mention inside a document
    Entity   ─ one real-world actor across documents (``entities.jsonl``)
    Story, Statement, SourceEdge ─ the cross-document view (``stories.jsonl``, ``sources.jsonl``)
    Rejection ─ an input we could not use, with the reason (never a silent ``None``)

``to_dict()`` gives exactly the export record of ``shared/spec/OUTPUT.md``; ``from_dict()`` reads
it back. Fields that are not part of the public record are kept out of ``to_dict()``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]


class _Record:
    """Shared ``to_dict``/``from_dict`` for the export records."""

    __slots__ = ()
    #: names of fields that are internal and not written to the export record
    PRIVATE: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)  # type: ignore[call-overload]
        for name in self.PRIVATE:
            data.pop(name, None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Article(_Record):
    """One article as a reader found it, before cleaning.

    Exactly one of ``text`` (already flattened) or ``html`` is set. ``source`` says where in the
    input the article was (``path``, ``path:LINE`` for JSONL, ``path#RECORD-ID`` for WARC) and is
    used in messages and to tell two copies of the same text apart.
    """

    path: str
    source: str
    format: Literal["txt", "html", "jsonl", "warc"]
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    id: str | None = None


@dataclass(slots=True)
class Rejection(_Record):
    """An input (or part of one) that could not be used, with a reason a user can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(slots=True)
class Document(_Record):
    id: str
    path: str
    url: str | None
    outlet: str | None
    title: str
    published: str | None
    language: str
    text: str
    removed: list[str] = field(default_factory=list)
    content_hash: str = ""
    duplicate_of: str | None = None
    translated_from: str | None = None
    translation_evidence: list[str] = field(default_factory=list)
    cited_sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote(_Record):
    id: str
    doc_id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    via: str | None = None
    cluster: str = ""


@dataclass(slots=True)
class Mention(_Record):
    """One entity mention. ``key`` is the in-document cluster it belongs to (its fullest form),
    ``label`` the normalised type; ``entity_id`` is set once mentions are linked across documents."""

    PRIVATE: ClassVar[tuple[str, ...]] = ("label", "key", "entity_id", "kind")

    doc_id: str
    text: str
    start: int
    end: int
    label: EntityType = "MISC"
    key: str = ""
    entity_id: str | None = None
    kind: str | None = None  # e.g. "media" for outlets and agencies, "demonym" for adjectives


@dataclass(slots=True)
class Entity(_Record):
    PRIVATE: ClassVar[tuple[str, ...]] = ("kind",)

    id: str
    canonical: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    kind: str | None = None


@dataclass(slots=True)
class Statement(_Record):
    cluster: str
    text: str
    speaker: str | None
    doc_ids: list[str]
    outlets: list[str]
    independent_sources: int
    status: Literal["corroborated", "single-source", "disputed", "unverified"]


@dataclass(slots=True)
class Story(_Record):
    id: str
    level: Literal["event", "thread"]
    parent: str | None
    label: str
    doc_ids: list[str]
    first_seen: str | None = None
    last_seen: str | None = None
    entities: list[str] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class SourceEdge(_Record):
    doc_id: str
    outlet: str | None
    cites: str
    relation: Literal["quotes", "relays", "translates", "mentions"]


@dataclass(slots=True)
class DocumentResult:
    """Everything the per-document pipeline produces for one article: what the store writes."""

    document: Document
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
