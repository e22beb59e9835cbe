"""A small database of fictional records for the web and report tests.

Everything here is invented: the town of Valmont, its mayor Maëlle Dubreuil, the outlets
(Le Courrier de Valmont, Gazette du Nord, The Harbour Times, Agence Lumière, Radio Brume).
One more document is hostile: every text field carries markup, an attribute breakout and a
``javascript:`` URL, to prove that the pages and the dossier escape it.
"""

from __future__ import annotations

from pathlib import Path

from recoupe.model import Document, DocumentResult, Entity, Mention, Quote, SourceEdge, Story
from recoupe.store import SQLiteStore

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '" onmouseover="x'
JS_URL = "javascript:alert(1)"
HOSTILE = f"{SCRIPT} {BREAKOUT}"

D1, D2, D3, D4 = "doc-courrier", "doc-gazette", "doc-harbour", "doc-hostile"
SPEAKER, HOSTILE_SPEAKER = "ent-dubreuil", "ent-hostile"
EVENT, THREAD, HOSTILE_EVENT, HOSTILE_THREAD = "ev-pont", "th-valmont", "ev-hostile", "th-hostile"
STATEMENT = "Le pont sera ouvert en juin"

TEXT1 = (
    "Valmont, lundi. La maire de Valmont a présenté le chantier du pont.\n\n"
    f"« {STATEMENT} », a déclaré Maëlle Dubreuil à l'Agence Lumière.\n\n"
    "Elle a ajouté que la circulation serait réduite pendant les travaux."
)
TEXT2 = (
    "Selon l'Agence Lumière, la maire de Valmont s'est exprimée lundi.\n\n"
    f"« {STATEMENT} », a affirmé Maëlle Dubreuil."
)
TEXT3 = '"The bridge will open in June," mayor Maëlle Dubreuil told Radio Brume on Monday.'
TEXT4 = f"Opening line {SCRIPT}.\n\n« {HOSTILE} », a dit {SCRIPT}.\n\nA link: {JS_URL}"


def _quote(qid: str, doc_id: str, text: str, fragment: str, **kw) -> Quote:
    start = text.index(fragment)
    return Quote(id=qid, doc_id=doc_id, text=fragment, start=start, end=start + len(fragment), **kw)


def results() -> list[DocumentResult]:
    d1 = Document(D1, "in/courrier.txt", "https://courrier-valmont.example/pont", "Le Courrier de Valmont",
                  "Valmont : la maire annonce la date d'ouverture du pont", "2024-03-04", "fr", TEXT1,
                  removed=["Partager sur les réseaux", "Lire aussi : la météo"], content_hash="h1",
                  cited_sources=["Agence Lumière"])
    d2 = Document(D2, "in/gazette.txt", "https://gazette-nord.example/a/1", "Gazette du Nord",
                  "Le pont de Valmont ouvrira en juin", "2024-03-05", "fr", TEXT2, content_hash="h2",
                  cited_sources=["Agence Lumière"])
    d3 = Document(D3, "in/harbour.txt", "https://harbour-times.example/bridge", "The Harbour Times",
                  "Valmont bridge to open in June", "2024-03-06", "en", TEXT3, content_hash="h3",
                  translated_from="fr", translation_evidence=["translated from French"], cited_sources=["Radio Brume"])
    d4 = Document(D4, "in/hostile.txt", JS_URL, BREAKOUT, SCRIPT, "2024-03-07", "fr", TEXT4,
                  removed=[HOSTILE], content_hash="h4", cited_sources=[HOSTILE])
    q1 = _quote(f"{D1}-q000", D1, TEXT1, STATEMENT, kind="direct", speaker="Maëlle Dubreuil",
                speaker_mention="Maëlle Dubreuil", cue="a déclaré", via="Agence Lumière", cluster="c-pont")
    q1b = _quote(f"{D1}-q001", D1, TEXT1, "la circulation serait réduite pendant les travaux", kind="indirect",
                 speaker="Maëlle Dubreuil", cue="a ajouté", cluster="c-travaux")
    q2 = _quote(f"{D2}-q000", D2, TEXT2, STATEMENT, kind="direct", speaker="Maëlle Dubreuil",
                cue="a affirmé", via="Agence Lumière", cluster="c-pont")
    q3 = _quote(f"{D3}-q000", D3, TEXT3, "The bridge will open in June,", kind="direct", speaker="Maëlle Dubreuil",
                cue="told", via="Radio Brume", cluster="c-pont")
    q4 = _quote(f"{D4}-q000", D4, TEXT4, HOSTILE, kind="direct", speaker=SCRIPT, speaker_mention=SCRIPT,
                cue=BREAKOUT, via=SCRIPT, cluster="c-hostile")
    m1 = Mention(D1, "Maëlle Dubreuil", TEXT1.index("Maëlle"), TEXT1.index("Maëlle") + 15, "PER", "Maëlle Dubreuil")
    return [
        DocumentResult(d1, [q1, q1b], [m1]),
        DocumentResult(d2, [q2], []),
        DocumentResult(d3, [q3], []),
        DocumentResult(d4, [q4], []),
    ]


def statements() -> list[dict]:
    return [
        {"cluster": "c-pont", "text": STATEMENT, "speaker": "Maëlle Dubreuil", "doc_ids": [D1, D2, D3],
         "outlets": ["Le Courrier de Valmont", "Gazette du Nord", "The Harbour Times"],
         "independent_sources": 2, "status": "corroborated"},
        {"cluster": "c-travaux", "text": "la circulation serait réduite pendant les travaux", "speaker": "Maëlle Dubreuil",
         "doc_ids": [D1], "outlets": ["Le Courrier de Valmont"], "independent_sources": 1, "status": "single-source"},
    ]


def derived() -> dict:
    entities = [
        Entity(SPEAKER, "Maëlle Dubreuil", "PER", ["Dubreuil", "la maire de Valmont"]),
        Entity(HOSTILE_SPEAKER, SCRIPT, "PER", [BREAKOUT]),
        Entity("ent-valmont", "Valmont", "LOC"),
    ]
    stories = [
        Story(THREAD, "thread", None, "Le pont de Valmont", [D1, D2, D3], "2024-03-04", "2024-03-06", [SPEAKER, "ent-valmont"], statements()),
        Story(EVENT, "event", THREAD, "Valmont : ouverture du pont en juin", [D1, D2, D3], "2024-03-04", "2024-03-06",
              [SPEAKER, "ent-valmont"], statements()),
        Story(HOSTILE_THREAD, "thread", None, HOSTILE, [D4], "2024-03-07", "2024-03-07", [HOSTILE_SPEAKER], []),
        Story(HOSTILE_EVENT, "event", HOSTILE_THREAD, HOSTILE, [D4], "2024-03-07", "2024-03-07", [HOSTILE_SPEAKER],
              [{"cluster": "c-hostile", "text": HOSTILE, "speaker": SCRIPT, "doc_ids": [D4], "outlets": [BREAKOUT],
                "independent_sources": 1, "status": BREAKOUT}]),
    ]
    edges = [
        SourceEdge(D1, "Le Courrier de Valmont", "Agence Lumière", "quotes"),
        SourceEdge(D2, "Gazette du Nord", "Agence Lumière", "relays"),
        SourceEdge(D3, "The Harbour Times", "Le Courrier de Valmont", "translates"),
        SourceEdge(D3, "The Harbour Times", "Radio Brume", "quotes"),
        SourceEdge(D4, BREAKOUT, SCRIPT, "mentions"),
    ]
    quote_updates = {f"{d}-q000": {"speaker_id": SPEAKER} for d in (D1, D2, D3)}
    quote_updates[f"{D1}-q001"] = {"speaker_id": SPEAKER}
    quote_updates[f"{D4}-q000"] = {"speaker_id": HOSTILE_SPEAKER}
    m1 = results()[0].mentions[0]
    return {
        "entities": entities,
        "mention_entities": {(D1, m1.start, m1.end): SPEAKER},
        "quote_updates": quote_updates,
        "stories": stories,
        "edges": edges,
        "state": {},
        "linked_ids": [D1, D2, D3, D4],
    }


def fill(store) -> None:
    """Write the fictional records into an open store (any backend)."""
    store.write_batch(results(), {})
    store.save_derived(**derived())


def build_db(path: str | Path) -> Path:
    """Write the fictional database at ``path`` (SQLite) and return the path."""
    store = SQLiteStore(path)
    try:
        fill(store)
    finally:
        store.close()
    return Path(path)
