"""The alias table and the transliteration key.

The table (``data/aliases/*.tsv``, one row per real-world actor: canonical English name, type,
kind, ``|``-separated aliases in any language, ``|``-separated demonyms) says which surface forms
name the same actor, and what type the actor really is whatever the NER model thinks ("Belta" is a
news agency, not a place). A user file in the same format overrides it (``load_aliases(extra)``).

``translit_key`` folds the French, English and German romanisations of one Cyrillic name onto one
key ("Loukachenko", "Lukashenko", "Lukaschenko" → ``lukasenko``) so that different spellings meet
in a dictionary lookup instead of an all-pairs comparison.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from anyascii import anyascii

from ..errors import ConfigError

#: The shipped tables, read in this order (a later row wins a name claimed twice).
ALIAS_FILES = ("countries.tsv", "places.tsv", "organisations.tsv", "people.tsv", "media.tsv")
ROLES_FILE = "roles.tsv"
TITLES_FILE = "titles.txt"
NOT_NAMES_FILE = "not_names.txt"
TYPES = ("PER", "ORG", "LOC", "MISC")

# -- transliteration key ------------------------------------------------------------------
# Written by hand: no library folds *romanisations* onto each other (anyascii, unidecode and
# ICU transliterate from a script, not between French/English/German spellings of the same
# Russian name). The rules are ordered; they run on the lower-cased ASCII form, word by word.
# ч/ш/щ/ж are all folded onto "s": French ch/tch, English sh/ch/zh, German sch/tsch stand for
# them in different ways, and telling them apart matters less than making the spellings meet.
_RULES: tuple[tuple[str, str], ...] = (
    (r"schtsch|shch|chtch|tsch|tch|sch", "s"),
    (r"kh|ch(?=[rl])", "k"),  # Khrenin / Chrenin (German ch before a consonant is kh)
    (r"ch|sh|zh", "s"),  # Choïgou / Shoigu / Schoigu
    (r"x", "ks"),  # Alexandre / Aleksandr
    (r"ck|q", "k"),
    (r"ph", "f"),
    (r"th", "t"),
    (r"w", "v"),  # Peskow / Peskov, Wladimir / Vladimir
    (r"ou", "u"),  # Loukachenko / Lukashenko
    (r"gu(?=[eiy])", "g"),  # Sergueï / Sergei, Evgueni / Evgeni
    (r"^[yji]e", "e"),  # Yevgeny / Jewgeni / Ievgueni / Evgueni
    (r"[yj]", "i"),  # Zelensky / Zelenskyj, Dmitry / Dmitrij, Sergey / Sergej
    (r"z", "s"),  # Zelensky / Selenskyj
    (r"(.)\1+", r"\1"),  # doubled letters: Dmitrii, Zelenskyy, Prigojine, -off
    (r"(?<=[^aeiou])e$", ""),  # French mute e: Alexandre, Poutine
    (r"(?<=[^aeiou])er$", "r"),  # Alexander / Aleksandr, Peter / Petr
    (r"of$", "ov"),  # Smirnoff / Smirnov
)
_COMPILED = tuple((re.compile(p), r) for p, r in _RULES)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\b")


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A spelling-insensitive key for ``name``: ASCII, lower case, romanisation variants folded.

    >>> translit_key("Sergueï Choïgou") == translit_key("Sergey Shoigu") == translit_key("Sergej Schoigu")
    True
    """
    words = _NON_ALNUM.sub(" ", anyascii(_POSSESSIVE.sub("", name)).lower()).split()
    out = []
    for word in words:
        for pattern, repl in _COMPILED:
            if len(word) <= 3 and pattern.pattern.endswith("$"):
                continue  # "de", "le", "von": endings rules are for names, not particles
            word = pattern.sub(repl, word)
        if word:
            out.append(word)
    return " ".join(out)


def plain_key(name: str) -> str:
    """A key that only ignores case, accents, punctuation and the possessive: for names that are
    not people, where phonetic folding would merge "APL" with "Apple"."""
    return " ".join(_NON_ALNUM.sub(" ", anyascii(_POSSESSIVE.sub("", name)).lower()).split())


# -- the table ----------------------------------------------------------------------------
@dataclass(slots=True, frozen=True)
class AliasRecord:
    canonical: str
    type: str
    kind: str | None


@dataclass(slots=True)
class AliasTable:
    """Every name the tables know, indexed for the component (surface forms) and the resolver
    (casefolded names, transliteration keys, surnames of the people listed)."""

    records: dict[str, AliasRecord] = field(default_factory=dict)  # canonical → record
    surfaces: dict[str, tuple[str, bool]] = field(default_factory=dict)  # alias → (canonical, demonym?)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role phrase → holders
    titles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()  # words the NER takes for names and never are
    names: dict[str, str] = field(default_factory=dict)  # casefolded alias → canonical
    demonyms: dict[str, str] = field(default_factory=dict)  # casefolded demonym → canonical
    keys: dict[str, set[str]] = field(default_factory=dict)  # translit key → canonicals
    surnames: dict[str, set[str]] = field(default_factory=dict)  # PER surname key → canonicals

    def add(self, canonical: str, type_: str, kind: str | None, aliases: list[str], demonyms: list[str]) -> None:
        self.records[canonical] = AliasRecord(canonical, type_, kind)
        for alias in [canonical, *aliases]:
            self.surfaces[alias] = (canonical, False)
        for form in demonyms:
            for inflected in inflect_demonym(form):
                self.surfaces[inflected] = (canonical, True)

    def reindex(self) -> None:
        """Rebuild the lookup indexes from ``records`` and ``surfaces`` (after every file)."""
        self.names, self.demonyms, self.keys, self.surnames = {}, {}, {}, {}
        for alias, (canonical, demonym) in self.surfaces.items():
            if canonical not in self.records:
                continue
            if demonym:
                self.demonyms[alias.casefold()] = canonical
                continue
            self.names[alias.casefold()] = canonical
            key = translit_key(alias)
            self.keys.setdefault(key, set()).add(canonical)
            if self.records[canonical].type == "PER" and len(key.split()) >= 2:
                self.surnames.setdefault(key.split()[-1], set()).add(canonical)

    def lookup(self, name: str, lang: str | None = None) -> tuple[AliasRecord, bool] | None:
        """The record ``name`` stands for and whether it is a demonym, or ``None``.

        Exact (case-insensitive) names first, then demonyms, then, for names of two words or more,
        the transliteration key when it points to one actor only. ``lang`` is accepted for callers that know it; the table's
        names are not language-tagged yet, so it does not change the answer."""
        folded = name.strip().casefold()
        canonical = self.names.get(folded)
        if canonical is not None:
            return self.records[canonical], False
        canonical = self.demonyms.get(folded)
        if canonical is not None:
            return self.records[canonical], True
        key = translit_key(name)
        found = self.keys.get(key, ()) if " " in key else ()  # one word: "Hollande" is not "Holland"
        if len(found) == 1:
            return self.records[next(iter(found))], False
        return None

    def strip_titles(self, name: str) -> str:
        """``name`` without the honorifics and titles in front ("M. X", "le président X")."""
        words = name.split()
        changed = True
        while changed and len(words) > 1:
            changed = False
            for size in (3, 2, 1):
                head = " ".join(words[:size]).casefold()
                if len(words) > size and head in self.titles:
                    words = words[size:]
                    changed = True
                    break
            if not changed and words and words[0][:2].casefold() in ("l'", "l’") and len(words[0]) > 2:
                words[0] = words[0][2:]
        return " ".join(words)


def inflect_demonym(form: str) -> list[str]:
    """The inflected forms of a demonym as written in the table.

    A lower-case form is French masculine singular: feminine and plurals are added by the regular
    rules (-ien → -ienne, -iens, -iennes; -e → -es; -s/-x unchanged in the plural; else +e, +s, +es).
    Irregular ones (grec, turc) are also written out in full in the table; the regular forms
    generated for them ("grece") never occur in text and cost nothing. A capitalised form is English:
    "+s" for the plural unless it ends like a collective (-ese, -ish, -ch, -ss, -i stays +s)."""
    if form[:1].isupper():
        if re.search(r"(ese|ish|ch|ss|sh)$", form):
            return [form]
        return [form, form + "s"]
    if form.endswith(("ien", "éen")):
        forms = [form, form + "ne", form + "s", form + "nes"]
    elif form.endswith("e"):
        forms = [form, form + "s"]
    elif form.endswith(("s", "x")):
        forms = [form, form + "e", form + "es"]
    else:
        forms = [form, form + "e", form + "s", form + "es"]
    return [f for f in forms if f not in _NOT_DEMONYMS]


#: generated forms that are ordinary French words ("malaise" is unease, not Malaysian)
_NOT_DEMONYMS = frozenset({"malaise", "malaises"})


def _read_table(table: AliasTable, text: str, origin: str) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3 or cols[1] not in TYPES:
            raise ConfigError(
                f"{origin}:{number}: expected 'canonical<TAB>type<TAB>kind<TAB>aliases[<TAB>demonyms]' "
                f"with type one of {', '.join(TYPES)}, got {line[:80]!r}; fix the line or remove it"
            )
        canonical, type_, kind = cols[0].strip(), cols[1], cols[2].strip() or None
        aliases = [a.strip() for a in (cols[3] if len(cols) > 3 else "").split("|") if a.strip()]
        demonyms = [a.strip() for a in (cols[4] if len(cols) > 4 else "").split("|") if a.strip()]
        table.add(canonical, type_, kind, aliases, demonyms)


def _data(name: str) -> str:
    return (files("recoupe") / "data" / "aliases" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def load_aliases(extra: Path | None = None) -> AliasTable:
    """The shipped alias tables, overridden by the user file ``extra`` (same TSV format): a row
    there replaces the shipped row with the same canonical name and takes over its aliases.
    Without ``extra``, ``$RECOUPE_ALIASES`` names the user file if set. Loaded once per path."""
    if extra is None and os.environ.get("RECOUPE_ALIASES"):
        extra = Path(os.environ["RECOUPE_ALIASES"])
    table = AliasTable()
    for name in ALIAS_FILES:
        _read_table(table, _data(name), name)
    if extra is not None:
        try:
            text = Path(extra).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read alias file {str(extra)!r}: {exc}; give a UTF-8 TSV file") from exc
        _read_table(table, text, str(extra))
    table.reindex()
    for line in _data(ROLES_FILE).splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, holders, *_ = line.split("\t")
            table.roles[phrase.strip()] = tuple(h for h in holders.split("|") if h in table.records)
    table.titles = _word_list(TITLES_FILE)
    table.not_names = _word_list(NOT_NAMES_FILE)
    return table


def _word_list(name: str) -> frozenset[str]:
    return frozenset(t.strip().casefold() for t in _data(name).splitlines() if t.strip() and not t.startswith("#"))


def canonical_name(name: str, lang: str | None = None) -> tuple[str, str, str | None] | None:
    """``(canonical, type, kind)`` for a name the alias table knows, else ``None``.

    >>> canonical_name("Biélorussie")
    ('Belarus', 'LOC', 'country')
    >>> canonical_name("agence BelTA")
    ('BelTA', 'ORG', 'media')
    """
    found = load_aliases().lookup(name, lang)
    if found is None:
        return None
    record, demonym = found
    return record.canonical, record.type, "demonym" if demonym else record.kind
