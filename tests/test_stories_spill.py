"""The story index in bounded memory (stories/spill.py): records leave memory for a backing and
come back; the results do not depend on how many stay in memory; the store-backed linking keeps
them in its table. Fictional records, no spaCy."""

from __future__ import annotations

import json

import pytest

from recoupe import crossdoc
from recoupe.model import Document, DocumentResult, Mention, Quote
from recoupe.pipeline import Options
from recoupe.stories import StoryIndex, StoryInput
from recoupe.stories.spill import MemoryBacking, SpillDict

PEOPLE = ["Maren Holtvik", "Ivo Brannsted", "Tilda Fenwick", "Oskar Lindqvar", "Petra Solenne"]
PLACES = ["Port-Arden", "Valmont", "Kessby", "Lac Sarn", "Ostravie"]
TOPICS = ["traité des pêcheries", "festival de jazz", "grève des dockers", "budget communal", "pont de Kessby"]


def _item(i: int) -> StoryInput:
    """Documents over five topics and three weeks: several events per thread, quotes repeated
    across outlets (statements), one relayed by an agency, denials."""
    topic, person, place = TOPICS[i % 5], PEOPLE[i % 5], PLACES[(i // 5) % 5]
    month, day = 5 + (i // 5) % 4, 1 + (i * 3) % 21
    words = f"le {topic} sera conclu avant la fin du mois à {place}"
    body = (f"{person} a parlé du {topic} à {place}. « {words} », a déclaré {person}. "
            f"Le {topic} occupe {place} depuis des semaines.")
    if i % 7 == 3:
        body += f" L'entourage de {person} a démenti tout accord sur le {topic}."
    doc_id = f"d{i:02d}"
    start = body.index(words)
    quote = Quote(f"{doc_id}-q000", doc_id, "direct", words, start, start + len(words), speaker=person,
                  cue="a déclaré", via="selon l'agence Nordpress" if i % 4 == 0 else None)
    at = body.index(person)
    mention = Mention(doc_id, person, at, at + len(person), "PER", person, f"E-{person.split()[-1].lower()}")
    document = Document(doc_id, f"{doc_id}.txt", None, f"Outlet {i % 6}", f"{person} : {topic} à {place}",
                        f"2031-{month:02d}-{day:02d}", "fr", body, cited_sources=["Nordpress"] if i % 4 == 0 else [])
    return StoryInput(document, [quote], [mention])


ITEMS = [_item(i) for i in range(40)]


def _results(index: StoryIndex) -> dict:
    return {
        "stories": sorted(json.dumps(s.to_dict(), sort_keys=True) for s in index.stories()),
        "statements": sorted(json.dumps(s.to_dict(), sort_keys=True) for s in index.statements()),
        "edges": sorted(map(repr, index.edges())),
        "clusters": index.quote_clusters(),
        "dates": index.statement_dates(),
    }


def test_spill_dict_keeps_at_most_capacity_and_loses_no_change():
    backing = MemoryBacking()
    spilled: SpillDict[list] = SpillDict(backing, "x", list, list, capacity=3)
    for i in range(10):
        spilled[f"k{i}"] = [i]
    assert len(spilled._hot) <= 3
    assert "k0" in backing.data["x"] and "k9" not in backing.data["x"]  # old ones left memory
    value = spilled["k0"]           # read back from the backing ...
    value.append("changed")         # ... changed in place
    spilled["k0"] = value
    for i in range(1, 10):          # pushed out of memory again by the others
        spilled[f"k{i}"].append(i)
    assert spilled["k0"] == [0, "changed"]
    assert dict(spilled.items()) == {"k0": [0, "changed"], **{f"k{i}": [i, i] for i in range(1, 10)}}
    assert "k5" in spilled and "nope" not in spilled and spilled.get("nope") is None


def test_spill_dict_writes_only_what_was_touched():
    class Counting(MemoryBacking):
        def __init__(self):
            super().__init__()
            self.written: list[str] = []

        def put(self, kind, items):
            items = list(items)
            self.written += [k for k, _ in items]
            super().put(kind, items)

    backing = Counting()
    spilled: SpillDict[list] = SpillDict(backing, "x", list, list, capacity=10)
    for i in range(5):
        spilled[f"k{i}"] = [i]
    spilled.sync()
    assert backing.written == [f"k{i}" for i in range(5)]  # in the order they came
    backing.written.clear()
    spilled.sync()
    list(spilled.items())           # reading everything (a sync, then the backing) ...
    assert backing.written == []    # ... writes nothing untouched
    spilled["k3"].append("changed")
    spilled.sync()
    assert backing.written == ["k3"] and backing.data["x"]["k3"] == [3, "changed"]


@pytest.mark.parametrize("capacity", [1, 7])
def test_spill_index_results_do_not_depend_on_what_stays_in_memory(capacity):
    full = StoryIndex()
    full.add(ITEMS)
    small = StoryIndex(capacity=capacity)
    small.add(ITEMS)
    expected = _results(full)
    assert len({json.loads(s)["id"] for s in expected["stories"]}) > 10  # many clusters...
    assert any(len(json.loads(s)["doc_ids"]) > 1 for s in expected["stories"])  # ...some shared
    assert small._n_denials > 0 and any(e.relation for e in full.edges())
    assert _results(small) == expected
    assert len(small._clusters.events._hot) <= capacity


def test_spill_state_round_trip_and_version_1_conversion():
    index = StoryIndex()
    index.add(ITEMS[:25])
    state = json.loads(json.dumps(index.dump()))
    # the layout of version 1: every record inside the state (how databases before this change
    # stored it); converted on load into the backing
    records = state["records"]
    v1 = {
        "version": 1, "n": state["n"], "df": state["df"], "names": state["names"], "surface": state["surface"],
        "vector_sum": state["vector_sum"], "vector_count": state["vector_count"],
        "clusters": {"events": list(records["event"].values()), "threads": list(records["thread"].values()),
                     **state["clusters"]},
        "statements": {"quotes": list(records["quote"].values()), **state["statements"]},
        "docs": {k: v[:4] for k, v in records["doc"].items()},
        "denials": [records["denial"][str(i)] for i in range(state["n_denials"])],
    }
    for loaded in (StoryIndex.load(state), StoryIndex.load(v1), StoryIndex.load(v1, backing=MemoryBacking(), capacity=2)):
        loaded.add(ITEMS)  # 25 known, 15 new
        again = StoryIndex()
        again.add(ITEMS[:25])
        again.flush()
        again.add(ITEMS)
        assert _results(loaded) == _results(again)


def _store_items(store, items):
    store.write_batch([DocumentResult(i.document, i.quotes, i.mentions) for i in items], {})


def _exports(store) -> dict:
    return {
        "stories": sorted(json.dumps(s.to_dict(), sort_keys=True) for s in store.stories()),
        "quotes": sorted(json.dumps(q.to_dict(), sort_keys=True) for q in store.quotes()),
        "sources": sorted(repr(e) for e in store.edges()),
    }


def test_spill_linking_in_the_store_is_chunked_and_bounded(store, monkeypatch, tmp_path):
    """Linking places documents a chunk at a time, in date order, as successive runs would; how
    many records stay in memory changes nothing."""
    from recoupe.store import SQLiteStore

    monkeypatch.setattr(crossdoc, "CHUNK", 3)
    with SQLiteStore(tmp_path / "reference.db") as reference:
        _store_items(reference, ITEMS)
        crossdoc.link_pending(reference, Options())
        expected = _exports(reference)
    monkeypatch.setattr(crossdoc, "SPILL_CAPACITY", 2)
    _store_items(store, ITEMS)
    assert crossdoc.link_pending(store, Options()) == len(ITEMS)
    assert _exports(store) == expected
    assert all(json.loads(q)["cluster"] for q in expected["quotes"])
    state = store.get_state("stories")
    assert "records" not in state and "Outlet 0" not in json.dumps(state)  # records are in the table
    kinds = {r["kind"] for r in store._execute("SELECT DISTINCT kind FROM story_state")}
    assert {"event", "thread", "doc", "quote", "members", "denial"} <= kinds
    # stored again (quote rows rewritten, clusters empty): linking gives the clusters back
    _store_items(store, ITEMS[:5])
    assert crossdoc.link_pending(store, Options()) == 5
    assert _exports(store) == expected


VOCABULARY = [f"{c}{v}{m}{w}" for c in "bdfgklmnprst" for v in "aeiou" for m in "lnrs" for w in "aeiou"][:400]


def _varied(i: int) -> StoryInput:
    """A document of its own (30 of 400 fictional words): mostly a new event each, the case
    where the index grew ~9 KB a document. The vocabulary is fixed, as a language's is, so what
    grows with the vocabulary (document frequencies, postings) stops growing."""
    import random

    rng = random.Random(i)
    words = [VOCABULARY[n] for n in rng.sample(range(len(VOCABULARY)), 30)]
    body = " ".join(words) + "."
    doc_id = f"v{i:05d}"
    document = Document(doc_id, f"{doc_id}.txt", None, f"Outlet {i % 9}", " ".join(words[:6]),
                        f"2031-{1 + i % 12:02d}-{1 + i % 28:02d}", "fr", body)
    return StoryInput(document, [], [])


def test_spill_linking_memory_does_not_grow_with_the_documents(monkeypatch, tmp_path):
    """Python memory allocated while linking 500 and 2,500 documents, every bound scaled down so
    that both runs exceed them (as the 200 MB benchmark exceeds the defaults): the peak stays
    put. What is left grows with the vocabulary (fixed here) and the list of pending ids."""
    import tracemalloc

    from recoupe.store import SQLiteStore

    from recoupe.store import sql
    from recoupe.stories import events, index

    # every bound scaled down (defaults: 500 documents a chunk, 20,000 records of each kind in
    # memory, pages of 500 rows, 5,000 statements cached, 400 postings a key) so that the runs
    # below exceed them
    monkeypatch.setattr(crossdoc, "CHUNK", 50)
    monkeypatch.setattr(crossdoc, "SPILL_CAPACITY", 100)
    monkeypatch.setattr(sql, "PAGE", 50)
    monkeypatch.setattr(sql.StoryBacking, "PAGE", 50)
    monkeypatch.setattr(index, "STATEMENT_CACHE", 50)
    monkeypatch.setattr(events, "POSTING_MAX", 12)  # postings per key: trimmed to the last 8
    monkeypatch.setattr(events, "POSTING_SCAN", 4)
    peaks = []
    for n in (100, 500, 2500):  # the first run loads what is loaded once (alias tables, modules)
        with SQLiteStore(tmp_path / f"{n}.db") as store:
            _store_items(store, [_varied(i) for i in range(n)])
            tracemalloc.start()
            assert crossdoc.link_pending(store, Options()) == n
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
            assert store.count("stories") > n // 2  # mostly singletons: the index is large
    # 5x the documents; before the bounded index the peak grew with them (~9 KB a document)
    assert peaks[2] < peaks[1] * 1.5, peaks
