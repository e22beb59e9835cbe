"""Cross-document, cross-language entity resolution.

``EntityResolver.resolve(mentions)`` gives every mention an ``entity_id``; one entity per
real-world actor, whatever the language or spelling. In order, a document's mention group (all
mentions sharing ``doc_id`` and ``key``) is linked to:

1. the alias-table actor its key or one of its surface forms names (exonyms: Biélorussie/Belarus,
   OTAN/NATO; demonyms go to their country);
2. an entity already holding the same transliteration key ("Aleksandr Lukashenko" /
   "Alexandre Loukachenko");
3. for a full person name, the one known person with the same or a close surname (rapidfuzz, on
   the entities of that surname block only) *and* a compatible first name; two different first
   names are two people;
4. for a bare surname, the one known person (seen or in the table) with that surname; when there
   are several, the surname stays an entity of its own.

Otherwise a new entity. Ids are ``"e_" + sha1(type, transliteration key of the canonical
name)[:12]``, so the same actor gets the same id in every run; ``from_entities`` rebuilds a
resolver from stored entities so that a later run adds to them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..model import Entity, Mention
from .aliases import AliasTable, load_aliases, plain_key, translit_key

#: rapidfuzz ratio above which two surname keys are the same surname. Set by hand at the lowest
#: value that keeps Belarusian -a / Russian -o endings together ("lukasenko"/"lukasenka" 88.9)
#: while "vrakovis"/"vrakova" (80) stay apart; with it eval/entities/pairs.tsv scores P 1.000,
#: R 0.954. Known limit: "ivanov"/"ivanova" is 92.3, so Ivan Ivanov and a woman Ivan(a) Ivanova
#: with a compatible first name would merge.
SURNAME_SIMILARITY = 88.0
#: rapidfuzz ratio for two first-name keys to be compatible. Set by hand between
#: "aleksandr"/"aliaksandr" (84.2, the Belarusian form, must merge) and "sergei"/"serhiy" (72.7,
#: Russian vs Ukrainian forms, kept apart on purpose: the surname alone is not evidence);
#: "viktor"/"vladimir" is 42.9. Checked on the same gold pairs.
FIRST_NAME_SIMILARITY = 80.0
#: surname block: the first letters of the surname key; spellings differ later in the word
BLOCK_PREFIX = 3


def entity_id(type_: str, canonical: str) -> str:
    digest = hashlib.sha1(f"{type_}\t{_key(type_, canonical)}".encode()).hexdigest()
    return "e_" + digest[:12]


def _type_group(type_: str) -> str:
    # NER models disagree on ORG/LOC/MISC for the same name; a person is never one of those.
    return "PER" if type_ == "PER" else "X"


def _key(type_: str, name: str) -> str:
    # people are matched by sound, other names only up to case, accents and punctuation
    return translit_key(name) if type_ == "PER" else plain_key(name)


def _first_names_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "V. Poutine"
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= FIRST_NAME_SIMILARITY


class EntityResolver:
    """Links mentions to entities across documents; incremental (see ``from_entities``)."""

    def __init__(self, aliases: AliasTable | None = None):
        self.aliases = aliases if aliases is not None else load_aliases()
        self._entities: dict[str, Entity] = {}
        self._by_key: dict[tuple[str, str], str] = {}  # (type group, translit key) → id
        self._persons: dict[str, set[tuple[str, str]]] = {}  # surname key → {(first key, id)}
        self._blocks: dict[str, set[str]] = {}  # surname prefix → surname keys
        self._seen: dict[str, set[tuple[str, int, int]]] = {}  # id → mention positions
        self._forms: dict[str, set[str]] = {}  # id → aliases, for quick membership
        # the table's people, so a bare surname or a new spelling can find them before they appear
        self._table_people: dict[str, str] = {}  # id → canonical
        for alias, (canonical, demonym) in self.aliases.surfaces.items():
            if not demonym and self.aliases.records[canonical].type == "PER":
                pid = entity_id("PER", canonical)
                self._table_people[pid] = canonical
                self._index_person(translit_key(self.aliases.strip_titles(alias)), pid)

    @classmethod
    def from_entities(cls, entities: Iterable[Entity], aliases: AliasTable | None = None) -> EntityResolver:
        """A resolver that continues from stored entities (same ids, aliases and mentions)."""
        resolver = cls(aliases)
        for stored in entities:
            entity = Entity(
                id=stored.id,
                canonical=stored.canonical,
                type=stored.type,
                aliases=list(stored.aliases),
                mentions=[dict(m) for m in stored.mentions],
                kind=stored.kind,
            )
            resolver._entities[entity.id] = entity
            resolver._forms[entity.id] = set(entity.aliases)
            resolver._seen[entity.id] = {(m["doc_id"], m["start"], m["end"]) for m in entity.mentions}
            for form in {entity.canonical, *entity.aliases}:
                resolver._register(entity, form)
        return resolver

    def entities(self) -> list[Entity]:
        return list(self._entities.values())

    # -- resolution -----------------------------------------------------------------------
    def resolve(self, mentions: list[Mention]) -> None:
        """Set ``entity_id`` on every mention (and record it on its entity)."""
        groups: dict[tuple[str, str, str], list[Mention]] = {}
        for m in mentions:
            groups.setdefault((m.doc_id, m.key or m.text, m.label), []).append(m)

        def order(item: tuple[tuple[str, str, str], list[Mention]]) -> tuple[int, int]:
            (_, key, label), _members = item
            # full person names first so that bare surnames of the same batch can find them
            return (0 if label == "PER" and len(translit_key(key).split()) >= 2 else 1, 0)

        for (doc_id, key, label), members in sorted(groups.items(), key=order):
            entity = self._link(key, label, [m.text for m in members])
            for m in members:
                m.entity_id = entity.id
                self._record(entity, m)

    def _link(self, key: str, label: str, texts: list[str]) -> Entity:
        for name in (key, *texts):
            found = self.aliases.lookup(name)
            if found is not None:
                rec, _demonym = found
                return self._get(entity_id(rec.type, rec.canonical), rec.canonical, rec.type, rec.kind, True)
        name = self.aliases.strip_titles(key) if label == "PER" else key
        tkey = _key(label, name)
        known = self._by_key.get((_type_group(label), tkey))
        if known is not None:
            return self._entities[known]
        words = tkey.split()
        if label in ("PER", "MISC") and words:
            person = self._find_person(words, label)
            if person is not None:
                return person
        return self._get(entity_id(label, name), name, label, None, False)

    def _find_person(self, words: list[str], label: str) -> Entity | None:
        """The one known person ``words`` (a translit key, split) can be, or ``None``."""
        surname = words[-1]
        if len(words) == 1:  # a bare surname: exact key only ("Hunter" is not "Hunt")
            candidates = {pid for _first, pid in self._persons.get(surname, ())}
        else:
            block = self._blocks.get(surname[:BLOCK_PREFIX], ())
            surnames = {s for s in block if fuzz.ratio(s, surname) >= SURNAME_SIMILARITY}
            if label != "PER":
                return None
            first = words[0]
            candidates = {
                pid
                for s in surnames
                for f, pid in self._persons.get(s, ())
                if _first_names_compatible(first, f)
            }
        if len(candidates) != 1:
            return None
        pid = next(iter(candidates))
        if pid in self._entities:
            return self._entities[pid]
        canonical = self._table_people[pid]  # a table person not seen yet
        return self._get(pid, canonical, "PER", self.aliases.records[canonical].kind, True)

    # -- bookkeeping ------------------------------------------------------------------------
    def _get(self, eid: str, canonical: str, type_: str, kind: str | None, from_table: bool) -> Entity:
        entity = self._entities.get(eid)
        if entity is None:
            entity = Entity(id=eid, canonical=canonical, type=type_, kind=kind)  # type: ignore[arg-type]
            self._entities[eid] = entity
            self._seen[eid] = set()
            self._forms[eid] = set()
            self._register(entity, canonical)
        return entity

    def _register(self, entity: Entity, form: str) -> None:
        name = self.aliases.strip_titles(form) if entity.type == "PER" else form
        tkey = _key(entity.type, name)
        if not tkey:
            return
        if entity.type == "PER" and " " not in tkey and " " in translit_key(entity.canonical):
            return  # a bare surname must go through the uniqueness check of _find_person
        self._by_key.setdefault((_type_group(entity.type), tkey), entity.id)
        if entity.type == "PER":
            self._index_person(tkey, entity.id)

    def _index_person(self, tkey: str, eid: str) -> None:
        words = tkey.split()
        if len(words) < 2:
            return
        self._persons.setdefault(words[-1], set()).add((words[0], eid))
        self._blocks.setdefault(words[-1][:BLOCK_PREFIX], set()).add(words[-1])

    def _record(self, entity: Entity, m: Mention) -> None:
        if m.text not in self._forms[entity.id]:
            self._forms[entity.id].add(m.text)
            entity.aliases.append(m.text)
            if m.kind != "demonym":
                self._register(entity, m.text)
        if m.key and m.key not in self._forms[entity.id] and m.kind != "demonym":
            self._register(entity, m.key)
        if self.aliases.records.get(entity.canonical) is None and m.kind != "demonym":
            fuller = self.aliases.strip_titles(m.key or m.text) if entity.type == "PER" else (m.key or m.text)
            if (len(fuller.split()), len(fuller)) > (len(entity.canonical.split()), len(entity.canonical)):
                entity.canonical = fuller  # the fullest form seen; the id does not change
        position = (m.doc_id, m.start, m.end)
        if position not in self._seen[entity.id]:
            self._seen[entity.id].add(position)
            entity.mentions.append({"doc_id": m.doc_id, "text": m.text, "start": m.start, "end": m.end})
