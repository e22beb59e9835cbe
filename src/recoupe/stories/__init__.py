"""Across documents: events and threads, statements, provenance, corroboration, dates.

Pure library code over the records of ``recoupe.model``; it knows no store. The caller (the
pipeline's linking step) feeds documents in batches and persists what comes out::

    index = StoryIndex.load(state, backing=None)   # or StoryIndex()
    index.add([StoryInput(document, quotes, mentions, vector=None), ...])
    index.flush()            places what was added (reads do it too; call it after each chunk)
    index.stories()          -> list[Story]        stories.jsonl (events and threads)
    index.iter_stories()     the same, streamed (bounded memory)
    index.statements()       -> list[Statement]    one per statement cluster
    index.quote_clusters()   -> {quote id: cluster id}   the ``cluster`` field of quotes.jsonl
    index.take_quote_clusters()  the same for the quotes placed since the last call
    index.edges() / iter_edges()  -> SourceEdge    sources.jsonl
    index.statement_dates()  -> {cluster id: "YYYY-MM-DD" | None}  for the timeline
    state = index.dump()     JSON-serialisable, compact (features and centroids, no texts)

Adding documents to a loaded index places only the new ones (ids of existing stories stay as
they are); adding a document already in it changes nothing. Documents are placed in
published-date order at each ``flush``, with the document frequencies known at that moment, so
adding 1,000 documents with a flush after each 500 gives what two runs of 500 would.

Memory: the per-document and per-cluster records live in a backing (``spill.py``): plain dicts
carried in the state by default, the store's ``story_state`` table when the pipeline links; only
the most recently used ones are in memory.

Modules, in the order of the data path::

    features       words, light stems, tf-idf, sparse cosine
    events         events and threads: online clustering over an inverted index (sublinear)
    statements     the same statement across documents (speaker + content overlap)
    provenance     citation edges: quotes / relays / translates / mentions; medium names
    corroboration  independent sources (relay graph walked to its roots) and status
    dates          relative dates resolved against the published date
    index          StoryIndex, which ties them together
    spill          bounded-memory records (an LRU working set over a backing)

Word lists are data: ``src/recoupe/data/stories/`` (markers, stop words, date words).
"""

from .dates import DateMention, resolve_dates, statement_date
from .index import StoryIndex, StoryInput

__all__ = ["DateMention", "StoryIndex", "StoryInput", "resolve_dates", "statement_date"]
