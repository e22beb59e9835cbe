"""Across documents, on the store: entities, stories, statements, provenance, corroboration.

Runs after the per-document batches (any engine) over the documents not yet linked, inside one
transaction, so a run interrupted here leaves nothing half-linked and the next run does it all
again. Memory stays bounded however many documents are pending or stored: documents are read
and placed a chunk at a time, the story index keeps its records in the store (``story_state``,
``stories/spill.py``), stories and edges are streamed into their tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import Mention, Quote

if TYPE_CHECKING:
    from .pipeline import Options
    from .store.base import Store

#: documents read back from the store and placed at a time while linking
CHUNK = 500
#: story-index records of each kind kept in memory (the rest are in the store's table)
SPILL_CAPACITY = 20_000


def link_pending(store: Store, options: Options) -> int:
    from .entities import EntityResolver, load_aliases  # noqa: PLC0415
    from .stories import StoryIndex, StoryInput  # noqa: PLC0415

    with store.atomic():
        # read inside the transaction: another run linking at the same time waits for it
        pending = store.pending_ids()
        if not pending:
            return 0
        aliases = load_aliases(options.aliases) if options.aliases else None
        resolver = EntityResolver.from_entities(list(store.entities()), aliases=aliases)
        index = StoryIndex.load(store.get_state("stories"), backing=store.story_backing(), capacity=SPILL_CAPACITY)
        for start in range(0, len(pending), CHUNK):
            mention_entities: dict[tuple[str, int, int], str] = {}
            quote_updates: dict[str, dict[str, Any]] = {}
            for document in store.documents(pending[start : start + CHUNK]):
                mentions = list(store.mentions(document.id))
                quotes = list(store.quotes(document.id))
                resolver.resolve(mentions)
                for m in mentions:
                    if m.entity_id:
                        mention_entities[(document.id, m.start, m.end)] = m.entity_id
                _speaker_ids(quotes, mentions, quote_updates)
                index.add([StoryInput(document=document, quotes=quotes, mentions=mentions)])
            index.flush()
            for quote_id, cluster in index.take_quote_clusters().items():
                quote_updates.setdefault(quote_id, {})["cluster"] = cluster
            store.save_links(mention_entities, quote_updates)
        store.save_derived(
            entities=resolver.entities(),
            mention_entities={},
            quote_updates={},
            stories=index.iter_stories(),
            edges=index.iter_edges(),
            state={"stories": index.dump()},
            linked_ids=pending,
        )
    return len(pending)


def _speaker_ids(quotes: list[Quote], mentions: list[Mention], updates: dict[str, dict[str, Any]]) -> None:
    """``to_result`` left ``speaker_id = "key:<cluster key>"``; now that mentions have entity
    ids, replace it by the entity id of that cluster."""
    by_key = {m.key: m.entity_id for m in mentions if m.key and m.entity_id}
    for quote in quotes:
        if quote.speaker_id and quote.speaker_id.startswith("key:"):
            entity_id = by_key.get(quote.speaker_id[4:])
            quote.speaker_id = entity_id
            updates.setdefault(quote.id, {})["speaker_id"] = entity_id
