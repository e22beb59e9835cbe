"""Reported-speech units of one parsed article (see eval/quotes/GUIDELINES.md).

Three passes over the parsed ``Doc``, all linear in its length:

1. **direct**: every pair of quotation marks (``marks.find_quotes``) is attributed by a cue
   right after it (« … », a-t-il ajouté / "…," he said), a cue before it ending in ":" or
   "que", or a "selon X," before it; a quote filling its paragraph with no cue inherits the
   previous speaker; anything else (scare quotes, labels) waits for pass 2 and is dropped if
   no speech verb claims it.
2. **indirect / mixed**: a cue verb and its "que"/"that" clause (or the clause before it:
   "La situation est grave, a estimé le maire"); content holding a quotation is *mixed*.
3. **selon / d'après / pour / according to X**: the rest of the clause.

Speakers are resolved afterwards, in text order (``speakers.Speakers``), and the medium
(``via``) is read around the cue.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from ..model import Quote
from . import english
from .lexicon import Lexicon
from .marks import FAMILIES, Marked, find_quotes
from .speakers import Speakers

#: A cue counts as the incise of a quote when it comes within this many tokens after the
#: closing mark ("», a déclaré", "», a-t-il ajouté", "» a également fait valoir le
#: responsable"). Set by hand on the seeds.
POST_CUE_WINDOW = 7
#: "que"/"that" must follow its cue verb within this many tokens ("a prévenu jeudi que",
#: "a déclaré à CNN qu'"). Set by hand on the seeds.
QUE_WINDOW = 10
#: Reported content shorter than this (in words) is dropped: "a-t-il dit que non".
MIN_CONTENT_WORDS = 3
#: An object complement is reported content from this many words on ("a annoncé le début du
#: transfert d'armes"); shorter ones are mostly not speech ("a ajouté un point"). Set by hand
#: on the French gold set.
MIN_OBJECT_WORDS = 4
#: A quotation with no cue next to it but a speech verb earlier in its sentence ("a qualifié
#: les propos de "…"") is speech from this length on; shorter ones are scare quotes ("“attaque”").
MIN_EMBEDDED_WORDS = 4
#: A paragraph of at most this many words between two quotes does not break the inheritance of
#: the speaker (photo captions left in the body). Set by hand on seed 001.
CAPTION_WORDS = 10

#: An inverted subject ("», a déclaré mardi soir le ministre") is looked for within this many
#: tokens after the cue verb. Set by hand on the French gold set.
INVERTED_WINDOW = 12

_END = frozenset(".!?;")
#: Time words that sit between an incise's verb and its inverted subject ("a indiqué dimanche
#: l'organisation"), French and English; hand-written.
_TIME_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                         "hier", "aujourd'hui", "aujourd’hui", "matin", "soir", "peu", "tôt", "tard",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "yesterday", "today", "earlier", "later"})
#: Prepositions a "+obj" cue governs before its content ("appeler à", "insister sur", "plaider
#: pour", "accuser X de"); hand-written.
_OBJECT_PREPS = frozenset({"à", "de", "d'", "d’", "au", "aux", "sur", "pour", "contre", "to"})
#: "+obj" cues whose content may start with "à" ("appeler à une trêve"); for the others a
#: phrase in "à" is the addressee ("a promis à son homologue"). Hand-written.
_TO_CONTENT = frozenset({"appeler", "inviter", "exhorter", "inciter", "encourager", "conclure"})
#: Cues that give a label ("a qualifié X de « boucher »"): content only with a quotation.
_LABEL_CUES = frozenset({"qualifier", "traiter", "call", "describe", "brand", "label"})
_OBJECT_CLITICS = frozenset({"nous", "vous", "me", "te", "se", "lui", "leur"})
_CLITICS = ("-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle")


@dataclass(slots=True)
class Unit:
    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None = None          # token span of the cue
    subject: list[Token] = field(default_factory=list)
    speaker: str | None = None                  # fixed speaker (a "selon X" medium)
    inherit: bool = False
    via: str | None = None
    anchor: int = 0                             # char offset where the speaker is named
    paragraph: int = 0
    last_paragraph: int = 0


_KEYS: dict[str, tuple[numpy.ndarray, numpy.ndarray]] = {}


def _keys(lex: Lexicon) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Hashes of the cue lemmas (and of the forms the French lemmatizer leaves as they are,
    "estime") and of the words that open "selon X" phrases, computed once per language."""
    if lex.lang not in _KEYS:
        words = set(lex.cues) | set(lex.cue_pairs)
        if lex.lang == "fr":
            words |= {w[:-1] for w in lex.cues} | {w[:-2] for w in lex.cues}
        opening = {"selon", "d'après", "d’après", "d'", "d’", "pour", "according"}
        _KEYS[lex.lang] = (numpy.array(sorted(hash_string(w) for w in words), dtype="uint64"),
                           numpy.array(sorted(hash_string(w) for w in opening), dtype="uint64"))
    return _KEYS[lex.lang]


class Extractor:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc, self.lex, self.text = doc, lex, doc.text
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.marks = [m for m in find_quotes(self.text) if not m.single or lex.lang == "en"]
        if lex.lang == "en":
            self.marks = english.fix_marks(self.text, self.marks)
        self.in_quote = [-1] * len(doc)
        for k, m in enumerate(self.marks):
            for i in range(self.tok(m.open_at), self.tok(max(m.close_at - 1, m.open_at)) + 1):
                self.in_quote[i] = k
        self.line_starts = [0] + [i + 1 for i, c in enumerate(self.text) if c == "\n"]
        self.used = bytearray(len(doc))  # tokens already part of a unit or attribution
        self.units: list[Unit] = []
        # candidate tokens found by vectorised hash look-ups, not by a Python loop over the doc
        keys = _keys(lex)
        lemmas = doc.to_array(LEMMA) if len(doc) else numpy.zeros(0, dtype="uint64")
        lowers = doc.to_array(LOWER) if len(doc) else numpy.zeros(0, dtype="uint64")
        self.cue_candidates = numpy.flatnonzero(numpy.isin(lemmas, keys[0]) | numpy.isin(lowers, keys[0])).tolist()
        self.according_candidates = numpy.flatnonzero(numpy.isin(lowers, keys[1])).tolist()

    # ---- helpers ----------------------------------------------------------------------------
    def tok(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def para(self, char: int) -> int:
        return bisect_right(self.line_starts, char) - 1

    def para_bounds(self, char: int) -> tuple[int, int]:
        p = self.para(char)
        start = self.line_starts[p]
        end = self.line_starts[p + 1] - 1 if p + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def is_cue(self, t: Token) -> tuple[int, int] | None:
        """The token span of the cue whose verb is ``t`` (auxiliaries and clitics included)."""
        if self.in_quote[t.i] >= 0 or t.pos_ not in ("VERB", "AUX") or self.used[t.i]:
            return None
        lemma = t.lemma_.lower()
        if lemma not in self.lex.cues and self.lex.lang == "fr" and lemma[-2:] not in ("er", "ir", "re"):
            # the lemmatizer leaves some forms as they are ("estime"): try the infinitive
            lemma = next((c for c in (lemma + "r", lemma + "er") if c in self.lex.cues), lemma)
        right = t.i
        if lemma not in self.lex.cues:
            seconds = self.lex.cue_pairs.get(lemma)
            if not seconds or t.i + 1 >= len(self.doc):
                return None
            nxt = self.doc[t.i + 1]
            if nxt.lemma_.lower() not in seconds and nxt.text.lower() not in seconds:
                return None
            right = t.i + 1
        elif t.pos_ == "AUX" and lemma != "dire":
            return None
        left = t.i
        j = t.i - 1
        while j >= 0 and self.in_quote[j] < 0 and (
                self.doc[j].pos_ in ("AUX", "ADV", "PART") or self.doc[j].text.lower() in _CLITICS):
            if self.doc[j].pos_ == "AUX" or self.doc[j].text.lower() in _CLITICS:
                left = j
            j -= 1
        while left < t.i and self.doc[left].pos_ in ("ADV", "PART"):
            left += 1
        return left, right

    def span_text(self, a: int, b: int) -> str:
        """Text of tokens a..b inclusive."""
        return self.text[self.doc[a].idx:self.doc[b].idx + len(self.doc[b].text)]

    def subject(self, cue: tuple[int, int], stop: int | None = None) -> list[Token]:
        """The phrase naming the speaker of a cue verb. ``stop``: the first token of reported
        content that follows the cue; an inverted subject is only looked for before it (an
        object after "accusant", "invitant" is content, not the speaker)."""
        doc, lex = self.doc, self.lex
        left, right = cue
        for i in range(left, right + 1):
            if doc[i].text.lower() in _CLITICS[1:]:
                return [doc[i]]
        verb = doc[right] if doc[right].lemma_.lower() in lex.cues else doc[left if left == right else right - 1]
        verb = next((doc[i] for i in range(left, right + 1) if doc[i].pos_ == "VERB"), verb)
        heads = [verb]
        h = verb
        # "a promis de …", "…, accusant X de …", "… et a ajouté": the subject of the governing
        # verb (two steps at most: "a décidé de continuer à affirmer")
        for _ in range(2):
            gerund = "Part" in h.morph.get("VerbForm") and "Pres" in h.morph.get("Tense")
            if (h.dep_ in ("xcomp", "conj") or (h.dep_ in ("advcl", "acl") and gerund) or (
                    lex.lang == "en" and h.dep_ == "advcl" and h.tag_ == "VBG")) and h.head.pos_ in ("VERB", "AUX"):
                h = h.head
                heads.append(h)
            else:
                break
        for h in heads:
            for c in h.children:
                if c.dep_.startswith("nsubj") and self.in_quote[c.i] < 0 and c.i < left and \
                        c.text.lower() not in _OBJECT_CLITICS and c.pos_ not in ("ADV", "PUNCT", "ADP"):
                    if c.text.lower() in lex.relatives | {"qui", "who", "that"}:
                        if h.dep_ not in ("acl:relcl", "relcl") or h.head.pos_ not in ("NOUN", "PROPN"):
                            continue
                        c = h.head  # "Igor Dodon, qui a déclaré": the antecedent
                    np = self.np_around(c)
                    if np and np[0].pos_ != "ADP" and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in np):
                        return np
        before = doc[left - 1] if left > 0 else None
        if before is not None and self.in_quote[before.i] < 0 and (
                before.text.lower() in lex.pronouns | lex.plural_pronouns or before.pos_ == "PROPN"):
            return self.np_back(before.i)
        if before is not None and before.text == ",":
            np = self.np_before_apposition(before.i)
            if np:
                return np
        # inverted subject: "», a déclaré Loukachenko", "», poursuit le Biélorusse"
        end = min(len(doc), right + 1 + INVERTED_WINDOW, stop if stop is not None else len(doc))
        window = []
        for k in range(right + 1, end):
            if self.in_quote[k] >= 0 or doc[k].is_space or doc[k].text in _END or doc[k].text in (",", ":"):
                break
            window.append(doc[k])
        person = [t for t in window if t.ent_type_ == lex.person_label and t.pos_ == "PROPN"]
        if person:  # "a déclaré un peu plus tôt dans la semaine John Kirby"
            a = person[0].i
            b = a
            while b + 1 < end and doc[b + 1].ent_type_ == lex.person_label and doc[b + 1].ent_iob_ != "B":
                b += 1
            return list(doc[a:b + 1])
        j = right + 1
        while j < end and (doc[j].pos_ == "ADV" or doc[j].lower_ in _TIME_WORDS or (
                doc[j].dep_ == "advmod" and doc[j].pos_ == "DET")):
            j += 1
        if j < end and self.in_quote[j] < 0 and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "PRON") or (
                doc[j].text[:1].isupper() and doc[j].is_alpha)):
            return self.np_forward(j)
        return []

    def np_before_apposition(self, comma: int) -> list[Token]:
        """"Loukachenko, l'allié de …, a déclaré": the phrase before the apposition."""
        doc = self.doc
        c1 = comma - 1
        while c1 >= 0 and doc[c1].text != "," and not doc[c1].is_space and doc[c1].text not in _END \
                and comma - c1 < 16:
            c1 -= 1
        if c1 < 0 or doc[c1].text != ",":
            return []
        c0 = c1 - 1
        while c0 >= 0 and doc[c0].text not in (",", ":") and not doc[c0].is_space and doc[c0].text not in _END:
            c0 -= 1
        seg = [t for t in doc[c0 + 1:c1] if self.in_quote[t.i] < 0]
        if not seg or len(seg) > 6 or any(t.pos_ in ("VERB", "AUX", "ADP") for t in seg[:1]) or any(
                t.pos_ in ("VERB", "AUX") for t in seg):
            return []
        if seg[0].pos_ in ("PROPN", "DET", "NOUN"):
            return seg
        return []

    def np_back(self, i: int) -> list[Token]:
        doc = self.doc
        if doc[i].pos_ != "PROPN":
            return [doc[i]]
        a = i
        while a - 1 >= 0 and doc[a - 1].pos_ in ("PROPN",) and self.in_quote[a - 1] < 0:
            a -= 1
        if a - 1 >= 0 and doc[a - 1].pos_ == "DET":
            a -= 1
        return list(doc[a:i + 1])

    def np_around(self, t: Token) -> list[Token]:
        doc = self.doc
        a = t.i
        while a - 1 >= t.left_edge.i and not doc[a - 1].is_punct and doc[a - 1].pos_ not in ("VERB", "AUX") \
                and self.in_quote[a - 1] < 0:
            a -= 1
        b = t.i
        while b + 1 <= t.right_edge.i and not doc[b + 1].is_punct and doc[b + 1].pos_ not in ("VERB", "AUX") \
                and doc[b + 1].text.lower() not in ("qui", "que", "who", "which", "that", "lors") \
                and not (doc[b + 1].pos_ == "ADP" and doc[b + 1].text.lower() not in self.lex.of_words) \
                and self.in_quote[b + 1] < 0 and not doc[b + 1].is_space:
            b += 1
        return list(doc[a:b + 1])

    def np_forward(self, j: int) -> list[Token]:
        doc, lex = self.doc, self.lex
        out = []
        k = j
        while k < len(doc) and len(out) < 10 and self.in_quote[k] < 0:
            t = doc[k]
            low = t.text.lower()
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                break
            if (t.pos_ == "ADP" and low not in lex.of_words) or low == "lors":
                break
            if t.pos_ == "PRON" and out:
                break
            out.append(t)
            if t.pos_ == "PRON":
                break
            k += 1
        while out and (out[-1].pos_ in ("ADP", "DET")):
            out.pop()
        return out

    def sentence_end(self, i: int, limit: int) -> int:
        """Index of the last token of the sentence holding token ``i`` (sentence-final
        punctuation outside quotes, or the paragraph end), not beyond ``limit``."""
        doc = self.doc
        j = i
        while j + 1 < limit and not doc[j + 1].is_space:
            if doc[j + 1].text in _END and self.in_quote[j + 1] < 0:
                return j
            if self.lex.lang == "en" and english.ends_in_quote(self, j + 1, limit):
                return j + 2  # '… relationships.” According to …': the quote closes the sentence
            j += 1
        return j

    def sentence_start(self, i: int, floor: int) -> int:
        doc = self.doc
        j = i
        while j - 1 >= floor and not doc[j - 1].is_space:
            if doc[j - 1].text in _END and self.in_quote[j - 1] < 0:
                return j
            j -= 1
        return j

    def short_quote(self, i: int) -> bool:
        """Token ``i`` belongs to a quoted name ("“DW News”"), not to a quotation."""
        k = self.in_quote[i]
        if k < 0:
            return False
        m = self.marks[k]
        return m.closed and len(self.text[m.start:m.end].split()) <= 4 and m.start > 0

    def words(self, a: int, b: int) -> int:
        return sum(1 for t in self.doc[a:b + 1] if not t.is_punct and not t.is_space)

    # ---- passes -----------------------------------------------------------------------------
    def run(self) -> list[Unit]:
        pending = self.direct()
        self.indirect()
        self.according()
        if self.lex.lang == "en":
            english.refine(self, pending)
        for k in pending:  # embedded quotes no indirect unit claimed
            m = self.marks[k]
            if self.used[self.tok(m.start)]:
                continue
            o = self.tok(m.open_at)
            pa, _ = self.para_bounds(m.open_at)
            s = self.sentence_start(o, self.tok(pa))
            cue = next((c for t in self.doc[s:o] if (c := self.is_cue(t))), None)
            if cue and len(self.text[m.start:m.end].split()) >= MIN_EMBEDDED_WORDS:
                self.add_direct(m, cue)
        self.units.sort(key=lambda u: u.start)
        for u in self.units:
            u.last_paragraph = self.para(u.end)
        return self.units

    def mark_used(self, a: int, b: int) -> None:
        for i in range(max(a, 0), min(b + 1, len(self.doc))):
            self.used[i] = 1

    def add_direct(self, m: Marked, cue: tuple[int, int] | None, *, speaker: str | None = None,
                   subject: list[Token] | None = None, inherit: bool = False) -> Unit:
        u = Unit("direct", m.start, m.end, cue=cue, inherit=inherit, speaker=speaker,
                 paragraph=self.para(m.start))
        if cue and subject is not None and subject and self.used[subject[0].i]:
            u.subject, u.anchor = subject, self.doc[cue[0]].idx  # shared with the first part
        elif cue:
            u.subject = subject if subject is not None else self.subject(cue)
            self.mark_used(*cue)
            u.anchor = self.doc[cue[0]].idx
        else:
            u.anchor = m.start
        for t in u.subject:
            self.used[t.i] = 1
        self.mark_used(self.tok(m.open_at), self.tok(max(m.close_at - 1, m.open_at)))
        self.units.append(u)
        return u

    def direct(self) -> list[int]:
        doc, lex, text = self.doc, self.lex, self.text
        pending = []
        for k, m in enumerate(self.marks):
            pa, pb = self.para_bounds(m.close_at - 1 if m.closed else m.open_at)
            o, c = self.tok(m.open_at), self.tok(m.close_at - 1)
            limit = self.tok(pb) + 1 if pb < len(text) else len(doc)
            first_pa, _ = self.para_bounds(m.open_at)
            floor = self.tok(first_pa)
            j = o - 1
            while j >= floor and doc[j].is_space:
                j -= 1
            at_start = j < floor or doc[j].text in _END or doc[j].text in (":", ",", "(", "–", "—")
            # 1. a cue right after the closing mark
            if m.closed and at_start:
                cue = self._post_cue(c + 1, limit)
                if cue:
                    self.add_direct(m, cue)
                    continue
            # 2. a cue before it: "X a déclaré :", "selon X,", "X a déclaré que « … »"
            after = c + 1
            while after < limit and (doc[after].is_punct and doc[after].text not in FAMILIES):
                after += 1
            ends_sentence = after >= limit or doc[after].is_space or self.in_quote[after] >= 0 \
                or not m.closed
            if j >= floor and ends_sentence:
                prev = doc[j].text.lower()
                s = self.sentence_start(j, floor)
                if prev in (":", ",") or prev in lex.complementisers:
                    found = self._pre_cue(s, j, colon=prev == ":")
                    if found:
                        cue, subject, speaker = found
                        self.add_direct(m, cue, subject=subject, speaker=speaker)
                        continue
            # 3. alone in its paragraph: the previous speaker goes on
            if j < floor and ends_sentence:
                self.add_direct(m, None, inherit=True)
                continue
            pending.append(k)
        return pending

    def _post_cue(self, j: int, limit: int) -> tuple[int, int] | None:
        doc = self.doc
        skipped = 0
        while j < limit and doc[j].text in (",", "–", "—", "-") and skipped < 2:
            j += 1
            skipped += 1
        for i in range(j, min(j + POST_CUE_WINDOW, limit)):
            t = doc[i]
            if t.is_space or t.text in _END or t.text == ":" or self.in_quote[i] >= 0:
                return None
            cue = self.is_cue(t)
            if cue:
                return cue
            if t.pos_ in ("VERB", "SCONJ") or t.text == ",":
                return None
        return None

    def _pre_cue(self, s: int, j: int, colon: bool):
        """A cue in tokens s..j-1 introducing a quote that starts after token j."""
        doc, lex = self.doc, self.lex
        # "Selon le Moscow Times, « … »"
        if doc[j].text == "," and self._according_at(s) is not None:
            a, np_start = self._according_at(s)
            np = [t for t in doc[np_start:j] if self.in_quote[t.i] < 0 or True]
            return (a, np_start - 1), np, None
        if doc[j].text == ",":  # « … », a-t-il ajouté, « … »: the second part of an incise
            for u in reversed(self.units):
                ends = [u.cue[1]] + [t.i for t in u.subject] if u.cue else []
                if ends and max(ends) == j - 1:
                    return u.cue, u.subject, None
        for i in range(j - 1, s - 1, -1):
            if self.in_quote[i] >= 0:
                continue
            cue = self.is_cue(doc[i])
            if cue:
                return cue, None, None
        if colon:
            for i in range(j - 1, s - 1, -1):
                t = doc[i]
                if t.pos_ == "VERB" and self.in_quote[i] < 0 and not self.used[i]:
                    subj = self.subject((i, i))
                    if subj and (subj[0].text.lower() in lex.pronouns or any(
                            u.ent_type_ == lex.person_label for u in subj) or any(
                            u.lemma_.lower() in lex.roles for u in subj)):
                        left = i
                        while left - 1 >= s and doc[left - 1].pos_ in ("AUX", "ADV"):
                            left -= 1
                        while doc[left].pos_ == "ADV" and left < i:
                            left += 1
                        return (left, i), subj, None
        return None

    def _according_at(self, i: int) -> tuple[int, int] | None:
        """(first token of the marker, first token of X) when "selon"/"d'après"/"according
        to" starts at token i."""
        doc, lex = self.doc, self.lex
        if i >= len(doc):
            return None
        low = doc[i].text.lower()
        if low == "selon":
            return i, i + 1
        if low in ("d'", "d’") and i + 1 < len(doc) and doc[i + 1].text.lower() == "après":
            return i, i + 2
        if low in ("d'après", "d’après"):
            return i, i + 1
        if low == "according" and i + 1 < len(doc) and doc[i + 1].text.lower() == "to" and lex.lang == "en":
            return i, i + 2
        return None

    def indirect(self) -> None:
        doc, lex = self.doc, self.lex
        for ti in self.cue_candidates:
            t = doc[ti]
            cue = self.is_cue(t)
            if not cue:
                continue
            pa, pb = self.para_bounds(t.idx)
            limit = self.tok(pb) + 1 if pb < len(self.text) else len(doc)
            floor = self.tok(pa)
            content = self._que_content(cue, limit) or self._before_content(cue, floor)
            if not content:
                continue
            a, b = content
            if any(self.used[i] for i in range(a, b + 1)) or self.words(a, b) < MIN_CONTENT_WORDS:
                continue
            start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
            inner = [m for m in self.marks if start <= m.open_at and m.open_at < end]
            kind = "indirect"
            if inner:
                end = max(end, max(m.close_at for m in inner))
                kind = "mixed"
                if len(inner) == 1 and inner[0].open_at == start and inner[0].close_at >= end - 1:
                    kind, start, end = "direct", inner[0].start, inner[0].end
            # strip trailing punctuation and spaces
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:"):
                end -= 1
            u = Unit(kind, start, end, cue=cue, paragraph=self.para(start))
            u.subject = self.subject(cue, stop=a if a > cue[1] else None)
            u.anchor = doc[cue[0]].idx
            self.mark_used(*cue)
            self.mark_used(a, self.tok(end - 1))
            for s in u.subject:
                self.used[s.i] = 1
            self.units.append(u)

    def _que_content(self, cue: tuple[int, int], limit: int) -> tuple[int, int] | None:
        doc, lex = self.doc, self.lex
        verb = doc[cue[1]]
        for i in range(cue[1] + 1, min(cue[1] + 1 + QUE_WINDOW, limit)):
            t = doc[i]
            if t.text.lower() in lex.complementisers and self.in_quote[i] < 0:
                end = self._cut(i + 1, self.sentence_end(i, limit))
                return (i + 1, end) if end > i else None
            if t.is_space or t.text in _END or t.text == ":" or self.in_quote[i] >= 0 or (
                    t.pos_ in ("VERB", "AUX") and not (i == cue[1] + 1 and t.pos_ == "VERB")):
                break
        obj = self._object_content(cue, limit)
        if obj:
            return obj
        if lex.lang == "en":  # "said the plan was dead": the clausal complement
            for c in verb.children:
                if c.dep_ == "ccomp" and c.i > verb.i and self.in_quote[c.i] < 0:
                    a = c.left_edge.i
                    if verb.lemma_ != "tell":  # "warned the bridge … would": a misparsed subject
                        a = min([a] + [d.left_edge.i for d in verb.children if d.dep_ == "dobj" and d.i < c.i])
                    if doc[a].text.lower() == "that":
                        a += 1
                    return a, self._cut(a, min(c.right_edge.i, limit - 1))
        return None

    def _object_content(self, cue: tuple[int, int], limit: int) -> tuple[int, int] | None:
        """"a annoncé le début du transfert", "a appelé à une trêve", "affirme avoir été
        informé", "a qualifié les propos de « … »": the object or infinitive after the cue."""
        doc = self.doc
        i = cue[1] + 1
        while i < limit and (doc[i].pos_ == "ADV" or doc[i].lower_ in _TIME_WORDS) and self.in_quote[i] < 0:
            i += 1
        if i >= limit or self.in_quote[i] >= 0:
            return None
        t = doc[i]
        low = t.text.lower()
        v = doc[cue[1]]
        verb = v.lemma_.lower()
        if v.pos_ == "VERB" and "Part" in v.morph.get("VerbForm") and "Past" in v.morph.get("Tense") and not any(
                c.dep_.startswith("aux") for c in v.children) and cue[0] == cue[1]:
            return None  # an adjectival participle: "invité à la grand-messe", "accusé de …"
        infinitive = t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm")
        if verb not in self.lex.object_cues and not infinitive:
            return None
        if low in ("à", "au", "aux") and verb not in _TO_CONTENT:
            return None  # "a promis à son homologue …", "a demandé au ministre": the addressee
        before = doc[cue[0] - 1] if cue[0] > 0 else None
        if before is not None and (before.text == "," or self.in_quote[before.i] >= 0) and not infinitive:
            # "…, a annoncé le président ukrainien": an inverted subject, unless a verb follows
            end = self.sentence_end(i, limit)
            if not any(doc[k].pos_ in ("VERB", "AUX") for k in range(i, end + 1)):
                return None
        # the object: a determiner or number ("a annoncé le début"), a name followed by its
        # complement ("a qualifié Vladimir Poutine de « boucher »"), an infinitive, or a
        # preposition the cue governs ("a appelé à une trêve", "a insisté sur la nécessité")
        ok = t.pos_ in ("DET", "NUM") or infinitive or (
            t.pos_ == "PROPN" and self.lex.lang == "fr" and any(
                doc[k].lower_ in _OBJECT_PREPS for k in range(i + 1, min(i + 6, limit)))) or (
            low in _OBJECT_PREPS and i + 1 < limit and doc[i + 1].pos_ in ("DET", "VERB", "NOUN", "PROPN"))
        if not ok:
            return None
        end = self.sentence_end(i, limit)
        if verb in _LABEL_CUES and not any(self.in_quote[k] >= 0 for k in range(i, end + 1)):
            return None  # "qualifier X de Y" reports speech only with Y quoted
        if self.lex.lang == "en" and not english.object_ok(self, i, end):
            return None  # "urged MPs to vote against the deal": clausal content only
        b = self._cut(i, end)
        if self.words(i, b) < MIN_OBJECT_WORDS:
            return None
        return i, b

    def _cut(self, a: int, b: int) -> int:
        """End the content before a trailing attribution (", selon X", ", précisant que")."""
        doc = self.doc
        for i in range(a + 1, b + 1):
            if doc[i - 1].text == "," and self.in_quote[i] < 0 and (
                    self._according_at(i) is not None or self.is_cue(doc[i]) is not None
                    or (i + 1 <= b and doc[i].pos_ == "AUX" and self.is_cue(doc[i + 1]) is not None)
                    or self._second_cue(i, b)):
                b = i - 2
                break
        while b > a and (doc[b].is_punct and doc[b].text not in FAMILIES and doc[b].text not in ")]"):
            b -= 1
        return b

    def _second_cue(self, i: int, b: int) -> bool:
        """"…, il estime par ailleurs que …", "…, et le ministre a ajouté que": a second
        attribution starting at token ``i`` (a subject then a cue verb with its "que")."""
        doc, lex = self.doc, self.lex
        j = i
        if doc[j].pos_ == "CCONJ":
            j += 1
        if j > b or not (doc[j].text.lower() in lex.pronouns | lex.plural_pronouns or doc[j].dep_.startswith("nsubj")):
            return False
        for k in range(j + 1, min(j + 8, b + 1)):
            t = doc[k]
            if t.is_punct or self.in_quote[k] >= 0:
                return False
            if t.pos_ in ("VERB", "AUX") and t.lemma_ not in ("avoir", "être", "have", "be"):
                return self.is_cue(t) is not None and any(
                    doc[x].text.lower() in lex.complementisers for x in range(k + 1, min(k + 5, b + 1)))
        return False

    def _before_content(self, cue: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """"La situation est grave, a estimé le maire." / "The plan is dead, he said."."""
        doc = self.doc
        left = cue[0]
        subj = self.subject(cue)
        if subj and subj[-1].i < left:
            if self.lex.lang == "fr" and subj[-1].text.lower() not in self.lex.pronouns:
                return None  # French inverts the subject of an incise: "…, a estimé le maire"
            left = subj[0].i
        elif not subj:
            return None
        after = max(cue[1], subj[-1].i if subj else cue[1]) + 1
        if after < len(doc) and not (doc[after].is_punct or doc[after].is_space or doc[after].pos_ in ("ADP", "ADV")):
            return None
        if left - 1 < floor or doc[left - 1].text != "," or self.in_quote[left - 2] >= 0:
            return None
        s = self.sentence_start(left - 1, floor)
        if any(self.in_quote[i] >= 0 for i in range(s, left)):
            return None
        return (s, left - 2) if left - 2 >= s else None

    def according(self) -> None:
        """"Selon X, …", "…, d'après X.", "Pour X, …", "According to X, …"."""
        doc, lex = self.doc, self.lex
        for i in self.according_candidates:
            t = doc[i]
            if self.used[i] or self.in_quote[i] >= 0:
                continue
            low = t.text.lower()
            at = self._according_at(i)
            pour = low == "pour" and lex.lang == "fr" and (i == 0 or doc[i - 1].is_space)
            if at is None and not pour:
                continue
            np_start = at[1] if at else i + 1
            if np_start >= len(doc) or doc[np_start].text.lower() in lex.relatives:
                continue
            pa, pb = self.para_bounds(t.idx)
            floor = self.tok(pa)
            limit = self.tok(pb) + 1 if pb < len(self.text) else len(doc)
            k = np_start
            while k < limit and not doc[k].is_space and doc[k].text.lower() not in lex.complementisers and (
                    (not doc[k].is_punct and self.in_quote[k] < 0) or self.short_quote(k)):
                k += 1
            np = list(doc[np_start:k])
            if not np or len(np) > 12:
                continue
            if pour and not (any(u.ent_type_ == lex.person_label for u in np) or any(
                    u.lemma_.lower() in lex.roles for u in np) or np[0].text.lower() in ("lui", "elle", "eux")):
                continue
            s = self.sentence_start(i, floor)
            e = self.sentence_end(i, limit)
            if any(u.cue and u.cue[0] >= s and u.cue[1] <= e for u in self.units):
                continue  # attribution of another unit: a via at most
            if k < limit and doc[k].text == "," and (i == s or all(
                    u.pos_ in ("ADV", "CCONJ", "PUNCT") for u in doc[s:i])):
                a, b = k + 1, e
            elif k < limit and doc[k].text == "," and i - 1 > s and doc[i - 1].text == "," and len(np) <= 4 \
                    and not any(doc[x].text.lower() in lex.relatives | {"qui", "who"} for x in range(max(s, i - 2), i)):
                # "La politique du gouvernement, selon lui, peut coûter cher": the incise stays inside
                a, b = s, e
            elif k >= e or doc[k].text in _END:
                a, b = s, i - 1
            else:
                continue
            while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
                b -= 1
            if b < a or self.words(a, b) < MIN_CONTENT_WORDS or any(self.used[x] for x in range(a, b + 1)):
                continue
            start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
            inner = [m for m in self.marks if start <= m.open_at < end]
            kind = "mixed" if inner else "indirect"
            u = Unit(kind, start, end, cue=(i, np_start - 1), paragraph=self.para(start))
            u.subject = np
            u.anchor = t.idx
            self.mark_used(i, k)
            self.mark_used(a, b)
            self.units.append(u)
