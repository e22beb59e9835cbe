"""Events, threads, statement clusters and incremental state on fictional records (no spaCy)."""

from __future__ import annotations

import json

import pytest

from recoupe.model import Document, Mention, Quote
from recoupe.stories import StoryIndex, StoryInput


def doc(doc_id: str, title: str, body: str, actors: tuple[str, ...], published: str | None = "2031-03-14",
        quotes: tuple[tuple[str, str], ...] = ()) -> StoryInput:
    text = body
    mentions = []
    for a in actors:
        start = text.index(a)
        mentions.append(Mention(doc_id, a, start, start + len(a), "PER", a, f"E-{a.lower()}"))
    qs = []
    for i, (speaker, words) in enumerate(quotes):
        start = text.index(words)
        qs.append(Quote(f"{doc_id}-q{i}", doc_id, "direct", words, start, start + len(words), speaker=speaker))
    return StoryInput(Document(doc_id, f"{doc_id}.txt", None, f"outlet-{doc_id}", title, published, "fr", text), qs, mentions)


SUMMIT = ("Maren Holtvik et Ivo Brannsted se sont retrouvés à Port-Arden pour signer le traité des pêcheries du lac Sarn. "
          "Le traité partage les quotas de pêche du lac Sarn entre l'Ostravie et le Karsland.")
SUMMIT_2 = ("À Port-Arden, Ivo Brannsted et Maren Holtvik ont signé le traité des pêcheries du lac Sarn, "
            "qui fixe les quotas de pêche entre l'Ostravie et le Karsland.")
QUARREL = ("Trois semaines après le traité, Ivo Brannsted accuse Maren Holtvik de violer les quotas de pêche du lac Sarn. "
           "Les pêcheurs de l'Ostravie dépassent leurs quotas, selon le Karsland.")
OTHER = ("Le festival de jazz de Valmont a réuni Tilda Fenwick et ses musiciens pour trois concerts en plein air. "
         "La saxophoniste a joué ses nouvelles compositions devant un public ravi.")


def build(items) -> tuple[StoryIndex, dict, dict]:
    index = StoryIndex()
    index.add(items)
    stories = index.stories()
    events = {d: s for s in stories if s.level == "event" for d in s.doc_ids}
    threads = {d: s for s in stories if s.level == "thread" for d in s.doc_ids}
    return index, events, threads


ITEMS = [
    doc("s1", "Holtvik et Brannsted signent le traité du lac Sarn", SUMMIT, ("Maren Holtvik", "Ivo Brannsted")),
    doc("s2", "Traité des pêcheries du lac Sarn signé à Port-Arden", SUMMIT_2, ("Ivo Brannsted", "Maren Holtvik")),
    doc("q1", "Lac Sarn : Brannsted accuse Holtvik de violer les quotas", QUARREL, ("Ivo Brannsted", "Maren Holtvik"), "2031-04-06"),
    doc("o1", "Tilda Fenwick enchante le festival de jazz de Valmont", OTHER, ("Tilda Fenwick",)),
]


def test_stories_event_and_thread_levels():
    _, events, threads = build(ITEMS)
    assert events["s1"].id == events["s2"].id              # one occurrence: the signing
    assert events["q1"].id != events["s1"].id              # a later quarrel is another event...
    assert threads["q1"].id == threads["s1"].id            # ...of the same dossier
    assert threads["o1"].id != threads["s1"].id            # unrelated news stays apart
    assert events["s1"].parent == threads["s1"].id
    assert events["s1"].first_seen == "2031-03-14" and threads["s1"].last_seen == "2031-04-06"
    assert set(events["s1"].entities[:2]) == {"E-maren holtvik", "E-ivo brannsted"}
    assert "Holtvik" in threads["s1"].label or "Brannsted" in threads["s1"].label


def test_stories_every_document_in_one_event_and_one_thread():
    index, _, _ = build(ITEMS)
    for level in ("event", "thread"):
        ids = [d for s in index.stories() if s.level == level for d in s.doc_ids]
        assert sorted(ids) == sorted(i.document.id for i in ITEMS)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # translated / paraphrased differently, same speaker
        (("Ivo Brannsted", "S'ils attaquent le Karsland, la réponse sera la plus sévère"),
         ("Ivo Brannsted", "s'ils attaquent le Karsland, notre réponse sera la plus cruelle"), True),
        (("Ivo Brannsted", "la réponse sera la plus sévère et la guerre changera de nature"),
         ("M. Brannsted", "notre réponse sera la plus cruelle, la guerre changera de nature"), True),
        # same words, another speaker: another statement
        (("Ivo Brannsted", "S'ils attaquent le Karsland, la réponse sera la plus sévère"),
         ("Maren Holtvik", "S'ils attaquent le Karsland, la réponse sera la plus sévère"), False),
        # same speaker, another sentence of the same press conference
        (("Ivo Brannsted", "S'ils attaquent le Karsland, la réponse sera la plus sévère"),
         ("Ivo Brannsted", "les pêcheurs du lac Sarn recevront une aide exceptionnelle cet hiver"), False),
    ],
)
def test_stories_statement_clusters(a, b, same):
    t1 = f"Ivo Brannsted et Maren Holtvik à Port-Arden. « {a[1]} », a déclaré {a[0]}."
    t2 = f"Ivo Brannsted et Maren Holtvik à Port-Arden. « {b[1]} », a déclaré {b[0]}."
    index, _, _ = build([doc("x1", "Port-Arden", t1, ("Ivo Brannsted",), quotes=(a,)),
                         doc("x2", "Port-Arden", t2, ("Ivo Brannsted",), quotes=(b,))])
    clusters = index.quote_clusters()
    assert (clusters["x1-q0"] == clusters["x2-q0"]) is same


def test_stories_incremental_state_keeps_ids():
    first, _, _ = build(ITEMS[:2])
    before = {s.id for s in first.stories()}
    state = json.loads(json.dumps(first.dump()))           # JSON round trip
    assert "Port-Arden pour signer" not in json.dumps(state)  # features, not texts
    index = StoryIndex.load(state)
    index.add(ITEMS)                                       # two already known, two new
    stories = index.stories()
    assert before <= {s.id for s in stories}
    events = {d: s.id for s in stories if s.level == "event" for d in s.doc_ids}
    assert sorted(events) == sorted(i.document.id for i in ITEMS)
    assert events["s1"] == events["s2"]
    # adding again changes nothing
    again = StoryIndex.load(index.dump())
    again.add(ITEMS)
    assert [s.to_dict() for s in again.stories()] == [s.to_dict() for s in stories]
