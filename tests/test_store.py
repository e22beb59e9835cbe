import sqlite3

import pytest

from recoupe.errors import StoreError
from recoupe.model import Document, DocumentResult, Entity, Mention, Quote, SourceEdge, Story
from recoupe.store import SQLiteStore, open_store
from recoupe.store.sqlite import MIGRATIONS


def make_result(doc_id="d1", text="Le maire de Brenau a parlé du marché couvert.", title="Un titre"):
    doc = Document(
        id=doc_id, path=f"{doc_id}.txt", url=None, outlet="Le Courrier", title=title, published="2024-03-12",
        language="fr", text=text, removed=["Lire aussi : x"], content_hash=f"h-{doc_id}",
        translation_evidence=["a sign"], cited_sources=["Nordpress"],
    )
    quote = Quote(id=f"{doc_id}-q000", doc_id=doc_id, kind="direct", text="parlé", start=19, end=24, speaker="Jan Oster")
    mention = Mention(doc_id=doc_id, text="Brenau", start=12, end=18, label="LOC", key="Brenau")
    return DocumentResult(doc, [quote], [mention])


def test_store_sqlite_migrations_are_versioned(tmp_path):
    with SQLiteStore(tmp_path / "t.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_reopen_keeps_data_and_does_not_remigrate(backend):
    with open_store(**backend) as s:
        s.write_batch([make_result()], {})
    with open_store(**backend) as s:
        assert s.count("documents") == 1
        assert [q.text for q in s.quotes()] == ["parlé"]


def test_store_round_trip_matches_records(store):
    result = make_result()
    store.write_batch([result], {})
    assert next(store.documents()).to_dict() == result.document.to_dict()
    assert [q.to_dict() for q in store.quotes()] == [q.to_dict() for q in result.quotes]
    assert [m.text for m in store.mentions("d1")] == ["Brenau"]


def test_store_upsert_is_idempotent(store):
    store.write_batch([make_result()], {})
    store.write_batch([make_result()], {})
    assert store.count("documents") == 1
    assert store.count("quotes") == 1
    assert store.count("mentions") == 1


def test_store_failed_batch_leaves_nothing(store):
    store.write_batch([make_result("d1")], {})
    bad = make_result("d2")
    bad.quotes[0].doc_id = None  # NOT NULL violation in the middle of the batch
    with pytest.raises(Exception, match="(?i)null"):
        store.write_batch([make_result("d3"), bad], {})
    assert store.known_ids(["d1", "d2", "d3"]) == {"d1"}


def test_store_interrupt_rolls_back(store):
    with pytest.raises(KeyboardInterrupt):
        with store.atomic():
            store.conn.execute("INSERT INTO state (key, value) VALUES ('x', '1')")
            raise KeyboardInterrupt
    assert store.get_state("x") is None


def test_store_full_text_search_ignores_accents_and_syntax(store):
    store.write_batch([make_result("d1", text="La frontière sera fermée le jour même."), make_result("d2")], {})
    assert [r["id"] for r in store.search("frontiere")] == ["d1"]
    # user input never raises a full-text syntax error, and never matches a document without the word
    assert {r["id"] for r in store.search('marché" NEAR( AND (')} <= {"d2"}
    assert store.search('"') == []
    assert [r["id"] for r in store.search("marché")] == ["d2"]


def test_store_search_follows_updates(store):
    store.write_batch([make_result("d1", text="ancien texte")], {})
    store.write_batch([make_result("d1", text="nouveau texte")], {})
    assert store.search("ancien") == []
    assert [r["id"] for r in store.search("nouveau")] == ["d1"]


def test_store_hash_and_lsh_lookup(store):
    store.write_batch([make_result("d1")], {"d1": (b"sig1", [(0, 11), (1, 12)])})
    assert store.id_for_hash("h-d1") == "d1"
    assert store.id_for_hash("nope") is None
    assert store.lsh_candidates([(1, 12)]) == {"d1": b"sig1"}
    assert store.lsh_candidates([(0, 12)]) == {}


def test_store_save_derived_replaces_and_marks_linked(store):
    store.write_batch([make_result("d1")], {})
    assert store.pending_ids() == ["d1"]
    store.save_derived(
        entities=[Entity("e1", "Brenau", "LOC", ["Brenau"])],
        mention_entities={("d1", 12, 18): "e1"},
        quote_updates={"d1-q000": {"cluster": "c1", "speaker_id": "e9"}},
        stories=[Story("s1", "thread", None, "Brenau", ["d1"])],
        edges=[SourceEdge("d1", "Le Courrier", "Nordpress", "relays")],
        state={"stories": {"n": 1}},
        linked_ids=["d1"],
    )
    assert store.pending_ids() == []
    entity = next(store.entities())
    assert entity.mentions == [{"doc_id": "d1", "text": "Brenau", "start": 12, "end": 18}]
    quote = next(store.quotes())
    assert (quote.cluster, quote.speaker_id) == ("c1", "e9")
    assert [s.id for s in store.stories()] == ["s1"]
    assert [e.cites for e in store.edges()] == ["Nordpress"]
    assert store.get_state("stories") == {"n": 1}


def test_store_sqlite_rejects_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        SQLiteStore(path)
    assert path.read_text().startswith("these are my notes")


def test_store_sqlite_rejects_newer_schema(tmp_path):
    path = tmp_path / "t.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade recoupe"):
        SQLiteStore(path)


def test_store_sqlite_read_only_database_gives_store_error_and_keeps_data(tmp_path):
    path = tmp_path / "t.db"
    with SQLiteStore(path) as s:
        s.write_batch([make_result("d1")], {})
    with SQLiteStore(path) as s:
        # what a read-only file or a full disk looks like to SQLite (file permissions do not
        # stop root, who runs CI)
        s.conn.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError, match="cannot write"):
            s.write_batch([make_result("d2")], {})
    with SQLiteStore(path) as s:
        assert s.known_ids(["d1", "d2"]) == {"d1"}


def test_store_open_store_picks_backend_from_url(tmp_path, monkeypatch):
    monkeypatch.delenv("RECOUPE_DATABASE_URL", raising=False)
    s = open_store(database_url=f"sqlite:///{tmp_path / 'u.db'}")
    assert isinstance(s, SQLiteStore) and s.path.endswith("u.db")
    s.close()
