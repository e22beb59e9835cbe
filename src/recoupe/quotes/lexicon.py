"""Word lists of the quote extractor, read once per language from ``recoupe/data``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("recoupe.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(slots=True)
class Lexicon:
    """Everything language-specific the extractor matches on (lower-cased)."""

    lang: str
    cues: frozenset[str]                       # one-word cue lemmas
    cue_pairs: dict[str, frozenset[str]]       # "faire" → {"savoir", "valoir", ...}
    object_cues: frozenset[str]                # cues whose object is content ("+obj")
    media: frozenset[str]                      # medium nouns (via)
    roles: frozenset[str]                      # role nouns
    generic_roles: frozenset[str]              # "responsable", "official": refer back to an anonymous source
    according: frozenset[str] = field(default_factory=frozenset)   # "selon", "according"
    quote_object_cues: frozenset[str] = field(default_factory=frozenset)  # "+quote": object is content only quoted
    speech_nouns: frozenset[str] = field(default_factory=frozenset)       # "+noun": "les déclarations selon lesquelles"
    complementisers: frozenset[str] = field(default_factory=frozenset)
    pronouns: frozenset[str] = field(default_factory=frozenset)    # singular subject pronouns
    plural_pronouns: frozenset[str] = field(default_factory=frozenset)
    relatives: frozenset[str] = field(default_factory=frozenset)   # "selon lesquelles"
    via_preps: frozenset[str] = field(default_factory=frozenset)   # "dans", "sur", "in", ...
    to_preps: frozenset[str] = field(default_factory=frozenset)    # "à", "au": "a déclaré à CNN"
    definite: frozenset[str] = field(default_factory=frozenset)
    indefinite: frozenset[str] = field(default_factory=frozenset)
    of_words: frozenset[str] = field(default_factory=frozenset)    # "de", "du", "of"
    person_label: str = "PER"


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    lang = "en" if lang == "en" else "fr"
    cues: set[str] = set()
    objects: set[str] = set()
    pairs: dict[str, set[str]] = {}
    quoted: set[str] = set()
    nouns: set[str] = set()
    for entry in _lines(f"cues_{lang}.txt"):
        words = entry.lower().split()
        if words[-1] == "+noun":
            nouns.add(words[0])
            continue
        if words[-1] in ("+obj", "+quote"):
            (objects if words[-1] == "+obj" else quoted).add(words[0])
            objects.add(words[0])
            words = words[:-1]
            if len(words) >= 2:  # "faire savoir +obj": the whole light-verb cue, for a cue whose verb is the second word
                objects.add(" ".join(words))
        if len(words) >= 2:  # "faire savoir", "mettre en garde": the rest as one string
            pairs.setdefault(words[0], set()).add(" ".join(words[1:]))
        else:
            cues.add(words[0])
    roles, generic = set(), set()
    for entry in _lines("speaker_roles.txt"):
        word, _, star = entry.partition(" ")
        (generic if star.strip() == "*" else roles).add(word.lower())
    common = dict(
        lang=lang,
        cues=frozenset(cues),
        cue_pairs={k: frozenset(v) for k, v in pairs.items()},
        object_cues=frozenset(objects),
        quote_object_cues=frozenset(quoted),
        speech_nouns=frozenset(nouns),
        media=frozenset(w.lower() for w in _lines(f"via_{lang}.txt")),
        roles=frozenset(roles | generic),
        generic_roles=frozenset(generic),
    )
    if lang == "fr":
        return Lexicon(
            **common,
            according=frozenset({"selon", "après"}),  # "après" only as "d'après"
            complementisers=frozenset({"que", "qu'", "qu’"}),
            pronouns=frozenset({"il", "elle", "-il", "-elle", "-t-il", "-t-elle", "lui"}),
            plural_pronouns=frozenset({"ils", "elles", "-ils", "-elles", "eux"}),
            relatives=frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "que", "qu'", "qu’"}),
            via_preps=frozenset({"dans", "sur", "lors", "via", "par"}),
            to_preps=frozenset({"à", "au", "aux"}),
            definite=frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette"}),
            indefinite=frozenset({"un", "une", "des", "plusieurs", "certains", "certaines"}),
            of_words=frozenset({"de", "du", "des", "d'", "d’"}),
            person_label="PER",
        )
    return Lexicon(
        **common,
        according=frozenset({"according"}),
        complementisers=frozenset({"that"}),
        pronouns=frozenset({"he", "she"}),
        plural_pronouns=frozenset({"they"}),
        relatives=frozenset({"which", "whom"}),
        via_preps=frozenset({"in", "on", "during", "via", "through"}),
        to_preps=frozenset({"to"}),
        definite=frozenset({"the", "this", "that"}),
        indefinite=frozenset({"a", "an", "some", "several", "another", "one", "two", "three", "four", "many"}),
        of_words=frozenset({"of"}),
        person_label="PERSON",
    )
