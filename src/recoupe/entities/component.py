"""The ``recoupe_entities`` spaCy component: one cleaned list of mentions per document.

It runs after ``ner`` and sets ``Doc._.mentions`` (``list[model.Mention]``, sorted by offset):

* the NER's entities, trimmed of leading determiners and prepositions ("L’OTAN" → "OTAN",
  "Selon “DW News" → "DW News"), with types mapped to PER/ORG/LOC/MISC;
* names of the alias table the NER missed or mistyped (one ``PhraseMatcher`` on lower case, built
  once per pipeline; capitalised and all-caps aliases only match capitalised / all-caps text, so
  "UN" never matches the French article "un"); the table's type wins ("Belta" is ORG media, never
  LOC; "Kremlin" is ORG), and demonyms ("Russes", "biélorusse") become ``kind="demonym"`` mentions
  of their country, never persons;
* role phrases ("le président biélorusse") when exactly one holder of the role is named in the
  same document.

Within the document, mentions are grouped: a full name with its short forms ("M. X", surname
alone, first name alone when unique), table names with their exonyms and demonyms. ``key`` is the
group's fullest form, titles removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..model import Mention
from .aliases import AliasTable, load_aliases, plain_key, translit_key

if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)

#: NER labels of the French (WikiNER) and English (OntoNotes) models → recoupe's four types;
#: labels not listed (dates, numbers, money…) are not entities for recoupe.
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip
#: leading tokens trimmed from an NER span ("L’", "la", "Selon", quotes)
TRIM_POS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "SPACE"})
#: trailing tokens trimmed too: "Robert Mueller's" is a mention of "Robert Mueller"
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: a span the NER calls ORG or LOC that starts with one of these is a person ("Mr Farage")
HONORIFICS = frozenset({"m.", "mm.", "mme", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "herr", "frau"})
#: priority of a candidate when two of the same length overlap: the table knows better than NER,
#: the NER better than a bare surname of the table ("Austin, Texas" stays a place)
TABLE, ROLE, NER, SURNAME = 0, 1, 2, 3
#: bare surnames of the table's people are matched only from this length on. Set by hand: the
#: shorter ones ("May", "Rau", "Duda", "Khan") are ordinary words or common names; the NER still
#: finds them when they are names, this only adds names it missed.
MIN_SURNAME = 5


@dataclass(slots=True)
class _Cand:
    start: int  # token offsets
    end: int
    label: str
    kind: str | None
    canonical: str | None
    source: int
    demonym: bool = False
    holders: tuple[str, ...] = ()
    name: str = ""
    cluster: str = ""


def _profile(token: Token) -> str:
    """How an alias token constrains case: U all caps, T capitalised, l anything."""
    text = token.text
    if sum(c.isalpha() for c in text) >= 2 and text.isupper():
        return "U"
    return "T" if text[:1].isupper() else "l"


def _fits(token: Token, profile: str) -> bool:
    if profile == "U":
        return token.text.isupper()
    if profile == "T":
        return token.text[:1].isupper()
    return True


def _apostrophes(text: str) -> set[str]:
    return {text, text.replace("'", "’"), text.replace("’", "'")}


class EntityTagger:
    """The component. Build it through ``nlp.add_pipe("recoupe_entities")``."""

    def __init__(self, nlp: Language, table: AliasTable):
        self.table = table
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # match key → [(canonical, role phrase or surname, what it is, case profile)]
        self.patterns: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}
        entries: list[tuple[str, str, str]] = []  # (surface, value, "name"|"demonym"|"role"|"surname")
        for alias, (canonical, demonym) in table.surfaces.items():
            for text in _apostrophes(alias):
                entries.append((text, canonical, "demonym" if demonym else "name"))
            if table.records[canonical].type == "PER" and not demonym:
                surname = table.strip_titles(alias).split()[-1]
                folded = surname.casefold()
                if (
                    len(surname) >= MIN_SURNAME
                    and surname[:1].isupper()
                    and folded not in table.names
                    and folded not in table.demonyms
                    and folded not in table.not_names
                ):
                    entries.append((surname, surname, "surname"))
        for phrase in table.roles:
            for text in _apostrophes(phrase):
                entries.append((text, phrase, "role"))
        texts = [e[0] for e in entries]
        grouped: dict[str, list] = {}
        for (text, value, what), pattern in zip(entries, nlp.tokenizer.pipe(texts)):
            key = text.lower()
            if key not in grouped:
                grouped[key] = []
                self.matcher.add(key, [pattern])
            grouped[key].append((value, what, tuple(_profile(t) for t in pattern)))
        for key, infos in grouped.items():
            self.patterns[nlp.vocab.strings[key]] = infos

    # -- candidates -------------------------------------------------------------------------
    def _table_cands(self, doc: Doc) -> tuple[list[_Cand], list[_Cand]]:
        names, roles = [], []
        for match_id, start, end in self.matcher(doc):
            tokens = doc[start:end]
            for value, what, profile in self.patterns[match_id]:
                if len(profile) != len(tokens) or not all(map(_fits, tokens, profile)):
                    continue
                if what == "role":
                    holders = self.table.roles[value]
                    roles.append(_Cand(start, end, "PER", None, None, ROLE, holders=holders))
                elif what == "surname":
                    names.append(_Cand(start, end, "PER", None, None, SURNAME))
                else:
                    demonym = what == "demonym"
                    rec = self.table.records[value]
                    kind = "demonym" if demonym else rec.kind
                    names.append(_Cand(start, end, rec.type, kind, value, TABLE, demonym=demonym))
                break
        return names, roles

    def _ner_cands(self, doc: Doc, table_cands: list[_Cand]) -> list[_Cand]:
        cands = []
        # an NER span that starts with a table organisation and runs on ("European Commission
        # Jean", "Washington Post Jamal Khashoggi") is cut back to the organisation
        org_ends = {c.start: c.end for c in table_cands if c.label == "ORG" and c.canonical}
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            if label is None:
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].pos_ in TRIM_POS or doc[start].is_punct or doc[start].is_space):
                if label == "PER" and doc[start].text.casefold() in self.table.titles:
                    break
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].text in POSSESSIVE):
                end -= 1
            for i in range(end - 1, start, -1):  # "May’s Merkel" → "Merkel"
                if doc[i - 1].text in POSSESSIVE or doc[i - 1].text.endswith(("'s", "’s")):
                    start = i
                    break
            if label != "PER" and org_ends.get(start, end) < end:
                end = org_ends[start]
            if start == end or not (doc[start].text[:1].isupper() or doc[start].text[:1].isdigit()):
                continue  # "you can opt-out if you wish": cookie banners, not names
            text = doc[start:end].text
            if text.casefold() in self.table.not_names:
                continue  # "Jeudi" (PER), "État" (LOC): common words the model takes for names
            if doc[start].text.casefold() in HONORIFICS and end - start > 1:
                label = "PER"
            if label == "PER" and not self._is_name(self.table.strip_titles(text)):
                continue  # "Président russe": a role with no name; roles are matched separately
            found = self.table.lookup(text)
            if found is not None:
                rec, demonym = found
                kind = "demonym" if demonym else rec.kind
                cands.append(_Cand(start, end, rec.type, kind, rec.canonical, NER, demonym=demonym))
            else:
                cands.append(_Cand(start, end, label, None, None, NER))
        return cands

    def _is_name(self, name: str) -> bool:
        folded = name.casefold()
        return bool(name[:1].isupper() and folded not in self.table.titles and folded not in self.table.demonyms)

    # -- the component ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        names, roles = self._table_cands(doc)
        cands = _select(names + self._ner_cands(doc, names), len(doc))
        for cand in cands:
            text = doc[cand.start : cand.end].text
            cand.name = self.table.strip_titles(text) if cand.label == "PER" else text
        clusters = _cluster(cands)
        cands = _add_roles(cands, roles, clusters)
        keys = {cid: _fullest(members) for cid, members in clusters.items()}
        mentions = []
        for cand in cands:
            span = doc[cand.start : cand.end]
            members = clusters[cand.cluster]
            label = _cluster_label(members)
            mentions.append(
                Mention(
                    doc_id="",
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    label=label,  # type: ignore[arg-type]
                    key=keys[cand.cluster],
                    kind=cand.kind,
                )
            )
        doc._.mentions = mentions
        return doc


def _select(cands: list[_Cand], length: int) -> list[_Cand]:
    """Non-overlapping candidates: longest first, the table before the NER on a tie."""
    taken = [False] * length
    kept = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.source, c.start)):
        if any(taken[cand.start : cand.end]):
            continue
        for i in range(cand.start, cand.end):
            taken[i] = True
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


def _surname(name: str) -> str:
    return translit_key(name).rsplit(" ", 1)[-1]


def _cluster(cands: list[_Cand]) -> dict[str, list[_Cand]]:
    """Group the document's mentions; sets ``cand.cluster``. Full names and table names first,
    then single words: a surname joins the one full name that ends with it, a first name the one
    that starts with it; a MISC or ORG word that is the surname of a person named in the same
    document becomes that person ("Khrenin", "Mueller")."""
    clusters: dict[str, list[_Cand]] = {}
    singles = []
    for cand in cands:
        if cand.canonical is not None:
            cand.cluster = "T:" + cand.canonical
        elif cand.label == "PER" and len(translit_key(cand.name).split()) >= 2:
            cand.cluster = "P:" + translit_key(cand.name)
        elif cand.label in ("PER", "MISC", "ORG") and len(translit_key(cand.name).split()) == 1:
            singles.append(cand)
            continue
        else:
            cand.cluster = "X:" + plain_key(cand.name)
        clusters.setdefault(cand.cluster, []).append(cand)
    persons = {
        cid: members
        for cid, members in clusters.items()
        if members[0].label == "PER" and any(len(m.name.split()) >= 2 for m in members)
    }
    # "Le Pen" after "Marine Le Pen": a name that ends one longer name of the document joins it
    for cid in sorted(persons, key=lambda c: len(c.split())):
        words = cid[2:].split()
        longer = [o for o in persons if o != cid and len(o[2:].split()) > len(words) and o[2:].split()[-len(words):] == words]
        if cid.startswith("P:") and len(longer) == 1:
            for m in clusters.pop(cid):
                m.cluster = longer[0]
                clusters[longer[0]].append(m)
            persons[longer[0]] = clusters[longer[0]]
            del persons[cid]
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for cid, members in persons.items():
        for m in members:
            words = translit_key(m.name).split()
            if len(words) >= 2:
                by_last.setdefault(words[-1], set()).add(cid)
                by_first.setdefault(words[0], set()).add(cid)
    for cand in singles:
        key = translit_key(cand.name)
        found = by_last.get(key, set())
        if not found:
            found = by_first.get(key, set())
        if len(found) == 1:
            cand.cluster = next(iter(found))
            cand.label = "PER"
        else:
            cand.cluster = "P:" + key if cand.label == "PER" else "X:" + plain_key(cand.name)
        clusters.setdefault(cand.cluster, []).append(cand)
    return clusters


def _add_roles(cands: list[_Cand], roles: list[_Cand], clusters: dict[str, list[_Cand]]) -> list[_Cand]:
    """Keep a role phrase when exactly one of its holders is named in the document (by a table
    name, or by a surname the document attached to nobody else); it replaces the demonym inside."""
    if not roles:
        return cands
    present: dict[str, str] = {}
    for cid, members in clusters.items():
        if cid.startswith("T:"):
            present[cid[2:]] = cid
    for role in roles:
        holders = [present[h] for h in role.holders if h in present]
        if len(set(holders)) != 1:
            continue
        inside = [c for c in cands if c.start < role.end and role.start < c.end]
        if not all(c.demonym and role.start <= c.start and c.end <= role.end for c in inside):
            continue
        for c in inside:
            cands.remove(c)
            clusters[c.cluster].remove(c)
            if not clusters[c.cluster]:
                del clusters[c.cluster]
        role.cluster = holders[0]
        role.name = ""
        clusters[role.cluster].append(role)
        cands.append(role)
    cands.sort(key=lambda c: c.start)
    return cands


def _fullest(members: list[_Cand]) -> str:
    named = [m for m in members if m.name and not m.demonym]
    if not named:
        return members[0].canonical or members[0].name
    return max(named, key=lambda m: (len(m.name.split()), len(m.name), -m.start)).name


def _cluster_label(members: list[_Cand]) -> str:
    for m in members:
        if m.canonical is not None:
            return m.label
    if any(m.label == "PER" for m in members):
        return "PER"
    labels = [m.label for m in members]
    return max(labels, key=labels.count)


@Language.factory(
    "recoupe_entities",
    default_config={"aliases": None},
    requires=["doc.ents"],
    assigns=["doc._.mentions"],
)
def make_entities(nlp: Language, name: str, aliases: str | None) -> EntityTagger:
    """``aliases``: a user alias file (TSV, same format as the shipped tables) that overrides them."""
    return EntityTagger(nlp, load_aliases(Path(aliases) if aliases else None))
