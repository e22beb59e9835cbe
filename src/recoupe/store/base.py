"""The storage interface. The pipeline, the exports and the web app only ever see ``Store``;
dialect-specific SQL lives in one module per backend (``sqlite.py``; PostgreSQL next to it).

Every write goes through ``write_batch`` (one transaction per batch, upsert keyed on the document
id, which is derived from the content hash) or ``save_derived`` (stories, clusters, edges, entities:
replaced in one transaction after a run), so an interrupted run leaves the database as it was
after the last completed batch, and re-running finishes the job.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from ..model import Document, DocumentResult, Entity, Mention, Quote, SourceEdge, Story


class Store(ABC):
    #: a short name shown in messages ("sqlite", "postgresql")
    dialect: str = ""

    # -- life cycle -----------------------------------------------------------------------------
    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @abstractmethod
    def atomic(self) -> AbstractContextManager[None]:
        """A transaction: committed on success, rolled back on any exception (Ctrl-C included)."""

    # -- per-document writes ------------------------------------------------------------------
    @abstractmethod
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among ``ids`` that are already stored."""

    @abstractmethod
    def id_for_hash(self, content_hash: str) -> str | None:
        """The first stored document with this content hash (for exact duplicates)."""

    @abstractmethod
    def lsh_candidates(self, bands: list[tuple[int, int]]) -> dict[str, bytes]:
        """Stored documents sharing at least one (band, bucket) with ``bands``: id → signature."""

    @abstractmethod
    def write_batch(self, results: list[DocumentResult], signatures: dict[str, tuple[bytes, list[tuple[int, int]]]]) -> None:
        """Upsert documents, their quotes and mentions and their MinHash signatures/bands, in one
        transaction."""

    # -- derived, cross-document data -----------------------------------------------------------
    @abstractmethod
    def save_derived(
        self,
        *,
        entities: list[Entity],
        mention_entities: dict[tuple[str, int, int], str],
        quote_updates: dict[str, dict[str, Any]],
        stories: list[Story],
        edges: list[SourceEdge],
        state: dict[str, Any],
        linked_ids: list[str],
    ) -> None:
        """Replace the cross-document results (entities, stories, source edges, the incremental
        state) and update quotes (speaker_id, cluster) and mentions (entity_id), atomically."""

    @abstractmethod
    def get_state(self, key: str) -> Any | None: ...

    @abstractmethod
    def save_links(self, mention_entities: dict[tuple[str, int, int], str],
                   quote_updates: dict[str, dict[str, Any]]) -> None:
        """Set mentions' entity ids and quotes' fields (speaker_id, cluster) for a chunk of
        documents being linked (inside the linking transaction)."""

    @abstractmethod
    def story_backing(self) -> Any:
        """Where the story index keeps the records that leave memory (``stories.spill.Backing``);
        use it inside ``atomic()`` so it commits with the rest of the linking."""

    @abstractmethod
    def pending_ids(self) -> list[str]:
        """Stored documents not yet included in entities and stories (``linked_ids`` of
        ``save_derived`` marks them done)."""

    # -- reads ------------------------------------------------------------------------------
    @abstractmethod
    def count(self, table: str) -> int: ...

    @abstractmethod
    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]: ...

    @abstractmethod
    def document(self, doc_id: str) -> Document | None: ...

    @abstractmethod
    def quotes(self, doc_id: str | None = None) -> Iterator[Quote]: ...

    @abstractmethod
    def mentions(self, doc_id: str | None = None) -> Iterator[Mention]: ...

    @abstractmethod
    def entities(self) -> Iterator[Entity]: ...

    @abstractmethod
    def stories(self) -> Iterator[Story]: ...

    @abstractmethod
    def edges(self) -> Iterator[SourceEdge]: ...

    @abstractmethod
    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over titles and texts: id, title, snippet, rank."""
