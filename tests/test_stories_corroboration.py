"""Statements, provenance and corroboration on small fictional records (no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.model import Document, Mention, Quote
from recoupe.stories import StoryIndex, StoryInput

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "relays.jsonl"
CLAIM = "Nous retirerons nos garnisons du col de Sarn avant la fin du printemps"


def load_fixture() -> list[StoryInput]:
    items = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        items.append(StoryInput(
            Document.from_dict(record["document"]),
            [Quote.from_dict(q) for q in record["quotes"]],
            [Mention(**m) for m in record["mentions"]],
        ))
    return items


def make(doc_id: str, outlet: str | None, text: str, quote: str | None = None, *, speaker: str | None = "Maren Holtvik",
         via: str | None = None, cited: tuple[str, ...] = (), published: str | None = "2031-03-14",
         title: str = "Holtvik et le col de Sarn", actors: tuple[str, ...] = ("Maren Holtvik", "Port-Arden")) -> StoryInput:
    document = Document(doc_id, f"{doc_id}.txt", None, outlet, title, published, "fr", text, cited_sources=list(cited))
    quotes = []
    if quote is not None:
        start = text.index(quote)
        quotes.append(Quote(f"{doc_id}-q0", doc_id, "direct", quote, start, start + len(quote), speaker=speaker, via=via))
    mentions = [Mention(doc_id, a, text.index(a), text.index(a) + len(a), "PER", a, f"E-{a.lower()}")
                for a in actors if a in text]
    return StoryInput(document, quotes, mentions)


def statement_of(index: StoryIndex, quote_id: str):
    cluster = index.quote_clusters()[quote_id]
    return next(s for s in index.statements() if s.cluster == cluster)


RELAY_OF_RELAY = make(
    "lac-1", "Bulletin du Lac",
    f"« {CLAIM} », a assuré Maren Holtvik à Port-Arden, selon Northgate Daily.\nLe col de Sarn reste calme.",
    CLAIM, via="Northgate Daily")
RELAY_OF_VALMONT = make(
    "gazette-1", "Gazette des Marches",
    f"« {CLAIM} », a assuré Maren Holtvik à Port-Arden.\nSource : Le Courrier de Valmont",
    CLAIM, cited=("Le Courrier de Valmont",))
SECOND_WITNESS = make(
    "echo-1", "L'Écho d'Arden",
    f"Notre reporter était à Port-Arden : « {CLAIM} », a lancé Maren Holtvik.",
    CLAIM)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ([], 2),                      # origin + independent reporter; two relays add nothing
        ([RELAY_OF_RELAY], 2),        # a relay of a relay resolves to the origin
        ([RELAY_OF_VALMONT], 2),      # a relay of the independent reporter resolves to it
        ([SECOND_WITNESS], 3),        # a third outlet reporting on its own is a new source
    ],
)
def test_stories_independent_sources(extra, expected):
    index = StoryIndex()
    index.add(load_fixture() + extra)
    statement = statement_of(index, "opa-1-q0")
    assert len(statement.doc_ids) == 4 + len(extra)
    assert statement.independent_sources == expected
    assert statement.status == "corroborated"
    assert statement.speaker == "Maren Holtvik"


def test_stories_single_source_when_only_relays():
    items = [i for i in load_fixture() if i.document.id != "valmont-1"]
    index = StoryIndex()
    index.add(items)
    statement = statement_of(index, "opa-1-q0")
    assert statement.independent_sources == 1
    assert statement.status == "single-source"


def test_stories_edges_relations():
    index = StoryIndex()
    index.add(load_fixture() + [RELAY_OF_RELAY])
    edges = {(e.doc_id, e.cites): e.relation for e in index.edges()}
    assert edges[("northgate-1", "Ostravia Press Agency")] == "relays"
    assert edges[("vigie-1", "Ostravia Press Agency")] == "quotes"
    assert edges[("lac-1", "Northgate Daily")] == "quotes"
    # one edge per (document, cited source): the relay is not also a mention
    assert sum(1 for e in index.edges() if e.doc_id == "northgate-1") == 1
    assert not any(e.doc_id == "opa-1" for e in index.edges())


@pytest.mark.parametrize(
    ("second_text", "second_quote", "status"),
    [
        # a denial in another document of the same dossier
        ("Le Karsland a démenti jeudi que l'Ostravie retire ses garnisons du col de Sarn, "
         "selon Maren Holtvik une manœuvre. Port-Arden reste silencieux.", None, "disputed"),
        # the same statement reported with a negation
        (f"« Nous ne retirerons pas nos garnisons du col de Sarn avant la fin du printemps », a dit Maren Holtvik à Port-Arden.",
         "Nous ne retirerons pas nos garnisons du col de Sarn avant la fin du printemps", "disputed"),
    ],
)
def test_stories_disputed(second_text, second_quote, status):
    first = make("a-1", "Alpha", f"À Port-Arden, Maren Holtvik a parlé du col de Sarn. « {CLAIM} », a-t-elle dit.", CLAIM)
    second = make("b-1", "Beta", second_text, second_quote)
    index = StoryIndex()
    index.add([first, second])
    assert statement_of(index, "a-1-q0").status == status


@pytest.mark.parametrize(
    "after",
    [
        "Cette affirmation n'a pas pu être vérifiée de source indépendante.",
        "L'affirmation n'a pas été confirmée par l'état-major.",
        "Rien n'indique que les troupes aient bougé.",
        "The claim could not be independently verified.",
    ],
)
def test_stories_unverified_near_the_quote(after):
    text = f"À Port-Arden, Maren Holtvik a parlé du col de Sarn.\n« {CLAIM} », a-t-elle dit.\n{after}"
    index = StoryIndex()
    index.add([make("u-1", "Alpha", text, CLAIM)])
    assert statement_of(index, "u-1-q0").status == "unverified"


def test_stories_unverified_marker_far_away_is_ignored():
    text = (f"« {CLAIM} », a dit Maren Holtvik à Port-Arden.\nDeuxième paragraphe.\nTroisième paragraphe.\n"
            "Plus loin, rien n'indique autre chose sur la météo.")
    index = StoryIndex()
    index.add([make("u-2", "Alpha", text, CLAIM)])
    assert statement_of(index, "u-2-q0").status == "single-source"


def test_stories_conflicting_figures_dispute():
    a = make("f-1", "Alpha", "« Nous avons déployé 300 soldats au col de Sarn », a dit Maren Holtvik à Port-Arden.",
             "Nous avons déployé 300 soldats au col de Sarn")
    b = make("f-2", "Beta", "« Nous avons déployé 3000 soldats au col de Sarn », a dit Maren Holtvik à Port-Arden.",
             "Nous avons déployé 3000 soldats au col de Sarn")
    index = StoryIndex()
    index.add([a, b])
    statement = statement_of(index, "f-1-q0")
    assert set(statement.doc_ids) == {"f-1", "f-2"}
    assert statement.status == "disputed"
