"""Actors: one entity per real person, place and organisation, across spellings and languages.

    aliases.py    the alias table (``data/aliases/``), ``translit_key``, ``canonical_name``
    component.py  the ``recoupe_entities`` spaCy component → ``Doc._.mentions``
    resolver.py   ``EntityResolver``: mentions of many documents → ``model.Entity``

Importing this package registers the component factory (``nlp.load`` does it).
"""

from __future__ import annotations

from .aliases import AliasRecord, AliasTable, canonical_name, load_aliases, translit_key
from .component import EntityTagger
from .resolver import EntityResolver, entity_id

__all__ = [
    "AliasRecord",
    "AliasTable",
    "EntityResolver",
    "EntityTagger",
    "canonical_name",
    "entity_id",
    "load_aliases",
    "translit_key",
]
