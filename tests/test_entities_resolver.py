"""EntityResolver on hand-made mentions (fictional people; real names only as table names)."""

from __future__ import annotations

import pytest

from recoupe.entities import EntityResolver, entity_id
from recoupe.model import Entity, Mention


def mention(doc, text, label="PER", key=None, start=0, kind=None):
    return Mention(doc_id=doc, text=text, start=start, end=start + len(text), label=label, key=key or text, kind=kind)


def resolve(*ms, resolver=None):
    resolver = resolver or EntityResolver()
    resolver.resolve(list(ms))
    return resolver


@pytest.mark.parametrize(
    "a, b",
    [
        ("Boris Vrakovitch", "Boris Vrakovich"),
        ("Boris Vrakovitch", "Boris Wrakowitsch"),
        ("Sergueï Vrakovitch", "Sergey Vrakovich"),
        ("Alexandre Vrakovitch", "Aleksandr Vrakovich"),
        ("Alexandre Loukachenko", "Aleksandr Lukashenko"),
        ("Sergueï Choïgou", "Sergei Shoigu"),
    ],
)
def test_entities_resolver_merges_transliterations(a, b):
    m1, m2 = mention("d1", a), mention("d2", b)
    resolve(m1, m2)
    assert m1.entity_id == m2.entity_id


@pytest.mark.parametrize(
    "a, b",
    [
        ("Boris Vrakovitch", "Igor Vrakovitch"),
        ("Alexandre Loukachenko", "Viktor Loukachenko"),
        ("Boris Vrakovitch", "Boris Vrakova"),
    ],
)
def test_entities_resolver_never_merges_different_first_names(a, b):
    m1, m2 = mention("d1", a), mention("d2", b)
    resolve(m1, m2)
    assert m1.entity_id != m2.entity_id


def test_entities_resolver_bare_surname_joins_the_unique_person():
    full, bare = mention("d1", "Boris Vrakovitch"), mention("d2", "Vrakovich")
    resolve(full, bare)
    assert full.entity_id == bare.entity_id


def test_entities_resolver_bare_surname_stays_apart_when_ambiguous():
    boris, igor, bare = mention("d1", "Boris Vrakovitch"), mention("d2", "Igor Vrakovitch"), mention("d3", "Vrakovitch")
    resolve(boris, igor, bare)
    assert bare.entity_id not in (boris.entity_id, igor.entity_id)


def test_entities_resolver_bare_surname_of_table_person_stays_apart_when_a_namesake_is_known():
    viktor, alexandre, bare = (
        mention("d1", "Viktor Loukachenko"),
        mention("d2", "Alexandre Loukachenko"),
        mention("d3", "Loukachenko"),
    )
    resolve(viktor, alexandre, bare)
    assert len({viktor.entity_id, alexandre.entity_id, bare.entity_id}) == 3


@pytest.mark.parametrize(
    "a, b, label",
    [
        ("Biélorussie", "Belarus", "LOC"),
        ("Bélarus", "Belarus", "LOC"),
        ("OTAN", "NATO", "ORG"),
        ("Russie", "Russia", "LOC"),
        ("Moscou", "Moscow", "LOC"),
    ],
)
def test_entities_resolver_merges_exonyms(a, b, label):
    m1, m2 = mention("d1", a, label), mention("d2", b, label)
    resolver = resolve(m1, m2)
    assert m1.entity_id == m2.entity_id
    entity = next(e for e in resolver.entities() if e.id == m1.entity_id)
    assert entity.canonical == b if b != "Moscow" else "Moscow"
    assert {a, b} <= set(entity.aliases)


def test_entities_resolver_demonym_links_to_country_but_person_stays_apart():
    country = mention("d1", "Biélorussie", "LOC")
    demonym = mention("d1", "biélorusse", "LOC", key="Biélorussie", start=30, kind="demonym")
    person = mention("d1", "Alexandre Loukachenko", start=60)
    resolve(country, demonym, person)
    assert country.entity_id == demonym.entity_id != person.entity_id


def test_entities_resolver_media_is_not_the_place():
    outlet = mention("d1", "Moscow Times", "ORG", kind="media")
    city = mention("d1", "Moscou", "LOC", start=20)
    resolve(outlet, city)
    assert outlet.entity_id != city.entity_id


def test_entities_resolver_ids_are_stable_and_typed():
    m = mention("d1", "Boris Vrakovitch")
    resolve(m)
    assert m.entity_id == entity_id("PER", "Boris Vrakovich") == entity_id("PER", "Boris Vrakovitch")
    assert m.entity_id.startswith("e_")
    assert entity_id("ORG", "Valdoria") != entity_id("LOC", "Valdoria")


def test_entities_resolver_continues_from_stored_entities():
    first = EntityResolver()
    m1 = mention("d1", "Boris Vrakovitch")
    first.resolve([m1])
    stored = [Entity.from_dict({**e.to_dict(), "kind": e.kind}) for e in first.entities()]

    later = EntityResolver.from_entities(stored)
    m2, again = mention("d2", "Vrakovich", start=5), mention("d1", "Boris Vrakovitch")
    later.resolve([m2, again])
    assert m2.entity_id == m1.entity_id == again.entity_id
    (entity,) = [e for e in later.entities() if e.id == m1.entity_id]
    assert len(entity.mentions) == 2  # re-resolving d1 does not duplicate its mention
    assert {"Boris Vrakovitch", "Vrakovich"} <= set(entity.aliases)
    assert entity.canonical == "Boris Vrakovitch"


def test_entities_resolver_canonical_is_table_english_name_else_fullest():
    a, b = mention("d1", "Loukachenko"), mention("d2", "Alexandre Loukachenko")
    c, d = mention("d3", "Vrakovitch"), mention("d3", "Boris Vrakovitch", key="Boris Vrakovitch", start=40)
    resolver = resolve(a, b, c, d)
    names = {e.canonical for e in resolver.entities()}
    assert "Alexander Lukashenko" in names
    assert "Boris Vrakovitch" in names
