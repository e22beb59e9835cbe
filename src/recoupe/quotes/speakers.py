"""Who is speaking: the fullest name the article gives, by a simple documented heuristic.

Coreference is done by hand, within one article, because the installed spaCy models have no
coreference component and the cases that matter in news are few:

* a surname or a spelling variant ("Loukachenko", "Lukashenko") → the fullest name of the
  person with that surname (most words, then most mentions); spelling variants are merged when
  rapidfuzz's ratio of the surnames is ≥ ``SURNAME_MIN_RATIO``;
* a pronoun ("il", "-t-il", "he") → the most recent of the previous speaker and the last person
  named as a subject before it;
* a definite role ("le président biélorusse", "the minister") → the person the article gave
  that role (words next to a name: "le président biélorusse Alexandre Loukachenko",
  "Sergueï Choïgou, ministre de la Défense"), the best word overlap winning, then mentions;
  else the last person speaking in the same paragraph; a generic official noun ("le
  fonctionnaire", "the official") → the last anonymous source;
* an indefinite role ("un responsable militaire de l'OTAN") stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon

if TYPE_CHECKING:  # extract.py imports this module
    from .extract import Extractor, Unit

#: Two surnames are one person's when their rapidfuzz ratio (ASCII, lower case) is at least
#: this: "loukachenko"/"lukashenko" score 85, "podoliak"/"podolyak" 88, while different
#: people's surnames in news-dev share far less ("poutine"/"peskov" 31). Set by hand on the seeds.
SURNAME_MIN_RATIO = 80
#: A title with no holder named in the article ("le président biélorusse") goes to the most
#: mentioned person when that person is named at least this often (seed 001: 7 mentions).
SALIENT_MENTIONS = 3
#: Honorifics dropped from the front of a name.
HONORIFICS = frozenset({"m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mlle", "monsieur", "madame",
                        "mademoiselle"})


def _norm(word: str) -> str:
    return anyascii(word).lower().strip(".'’")


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """``data/first_names.txt`` and ``first_names_fr.txt``: a first name (folded) → "F" / "M"."""
    text = "\n".join(resources.files("recoupe.data").joinpath(name).read_text(encoding="utf-8")
                     for name in ("first_names.txt", "first_names_fr.txt"))
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, gender = line.strip().rpartition(" ")
            out[_norm(name)] = gender
    return out


def name_gender(name: str) -> str | None:
    """"F"/"M" from the first word of a full name ("Marine Le Pen" → F), None when the name is a
    single word or its first name is not in the list."""
    words = [w for w in name.split() if w.lower() not in HONORIFICS]
    if len(words) < 2:
        return None
    if words[0].lower() in _GENDERED_TITLES:  # "Lady Melania Trump", "Sir Mike Penning"
        return _GENDERED_TITLES[words[0].lower()]
    return _first_names().get(_norm(words[0]))


#: Words the English recogniser often tags as a person on their own (counted on unannotated
#: news-dev/en articles: "Brexit" 91 times, "Twitter" 9, "Labour" 8, "Remain" 7, "Sputnik" 4).
_NOT_PEOPLE_EN = frozenset({"brexit", "twitter", "labour", "remain", "sputnik", "facebook", "instagram",
                            "youtube", "tory", "tories", "brexiteer", "brexiteers", "remainer", "remainers"})

#: A word ending in a web domain ("Valpresse.info", "Courrier.fr"): an outlet's name, never a
#: person's, whatever the recogniser tags.
_WEB_NAME = re.compile(r"\w\.(?:[a-z]{2}|com|net|org|info|news|online|media|tv)$", re.IGNORECASE)

#: Titles kept in a name that tell its gender.
_GENDERED_TITLES = {"lady": "F", "dame": "F", "baroness": "F", "sir": "M", "lord": "M", "baron": "M"}


@dataclass(slots=True)
class Person:
    name: str
    words: int
    count: int = 0
    first: int = 0
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    offsets: list[int] = field(default_factory=list)  # where the person is named
    demonyms: set[str] = field(default_factory=set)  # "américain" in "le président américain X"


@dataclass(slots=True)
class Speakers:
    """The people of one article and the resolution of speaker phrases."""

    doc: Doc
    lex: Lexicon
    people: list[Person] = field(default_factory=list)
    by_surname: dict[str, int] = field(default_factory=dict)
    homonyms: dict[str, list[int]] = field(default_factory=dict)  # surname → people sharing it
    subjects: list[tuple[int, int]] = field(default_factory=list)  # (char offset, person index)
    lost_subjects: list[tuple[int, int]] = field(default_factory=list)  # French: "X, appos, le formule"
    history: list[tuple[int, str, bool, int]] = field(default_factory=list)  # (offset, speaker, is person, paragraph)
    excluded: set[str] = field(default_factory=set)  # people a role cannot be (another nationality)
    genders: dict[str, str | None] = field(default_factory=dict)  # a source's gender ("une source": F)
    inanimate: set[str] = field(default_factory=set)  # sources "he"/"she" cannot be ("a new survey")
    modifiers: set[int] = field(default_factory=set)  # one-word "people" used as "Brexit deal"
    institutions: list[tuple[int, str, str | None]] = field(default_factory=list)  # "Le ministère … a"
    quoted_tokens: Sequence[int] = ()  # >= 0 for a token inside quotation marks
    text: str = ""  # doc.text, read once: spaCy rebuilds it from the tokens at every access

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon, quoted: Sequence[int] = (), text: str | None = None) -> Speakers:
        """``quoted[i] >= 0`` when token i is inside quotation marks: a name said by somebody
        is not a subject of the article's sentences."""
        self = cls(doc, lex, text=doc.text if text is None else text)
        self.quoted_tokens = quoted
        text = self.text
        for ent in doc.ents:
            if ent.label_ != lex.person_label:
                continue
            line = text.rfind("\n", 0, ent.start_char) + 1
            if text.startswith("[", line):  # bracketed link lines ("[Zelenski cierra …]")
                continue
            poss = next((t.i for t in ent if t.text in ("'s", "’s")), None)
            if poss is not None and poss - ent.start >= 2:
                ent = doc[ent.start:poss]  # "Theresa May's (Brexit)" tagged with its possessive
            words = [t for t in ent if t.text.lower() not in HONORIFICS and not t.is_punct]
            while len(words) > 1 and (words[0].text.lower() in _POST_NOMINALS or words[0].lower_ in lex.roles):
                words = words[1:]  # "MEP Nigel Farage", "Spokeswoman Sarah Sanders"
            while len(words) > 2 and _outlet_word(words[0], lex):
                words = words[1:]  # "a déclaré à DW Briana Pobiner", "sur Twitter Kerem Schamberger"
            if _title_modifier(doc, ent.start, ent.end, lex):
                continue  # "Brexit Secretary Dominic Raab": "Brexit" tagged as a person
            if lex.lang == "en" and len(words) == 1 and words[0].lower_ in _NOT_PEOPLE_EN:
                continue  # "Brexit", "Twitter": the English recogniser's frequent false persons
            if any(_WEB_NAME.search(t.text) for t in words):
                continue  # "un entretien avec Valpresse.info": a web outlet, no person
            if not words or not words[0].text[:1].isupper() or len(words) > 4 or all(
                    t.lemma_.lower() in lex.roles or t.text.lower() in lex.roles for t in words):
                continue  # "le Président" tagged as a person
            if words[0].lemma_.lower() in lex.roles and any(t.text.lower() in lex.of_words for t in ent):
                continue  # "Président de la Moldavie": a title and a country
            name = text[words[0].idx:words[-1].idx + len(words[-1].text)] if len(words) < len(ent) else ent.text
            if "\n" in name or len(name.split()) > len(words):
                name = " ".join(t.text for t in words)
            b = name_end(doc, ent.end - 1)
            if b > ent.end - 1:  # "François Bujon de l'Estang"
                name = text[words[0].idx:doc[b].idx + len(doc[b].text)]
            idx = self._person(name, len(name.split()), ent.start_char)
            if len(ent) == 1 and ent[0].dep_ == "compound" and ent[0].head.text.islower():
                self.modifiers.add(idx)  # "the Brexit deadline": a thing, whatever the tagger says
            if len(words) > 1:
                self.by_surname.setdefault(_norm(words[-1].text), idx)  # "Bujon" alone
            person = self.people[idx]
            roles = self._role_words(ent)
            person.roles |= roles
            person.demonyms |= {w for w in roles if _demonym(w)}
            person.gender = person.gender or self._gender(ent) or name_gender(name)
            if quoted and quoted[ent.start] >= 0:
                continue
            # the subject, or a name in apposition to it ("Le Premier ministre hongrois Viktor Orban a …")
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if (any(t.dep_.startswith("nsubj") or t.dep_ in ("flat:name", "appos", "compound")
                    and t.head.dep_.startswith("nsubj") for t in ent) or (
                    lex.lang == "en" and title_then_name(doc, ent.start, ent.end) is not None) or (
                    lex.lang == "en" and _before_apposed_subject(doc, ent)) or (
                    # "c'est Jair Bolsonaro qui menace", "Igor Dodon, qui a déclaré"
                    nxt is not None and nxt.lower_ in ("qui", "who") and nxt.dep_.startswith("nsubj"))) \
                    and not _described_object(doc, ent, lex) and not _under_main_subject(doc, ent, lex):
                self.subjects.append((ent.start_char, idx))
            elif lex.lang == "fr" and _before_apposed_subject_fr(doc, ent, quoted):
                # a subject the parser lost, kept for a quotation standing after it (subject_since),
                # not for pronouns ("Chio, l'île des vins, n'est plus …" is no "elle")
                self.lost_subjects.append((ent.start_char, idx))
        # a known surname the recogniser missed once, as a subject ("But Schiff is …"); a first
        # name of data/first_names.txt and a surname tagged as a place ("Caroline Parmentier, …, a")
        seen = {o for o, _ in self.subjects}
        for t in doc:
            if t.dep_.startswith("nsubj") and t.pos_ == "PROPN" and t.ent_type_ != lex.person_label \
                    and t.idx not in seen and (not quoted or quoted[t.i] < 0) and _norm(t.text) in _first_names() \
                    and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper() \
                    and doc[t.i + 1].dep_ == "flat:name" and doc[t.i + 1].head.i == t.i:
                name = text[t.idx:doc[t.i + 1].idx + len(doc[t.i + 1].text)]
                idx = self._person(name, 2, t.idx)
                self.people[idx].gender = self.people[idx].gender or name_gender(name)
                self.subjects.append((t.idx, idx))
                seen.add(t.idx)
                continue
            if lex.lang == "en" and t.dep_.startswith("nsubj") and t.pos_ == "PROPN" and t.text[:1].isupper() \
                    and t.i >= 1 and t.ent_type_ != lex.person_label and (not quoted or quoted[t.i] < 0):
                # English: "Jane Holt, who …, defended the plan" with no person tagged: a first
                # name of the list compounded to the subject's proper noun
                first = doc[t.i - 1]
                if first.dep_ == "compound" and first.head.i == t.i and first.ent_type_ != lex.person_label \
                        and first.text[:1].isupper() and _norm(first.text) in _first_names() and first.idx not in seen \
                        and (first.i == 0 or doc[first.i - 1].pos_ != "PROPN"):
                    name = text[first.idx:t.idx + len(t.text)]
                    idx = self._person(name, 2, first.idx)
                    self.people[idx].gender = self.people[idx].gender or name_gender(name)
                    self.subjects.append((first.idx, idx))
                    seen.add(first.idx)
                    continue
            if t.dep_.startswith("nsubj") and t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != lex.person_label \
                    and t.idx not in seen and (not quoted or quoted[t.i] < 0):
                idx = self.by_surname.get(_norm(t.text))
                if idx is not None and self.people[idx].words > 1:
                    self.subjects.append((t.idx, idx))
        if lex.lang == "en":
            # "Senior editor at the Eastbrook Courier Jane Holt tweeted": a name closing a title
            # that the recogniser swallowed into an organisation, a subject all the same
            seen = {o for o, _ in self.subjects}
            for t in doc:
                if t.tag_ not in ("VBD", "VBZ", "VBP") or t.pos_ != "VERB" or (quoted and quoted[t.i] >= 0):
                    continue
                span = closing_name(doc, t.i)
                if span is None or doc[span[0]].idx in seen or title_then_name(doc, *span) is None or \
                        any(x.ent_type_ == lex.person_label for x in doc[span[0]:span[1]]):
                    continue
                name = text[doc[span[0]].idx:doc[span[1] - 1].idx + len(doc[span[1] - 1].text)]
                idx = self._person(name, span[1] - span[0], doc[span[0]].idx)
                self.people[idx].gender = self.people[idx].gender or name_gender(name)
                self.subjects.append((doc[span[0]].idx, idx))
        self.subjects.sort()
        if lex.lang == "fr":
            self._institution_subjects(quoted)
        return self

    def _institution_subjects(self, quoted: Sequence[int]) -> None:
        """French: "Le ministère de la Culture se retranche derrière la loi. Il a toutefois
        souligné …": a definite singular organisation (an ORG entity, or an institution noun)
        subject of a main clause, outside quotation marks; ``(offset, as written, gender)``."""
        doc = self.doc
        for t in doc:
            if t.dep_ != "nsubj" or t.pos_ not in ("NOUN", "PROPN") or (quoted and quoted[t.i] >= 0) \
                    or "Plur" in t.morph.get("Number") or t.head.dep_ not in ("ROOT", "conj") \
                    or not (t.ent_type_ == "ORG" or t.lemma_.lower() in INSTITUTION_HEADS):
                continue
            det = next((c for c in t.children if c.dep_ == "det" and c.i < t.i), None)
            if det is None or det.lower_ not in ("le", "la"):
                continue
            end = t.i
            if t.ent_type_ == "ORG":
                while end + 1 < len(doc) and doc[end + 1].ent_type_ == "ORG" and doc[end + 1].ent_iob_ == "I":
                    end += 1
            else:
                while end + 1 < len(doc) and doc[end + 1].pos_ == "ADJ" and doc[end + 1].head.i == t.i:
                    end += 1
            gender = {"Masc": "M", "Fem": "F"}.get(next(iter(det.morph.get("Gender")), ""), None)
            self.institutions.append((det.idx, self.text[det.idx:doc[end].idx + len(doc[end].text)], gender))

    # ---- inventory --------------------------------------------------------------------------
    def _person(self, name: str, words: int, offset: int) -> int:
        surname = _norm(name.split()[-1])
        idx = self.by_surname.get(surname)
        if idx is None and len(surname) >= 5:
            for known, i in self.by_surname.items():
                if len(known) >= 5 and fuzz.ratio(known, surname) >= SURNAME_MIN_RATIO:
                    idx = i
                    break
        gender = name_gender(name)
        if idx is not None and gender is not None:
            # "Sarah Sanders" is not "Bernie Sanders": first names of another gender, two people
            same = [i for i in self.homonyms.get(surname, [idx])
                    if name_gender(self.people[i].name) in (None, gender)]
            idx = same[-1] if same else None
        elif idx is not None and words == 1 and len(self.homonyms.get(surname, ())) > 1:
            idx = self._bare(surname, offset, idx)
        if idx is None and words == 1:
            # "Ikhsan said" after "Ikhsan Rosan": a first name alone, when one person has it
            same = [i for i, p in enumerate(self.people) if p.words > 1 and _norm(p.name.split()[0]) == surname]
            if len(same) == 1:
                idx = same[0]
        if idx is None:
            idx = len(self.people)
            self.people.append(Person(name, words, 0, offset))
            self.homonyms.setdefault(surname, []).append(idx)
        self.by_surname[surname] = idx
        person = self.people[idx]
        person.count += 1
        person.offsets.append(offset)
        if words > person.words:
            person.name, person.words = name, words
        return idx

    def _role_words(self, ent: Span) -> set[str]:
        """Content words right before the name in its noun phrase and in an apposition after it."""
        doc, words = self.doc, set()
        i = ent.start - 1
        if i >= 1 and doc[i].text == ",":  # "le président biélorusse, Alexandre Loukachenko,"
            i -= 1
        while i >= 0 and ent.start - i <= 7:
            t = doc[i]
            if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or t.is_space:
                break
            if t.pos_ in ("NOUN", "ADJ", "PROPN"):
                words.add(t.lemma_.lower())
            i -= 1
        j = ent.end
        if j < len(doc) and doc[j].text == "(":  # "Chuck Grassley (R-IA), Senate Finance Committee chairman,"
            close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                j = close + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
            after: set[str] = set()
            while j < len(doc) and j - ent.end <= 9:
                t = doc[j]
                if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_space:
                    break
                if t.pos_ in ("NOUN", "ADJ", "PROPN"):
                    after.add(t.lemma_.lower())
                j += 1
            # an apposition is closed by punctuation; a phrase running into a verb is the
            # subject of the next clause ("Comme Donald Trump, le président brésilien accuse")
            if j >= len(doc) or doc[j].pos_ not in ("VERB", "AUX"):
                words |= after
        return words

    def _gender(self, ent: Span) -> str | None:
        """"F"/"M" from an honorific or a role noun next to the name ("la ministre X", "X, la
        candidate", "Mme X"), else None."""
        doc = self.doc
        first = ent[0].text.lower()
        if first in ("mme", "mlle", "mrs", "mrs.", "ms", "ms.", "madame"):
            return "F"
        if first in ("m.", "mr", "mr.", "monsieur"):
            return "M"
        near = []
        i = ent.start - 1
        while i >= 0 and ent.start - i <= 4 and doc[i].pos_ in ("NOUN", "ADJ", "DET"):
            near.append(doc[i])
            i -= 1
        if ent.end + 2 < len(doc) and doc[ent.end].text == ",":
            near.extend(doc[ent.end + 1:min(ent.end + 4, len(doc))])
        for t in near:
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.roles:
                g = t.morph.get("Gender")
                # an elided article tells no gender ("L'analyste Corentin Malvaux"): the noun decides
                det = [c for c in t.children if c.pos_ == "DET" and not c.text.endswith(("'", "’"))]
                if det:
                    g = det[0].morph.get("Gender") or g
                elif self.lex.lang == "fr" and t.lower_.endswith("e") and not t.lower_.endswith(_FEMININE_ENDINGS):
                    continue  # "X, virologue, …": an epicene noun with no determiner tells no gender
                if g == ["Fem"]:
                    return "F"
                if g == ["Masc"]:
                    return "M"
        return None

    def _index(self, name: str, offset: int | None = None) -> int | None:
        """The person called ``name``: by surname; among people sharing it, the one whose first
        name agrees, else the one named last before ``offset``."""
        words = [w for w in name.split() if w.lower() not in HONORIFICS]
        if not words:
            return None
        surname = _norm(words[-1])
        same = self.homonyms.get(surname, [])
        if len(same) > 1:
            first = _norm(words[0]) if len(words) > 1 else None
            named = [i for i in same if first and _norm(self.people[i].name.split()[0]) == first]
            if named:
                return named[-1]
            if offset is not None and first is None and self.lex.lang == "en":
                return self._bare(surname, offset, self.by_surname.get(surname))
            if offset is not None:
                before = [(max(o for o in self.people[i].offsets if o < offset), i) for i in same
                          if any(o < offset for o in self.people[i].offsets)]
                if before:
                    return max(before)[1]
        return self.by_surname.get(surname)

    def _bare(self, surname: str, offset: int, default: int | None) -> int | None:
        """English: a surname alone shared by several people named in full ("Trump said" after
        "President Donald Trump … First Lady Melania Trump") is the one named last when that was
        in the same paragraph, else the one the article named first."""
        same = self.homonyms.get(surname, [])
        if self.lex.lang != "en" or len(same) < 2:
            return default
        before = [(max(o for o in self.people[i].offsets if o < offset), i) for i in same
                  if any(o < offset for o in self.people[i].offsets)]
        if not before:
            return default
        last, idx = max(before)
        if "\n" not in self.text[last:offset]:
            return idx
        return min((min(self.people[i].offsets), i) for _, i in before)[1]

    def canonical(self, name: str, offset: int | None = None) -> str:
        words = [w for w in name.split() if w.lower() not in HONORIFICS]
        if not words:
            return name
        idx = self._index(name, offset)
        if idx is None and len(words) == 1:  # a first name alone ("Emmanuel")
            key = _norm(words[0])
            idx = next((i for i, p in enumerate(self.people)
                        if p.words > 1 and _norm(p.name.split()[0]) == key), None)
        return self.people[idx].name if idx is not None else " ".join(words)

    def drop_subjects_in(self, ranges: list[tuple[int, int]]) -> None:
        """Forget subjects inside reported content ("… a assuré que Poutine lui avait dit"):
        a pronoun after it refers to the speaker, not to them."""
        self.subjects = [(o, i) for o, i in self.subjects if not any(a <= o < b for a, b in ranges)]
        self.lost_subjects = [(o, i) for o, i in self.lost_subjects if not any(a <= o < b for a, b in ranges)]
        self.institutions = [x for x in self.institutions if not any(a <= x[0] < b for a, b in ranges)]

    # ---- resolution -------------------------------------------------------------------------
    def resolve(self, np: list[Token], offset: int, paragraph: int) -> str | None:
        """The speaker for the phrase ``np`` (tokens as written) used at ``offset``."""
        if not np:
            return None
        lex = self.lex
        low = [t.text.lower() for t in np]
        if len(np) == 1 and (low[0] in lex.pronouns or low[0].endswith(("-il", "-elle"))):
            return self._pronoun(offset, _pronoun_gender(low[0]))
        if len(np) == 1 and lex.lang == "fr" and np[0].pos_ == "PRON" and np[0].dep_ in ("obj", "iobj") \
                and low[0] in _CONTROL_CLITICS:
            # the object clitic of "ne l'empêche pas de déclarer" (see _controller)
            return self._pronoun(offset, _pronoun_gender(_CONTROL_CLITICS[low[0]] or ""))
        if len(np) == 1 and (low[0] in lex.plural_pronouns or low[0].endswith(("-ils", "-elles"))):
            if lex.lang == "en" and low[0] == "they":
                # singular "they" for the anonymous source just quoted ("Another senior Tory MP
                # told the Courier: '…'\nThey added: '…'")
                last = next((h for h in reversed(self.history) if h[0] < offset), None)
                if last is not None and not last[2] and paragraph - last[3] <= 1 and \
                        last[1].split()[0].lower() in ("a", "an", "another", "one"):
                    return last[1]
            return self._last(offset, plural=True)
        if low[0] in ("the", "le", "la") and 1 < len(np) <= 6 and (
                low[-1] == "old" and "year" in low or low[-1].endswith("génaire")):
            # "the 24-year-old said", "le sexagénaire": an age standing for the person just named
            return self._pronoun(offset, None)
        if lex.lang == "en" and low in (["the", "authors"], ["the", "pair"], ["the", "duo"], ["the", "two"],
                                        ["the", "two", "men"], ["the", "two", "women"], ["both", "men"]):
            # "Tom Reyes and Amy Reed said …\n“…,” the authors wrote.": the pair just named
            # (the scorer takes either name of a joint speaker)
            last = next((h for h in reversed(self.history) if h[0] < offset and h[2]
                         and paragraph - h[3] <= 3), None)
            if last is not None:
                return last[1]
        if lex.lang == "en" and len(np) > 1 and low[0] in ("his", "her", "their", "its") and np[1].pos_ == "PROPN":
            np, low = np[1:], low[1:]  # "His Brexit Steering Group stated": the group's name
        # "Ireland's agriculture minister": a role of a country or an organisation, somebody the
        # article may not name
        np_written = np
        owned = len(np) > 2 and any(t.text in ("'s", "’s") and i > 0 and all(
            x.ent_type_ in ("GPE", "NORP", "ORG", "LOC", lex.person_label) or (
                lex.lang == "en" and x.pos_ == "PROPN" and x.text[:1].isupper())  # "Prime Minister Jane Holt's"
            for x in np[:i])
            and not any(x.pos_ == "PROPN" for x in np[i + 1:]) for i, t in enumerate(np))
        if owned and any(t.ent_type_ == lex.person_label for t in np):
            return _as_written(self.text, np)  # "Trump's lawyer": somebody else, unnamed

        np = _strip_np(np)
        if lex.lang == "fr" and len(np) >= 3 and low[0] in ("le", "la", "les") and low[1] in ("même", "mêmes") \
                and np[2].pos_ == "NOUN":
            return self._same(np[2], offset, paragraph)
        author = self._document_author(np, offset, paragraph)
        if author:
            return author
        named = self._quoted_name_after(np_written)
        if named:
            return named
        org = self._org_anaphor(np, offset)
        if org:
            return org
        person = self._person_in(np)
        if person is not None:
            return person
        k = len(np)
        while k > 0 and np[k - 1].pos_ == "PROPN" and np[k - 1].text[:1].isupper():
            k -= 1
        if 0 < k < len(np) and np[0].pos_ in ("ADJ", "NOUN") and np[k - 1].pos_ == "NOUN" and np[k - 1].text.islower() \
                and np[k - 1].lemma_.lower() not in lex.roles:
            # "Indonesian airline Garuda", "French carmaker Renault": a bare descriptor, then the name
            return _as_written(self.text, np[k:])
        if len(np) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "MISC", "PER", "PERSON")
                                for t in np):
            # a name the recogniser missed ("Serguiï Gaidai", apposed to a title): a person
            return self.people[self._person(_as_written(self.text, np), len(np), offset)].name
        titled = _titled_name(np, lex)
        if titled:  # "son Premier ministre Mateusz Morawiecki" (the name not tagged as a person)
            return self.people[self._person(titled, len(titled.split()), offset)].name
        if np[0].text.lower() in POSSESSIVES and any(t.lemma_.lower() in lex.media for t in np):
            # "déclare sa page d'appel": the medium of the person spoken about (the via)
            return self._pronoun(offset, speaker_first=True)
        if len(np) <= 2 and np[-1].text[:1].isupper() and _norm(np[-1].text) in self.by_surname:
            return self.people[self.by_surname[_norm(np[-1].text)]].name  # a surname NER missed
        head = next((t for t in np if t.pos_ in ("NOUN", "PROPN") and _role_lemma(t) in lex.roles), None)
        first = low[0]
        # "the" is singular or plural: the head noun decides ("the minister", "the officials")
        run = []
        for t in np:  # the phrase before any preposition: "2020 Democrat presidential candidates"
            if t.pos_ in ("ADP", "VERB", "AUX", "PUNCT"):
                break
            run.append(t)
        plural = first in ("les", "des", "some", "ces") or (head is not None and "Plur" in head.morph.get("Number")) \
            or any(t.pos_ == "NOUN" and _role_lemma(t) in lex.roles and "Plur" in t.morph.get("Number") for t in run)
        if plural and first in ("les", "ces", "the", "these") and head is not None and len(run) <= 3 \
                and len(run) == len(np):
            # "les prélats", "ces experts", "the officials" with no complement: the group of
            # people that spoke last, in this paragraph or the two before ("Les évêques
            # catholiques de Valdavie" … « … », ont écrit les prélats)
            written = _as_written(self.text, np).lower()
            # (a title, "The Valdavie Times", is no group of people)
            group = self._recent_source(offset, paragraph, 2, ("les", "the"), lambda name: name.lower() != written
                                        and not (len(name.split()) > 1 and name.split()[1][:1].isupper()))
            if group:
                return group
        if first in lex.indefinite or plural:
            return _as_written(self.text, np)
        if head is None:
            demonym = next((t for t in np if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.text[:1].isupper()
                            and (t.ent_type_ in ("", "MISC", "NORP") or t.ent_type_ == "LOC" and len(np) == 2 and (
                                _demonym(t.lower_) or t.lower_.endswith("usse")))
                            and first in lex.definite), None)
            if demonym is not None and len(np) <= 3:
                found = self._by_role({demonym.lemma_.lower(), demonym.text.lower()}, None)
                if found:
                    return found
                if len(np) == 2 and demonym is np[1] and (_demonym(demonym.lower_) or demonym.lower_.endswith("usse")):
                    # "poursuit le Biélorusse": a nationality standing for a person named before
                    found = self._pronoun(offset, None, fallback=False, speaker_first=True)
                    if found:
                        return found
            return _as_written(self.text, np)
        words = {t.lemma_.lower() for t in np if t.pos_ in ("NOUN", "ADJ", "PROPN")}
        if first in lex.definite and len(np) <= 3:
            # "A British government minister told …" then "…, said the minister": the anonymous
            # source just quoted, when its head is the same role (this or the paragraph before)
            role = _role_lemma(head)
            source = self._recent_source(offset, paragraph, 1, lex.indefinite | {"a", "an"},
                                         lambda name: role in {_norm(w) for w in name.lower().split()})
            if source:
                return source
        found = self._by_role(words, _role_lemma(head), complete=True, offset=offset)
        if found:
            return found
        if lex.lang == "en" and first == "the" and any(
                t.lower_ in ("of", "at", "for", "from") and k + 1 < len(np) and np[k + 1].lower_ in ("a", "an")
                for k, t in enumerate(np)):
            # "The manager of a local garage said": a role tied to something indefinite is
            # somebody new, not a person named before
            return _as_written(self.text, np)
        if owned:
            return _as_written(self.text, np_written)
        if _role_lemma(head) in lex.generic_roles:
            found = self._anonymous(offset, words)
            if found or first not in lex.definite:
                return found or _as_written(self.text, np)
            # "le responsable biélorusse" with no anonymous source before: a person, as below
        gender = {"Fem": "F", "Masc": "M"}.get(next(iter(head.morph.get("Gender")), ""), None)
        # "le président brésilien" is not the person introduced as "son homologue américain"
        nationality = {t.lemma_.lower() for t in np if t.pos_ == "ADJ" and _demonym(t.lemma_.lower())}
        self.excluded = {p.name for p in self.people if nationality and p.demonyms and not nationality & p.demonyms}
        # "le maire de Brenau", "le porte-parole de Jan Oster": whoever is named after "de"
        # qualifies the role and is not its holder (nor the person a fallback would pick)
        self.excluded |= self._qualifiers(np)
        try:
            found = self._role_holder(np, words, head, gender, offset, paragraph)
            idx = self._index(found) if found and first in lex.definite else None
            if idx is not None and self.people[idx].name == found:
                # the article now calls that person so: "le Premier ministre britannique" → Johnson,
                # then "le Premier ministre" is Johnson again, whoever spoke in between
                self.people[idx].roles |= words
            return found
        finally:
            self.excluded = set()

    def _same(self, head: Token, offset: int, paragraph: int) -> str | None:
        """"la même source", "la même étude": the phrase takes up an earlier one and names nobody
        itself. "source": the last speaker (this paragraph or the two before); another noun: the
        last phrase before with that noun or a document noun ("les données de certaines études
        … La même prévision indique"), as written; else nobody."""
        if head.lemma_.lower() == "source":
            return next((name for o, name, _, p in reversed(self.history) if o < offset and paragraph - p <= 2), None)
        floor = self.text.rfind("\n", 0, self.text.rfind("\n", 0, head.idx)) + 1
        nouns = _DOCUMENT_NOUNS | _FORECAST_NOUNS | {head.lemma_.lower()}
        for t in reversed(self.doc[:head.i - 2]):
            if t.idx < floor:
                break
            if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or self._quoted_at(t.idx) or \
                    (self.quoted_tokens and self.quoted_tokens[t.i] >= 0):
                continue
            left = [c for c in t.lefts if c.dep_ in ("det", "amod", "nummod")]
            a = left[0].i if left else t.i
            b = t.i
            while b + 1 < len(self.doc) and self.doc[b + 1].dep_ == "amod" and self.doc[b + 1].head.i == t.i:
                b += 1
            return self.text[self.doc[a].idx:self.doc[b].idx + len(self.doc[b].text)]
        return None

    def _recent_source(self, offset: int, paragraph: int, reach: int, openers, keep) -> str | None:
        """The last speaker before ``offset`` that is no person of the inventory, spoke at most
        ``reach`` paragraphs before ``paragraph``, opens with one of ``openers`` and that
        ``keep(name)`` accepts."""
        return next((name for o, name, is_person, p in reversed(self.history) if o < offset and not is_person
                     and paragraph - p <= reach and name.split()[0].lower() in openers and keep(name)), None)

    def _qualifiers(self, np: list[Token]) -> set[str]:
        """Names of people inside ``np`` after an of-word ("de Jan Oster", "of the mayor Tom
        Reyes"), as the article's inventory calls them."""
        found = set()
        label = self.lex.person_label
        for i, t in enumerate(np):
            if i and t.ent_type_ == label and t.ent_iob_ == "B" and np[i - 1].text.lower() in self.lex.of_words:
                j = i
                while j + 1 < len(np) and np[j + 1].ent_type_ == label and np[j + 1].ent_iob_ == "I":
                    j += 1
                name = self.text[t.idx:np[j].idx + len(np[j].text)]
                idx = self._index(name, t.idx)
                found.add(self.people[idx].name if idx is not None else name)
        return found

    def _role_holder(self, np: list[Token], words: set[str], head: Token, gender: str | None,
                     offset: int, paragraph: int) -> str | None:
        same = [h for h in self.history if h[0] < offset and h[2] and h[3] == paragraph
                and self._gender_ok(h[1], gender)]
        if same:
            return same[-1][1]
        # "le dirigeant nationaliste", "la candidate du RN" with no holder named as such: the
        # person the article is talking about, as for a pronoun
        recent = self._pronoun(offset, gender, fallback=False, speaker_first=True)
        if recent and self.lex.lang == "en":
            # "Sen. X (R-IA), Senate Finance Committee chairman, … Y turned over … 'the former
            # chairman of the Judiciary Committee said'": the role's holder, not the last subject
            holder = self._by_role(words, _role_lemma(head), offset=offset)
            idx, hidx = self._index(recent), self._index(holder) if holder else None
            if holder and holder != recent and hidx is not None and len(words & self.people[hidx].roles) >= 2 \
                    and (idx is None or _role_lemma(head) not in self.people[idx].roles):
                return holder  # two role words at least ("chairman", "committee")
        if recent:
            return recent
        found = self._by_role(words, _role_lemma(head))
        if found:
            return found
        if gender is not None:
            # "la candidate du Rassemblement national": the last woman named before
            named = [(max(o for o in p.offsets if o < offset), p.name) for p in self.people
                     if p.gender == gender and any(o < offset for o in p.offsets) and p.name not in self.excluded]
            if named:
                return max(named)[1]
        salient = max((p for p in self.people if p.name not in self.excluded), key=lambda p: p.count, default=None)
        if salient is not None and salient.count >= SALIENT_MENTIONS:
            return salient.name
        return _as_written(self.text, np)

    def _document_author(self, np: list[Token], offset: int, paragraph: int) -> str | None:
        """A document speaking for its author: "la déclaration des évêques" → "les évêques",
        "une analyse de l'Institut valdavien" → "l'Institut valdavien", "the statement of the
        council"; "leur déclaration", "its report" → whom the possessive stands for."""
        lex = self.lex
        head = next((k for k, t in enumerate(np) if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or np[head].lemma_.lower() not in _DOCUMENT_NOUNS or np[head].pos_ != "NOUN" \
                or not np[head].text.islower():  # "Le Courrier de Valdavie" is a name
            return None
        k = head + 1
        while k < len(np) and (np[k].pos_ == "ADJ" or np[k].lower_ in ("autre",)):
            k += 1
        if k < len(np) and np[k].is_quote:  # "l'étude « La digue oubliée » de X": its title skipped
            close = next((j for j in range(k + 1, len(np)) if np[j].is_quote), None)
            if close is not None:
                k = close + 1
        if k < len(np) and np[k].lower_ in lex.of_words and k + 1 < len(np):
            rest = list(np[k + 1:])
            if any(_time_word(t) for t in rest) or rest[0].like_num:
                return None  # "le rapport de lundi"
            article = {"des": "les", "du": "le"}.get(np[k].lower_)  # "des évêques" → "les évêques"
            if article is None or any(t.ent_type_ == lex.person_label for t in rest):
                return self.resolve(rest, offset, paragraph)
            return f"{article} {_as_written(self.text, rest)}"
        doc = self.doc
        b = np[-1].i + 1
        if k == len(np) and lex.lang == "fr" and b + 2 < len(doc) and doc[b].pos_ == "VERB" \
                and "Part" in doc[b].morph.get("VerbForm") and doc[b + 1].lower_ == "par":
            # "conclut le rapport annuel établi par le régulateur": the document's author
            e = b + 2
            while e < len(doc) and e - b < 12 and (doc[e].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
                                                   or doc[e].lower_ in lex.of_words) and not doc[e].is_space:
                e += 1
            rest = list(doc[b + 2:e])
            while rest and rest[-1].lower_ in lex.of_words | {"de", "d'", "d’"}:
                rest.pop()
            if rest and rest[0].pos_ in ("DET", "PROPN"):
                return self.resolve(rest, offset, paragraph)
        if np[0].lower_ in POSSESSIVES and head == 1:
            if np[0].lower_ in ("leur", "leurs", "their"):
                return self._last(offset, plural=True)
            return self._pronoun(offset, fallback=False)
        return None

    def _org_anaphor(self, np: list[Token], offset: int) -> str | None:
        """"the police force", "le quotidien connu pour son nationalisme", "the conservative
        broadsheet": a definite organisation or medium noun with no name stands for the last
        organisation (for a medium noun: the last outlet) named before, outside quotation marks,
        within ``ORG_ANAPHOR_REACH`` characters."""
        if len(np) < 2 or np[0].lower_ not in self.lex.definite or any(
                t.pos_ == "PROPN" or t.is_quote or self._quoted_at(t.idx) for t in np):
            return None
        head = None
        for t in np[1:]:  # the last noun of the first run: "the police force" → "force"
            if t.pos_ == "NOUN":
                head = t
            elif t.pos_ != "ADJ":
                break
        if head is None or "Plur" in head.morph.get("Number"):
            return None
        lemma = head.lemma_.lower()
        medium = lemma in MEDIUM_HEADS
        if not medium and lemma not in ORG_HEADS:
            return None
        floor = max(0, offset - ORG_ANAPHOR_REACH)
        best = None
        # "le classement de l'organisation Valdavie Solaire … », estime l'organisation": the
        # name the article gave with the same noun wins over any organisation named since
        titled = None
        if medium:
            from ..clean import _media_index  # the outlets of data/media.tsv

            for m in _media_index()[0].finditer(self.text, floor, offset):
                if not self._quoted_at(m.start()):
                    best = (m.start(), m.group(0))
        for ent in self.doc.ents:
            if ent.start_char >= offset:
                break
            if ent.start_char < floor or ent.label_ != "ORG" or self._quoted_at(ent.start_char):
                continue
            if medium and not any(t.lemma_.lower() in self.lex.media | MEDIUM_HEADS
                                  for t in self.doc[max(0, ent.start - 3):ent.start]):
                continue  # for a medium noun, only an organisation introduced as one
            if not any(t.pos_ == "PROPN" for t in ent):
                continue  # "Sortir" tagged as an organisation
            if best is None or ent.start_char > best[0]:
                best = (ent.start_char, ent.text)
        for t in self.doc:
            if t.idx >= offset:
                break
            if t.idx < floor or t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self._quoted_at(t.idx):
                continue
            e = t.i + 1
            while e < len(self.doc) and self.doc[e].text[:1].isupper() and self.doc[e].pos_ in ("PROPN", "X", "NOUN", "ADJ") \
                    and self.doc[e].ent_type_ != self.lex.person_label and self.doc[e].idx < offset:
                e += 1
            if e > t.i + 1:
                titled = (t.idx, self.text[self.doc[t.i + 1].idx:self.doc[e - 1].idx + len(self.doc[e - 1].text)])
        if titled is not None:
            return titled[1]
        if not medium:
            # an acronym the recogniser left untagged: "le secrétaire général de l'ONU … a
            # indiqué l'organisation" (the ONU, not the secretary-general)
            for t in self.doc:
                if t.idx >= offset:
                    break
                if t.idx >= floor and t.pos_ in ("PROPN", "NOUN") and len(t.text) >= 2 and t.text.isalpha() \
                        and t.text.isupper() and t.ent_type_ in ("", "MISC", "LOC") and not self._quoted_at(t.idx) \
                        and (best is None or t.idx > best[0]):
                    best = (t.idx, t.text)
        for o, name, is_person, _ in self.history:  # an organisation that spoke ("le « Global Times »")
            words = [w for w in name.split() if w.lower() not in self.lex.definite and w not in "«»“”\""]
            if floor <= o < offset and not is_person and words and all(w[:1].isupper() for w in words) \
                    and (best is None or o > best[0]):
                best = (o, name)
        return best[1] if best else None

    def _quoted_name_after(self, np: list[Token]) -> str | None:
        """"souligne le quotidien « Le Courrier de Valdavie »", "selon l'agence « Valpresse »": a
        medium or organisation noun followed by its name in quotation marks is that name."""
        heads = [t for t in np[:3] if t.pos_ == "NOUN" and (t.lemma_.lower() in MEDIUM_HEADS | ORG_HEADS
                                                          or t.lemma_.lower() in self.lex.media)]
        if not heads or np[0].lower_ not in self.lex.definite:
            return None
        doc = self.doc
        k = heads[0].i + 1
        # "l'agence de presse « Valpresse »", "le journal valdavien « Brenac Soir »": a complement
        # or an adjective between the noun and the name
        while k < len(doc) and k - heads[0].i <= 4 and doc[k].text not in _NAME_MARKS and (
                doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text.islower() or doc[k].lower_ in ("de", "d'", "d’")):
            k += 1
        if k >= len(doc) or doc[k].text not in _NAME_MARKS:
            return None
        e = k + 1
        while e < len(doc) and e - k <= 9 and doc[e].text not in _NAME_MARKS and "\n" not in doc[e].text:
            e += 1
        inner = [t for t in doc[k + 1:e] if not t.is_space]
        if e >= len(doc) or doc[e].text not in _NAME_MARKS or not 0 < len(inner) <= 6:
            return None
        if not inner[0].text[:1].isupper() or any(t.pos_ in ("VERB", "AUX") for t in inner):
            return None
        return self.text[inner[0].idx:inner[-1].idx + len(inner[-1].text)]

    def _quoted_at(self, char: int) -> bool:
        quoted = self.quoted_tokens
        if not quoted:
            return False
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if tok is None or not len(tok) or quoted[tok[0].i] < 0:
            return False
        mark = quoted[tok[0].i]  # a short quotation is a name («Global Times»), not reported words
        return sum(1 for q in quoted[max(0, tok[0].i - 6):tok[0].i + 7] if q == mark) > 5

    def _anonymous(self, offset: int, words: set[str]) -> str | None:
        """The earlier anonymous source sharing most words with ``words`` (latest on ties)."""
        best, best_score = None, 0
        for o, s, is_person, _ in self.history:
            if o >= offset or is_person or not s.split() or s.split()[0].lower() not in self.lex.indefinite:
                continue
            score = len(words & {w.lower().strip(".,") for w in s.replace("’", " ").replace("'", " ").split()}) + 1
            if score >= best_score:
                best, best_score = s, score
        return best

    def _person_in(self, np: list[Token]) -> str | None:
        label = self.lex.person_label
        after = -1
        for i, t in enumerate(np):
            if i < after or t.ent_type_ != label or t.text.lower() in HONORIFICS or t.lemma_.lower() in self.lex.roles:
                continue
            if t.is_lower and self.lex.lang == "fr":
                continue  # "le président valdavien": a lower-case word is no name, whatever the tagger says
            if self.lex.lang == "en":
                # "Jane Holt associate Tom Reyes", "Holt's lawyer Tom Reyes": the first name only
                # qualifies the noun before the second, who is the head
                j = i
                while j < len(np) and np[j].ent_type_ == label and (j == i or np[j].ent_iob_ != "B"):
                    j += 1
                if j < len(np) and np[j].text in ("'s", "’s"):
                    j += 1
                k = j
                while k < len(np) and np[k].pos_ in ("NOUN", "ADJ") and np[k].text.islower():
                    k += 1
                if k > j and k < len(np) and np[k].ent_type_ == label:
                    after = k
                    continue
            # "le porte-parole du président Vladimir Poutine": a name after "de + title" only
            # qualifies the head noun
            if i >= 2 and np[i - 1].lemma_.lower() in self.lex.roles and np[i - 2].text.lower() in self.lex.of_words:
                return None
            if i >= 2 and np[i - 1].text.lower() in self.lex.of_words and any(
                    x.pos_ == "NOUN" and (x.text.islower() or (k == 0 and x.text[1:].islower()))
                    for k, x in enumerate(np[:i - 1])):  # (capitalised when it opens the sentence)
                return None  # "le bureau de Johnson", "un porte-parole de X": the office speaks
            if _title_modifier(self.doc, t.i, t.i + 1, self.lex) and t.ent_iob_ == "B":
                continue
            if i == 1 and np[0].text.lower() in self.lex.indefinite:
                after = next((x for x in np[i:] if x.ent_type_ != label), None)
                if after is not None and after.pos_ == "NOUN" and after.text.islower():
                    return None  # "a Clinton ally", "un proche …": not the person named
            words = []
            for u in np[i:]:
                if u.ent_type_ != label or (words and u.ent_iob_ == "B"):
                    break
                words.append(u)
            while len(words) > 1 and (words[0].text.lower() in _POST_NOMINALS or words[0].lower_ in self.lex.roles):
                words = words[1:]  # "MEP Nigel Farage", "Spokeswoman Sarah Sanders"
            b = name_end(self.doc, words[-1].i)
            if b > words[-1].i and b <= np[-1].i:  # "François Bujon de l'Estang"
                words = list(self.doc[words[0].i:b + 1])
            return self.canonical(self.text[words[0].idx:words[-1].idx + len(words[-1].text)], words[0].idx)
        return None

    def _by_role(self, words: set[str], head: str | None, complete: bool = False,
                 offset: int | None = None) -> str | None:
        """The person given the role ``words`` (``complete``: all of them, so that "le président
        brésilien" is not the person introduced as "le président américain"); on a tie, the
        person last speaking or last a subject before ``offset`` ("Prime Minister May … Foreign
        Minister Le Drian said. The minister told …"), then the most mentioned."""
        best, best_score = None, (0, 0, 0)
        recent: dict[str, int] = {}
        if offset is not None:
            for o, i in self.subjects:
                if o < offset:
                    recent[self.people[i].name] = o
            for o, name, _, _ in self.history:
                if o < offset:
                    recent[name] = max(o, recent.get(name, -1))
        for p in self.people:
            if (head is not None and head not in p.roles) or p.name in self.excluded:
                continue
            overlap = len(words & p.roles)
            if not overlap or (complete and not words <= p.roles):
                continue
            score = (overlap, recent.get(p.name, -1), p.count)
            if score > best_score:
                best, best_score = p.name, score
        return best

    def _gender_ok(self, name: str, gender: str | None) -> bool:
        """False only when the person called ``name`` is known to be of the other gender (or of
        another nationality than the role being resolved)."""
        if name in self.excluded:
            return False
        if gender is None:
            return True
        idx = self._index(name)
        known = self.people[idx].gender if idx is not None else None
        return known is None or known == gender

    def _pronoun(self, offset: int, gender: str | None = None, fallback: bool = True,
                 speaker_first: bool = False) -> str | None:
        """The most recent of the last person speaking and the last person named as a subject,
        skipping people known to be of the other gender ("elle" after "Emmanuel Macron")."""
        last_speaker = next(((o, s) for o, s, is_person, _ in reversed(self.history)
                             if o < offset and is_person and self._gender_ok(s, gender)), None)
        last_subject = next(((o, i) for o, i in reversed(self.subjects)
                             if o < offset and self._gender_ok(self.people[i].name, gender)
                             and self._named(i)), None)
        para = self.text.rfind("\n", 0, offset) + 1
        if self.lex.lang == "fr" and max(x[0] for x in (last_speaker, last_subject, (-1, None)) if x) < para:
            # nobody spoke or was a subject yet in this paragraph: the person it last named
            near = self._in_sentence(offset, gender, start=para)
            if near is not None:
                return near[1]
        if not speaker_first:
            # "Un porte-parole a estimé … « … », a-t-il dit": an anonymous source or an
            # institution, when it is the latest of all
            source = next(((o, s) for o, s, is_person, _ in reversed(self.history)
                           if o < offset and not is_person and self._singular_source(s, gender)
                           and not (gender and s in self.inanimate)), None)
            # "Le ministère de la Culture se retranche derrière la loi. Il a souligné que …": an
            # institution subject of the paragraph, later than any person and source, of the
            # pronoun's gender
            body = next(((o, name) for o, name, g in reversed(self.institutions) if o < offset
                         and gender is not None and g == gender and "\n" not in self.text[o:offset]), None)
            if body and body[0] > max(last_speaker[0] if last_speaker else -1, last_subject[0] if last_subject else -1,
                                      source[0] if source else -1):
                return body[1]
            if source and source[0] > max(last_speaker[0] if last_speaker else -1,
                                          last_subject[0] if last_subject else -1):
                near = self._in_sentence(offset, gender) if self.lex.lang == "en" else None
                if near is None or near[0] < source[0]:
                    return source[1]
                return near[1]  # "… angered by Donald Trump on Thursday when he said": not the earlier source
        if last_subject and (not last_speaker or (last_subject[0] > last_speaker[0] and not speaker_first)):
            return self.people[last_subject[1]].name
        if last_speaker:
            return last_speaker[1]
        if not fallback:
            return None
        people = [p for i, p in enumerate(self.people) if p.first < offset and self._gender_ok(p.name, gender)
                  and self._named(i)] or self.people
        # a gendered pronoun with nobody speaking or a subject before it: the most mentioned person
        # known to be of its gender before one of unknown gender ("… Saint Lucia's Prime Minister
        # … 'Enjoyed hosting the leaders,' she posted" after "First Lady Jane Holt"), then the
        # most mentioned, then the one named last
        salient = max(people, key=lambda p: (gender is not None and p.gender == gender, p.count,
                                             max((o for o in p.offsets if o < offset), default=-1)), default=None)
        return salient.name if salient is not None else None

    def subject_since(self, start: int, offset: int) -> str | None:
        """The person last named as a subject between characters ``start`` and ``offset``."""
        found = next((i for o, i in reversed(sorted(self.subjects + self.lost_subjects))
                      if start <= o < offset and self._named(i)), None)
        return self.people[found].name if found is not None else None

    def _in_sentence(self, offset: int, gender: str | None, start: int | None = None) -> tuple[int, str] | None:
        """The last person named (outside quotation marks) before ``offset`` in its sentence, of a
        compatible gender: (offset, name)."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if start is None:
            start = span[0].sent.start_char
        best = None
        for i, p in enumerate(self.people):
            if not self._named(i) or not self._gender_ok(p.name, gender):
                continue
            for o in p.offsets:
                if start <= o < offset and (best is None or o > best[0]):
                    tok = self.doc.char_span(o, o + 1, alignment_mode="expand")
                    if tok is not None and len(tok) and (not self.quoted_tokens or self.quoted_tokens[tok[0].i] < 0):
                        best = (o, p.name)
        return best

    def _named(self, i: int) -> bool:
        """Person ``i`` is somebody: a full name, or a gender or a title known, or speaking
        somewhere ("Brexit would …" tagged as a person is no antecedent for "he")."""
        p = self.people[i]
        return p.words > 1 or p.gender is not None or bool(p.roles) or i not in self.modifiers or any(
            name == p.name for _, name, _, _ in self.history)

    def _last(self, offset: int, plural: bool = False, anonymous: bool = False) -> str | None:
        for o, s, is_person, _ in reversed(self.history):
            if o >= offset:
                continue
            low = s.lower().split()
            if plural and low and low[0] in ("les", "des", "the", "some", "plusieurs"):
                return s
            if plural and low and self.lex.lang == "en" and (" and " in s or (
                    (not is_person or (len(low) > 2 and low[1] in ("of", "in", "from", "at"))) and len(low[0]) > 3 and low[0].endswith("s") and not low[0].endswith(("'s", "’s", "ss"))
                    and s[:1].isupper() and not _norm(s.split()[0]) in self.by_surname)):
                return s  # "Residents of Eastbrook", "Officials", "Holt and Okoro": "they"
            if anonymous and not is_person and low and low[0] in self.lex.indefinite:
                return s
        return None

    def _is_person(self, speaker: str) -> bool:
        """A person of the article's inventory ("Washington et Pékin" speaking is not one)."""
        words = speaker.split()
        return bool(words) and speaker[:1].isupper() and _norm(words[-1]) in self.by_surname \
            and words[0].lower() not in self.lex.definite | self.lex.indefinite

    def _singular_source(self, speaker: str, gender: str | None) -> bool:
        """An anonymous source or an institution a singular pronoun can stand for ("un
        porte-parole du Kremlin", "le « Global Times »"), of a compatible gender."""
        words = speaker.lower().replace("’", "' ").replace("'", "' ").split()
        if not words or (words[0] not in _SINGULAR_DETS and not speaker.split()[0].endswith(("'s", "’s"))):
            return False  # "Ireland's agriculture minister" is definite
        known = self.genders.get(speaker)
        return gender is None or known is None or known == gender

    def record(self, offset: int, speaker: str | None, paragraph: int,
               np: Sequence[Token] = ()) -> None:
        if speaker:
            is_person = self._is_person(speaker)
            self.history.append((offset, speaker, is_person, paragraph))
            if not is_person and np and speaker not in self.genders:
                head = next((t for t in np if t.pos_ == "NOUN"), None)
                det = np[0].morph.get("Gender") if np[0].pos_ == "DET" else []
                g = det or (head.morph.get("Gender") if head is not None else [])
                self.genders[speaker] = {"Fem": "F", "Masc": "M"}.get(g[0] if g else "", None)
                if self.lex.lang == "en" and head is not None and head.lemma_.lower() in INANIMATE_EN:
                    self.inanimate.add(speaker)  # "it", not "he", stands for "the research"
                # a name ending in its kind, all proper nouns: "The Eastbrook Transport
                # Department said …" is no antecedent for "he declared"
                words = [t for t in np if not t.is_punct]
                if self.lex.lang == "en" and head is None and words and words[-1].pos_ == "PROPN" \
                        and words[-1].lower_ in INANIMATE_EN:
                    self.inanimate.add(speaker)


#: English heads of a speaking phrase that "he"/"she" cannot stand for: documents, studies and
#: institutions are "it" ("A new survey reveals … He said" is somebody else).
INANIMATE_EN = frozenset({
    "report", "survey", "research", "study", "poll", "letter", "statement", "document", "analysis",
    "paper", "memo", "dossier", "review", "finding", "data", "figure", "estimate", "forecast",
    "government", "ministry", "department", "agency", "company", "firm", "party", "office",
    "committee", "commission", "council", "court", "union", "force", "service", "group",
    "campaign", "organisation", "organization", "institute", "bank", "newspaper", "paper",
    "broadsheet", "tabloid", "website", "channel", "network", "warning", "law", "bill", "deal",
    "majority", "minority", "half", "number", "proportion", "share", "quarter", "third"})

#: A definite organisation or medium noun refers back this far (characters) at most.
ORG_ANAPHOR_REACH = 1500
#: Heads of a phrase standing for an organisation named before ("the police force", "l'entreprise").
ORG_HEADS = frozenset({"organisation", "organization", "force", "agency", "agence", "groupe", "group",
                       "entreprise", "société", "company", "firm", "compagnie", "constructeur", "carmaker",
                       "airline", "regulator", "régulateur", "institution", "association", "ong"})
#: French heads of a definite subject standing for an institution a pronoun can take up ("Le
#: ministère … . Il a souligné"), besides ORG entities.
INSTITUTION_HEADS = frozenset({"gouvernement", "ministère", "commission", "parlement", "conseil", "tribunal",
                               "cour", "parquet", "préfecture", "mairie", "présidence", "kremlin", "agence",
                               "organisation", "entreprise", "société", "groupe", "association", "syndicat",
                               "parti", "assemblée", "sénat", "armée", "police", "gendarmerie", "banque"})
#: Quotation marks around an outlet's name ("le quotidien « Le Courrier de Valdavie »").
_NAME_MARKS = frozenset("«»“”\"„")
#: Heads of a phrase standing for an outlet named before ("le quotidien", "the broadsheet").
MEDIUM_HEADS = frozenset({"quotidien", "journal", "hebdomadaire", "mensuel", "chaîne", "média", "radio", "revue",
                          "bimensuel", "gazette", "tabloïd", "périodique",
                          "newspaper", "paper", "broadsheet", "tabloid", "daily", "outlet", "broadcaster",
                          "magazine", "channel", "site", "website"})

#: Determiners of a singular source ("un porte-parole", "la présidence", "the agency").
_SINGULAR_DETS = frozenset({"un", "une", "le", "la", "l'", "a", "an", "the"})


#: Endings of nationality adjectives ("brésilien", "américain", "français", "chinois", "polonais");
#: hand-written, with the common adjectives that share them.
_DEMONYM_ENDINGS = ("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "ese", "ian", "ish")
_NOT_DEMONYMS = frozenset({"ancien", "ancienne", "quotidien", "quotidienne", "certain", "certaine",
                           "prochain", "prochaine", "humain", "humaine", "lointain", "souverain",
                           "souveraine", "mauvais", "mauvaise", "courtois", "sournois", "parisian",
                           "semaine", "dizaine", "douzaine", "centaine", "quinzaine", "vingtaine",
                           "capitaine", "chaîne", "fontaine", "domaine", "terrain", "lendemain",
                           "marais", "relais", "palais", "mois", "fois", "bois", "choix"})


def _under_main_subject(doc: Doc, ent: Span, lex: Lexicon) -> bool:
    """``ent`` is the subject of an adverbial clause ("après que …", "after …", "when …") whose
    main clause has a person or a personal pronoun as its subject: the main subject stays the
    topic a pronoun after the sentence takes up ("Corentin Malvaux a quitté la salle après que
    Paul Duret a pris la parole. « … », a-t-il lancé": Malvaux)."""
    subj = next((t for t in ent if t.dep_.startswith("nsubj")), None)
    if subj is None:
        return False
    verb = subj.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(c.dep_.startswith("nsubj") and c.i < ent.start and (
        c.ent_type_ == lex.person_label or c.lower_ in lex.pronouns) for c in verb.head.children)


def _before_apposed_subject(doc: Doc, ent: Span) -> bool:
    """English: "At a press conference, Jane Holt, deputy spokeswoman for the council, was asked
    …": a name, then a role between commas, then the finite verb — the parser often hangs the
    name on the fronted phrase; the name is the subject all the same."""
    k = ent.end
    if k + 2 >= len(doc) or doc[k].text != ",":
        return False
    close = next((j for j in range(k + 1, min(k + 12, len(doc))) if doc[j].text in (",", ".", ";", ":")
                  or doc[j].is_space), None)
    if close is None or doc[close].text != "," or close + 1 >= len(doc):
        return False
    role = doc[k + 1:close]
    verb = doc[close + 1]
    return any(t.pos_ == "NOUN" and t.text.islower() for t in role) and \
        not any(t.pos_ in ("VERB", "AUX", "PRON") for t in role) and \
        verb.pos_ in ("AUX", "VERB") and verb.tag_ in ("VBD", "VBZ", "VBP", "MD")


#: French object and reflexive clitics (and the negation) that may stand between a subject and its verb
_CLITICS_FR = frozenset({"le", "la", "l'", "l’", "les", "lui", "leur", "y", "en", "se", "s'", "s’",
                         "ne", "n'", "n’", "me", "m'", "m’", "nous", "vous"})
#: parts of speech of an apposition (a role or a description, no verb) between a name and its verb
_APPOSITION_POS = frozenset({"NOUN", "ADJ", "DET", "ADP", "PROPN", "CCONJ", "NUM"})


def _before_apposed_subject_fr(doc: Doc, ent: Span, quoted: Sequence[int] = ()) -> bool:
    """French: "Pendant ce temps, Corentin Malvaux, le maire de Brenac, a la solution : …",
    "Elise Garnier, l'architecte de la réforme des ports, le formule ainsi : …": a name, then an
    apposition between commas (no verb in it), then the finite verb (clitics before it) — the
    parser often hangs the name on a fronted phrase or takes the verb for a noun; the name is
    the subject all the same. The name opens its clause (after a comma or at the sentence start)."""
    a, k = ent.start, ent.end
    if k + 2 >= len(doc) or doc[k].text != "," or (quoted and quoted[a] >= 0):
        return False
    if a > 0 and not (doc[a - 1].text == "," or doc[a - 1].is_space or doc[a - 1].is_sent_end
                      or doc[a - 1].text in (".", "!", "?", ";")):
        return False
    close = next((j for j in range(k + 1, min(k + 26, len(doc))) if doc[j].text in (",", ".", ";", ":", "«", "»", "(", ")")
                  or doc[j].is_space), None)
    if close is None or doc[close].text != "," or close + 2 >= len(doc):
        return False
    role = doc[k + 1:close]
    if not role or not all(t.pos_ in _APPOSITION_POS or t.text in ("'", "’") for t in role) or not any(
            t.pos_ == "DET" or (t.pos_ in ("NOUN", "ADJ") and t.text.islower()) for t in role):
        return False
    j = close + 1
    clitic = False
    while j < len(doc) - 1 and doc[j].lower_ in _CLITICS_FR and j - close <= 3:
        clitic, j = True, j + 1
    verb = doc[j]
    if quoted and quoted[j] >= 0:
        return False
    if verb.pos_ in ("AUX", "VERB"):
        return "Fin" in verb.morph.get("VerbForm") or not verb.morph.get("VerbForm")
    # "le formule ainsi": a clitic, then the verb the tagger took for a noun
    return clitic and verb.is_alpha and verb.text.islower() and verb.pos_ in ("NOUN", "ADJ")


def closing_name(doc: Doc, end: int) -> tuple[int, int] | None:
    """English: the person's name ending right before token ``end``: a person the recogniser
    tagged there, or two or three capitalised proper nouns opening with a first name of
    data/first_names.txt (the recogniser often swallows "the Eastbrook Courier Jane Holt" into one
    organisation). (start, end) token bounds."""
    if 0 < end <= len(doc) and doc[end - 1].ent_type_ == "PERSON" and (end == len(doc) or doc[end].ent_iob_ != "I"):
        # (read off the tokens' IOB tags: building doc.ents for each verb of a long article cost
        # more than the rest of the extraction)
        start = end - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if start > 0 and doc[start - 1].pos_ == "PROPN" and _norm(doc[start - 1].text) in _first_names():
            start -= 1  # "Erin Gloria Ryan" tagged from its middle name
        return start, end
    for k in (end - 3, end - 2):
        if k >= 0 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in doc[k:end]) and \
                _norm(doc[k].text) in _first_names():
            return k, end
    return None


def title_then_name(doc: Doc, start: int, end: int) -> Token | None:
    """English: the name (tokens start..end-1) closing a long title that the parser made the
    subject ("Senior editor at the Eastbrook Courier Jane Holt tweeted …", "Reporter for the
    Courier and Northwind TV analyst Tom Reyes joked …"): the name is right before a finite verb
    whose subject is a lower-case noun whose phrase holds the name. Returns that verb."""
    if end >= len(doc):
        return None
    verb = doc[end]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < start), None)
    if subj is None or subj.pos_ != "NOUN" or not subj.text.islower() or \
            not subj.left_edge.i <= start or subj.right_edge.i != end - 1:
        return None
    return verb


def _role_lemma(t: Token) -> str:
    """The role a noun names, a prefix "ex-" dropped ("l'ex-président" is a president's role)."""
    low = t.lemma_.lower()
    return low[3:] if low.startswith("ex-") and len(low) > 4 else low


def _demonym(word: str) -> bool:
    return len(word) > 4 and word.endswith(_DEMONYM_ENDINGS) and word not in _NOT_DEMONYMS


#: Letters after a name that are not part of it ("Yvette Cooper MP").
#: French feminine noun endings ("chercheuse", "présidente", "directrice"); other nouns in -e
#: ("virologue", "journaliste", "ministre") are epicene.
_FEMININE_ENDINGS = ("ice", "euse", "enne", "ère", "esse", "ée", "ante", "ente", "onne", "ette", "ine")

_POST_NOMINALS = frozenset({"mp", "mep", "msp", "qc", "kc"})


def _title_modifier(doc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    """A one-word "name" that only qualifies the title after it ("Brexit Secretary", "Brexit
    minister"): not a person."""
    return b - a == 1 and b < len(doc) and doc[b].lemma_.lower() in lex.roles and \
        doc[b].ent_type_ != lex.person_label


def _strip_np(np: list[Token]) -> list[Token]:
    """"Labour's Yvette Cooper MP" → "Yvette Cooper": a possessor before a name and the letters
    after it are not part of the speaker."""
    # "Ann Dale, a professor at King's College London" (the comma left out of ``np``): the name
    comma = next((i + 1 for i, t in enumerate(np[:-1]) if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ","), None)
    if comma and all(t.ent_type_ in ("PERSON", "PER") for t in np[:comma]) and np[0].pos_ == "PROPN":
        return np[:comma]
    cut = next((i for i, t in enumerate(np) if t.text in ("'s", "’s")), None)
    if cut is not None and any(t.pos_ == "PROPN" for t in np[cut + 1:]):
        np = np[cut + 1:]
    # "the Sedgefield MP", "another senior Tory MP": a role, the letters are its head noun
    while len(np) > 1 and np[-1].text.lower() in _POST_NOMINALS and not (
            np[0].pos_ == "DET" or np[0].lower_ in ("another", "one")):
        np = np[:-1]
    return np


def _titled_name(np: Sequence[Token], lex: Lexicon) -> str | None:
    """The name closing a titled phrase: a role noun then two or more capitalised proper nouns
    ("son Premier ministre Mateusz Morawiecki")."""
    k = len(np)
    while k > 0 and np[k - 1].pos_ == "PROPN" and np[k - 1].text[:1].isupper():
        k -= 1
    if len(np) - k < 2 or k == 0 or np[k - 1].lemma_.lower() not in lex.roles:
        return None
    return " ".join(t.text for t in np[k:])


def _as_written(text: str, np: list[Token]) -> str:
    return text[np[0].idx:np[-1].idx + len(np[-1].text)]


def _pronoun_gender(word: str) -> str | None:
    if word.endswith(("elle", "she")) or word in ("she", "her"):
        return "F"
    if word.endswith(("il", "lui")) or word in ("he", "him"):
        return "M"
    return None


# ---- the phrase naming the speaker ------------------------------------------------------------
#: Possessive determiners: "sa page d'appel", "son compte Twitter" name a medium of somebody
#: already named (the speaker is that person, the phrase is the via).
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"})
#: Documents that speak for their author ("la déclaration des évêques"): lemmas, hand-written.
_DOCUMENT_NOUNS = frozenset({
    "déclaration", "communiqué", "rapport", "analyse", "reportage", "étude", "lettre", "enquête",
    "note", "tribune", "éditorial", "mémorandum", "statement", "report", "analysis",
    "study", "letter", "memo", "memorandum", "editorial", "survey"})
#: Nouns of a forecast or a set of figures that speak like a document ("la même prévision").
_FORECAST_NOUNS = frozenset({"prévision", "estimation", "sondage", "enquête", "étude", "rapport", "recherche",
                             "bilan", "document", "publication"})
#: Particles inside a surname ("François Bujon de l'Estang", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’", "von", "van", "der",
                            "den", "di", "da", "del", "della", "dos", "bin", "ben", "al", "el"})
#: An inverted subject is looked for this many tokens past the cue, across adverbs, time
#: words and prepositional phrases ("a écrit sur sa chaîne Telegram le gouverneur").
INVERTED_REACH = 16
_SPEECH_PREPS = frozenset({"à", "au", "aux", "sur", "dans", "lors", "par", "devant", "en", "pendant"})
_VERB_GROUP = frozenset({"avoir", "être"})


#: Verbs whose "il" is impersonal ("il faut", "il semble"): no person for a coordinated cue.
_IMPERSONAL = frozenset({"falloir", "sembler", "paraître", "agir", "avoir", "être", "rester", "suffire"})

#: Words opening a relative clause after a comma: a subject inside it is not the cue's.
_RELATIVE_OPENERS = frozenset({"dont", "qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "whose", "which"})


def present_participle(t: Token) -> bool:
    """A present participle or gerund ("ajoutant", "se plaignant", "saying")."""
    return t.tag_ == "VBG" or ("Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense"))


def _outlet_word(t: Token, lex: Lexicon) -> bool:
    """A medium's word glued to a name by the recogniser: an acronym or a word with digits
    ("DW", "TVN24", "BBC") or a medium noun ("Twitter")."""
    w = t.text
    return (len(w) >= 2 and w.isupper() and w.isalnum()) or any(c.isdigit() for c in w) or w.lower() in lex.media


def _described_object(doc: Doc, ent: Span, lex: Lexicon) -> bool:
    """"Il a défendu Jan Oster, qui aurait fait trop de concessions": the object of another verb,
    described by a relative clause that reports nothing, is not a subject a pronoun can take up
    ("Igor Dodon, qui a déclaré" and "c'est X qui menace" still are)."""
    if lex.lang != "fr" or ent.start == 0 or ent.end + 1 >= len(doc):
        return False
    rel = doc[ent.end + 1] if doc[ent.end].text == "," else doc[ent.end]
    if rel.lower_ != "qui" or not (doc[ent.start - 1].pos_ == "VERB" or any(t.dep_ in ("obj", "iobj") for t in ent)):
        return False
    verb = rel.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in lex.cues and not any(
        c.lemma_.lower() in lex.cues for c in verb.children if c.pos_ == "VERB")


def _is_name(t: Token, label: str) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in (label, "MISC", "")


def name_end(doc: Doc, b: int) -> int:
    """Last token of a name ending at ``b``, extended over a particle ("Bujon" → "Bujon de
    l'Estang"): a particle then a capitalised word; a hyphenated surname the tokenizer split
    ("Pannier" → "Pannier-Runacher")."""
    while True:
        if b + 2 < len(doc) and not doc[b].whitespace_ and doc[b + 1].text in ("-", "‐") \
                and not doc[b + 1].whitespace_ and doc[b + 2].text[:1].isupper() and doc[b + 2].is_alpha:
            b += 2
        elif b + 1 < len(doc) and b > 0 and doc[b].text[:1] != "-" and doc[b - 1].text in ("-", "‐") \
                and doc[b + 1].ent_iob_ == "I" and doc[b + 1].ent_type_ in ("PER", "PERSON") \
                and doc[b + 1].text[:1].isupper():
            b += 1  # "Michel-Édouard" + "Leclerc", the rest of the person's name
        else:
            break
    if b > 0 and b + 1 < len(doc) and doc[b].text.lower() in NAME_PARTICLES and doc[b].text[:1].isupper() \
            and doc[b - 1].text[:1].isupper() and doc[b].whitespace_ == " " and doc[b + 1].text[:1].isupper() \
            and doc[b + 1].is_alpha and doc[b + 1].ent_type_ in ("", "PER", "PERSON"):
        b += 1  # the recogniser stopped on a capitalised particle: "Luigi Di" + "Maio", "Ursula Von" + "Dorn"
    while b + 2 < len(doc) and doc[b + 1].text.lower() in NAME_PARTICLES and not doc[b + 1].whitespace_ == "\n":
        k = b + 1
        while k < len(doc) and k - b <= 3 and doc[k].text.lower() in NAME_PARTICLES:
            k += 1
        if k < len(doc) and k - b <= 3 and doc[k].text[:1].isupper() and doc[k].is_alpha and \
                not doc[k].is_sent_start and doc[k].ent_type_ in ("", "PER", "PERSON"):  # not "Poutine de Russie"
            b = k
        else:
            break
    return b


def _apposed_name(ex: Extractor, b: int) -> list[Token] | None:
    """"le gouverneur de la région (est), Serguiï Gaidai,": the name after the phrase ending at
    ``b`` (a parenthesis skipped, then a comma, then two or more capitalised proper nouns or a
    person entity)."""
    doc, label = ex.doc, ex.lex.person_label
    k = b + 1
    if k < len(doc) and doc[k].text == "(":
        while k < len(doc) and k - b < 8 and doc[k].text != ")" and not doc[k].is_space:
            k += 1
        k += 1
    if k + 1 >= len(doc) or doc[k].text != "," or ex.in_quote[k + 1] >= 0:
        return None
    a = k + 1
    e = a
    while e < len(doc) and _is_name(doc[e], label) and ex.in_quote[e] < 0:
        e += 1
    run = list(doc[a:e])
    if not run or (len(run) < 2 and run[0].ent_type_ != label):
        return None
    if e < len(doc) and not (doc[e].is_punct or doc[e].is_space):
        return None  # "…, Kiev a annoncé": the next clause, not an apposition
    return list(doc[a:name_end(doc, e - 1) + 1])


def _has_speaker_word(ex: Extractor, np: Sequence[Token]) -> bool:
    lex = ex.lex
    return any(t.ent_type_ in (lex.person_label, "ORG", "NORP") or t.pos_ in ("PROPN", "PRON")
               or t.lemma_.lower() in lex.roles for t in np)


def _inverted(ex: Extractor, u: Unit) -> list[Token]:
    """The subject after the cue of an incise, across adverbs, time words and prepositional
    phrases: "», a déclaré à l'époque un porte-parole", "», a écrit sur sa chaîne Telegram le
    gouverneur"."""
    doc = ex.doc
    right = u.cue[1]
    limit = min(len(doc), right + 1 + INVERTED_REACH)
    k = right + 1
    in_pp = False
    while k < limit:
        t = doc[k]
        if ex.in_quote[k] >= 0 or t.is_space or t.text in ".!?;:" or (t.text == "," and not in_pp):
            return []
        low = t.text.lower()
        if t.text == ",":
            in_pp = False
        elif t.pos_ == "ADP" or low in _SPEECH_PREPS:
            in_pp = True
        elif t.pos_ in ("DET", "PROPN") and in_pp and k > right + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            break  # a determiner after the preposition's noun opens the subject
        elif not in_pp and (t.pos_ in ("DET", "PROPN", "NOUN") or (t.text[:1].isupper() and t.ent_type_)):
            break  # (a name the tagger called an adjective: "rapporte Valpresse", tagged MISC)
        elif t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return []
        k += 1
    else:
        return []
    np = ex.np_forward(k)
    return np if np and (_has_speaker_word(ex, np) or (np[0].text[:1].isupper() and np[0].ent_type_)) else []


_EMPHATIC = frozenset({"himself", "herself", "itself", "themselves"})
_OBJECT_CLITICS = frozenset({"nous", "vous", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "lui", "leur", "l'", "l’", "le", "la", "les"})


def _preverbal(ex: Extractor, u: Unit, s: int) -> list[Token]:
    """A person or a quoted name right before the verb group, with only auxiliaries, adverbs,
    object pronouns and a parenthesis in between: "Volodymyr Zelensky a tout de même de
    nouveau appelé", "le « Global Times » reconnaît", "“DW News” (un programme …) nous apprend"."""
    doc, label = ex.doc, ex.lex.person_label
    k = u.cue[0] - 1
    while k >= s and ex.in_quote[k] < 0:
        t = doc[k]
        if t.text == ")":
            j = k - 1
            while j >= s and k - j < 30 and doc[j].text != "(":
                j -= 1
            if j < s or doc[j].text != "(":
                return []
            k = j - 1
            continue
        if t.is_punct or not (t.pos_ in ("ADV", "AUX", "PART") or t.dep_ == "fixed" or t.lemma_ in _VERB_GROUP
                              or (t.pos_ == "PRON" and t.text.lower() in _OBJECT_CLITICS)):
            break
        k -= 1
    if k < s:
        return []
    if ex.in_quote[k] >= 0:
        m = ex.marks[ex.in_quote[k]]
        if not (ex.short_quote(k) and m.closed) or u.start <= m.start < u.end:
            return []
        a = ex.tok(m.open_at)
        if a - 1 >= s and doc[a - 1].pos_ == "DET":
            a -= 1
        return list(doc[a:k + 1])
    if doc[k].text == "," and k - 1 >= s:
        return _apposition_subject(ex, k, s)
    if doc[k].ent_type_ != label and not (
            doc[k].text[:1].isupper() and doc[k].text in _surnames(ex) and doc[k].pos_ in ("PROPN", "NOUN")):
        return []  # "Macron a également averti" (the name tagged as a place once) is the surname
    a = k
    while a - 1 >= s and doc[a - 1].ent_type_ == label and doc[a].ent_iob_ != "B":
        a -= 1
    return list(doc[a:k + 1])


def _after_fronted_phrase(ex: Extractor, u: Unit, s: int) -> list[Token]:
    """"Dans un éditorial indigné, le Courrier de Valdavie s'est exclamé que …", "In a
    statement, the ministry said …": the noun phrase between a fronted prepositional phrase
    closed by a comma and the verb group (the parser may take the fronted noun for the subject)."""
    doc = ex.doc
    if doc[s].pos_ != "ADP":
        return []
    k = u.cue[0] - 1
    while k >= s and ex.in_quote[k] < 0 and (doc[k].pos_ in ("ADV", "AUX", "PART") or doc[k].lemma_ in _VERB_GROUP
                                             or (doc[k].pos_ == "PRON" and doc[k].lower_ in _OBJECT_CLITICS)):
        k -= 1
    b = k
    while k >= s and ex.in_quote[k] < 0 and (doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "X")
                                             or doc[k].lower_ in ex.lex.of_words):
        k -= 1
    if k < s or doc[k].text != "," or k == b:
        return []
    np = list(doc[k + 1:b + 1])
    if np[0].pos_ not in ("DET", "PROPN") or not any(t.pos_ in ("NOUN", "PROPN") for t in np):
        return []
    return np


def _surnames(ex: Extractor) -> frozenset[str]:
    """Last words of the document's person names, found once."""
    found = getattr(ex, "_surnames", None)
    if found is None:
        label = ex.lex.person_label
        found = frozenset(e[-1].text for e in ex.doc.ents if e.label_ == label and len(e) > 1)
        ex._surnames = found
    return found


def _apposition_subject(ex: Extractor, comma: int, s: int) -> list[Token]:
    """"Jean Dupont, président de la commission, expliquait …": the name before an apposition
    closed by a comma right before the verb group (nouns, adjectives, determiners and
    prepositions only in between)."""
    doc, label = ex.doc, ex.lex.person_label
    k = comma - 1
    while k >= s and comma - k <= 15 and ex.in_quote[k] < 0 and doc[k].text != "," and (
            doc[k].pos_ in ("NOUN", "ADJ", "DET", "ADP", "PROPN", "CCONJ", "NUM")
            or doc[k].text in ("'", "’", "'s", "’s")):  # "a professor at King's College London"
        k -= 1
    if ex.lex.lang == "en" and k >= s and doc[k].text != ",":
        # "Ann Dale, a Westfield councillor who has been a target of …, said": a relative clause
        # closing the apposition
        rel = next((j for j in range(comma - 1, max(s, comma - 30) - 1, -1)
                    if doc[j].lower_ in ("who", "whose") or doc[j].text == ","), None)
        if rel is not None and doc[rel].text != "," and ex.in_quote[rel] < 0:
            k = rel - 1
            while k >= s and rel - k <= 10 and ex.in_quote[k] < 0 and doc[k].text != "," and (
                    doc[k].pos_ in ("NOUN", "ADJ", "DET", "ADP", "PROPN", "CCONJ", "NUM")):
                k -= 1
            if k >= s and doc[k].text == "," and any(t.lemma_.lower() in ex.lex.roles for t in doc[k + 1:rel]):
                comma = rel
    if k < s or doc[k].text != "," or k + 1 >= comma or not any(
            t.lemma_.lower() in ex.lex.roles for t in doc[k + 1:comma]):
        return []
    b = k - 1
    if b < s or doc[b].ent_type_ != label or ex.in_quote[b] >= 0:
        return []
    a = b
    while a - 1 >= s and doc[a - 1].ent_type_ == label and doc[a].ent_iob_ != "B":
        a -= 1
    return list(doc[a:b + 1])


def _nsubj_candidates(ex: Extractor, u: Unit) -> list[Token]:
    """Nominal subjects of the cue verb and of the verbs governing it (three steps up), nearest
    to the cue first; a quoted name ("le « Global Times »") counts."""
    doc = ex.doc
    left, right = u.cue
    verb = next((doc[i] for i in range(left, right + 1) if doc[i].pos_ == "VERB"), doc[right])
    out, h = [], verb
    for _ in range(4):
        kids = [c for c in h.children if c.dep_.startswith("nsubj") and c.i < left and (
            ex.in_quote[c.i] < 0 or ex.short_quote(c.i)) and c.pos_ in ("NOUN", "PROPN", "PRON")]
        if len(kids) > 1 and ex.lex.lang == "fr":
            # "Le maire m'a dit": the parser may call the object clitic a second subject
            kids = [c for c in kids if c.lower_ not in _OBJECT_CLITICS] or kids
        out.extend(sorted(kids, key=lambda c: -c.i))
        if h.dep_ in ("ROOT",) or h.head.i == h.i:
            break
        h = h.head
    return out


def refine_subject(ex: Extractor, u: Unit, contents: list[tuple[int, int]] = ()) -> None:
    """Repair the speaker phrase ``u.subject`` the extractor read (general rules, see
    tests/test_quotes_speakers.py): a sentence adverb or a detached noun phrase is not a subject;
    the nearest subject of the verb wins over a farther one; an incise's subject may follow a
    prepositional phrase; a role followed by ", Name" is that person; a name keeps its particles.
    ``contents``: the character spans of every unit's content (a subject inside another unit's
    content — "X avertissent que la digue va céder et affirment …" — is no speaker)."""
    if u.inherit or u.cue is None or u.speaker is not None:
        return
    doc, lex = ex.doc, ex.lex
    left, right = u.cue
    if ex._according_at(left) is not None or doc[left].text.lower() == "pour":
        _extend_names(ex, u)
        return
    subj = u.subject
    if len(subj) == 1 and subj[0].lower_ in lex.complementisers | {"that"}:
        subj = []  # "a rejeté ses demandes et confirmé samedi que …": the que is no subject
    pa, _ = ex.para_bounds(doc[left].idx)
    s = ex.sentence_start(left, ex.tok(pa))
    if len(subj) == 1 and (subj[0].lower_ in _EMPHATIC or subj[0].lower_.endswith(("-même", "-mêmes"))) \
            and subj[0].i - 1 >= s and doc[subj[0].i - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        # "Le gouvernement britannique lui-même estime": the phrase the pronoun stresses
        k = subj[0].i - 1
        while k - 1 >= s and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP") and ex.in_quote[k - 1] < 0 \
                and subj[0].i - k < 8:
            k -= 1
        while k < subj[0].i - 1 and doc[k].pos_ == "ADP":
            k += 1
        subj = list(doc[k:subj[0].i])
    if lex.lang == "fr" and len(subj) > 1 and subj[-1].i < left and (
            subj[0].pos_ == "CCONJ" or subj[-1].pos_ == "DET" or (subj[0].pos_ == "ADV" and subj[0].lower_ in ("pas", "ne", "n'", "n’"))):
        # "… et contre tous ceux qu'ils visaient, les archives de Valpresse ont révélé", "Ce n'est
        # pas la première fois et cette …": a fragment of a misparse (opening on "et" or a
        # negation, closing on a determiner) names nobody; the fallbacks below look again
        subj = []
    clitic = len(subj) == 1 and subj[0].text.startswith("-")
    if subj and not clitic:
        first, last = subj[0].i, subj[-1].i
        # a sentence adverb or detached phrase before a comma ("Auparavant, Dodon a déclaré")
        detached = last < left and last + 1 < len(doc) and doc[last + 1].text == "," and first == s and not any(
            t.ent_type_ == lex.person_label or t.lemma_.lower() in lex.roles for t in subj)
        if (len(subj) == 1 and subj[0].pos_ == "ADV") or (len(subj) == 1 and subj[0].dep_ == "advmod"):
            subj = []
        elif detached and subj[0].pos_ != "PRON":
            # dropped only for a subject found further on ("The letter, written by …, claims" stays)
            near = [c for c in _nsubj_candidates(ex, u) if c.i > last and not u.start <= c.idx < u.end]
            if near:
                subj = []
        elif last < left and lex.lang == "fr" and doc[left - 1].text == "," and last + 1 < left - 1:
            # "Une occasion manquée, observe l'Arcom, alors que …": French inverts the subject of
            # an incise, so a phrase after the cue closed by a comma is the speaker
            inv = ex.np_forward(right + 1) if right + 1 < len(doc) and doc[right + 1].pos_ in ("DET", "PROPN") else []
            if inv and _has_speaker_word(ex, inv) and inv[-1].i + 1 < len(doc) and (
                    doc[inv[-1].i + 1].text in (",", ".", ";") or doc[inv[-1].i + 1].is_space):
                subj = inv
        if subj and last < left and subj[0].i < left and subj[-1].i == last:
            # a nearer subject of the same verb ("Un avertissement auquel Joe Biden a répondu")
            near = [c for c in _nsubj_candidates(ex, u) if c.i > last and not u.start <= c.idx < u.end
                    and not any(a <= c.idx < b for a, b in contents)
                    and c.text.lower() not in lex.relatives | {"qui", "who", "that"} | _EMPHATIC
                    and not c.text.lower().endswith(("-même", "-mêmes"))  # "Le gouvernement lui-même estime"
                    and not any(doc[k].text == "," and doc[k + 1].lower_ in _RELATIVE_OPENERS
                                for k in range(last + 1, c.i))]  # "X, dont les propos sont cités, a dit"
            if near and lex.lang == "en" and doc[last + 1].text == "," and doc[left - 1].text == ",":
                # "Ann Dale, a councillor who has been a target of anti-Semites in the party, said":
                # not a noun inside the apposition closed before the verb
                pre = _preverbal(ex, u, s)
                if pre and pre[-1].i == last:
                    near = []
            if near and lex.lang == "fr" and ex.in_quote[near[0].i] >= 0 and last + 1 < left and \
                    ex.in_quote[last + 1] == ex.in_quote[near[0].i] and ex.short_quote(near[0].i):
                # "L'étude « La digue oubliée » de la chercheuse Elise Garnier constatait": the
                # title of the subject's work is no subject of its own; the phrase runs on to the
                # verb group over the title and its complement
                near = []
                e = left - 1
                while e > last and (doc[e].pos_ in ("AUX", "ADV") or doc[e].text == ","):
                    e -= 1
                tail = doc[last + 1:e + 1]
                if all(ex.in_quote[t.i] >= 0 or t.pos_ in ("NOUN", "ADJ", "PROPN", "DET", "ADP", "PUNCT")
                       for t in tail) and not any(t.text == "," and ex.in_quote[t.i] < 0 for t in tail):
                    subj = list(doc[first:e + 1])
            if near:
                subj = ex.np_around(near[0]) if near[0].pos_ != "PRON" else [near[0]]
        elif first > right:
            # an inverted subject only follows an incise: "X a de nouveau appelé à rencontrer Y"
            before = doc[left - 1] if left > 0 else None
            if before is not None and not before.is_punct and ex.in_quote[before.i] < 0:
                pre = _preverbal(ex, u, s)
                if pre:
                    subj = pre
    if lex.lang == "en" and subj and subj[0].i == s and subj[0].lower_.endswith("ing") and subj[0].ent_type_ == "" \
            and subj[0].i < left:
        # "Writing in a paper published Monday, councillor Tom Reyes and Amy Reed said …": the
        # tagger made a noun of the fronted participle; the phrase after its comma is the subject
        comma = next((k for k in range(left - 1, subj[0].i, -1) if doc[k].text == "," and ex.in_quote[k] < 0), None)
        if comma is not None:
            after = [t for t in doc[comma + 1:left] if not t.is_space]
            while after and after[-1].pos_ in ("ADV", "PUNCT"):
                after.pop()
            if after and any(t.pos_ in ("PROPN", "NOUN") for t in after) and not any(
                    t.pos_ in ("VERB", "AUX") for t in after):
                subj = after
    if lex.lang == "en" and doc[left].tag_ == "VBG" and not (left > 0 and doc[left - 1].pos_ == "ADP"):
        # (not "broke ranks with his colleagues by suggesting": a gerund after a preposition)
        # "…, with Senator Tom Reyes claiming that …": the absolute "with" phrase's noun
        # phrase is the speaker of its participle, not the sentence's subject
        w = next((k for k in range(left - 1, max(s, left - 12) - 1, -1)
                  if doc[k].lower_ == "with" or doc[k].pos_ in ("VERB", "AUX") or ex.in_quote[k] >= 0), None)
        if w is not None and doc[w].lower_ == "with" and w + 1 < left:
            phrase = [x for x in doc[w + 1:left] if not x.is_space]
            named = [x for x in phrase if x.ent_type_ == lex.person_label]
            if named:  # "its deputy chairman, Tom Reyes, a former minister claiming"
                a = named[0].i
                b = a
                while b + 1 < left and doc[b + 1].ent_type_ == lex.person_label and doc[b + 1].ent_iob_ == "I":
                    b += 1
                subj = list(doc[a:b + 1])
            elif phrase and not any(x.is_punct for x in phrase):
                subj = phrase
    end = subj[-1].i if subj else -1
    while subj and end + 1 < left and doc[end + 1].pos_ == "PROPN":
        end += 1  # "treasurer Dan Marsh"
    if lex.lang == "en" and doc[left].tag_ == "VBG" and subj and end + 1 < left and subj[0].i > s and \
            doc[end + 1].text == "," and all(doc[x].pos_ == "ADV" for x in range(end + 2, left)) and \
            doc[subj[0].i - 1].lower_ != "with":
        # "Holt fired police chief Dan Okoro, later saying he …": the parser made the object the
        # subject of the participle after its comma; the participle's subject is the clause's
        v = next((x for x in range(subj[0].i - 1, s - 1, -1) if doc[x].pos_ == "VERB"
                  and doc[x].tag_ in ("VBD", "VBZ", "VBP", "VBN") and ex.in_quote[x] < 0), None)
        if v is not None and not any(doc[x].text in (",", ";", ":") for x in range(v + 1, subj[0].i)):
            c = next((c for c in doc[v].children if c.dep_ == "nsubj" and c.i < v and c.i >= s
                      and c.pos_ in ("PROPN", "NOUN", "PRON") and ex.in_quote[c.i] < 0), None)
            if c is not None:
                subj = ex.np_around(c) if c.pos_ != "PRON" else [c]
    if len(subj) == 1 and subj[0].lower_ in ("those", "ceux", "celles") and subj[0].i < left:
        # "Those on the right of the Tory Party have …": the pronoun with its modifiers
        b = subj[0].i
        while b + 1 < left and doc[b + 1].i <= subj[0].right_edge.i and not doc[b + 1].is_punct \
                and doc[b + 1].pos_ not in ("VERB", "AUX") and doc[b + 1].lower_ not in ("who", "qui", "that", "que"):
            b += 1
        subj = list(doc[subj[0].i:b + 1])
    if lex.lang == "fr" and subj and subj[0].i > 0 and subj[-1].i < left and \
            doc[subj[0].i - 1].lower_ in _FRONTED_PREPS and ex.in_quote[subj[0].i - 1] < 0 and \
            not any(t.ent_type_ == lex.person_label for t in subj):
        subj = []  # "Dans le même temps est annoncé …": a fronted prepositional phrase is no subject
    if not subj:
        verb = next((doc[i] for i in range(left, right + 1) if doc[i].pos_ == "VERB"), doc[right])
        if verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.children) and u.start > verb.idx:
            # "La Commission a rejeté ses demandes et confirmé que …": a coordinated cue shares
            # the subject of the first verb, a common noun as well as a name
            cc = next(c for c in verb.children if c.dep_ == "cc")
            near, first_verb = None, None
            for k in range(cc.i - 1, s - 1, -1):  # the nearest verb before "et" with a subject
                if doc[k].pos_ in ("VERB", "AUX") and ex.in_quote[k] < 0:
                    first_verb = doc[k]
                    h = doc[k]
                    for _ in range(3):  # the verb's subject, or that of the verb governing it
                        near = next((c for c in h.children if c.dep_.startswith("nsubj") and c.i < k
                                     and c.i >= s and c.pos_ in ("NOUN", "PROPN")), None)
                        if near is not None or h.head.i == h.i:
                            break
                        h = h.head
                    if near is not None or doc[k].pos_ == "VERB":
                        break
            h = first_verb
            for _ in range(3 if near is None and first_verb is not None else 0):
                # "Elle veut rassurer – et estime que …": a personal pronoun subject is shared
                # too (the parser may call "il" expletive), and resolved as a pronoun; not the
                # "il" of an impersonal verb ("il faut")
                if h.lemma_.lower() in _IMPERSONAL:
                    break
                pron = next((c for c in h.children if c.dep_ in ("nsubj", "expl:subj") and s <= c.i < first_verb.i
                             and c.lower_ in ("il", "elle", "ils", "elles") and ex.in_quote[c.i] < 0), None)
                if pron is not None:
                    if not any(a <= pron.idx < b for a, b in contents):
                        subj = [pron]
                    break
                if h.head.i == h.i or h.head.i > cc.i:
                    break
                h = h.head
            if near is not None and not any(a <= near.idx < b for a, b in contents):
                subj = ex.np_around(near)
    if not subj:
        subj = _preverbal(ex, u, s) or _after_fronted_phrase(ex, u, s) or _purpose_subject(ex, u, s, contents)
    if not subj:
        for c in _nsubj_candidates(ex, u):
            if u.start <= c.idx < u.end:
                continue  # a short quotation is no quoted name of its own speaker
            if ex.short_quote(c.i) or c.pos_ == "PROPN":
                a, b = c.left_edge.i, c.i
                while a < b and doc[a].pos_ == "ADP":
                    a += 1
                subj = [t for t in doc[a:b + 1] if not t.is_punct or ex.short_quote(t.i)]
                if ex.short_quote(c.i):
                    subj = list(doc[a:b + 2]) if b + 1 < len(doc) and ex.in_quote[b + 1] >= 0 else subj
                break
    if not subj and u.start < doc[left].idx:
        subj = _inverted(ex, u)
    if not subj and lex.lang == "fr" and left > 0 and doc[left - 1].text == "," and ex.in_quote[left - 1] < 0:
        # "Quelques semaines plus tard, le Sénat, rapporte le Courrier, « a voté … »": an incise
        # before the quotation, closed by a comma, has its subject inverted too
        inv = _inverted(ex, u)
        if inv and inv[-1].i + 1 < len(doc) and doc[inv[-1].i + 1].text == ",":
            subj = inv
    if not subj:
        subj = _relative_antecedent(ex, u, s) or _participle_relative(ex, u, s) or _initial_np(ex, u, s) \
            or _controller(ex, u)
    if subj:
        subj = _without_time(ex, subj, left)
    if len(subj) == 1 and subj[0].lower_ in ("on", "-on"):
        subj = _on_at(ex, max(subj[0].i, right) + 1) or subj
    if subj and any(a <= subj[0].idx < b and (a, b) != (u.start, u.end) and not a <= u.start < b
                    for a, b in contents):
        # "X has said that Brexiteers have not gone soft …, saying that …": a subject inside
        # another unit's reported words speaks only there; the speaker goes on
        subj = []
    u.subject = subj
    if subj and not any(t.ent_type_ == lex.person_label for t in subj) and subj[-1].i > right:
        name = _apposed_name(ex, subj[-1].i)
        if name:
            u.subject = name
    elif subj and lex.lang == "en" and subj[-1].i + 2 < left and subj[-1].lower_ in _SOURCE_LINKS and \
            doc[subj[-1].i + 1].lower_ in ("with", "to", "on", "of") and ex.in_quote[subj[-1].i + 1] < 0:
        # "people familiar with the matter", "a source close to the mayor": the phrase is the source
        end = doc[subj[-1].i + 1].right_edge.i
        if subj[-1].i + 1 < end < left and not any(doc[x].is_punct or ex.in_quote[x] >= 0
                                                  for x in range(subj[-1].i + 1, end + 1)):
            u.subject = list(doc[subj[0].i:end + 1])
    elif subj and lex.lang == "en" and subj[-1].i < left and (_role_lemma(subj[-1]) in lex.roles or (
            len(subj) == 1 and subj[0].lower_ in ("another", "one", "others"))):
        # "Holt's spokeswoman, Laura Finch, said": the name apposed to the role, before the verb;
        # also after a pronoun taking up the last sentence ("Another, Sir Mark Dunn, said")
        name = _apposed_name(ex, subj[-1].i)
        if name and name[-1].i + 1 < left and doc[name[-1].i + 1].text == "," and all(
                doc[x].pos_ in ("ADV", "AUX", "PART") for x in range(name[-1].i + 2, left)):
            u.subject = name
    elif subj and lex.lang == "fr" and subj[-1].i < left and subj[0].pos_ == "DET" and \
            not any(t.ent_type_ == lex.person_label for t in subj) and \
            next((t for t in subj if t.pos_ == "NOUN"), subj[0]).lemma_.lower() in lex.roles:
        # "Le directeur du service de presse de la mairie, Corentin Malvaux, a rappelé que …": the
        # name apposed to the role phrase, closed by a comma right before the verb group
        name = _apposed_name(ex, subj[-1].i)
        if name and name[-1].i + 1 < left and doc[name[-1].i + 1].text == "," and all(
                doc[x].pos_ in ("ADV", "AUX", "PART") or doc[x].lemma_ in _VERB_GROUP for x in range(name[-1].i + 2, left)):
            u.subject = name
    subj = u.subject
    if lex.lang == "en" and subj and subj[-1].i < left and subj[0].i >= s and \
            not any(t.ent_type_ == lex.person_label for t in subj):
        # "The staunchly anti-toll wing of the party, the Bridge Research Group, announced": a
        # common-noun subject, then the name of the body in apposition, closed by a comma right
        # before the verb
        found = _apposition_before(ex, left, s - 1, "")
        if found is not None and found[0] > subj[0].i and doc[found[0] - 1].pos_ in ("NOUN", "PROPN"):
            e, appos = found
            names = appos[1:] if appos and appos[0].lower_ == "the" else appos
            heads = [t for t in subj if t.dep_.startswith("nsubj")]
            if names and len(names) <= 6 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in names) and \
                    heads and heads[0].pos_ == "NOUN" and heads[0].i < e and _role_lemma(heads[0]) not in lex.roles:
                # (not "A spokesperson for the builders, Northgate Ltd, said": a person speaking)
                u.subject = appos
    subj = u.subject
    if lex.lang == "fr" and (not subj or subj[-1].i < left) and \
            not any(t.ent_type_ == lex.person_label for t in subj):
        # "Le Valdavien de toujours, l'ancien Premier ministre Corentin Malvaux, a déploré": an
        # epithet, then an apposition naming the person, closed by a comma right before the verb
        found = _apposition_before(ex, left, -1, ".!?;:", reach=13)
        if found is not None and (not subj or subj[0].i < found[0]):
            appos = found[1]
            if appos and appos[0].pos_ == "DET" and any(t.ent_type_ == lex.person_label and t.pos_ == "PROPN"
                                                        for t in appos) and \
                    not any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ in ("qui", "que", "dont") for t in appos):
                u.subject = appos
    _extend_names(ex, u)


def _apposition_before(ex: Extractor, left: int, floor: int, stops: str,
                       reach: int = 8) -> tuple[int, list[Token]] | None:
    """An apposition closed by a comma right before the verb at ``left`` (adverbs and
    auxiliaries between): ``(e, tokens)`` where ``e`` is the comma opening it, looked for at most
    ``reach`` tokens back and after ``floor``; the walk stops at a quotation, a line break or one of
    ``stops``. Shared by the English body name and the French epithet of refine_subject."""
    doc = ex.doc
    close = left - 1
    while close > 0 and doc[close].pos_ in ("ADV", "AUX") and ex.in_quote[close] < 0:
        close -= 1
    if close <= 0 or doc[close].text != "," or ex.in_quote[close] >= 0:
        return None
    e = next((k for k in range(close - 1, max(floor, close - reach - 1), -1) if doc[k].text == ","
              or ex.in_quote[k] >= 0 or doc[k].is_space or (stops and doc[k].text in stops)), None)
    if e is None or doc[e].text != "," or ex.in_quote[e] >= 0:
        return None
    return e, [t for t in doc[e + 1:close] if not t.is_space]


#: Prepositions of a fronted adverbial phrase ("Dans le même temps", "Avec la crise"): the noun
#: phrase after one is no subject.
_FRONTED_PREPS = frozenset({"dans", "avec", "sur", "depuis", "pendant", "lors", "après", "avant", "sous", "entre",
                            "durant", "malgré", "parmi", "vers", "chez", "sans", "contre"})


#: Nouns and adjectives of a time phrase ("La semaine dernière", "fin 2016", "last week"), French
#: and English; hand-written.
TIME_WORDS = frozenset({
    "semaine", "mois", "année", "an", "jour", "journée", "matin", "soir", "soirée", "nuit", "veille",
    "lendemain", "week-end", "heure", "fin", "début", "mi", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre", "hier", "dernier", "prochain",
    "précédent", "week", "month", "year", "day", "morning", "evening", "night", "weekend", "hour",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "june", "july", "august", "september", "october", "november",
    "december", "yesterday", "last", "next", "previous", "early", "late"})


#: Words after which an anonymous source's phrase goes on ("people familiar with the matter",
#: "sources close to the mayor", "officials briefed on the talks"), English.
_SOURCE_LINKS = frozenset({"familiar", "close", "briefed", "knowledge"})


def _time_word(t: Token) -> bool:
    return t.lemma_.lower() in TIME_WORDS or t.lower_ in TIME_WORDS or (
        t.like_num and len(t.text) == 4 and t.text.isdigit())


def _without_time(ex: Extractor, subj: list[Token], left: int) -> list[Token]:
    """A time phrase is no speaker: "La semaine dernière, le journal a rapporté" → the phrase
    after the comma; "a rapporté l'agence fin 2016" → "l'agence"."""
    doc = ex.doc
    content = [t for t in subj if t.pos_ not in ("DET", "ADP", "PUNCT")]
    if content and all(_time_word(t) or t.pos_ == "NUM" for t in content):
        b = subj[-1].i + 1
        if b < left and doc[b].text == ",":
            e = left - 1
            while e > b and (doc[e].pos_ in ("AUX", "ADV") or doc[e].text == ","):
                e -= 1
            np = list(doc[b + 1:e + 1])
            if np and not any(t.pos_ in ("VERB", "SCONJ") or ex.in_quote[t.i] >= 0 for t in np) \
                    and _has_speaker_word(ex, np):
                return np
        return []
    # a time phrase after the speaker's name, in lower case ("Reuters fin 2016")
    for k in range(1, len(subj)):
        t = subj[k]
        if t.text[:1].islower() and t.pos_ != "DET" and _time_word(t) and subj[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "X") \
                and any(x.pos_ == "PROPN" or x.lemma_.lower() in ex.lex.roles for x in subj[:k]):
            return subj[:k]
    return subj


#: Nouns of a "on … à/dans X" place that speaks ("explique-t-on dans l'entourage du ministre").
_VOICE_PLACES = frozenset({"entourage", "cabinet", "ministère", "gouvernement", "présidence", "parti",
                           "camp", "équipe", "état-major", "siège"})


def _on_at(ex: Extractor, k: int) -> list[Token]:
    """"insiste-t-on à Bruxelles", "on souligne dans l'entourage du ministre": the impersonal
    "on" stands for the place or circle named right after the verb."""
    doc = ex.doc
    while k < len(doc) and doc[k].pos_ == "ADV" and ex.in_quote[k] < 0:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("à", "au", "dans", "chez") or ex.in_quote[k + 1] >= 0:
        return []
    np = ex.np_forward(k + 1)
    if np and (any(t.pos_ == "PROPN" and t.text[:1].isupper() or t.ent_type_ in ("LOC", "GPE", "ORG")
                   for t in np[:3]) or any(t.lemma_.lower() in _VOICE_PLACES for t in np[:3])):
        return np
    return []


def _relative_antecedent(ex: Extractor, u: Unit, s: int) -> list[Token]:
    """"…, John Rees, qui a qualifié …", "le président ukrainien qui a critiqué …": the
    antecedent of a relative "qui"/"who" subject."""
    doc, lex = ex.doc, ex.lex
    k = u.cue[0] - 1
    while k >= s and doc[k].pos_ in ("ADV", "AUX"):
        k -= 1
    if k - 2 >= s and doc[k].text == "," and lex.lang == "fr":
        # "les physiciens qui, en 1930, ont clamé": an incise between the relative and its verb
        j = next((j for j in range(k - 1, max(s, k - 8) - 1, -1) if doc[j].text == ","), None)
        if j is not None and j - 1 >= s and doc[j - 1].lower_ == "qui" and not any(
                doc[x].pos_ in ("VERB", "AUX") or ex.in_quote[x] >= 0 for x in range(j + 1, k)):
            k = j - 1
    if k < s or doc[k].text.lower() not in ("qui", "who"):
        return []
    k -= 1
    if k >= s and doc[k].text == ",":
        k -= 1
    if k < s or ex.in_quote[k] >= 0:
        return []
    if doc[k].ent_type_ == lex.person_label or _is_name(doc[k], lex.person_label):
        a = k
        while a - 1 >= s and (doc[a - 1].ent_type_ == lex.person_label or _is_name(doc[a - 1], lex.person_label)) \
                and ex.in_quote[a - 1] < 0:
            a -= 1
        return list(doc[a:k + 1])
    if doc[k].pos_ in ("NOUN", "ADJ", "PROPN"):
        a = k
        while a - 1 >= s and doc[a - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "NUM") and ex.in_quote[a - 1] < 0:
            a -= 1
        np = list(doc[a:k + 1])
        # "les physiciens qui", "des 30 physiciens qui" (a number opening after "des")
        if np and (np[0].pos_ == "DET" or np[0].pos_ == "NUM" and a - 1 >= s and doc[a - 1].lower_ == "des") \
                and _has_speaker_word(ex, np):
            return np
    return []


def _participle_relative(ex: Extractor, u: Unit, s: int) -> list[Token]:
    """"Lise Marchal, qui a critiqué la décision, déclarant que …", "the president, who
    criticised the decision, saying …": a participle cue after a relative clause speaks for the
    relative's antecedent (read on the surface: the parser often hangs the participle elsewhere)."""
    doc = ex.doc
    left = u.cue[0]
    verb = doc[left]
    if not present_participle(verb):
        return []
    if left - 1 < s or doc[left - 1].text != ",":
        return []
    for k in range(left - 2, max(s, left - 25) - 1, -1):
        t = doc[k]
        if ex.in_quote[k] >= 0 or t.text in (";", ":"):
            return []
        if t.lower_ in ("qui", "who") and t.dep_.startswith("nsubj") and t.head.dep_.startswith(("acl:relcl", "relcl")):
            if any(c.dep_.startswith("nsubj") and c.i != k for x in doc[t.head.i:left] for c in x.children
                   if x.pos_ in ("VERB", "AUX") and c.i > k):
                return []  # another clause with its own subject in between
            j = k - 1
            if j >= s and doc[j].text == ",":
                j -= 1
            if j < s:
                return []
            ante = doc[j].head if doc[j].pos_ == "ADJ" and doc[j].dep_ == "amod" else doc[j]
            np = ex.np_around(ante) if ante.pos_ in ("NOUN", "PROPN") else []
            if np and (_has_speaker_word(ex, np) or any(x.ent_type_ == ex.lex.person_label for x in np)):
                return np
            return []
        clause = t.head if t.pos_ == "AUX" else t
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not any(
                c.lower_ in ("qui", "who") for c in clause.children):
            return []  # a finite verb of another clause
    return []


def _purpose_subject(ex: Extractor, u: Unit, s: int, contents) -> list[Token]:
    """French: "Des riverains ont manifesté devant la mairie pour dénoncer …": an infinitive cue
    of purpose ("pour", "afin de") speaks for the subject of the verb it depends on, a common
    noun as well as a name (a personal pronoun is kept, to be resolved)."""
    if ex.lex.lang != "fr":
        return []
    doc = ex.doc
    verb = doc[u.cue[1]]
    if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("pour", "afin") for c in verb.children):
        return []
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return []
    c = next((c for c in head.children if c.dep_ == "nsubj" and s <= c.i < head.i and ex.in_quote[c.i] < 0
              and not any(a <= c.idx < b for a, b in contents)), None)
    if c is None:
        return []
    if c.pos_ == "PRON":
        return [c] if c.lower_ in ("il", "elle", "ils", "elles") else []
    return ex.np_around(c) if c.pos_ in ("NOUN", "PROPN") else []


#: Verbs whose object does what their infinitive says ("ne l'empêche pas de déclarer", "la
#: pousse à affirmer"): the object clitic is the infinitive's subject.
_OBJECT_CONTROL = frozenset({"empêcher", "pousser", "inciter", "amener", "conduire", "obliger", "forcer",
                             "encourager", "autoriser", "permettre", "inviter"})
_CONTROL_CLITICS = {"l'": None, "l’": None, "le": "il", "la": "elle", "lui": None}


def _controller(ex: Extractor, u: Unit) -> list[Token]:
    """French: "Ce qui ne l'empêche pas de déclarer que …": an infinitive cue under an
    object-control verb speaks for the verb's object clitic, resolved as a pronoun."""
    if ex.lex.lang != "fr":
        return []
    verb = ex.doc[u.cue[1]]
    head = verb.head
    if verb.dep_ != "xcomp" or "Inf" not in verb.morph.get("VerbForm") or head.lemma_.lower() not in _OBJECT_CONTROL:
        return []
    return [c for c in head.children if c.dep_ in ("obj", "iobj") and c.lower_ in _CONTROL_CLITICS
            and c.i < head.i and ex.in_quote[c.i] < 0][:1]


def _initial_np(ex: Extractor, u: Unit, s: int) -> list[Token]:
    """"OTAN et les États-Unis examinent … et affirment que": coordinated verbs share the noun
    phrase that opens the sentence (names, nouns, determiners and "et" only)."""
    doc = ex.doc
    k = s
    while k < u.cue[0] and doc[k].pos_ in ("PROPN", "DET", "NOUN", "ADJ", "CCONJ") and ex.in_quote[k] < 0:
        k += 1
    np = list(doc[s:k])
    if len(np) < 2 or k >= u.cue[0] or doc[k].pos_ not in ("VERB", "AUX") or not any(
            t.pos_ == "CCONJ" for t in np) or np[-1].pos_ == "CCONJ":
        return []
    # the cue must hang off that first verb ("… et affirment")
    verb = doc[u.cue[1]]
    if verb.dep_ != "conj" or verb.head.i != k and verb.head.head.i != k:
        return []
    return np if _has_speaker_word(ex, np) else []


#: Capitalised articles that open a title ("Il Giornale", "La Stampa", "El País", "Le Figaro").
_TITLE_ARTICLES = frozenset({"Il", "La", "Le", "Les", "El", "Los", "Lo", "Der", "Die", "Das", "The"})


def _extend_names(ex: Extractor, u: Unit) -> None:
    doc = ex.doc
    if ex.lex.lang == "fr" and len(u.subject) == 1 and u.subject[0].text in _TITLE_ARTICLES:
        # "« … », écrit Il Giornale, « … »": a capitalised article inside a sentence, then a
        # capitalised word, opens a title; it is no pronoun "il"
        t = u.subject[0]
        e = t.i + 1
        while e < len(doc) and e - t.i <= 4 and doc[e].text[:1].isupper() and doc[e].is_alpha \
                and ex.in_quote[e] < 0:
            e += 1
        prev = doc[t.i - 1] if t.i > 0 else None
        if e > t.i + 1 and prev is not None and not prev.is_space and prev.text not in ".!?:;«“\"—–":
            u.subject = list(doc[t.i:e])
            return
    if u.subject and u.subject[-1].pos_ == "PROPN":
        b = name_end(ex.doc, u.subject[-1].i)
        if b > u.subject[-1].i and all(ex.in_quote[i] < 0 for i in range(u.subject[-1].i, b + 1)):
            u.subject = u.subject + list(ex.doc[u.subject[-1].i + 1:b + 1])
