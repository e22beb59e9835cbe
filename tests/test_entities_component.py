"""The recoupe_entities component on small French sentences, with the real French model.

People, places and outlets here are fictional, except the alias-table countries, alliances and
agencies that only appear as names."""

from __future__ import annotations

import pytest

from recoupe import nlp as recoupe_nlp
from recoupe.entities import EntityResolver

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture(scope="module")
def fr():
    nlp = recoupe_nlp.load("fr", stages=("entities",))
    if nlp is None:
        pytest.skip("no French model installed")
    return nlp


def mentions(nlp, text):
    return nlp(text)._.mentions


def by_text(ms, text):
    found = [m for m in ms if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in ms]}"
    return found[0]


def test_entities_component_is_in_the_pipeline(fr):
    assert fr.pipe_names[-1] == "recoupe_entities"
    assert fr.pipe_names.index("ner") < fr.pipe_names.index("recoupe_entities")


@pytest.mark.parametrize(
    "text, short",
    [
        ("Boris Vrakovitch a visité l'usine lundi. M. Vrakovitch a salué les ouvriers.", "M. Vrakovitch"),
        ("Boris Vrakovitch a visité l'usine lundi. Vrakovitch a salué les ouvriers.", "Vrakovitch"),
        ("Le ministre Boris Vrakovitch est arrivé. Plus tard, le ministre Vrakovitch a parlé.", "Vrakovitch"),
    ],
)
def test_entities_component_merges_short_forms_in_document(fr, text, short):
    ms = mentions(fr, text)
    full = by_text(ms, "Boris Vrakovitch")
    assert full.label == "PER"
    assert by_text(ms, short).key == full.key == "Boris Vrakovitch"


def test_entities_component_shared_surname_stays_apart_in_document(fr):
    text = "Boris Vrakovitch et Igor Vrakovitch se sont rencontrés. Vrakovitch a ensuite quitté la salle."
    ms = mentions(fr, text)
    assert by_text(ms, "Boris Vrakovitch").key != by_text(ms, "Igor Vrakovitch").key
    bare = [m for m in ms if m.text == "Vrakovitch"]
    assert all(m.key == "Vrakovitch" for m in bare)


@pytest.mark.parametrize(
    "text, word, country",
    [
        ("Les Russes ont fermé la frontière près de Valdoria.", "Russes", "Russie"),
        ("L'armée a quitté le territoire biélorusse hier.", "biélorusse", "Belarus"),
        ("Les soldats biélorusses sont rentrés à la caserne.", "biélorusses", "Belarus"),
    ],
)
def test_entities_component_demonyms_are_not_persons(fr, text, word, country):
    m = by_text(mentions(fr, text), word)
    assert m.kind == "demonym"
    assert m.label == "LOC"
    assert m.label != "PER"


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Selon Belta, le convoi est parti jeudi.", "Belta"),
        ("Selon l'agence Belta, le convoi est parti jeudi.", "agence Belta"),
        ("Le site Zero Hedge a repris l'information.", "Zero Hedge"),
        ("D'après Reuters, la réunion a eu lieu à Valdoria.", "Reuters"),
        ("Selon CNN, le ministre a démissionné.", "CNN"),
    ],
)
def test_entities_component_media_are_never_persons_or_places(fr, text, outlet):
    m = by_text(mentions(fr, text), outlet)
    assert (m.label, m.kind) == ("ORG", "media")


def test_entities_component_kremlin_is_an_organisation(fr):
    m = by_text(mentions(fr, "Le Kremlin a démenti toute implication."), "Kremlin")
    assert m.label == "ORG"


def test_entities_component_catches_table_names_the_ner_missed(fr):
    ms = mentions(fr, "la position de l'otan et de l'OTAN reste ferme, dit-on à Valdoria.")
    otan = [m for m in ms if m.text == "OTAN"]
    assert len(otan) == 1  # the lower-case one is not a name
    assert otan[0].label == "ORG"


def test_entities_component_un_is_not_the_article_un(fr):
    ms = mentions(fr, "Un soldat a vu un char près de la frontière.")
    assert not [m for m in ms if m.text.lower() == "un"]


def test_entities_component_offsets_point_into_text(fr):
    text = "Boris Vrakovitch a rencontré l'ambassadeur de Biélorussie à Valdoria."
    for m in mentions(fr, text):
        assert text[m.start : m.end] == m.text


def test_entities_resolver_on_component_output_links_exonyms_across_languages(fr):
    a = fr("La Biélorussie et l'OTAN se sont parlé.")._.mentions
    b = fr("Le Bélarus a répondu à l'Alliance atlantique.")._.mentions
    for m in a:
        m.doc_id = "a"
    for m in b:
        m.doc_id = "b"
    resolver = EntityResolver()
    resolver.resolve(a + b)
    assert by_text(a, "Biélorussie").entity_id == by_text(b, "Bélarus").entity_id
    assert by_text(a, "OTAN").entity_id == by_text(b, "Alliance atlantique").entity_id
    assert by_text(a, "OTAN").entity_id != by_text(a, "Biélorussie").entity_id
