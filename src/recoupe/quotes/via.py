"""The medium reported speech reached the article through (``Quote.via``), as written.

Read in the sentence of the cue, outside the reported words: "selon l'agence … Belta",
"à CNN" after the cue verb, "told Reuters", "dans un tweet", "dans une interview diffusée …
par la télévision d'État russe", "in an interview with the BBC". A phrase is a via when one of
its nouns is a medium noun (``data/via_*.txt``) or its name is an organisation; events
("lors d'une conférence de presse") are not.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Token

from .extract import Extractor, Unit, quoted_as

#: Quotation marks (a unit's own, or around a quoted name in a via phrase).
_MARKS = frozenset("«»“”\"„")
#: A via phrase is read up to this many tokens (or to a comma / the reported words).
MAX_VIA_TOKENS = 14


def _phrase(ex: Extractor, a: int, limit: int, stop: set[int]) -> list[Token]:
    doc, out = ex.doc, []
    k = a
    while k < limit and len(out) < MAX_VIA_TOKENS and k not in stop:
        t = doc[k]
        if t.is_space or t.text in (",", ".", ";", ":", "!", "?") or (
                t.text.lower() in ex.lex.complementisers and ex.in_quote[k] < 0):
            break
        if ex.lex.lang == "fr" and t.pos_ == "DET" and out and out[-1].pos_ in ("NOUN", "PROPN") \
                and ex.in_quote[k] < 0 and t.text.lower() not in _PARTITIVE:
            break  # "sur sa chaîne Telegram | le gouverneur …": a new noun phrase, the subject
        if ex.lex.lang == "en" and t.ent_type_ in ("DATE", "TIME") and ex.in_quote[k] < 0 and any(
                x.pos_ in ("NOUN", "PROPN") for x in out) and not _titled_date(ex, out[0], t) and not (
                k + 1 < limit and ex.doc[k + 1].lemma_.lower() in ex.lex.media):  # ("Radio 4's Today programme")
            break  # "told the news agency | on Tuesday": the time is no part of the medium
        if ex.in_quote[k] >= 0 and t.text not in _MARKS:
            # a quoted name inside the phrase ("le journal “Ukrainska Pravda”")
            out.append(t)
            k += 1
            continue
        out.append(t)
        k += 1
    while out and out[-1].pos_ in ("ADP", "DET", "CCONJ"):
        out.pop()
    return out


def _titled_date(ex: Extractor, first: Token, t: Token) -> bool:
    """A date that ends an outlet's name ("the Mail on Sunday")."""
    end = t.idx + len(t.text)
    return any(r.end() == end for r in _outlets().finditer(ex.text, first.idx, end))


def _is_medium(ex: Extractor, phrase: list[Token], outlets: bool = True) -> bool:
    media = ex.lex.media
    if any(ex.short_quote(t.i) for t in phrase) and (ex.lex.lang != "en" or all(
            t.pos_ in ("DET", "PUNCT") or t.is_quote or t.lemma_.lower() in media
            for t in phrase if ex.in_quote[t.i] < 0)):
        # a quoted name: « selon “DW News” », 'on "State of the Union"' (English: the name and
        # nothing else but a medium noun, not "in 'good faith' during the talks and …")
        return True
    if outlets and phrase and _outlets().search(ex.span_text(phrase[0].i, phrase[-1].i)):
        return True  # an outlet of data/media.tsv ("in the Sunday Express")
    for t in phrase:
        if t.i + 1 < len(ex.doc) and ex.doc[t.i + 1].text in ("'s", "’s") and t.pos_ == "NOUN":
            continue  # "told the book's authors": a possessor is not the phrase's head
        if t.lemma_.lower() in media or t.text.lower() in media:
            return True
        if ex.lex.lang == "en" and t.pos_ == "PROPN" and t.text in _EN_TITLE_WORDS and all(
                x.pos_ in ("DET", "PROPN") for x in phrase[:phrase.index(t)]):
            return True  # "in the Eastbrook Courier", "to the Daily Gazette": a newspaper's title
    return False


#: Capitalised words that make a name a newspaper's title in English ("the Eastbrook Courier",
#: "the Harbour Times"), matched on proper nouns as written. Hand-written.
_EN_TITLE_WORDS = frozenset("""Times Post Courier Herald Gazette Tribune Journal Chronicle Telegraph Guardian
    Observer Mirror Express Independent Examiner Inquirer Globe Bulletin Dispatch Sentinel Advertiser Echo
    Mail Newsweek Magazine Weekly Daily""".split())


@lru_cache(maxsize=1)
def _outlets():
    """The names and aliases of data/media.tsv, as one case-sensitive pattern (clean.py's)."""
    from ..clean import _media_index

    return _media_index()[0]


#: Acronyms of countries and unions, places even in capitals ("aux USA").
_PLACE_ACRONYMS = frozenset({"US", "USA", "UK", "UE", "EU", "RDC", "URSS", "USSR", "UAE", "EAU"})


#: Audiences a cue verb addresses that are no medium ("told Parliament", "a déclaré aux
#: députés", "told reporters"): lemmas, lower-cased, hand-written.
_AUDIENCES = frozenset({
    "parliament", "house", "commons", "lords", "congress", "senate", "assembly", "chamber", "mp",
    "mps", "lawmaker", "reporter", "journalist", "delegate", "supporter", "crowd", "audience",
    "conference", "committee", "colleague", "student", "voter", "member", "cabinet",
    "parlement", "assemblée", "sénat", "député", "sénateur", "journaliste", "délégué", "partisan",
    "foule", "auditoire", "public", "conférence", "commission", "collègue", "étudiant", "électeur",
    "membre", "militant", "élu", "panel", "council", "court", "jury", "rally", "summit", "meeting",
    "parliamentarian", "legislator", "senator", "congressman", "hearing", "inquiry"})


def _audience(phrase: list[Token]) -> bool:
    """The phrase's first noun is an audience, not a medium ("a packed House of Commons")."""
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    return head is not None and (head.lemma_.lower() in _AUDIENCES or head.lower_ in _AUDIENCES)


def _glued_outlet(phrase: list[Token]) -> bool:
    """An acronym or a name with digits ("DW", "TVN24") that opens a person's name."""
    first, rest = phrase[0], phrase[1:3]
    w = first.text
    return ((len(w) >= 2 and w.isupper() and w.isalpha() and w not in _PLACE_ACRONYMS) or (
        w[:1].isupper() and any(c.isdigit() for c in w))) and all(
        t.ent_type_ in ("PER", "PERSON") and t.text[:1].isupper() for t in rest)


def _is_org(phrase: list[Token]) -> bool:
    """An organisation's name ("à CNN", "à l'AP", "selon un journaliste de LCI présent à
    Madrid"): an organisation or an acronym (even one the recogniser took for a place: "l'AP"),
    no person, no place before it."""
    for t in phrase:
        acronym = t.pos_ == "PROPN" and 2 <= len(t.text) <= 5 and t.text.isupper() and t.is_alpha \
            and t.text not in _PLACE_ACRONYMS
        if t.ent_type_ in ("PER", "PERSON") or (t.ent_type_ in ("LOC", "GPE") and not acronym):
            return False
        if t.ent_type_ == "ORG" or acronym:
            return True
    return False


#: Participles opening a sentence that frame an interview: "Speaking to the Press Association,
#: he said", "Invitée vendredi sur France Inter, la candidate a rappelé", "Interrogé par
#: l'AFP, il a estimé". Lemmas, hand-written.
_FRAME_VERBS = frozenset({"speak", "talk", "exprimer", "interroger", "inviter", "interviewer", "question", "ask",
                          "citer", "joindre", "contacter", "interpeller"})
_FRAME_NOUNS = frozenset({"invité", "interrogé", "interviewé", "cité", "joint", "contacté"})
_FRAME_PREPS = frozenset({"to", "with", "by", "on", "sur", "à", "au", "par", "dans", "de"})


def _frame(ex: Extractor, s: int, cue_left: int, stop: set[int]) -> tuple[int, str] | None:
    """A participle frame before the cue, in the cue's sentence, naming a medium or an
    organisation: the via as written from its preposition."""
    doc = ex.doc
    for i in range(s, min(cue_left, s + 4)):
        t = doc[i]
        if ex.lex.lang == "fr" and i == s and t.pos_ == "NOUN" and t.lower_.rstrip("es") in _FRAME_NOUNS:
            pass  # "Invitée de Radio Brisval, X a …": the participle the tagger took for a noun
        elif t.lemma_.lower() not in _FRAME_VERBS or t.pos_ not in ("VERB", "ADJ") or ex.in_quote[i] >= 0:
            continue
        elif t.tag_ not in ("VBG", "VBN") and "Part" not in t.morph.get("VerbForm") and \
                "Ger" not in t.morph.get("VerbForm"):
            continue
        k = i + 1
        while k < cue_left and k - i <= 6 and doc[k].lower_ not in _FRAME_PREPS and (
                doc[k].like_num or doc[k].pos_ in ("NOUN", "PROPN", "ADV", "NUM") and not doc[k].ent_type_ in ("ORG",)):
            k += 1  # "Invitée vendredi 18 mars sur …"
        if k >= cue_left or doc[k].lower_ not in _FRAME_PREPS:
            continue
        phrase = _phrase(ex, k + 1, cue_left, stop)
        if phrase and (_is_medium(ex, phrase) or _is_org(phrase)):
            return k, ex.span_text(k, phrase[-1].i)
    return None


#: Determiners that do not open a new noun phrase after a noun ("tous les", partitives).
_PARTITIVE = frozenset({"des", "du", "de", "d'", "d’", "tout", "tous", "toute", "toutes"})
#: Verbs of a medium's incise that makes it the via ("…, rapporte Reuters", "Reuters reports").
_RELAY_VERBS = frozenset({"rapporter", "relater", "report"})
_RELAY_FORMS = _RELAY_VERBS | {"rapporte", "relate", "Report"}  # lemmas as the models give them


def _relay_tokens(ex: Extractor) -> list[int]:
    """Indices of the relay verbs of the document, found once by a vectorised look-up."""
    found = getattr(ex, "_relay_verbs", None)
    if found is None:
        lemmas = ex.doc.to_array(LEMMA) if len(ex.doc) else numpy.zeros(0, dtype="uint64")
        keys = numpy.array(sorted(hash_string(w) for w in _RELAY_FORMS), dtype="uint64")
        found = numpy.flatnonzero(numpy.isin(lemmas, keys)).tolist()
        ex._relay_verbs = found
    return found


def _relay(ex: Extractor, a: int, b: int, skip) -> str | None:
    """", rapporte Reuters" / ", Reuters reports" in tokens a..b: the medium that relays the
    sentence (its verb is a relay verb, its subject a medium or an organisation next to it)."""
    doc = ex.doc
    for i in _relay_tokens(ex):
        if i < a or i > b:
            continue
        t = doc[i]
        if skip(i) or ex.in_quote[i] >= 0 or t.pos_ != "VERB":
            continue
        j = i + 1
        while j <= b and doc[j].pos_ == "ADV":
            j += 1
        after = _phrase(ex, j, b + 1, set()) if j <= b else []
        if after and (_is_org(after) or _is_medium(ex, after) or after[0].pos_ == "PROPN") and \
                all(x.pos_ in ("PROPN", "DET", "NOUN", "ADJ") for x in after):
            return ex.span_text(i, after[-1].i)
        if i - 1 >= a and doc[i - 1].pos_ == "PROPN" and (doc[i - 1].ent_type_ == "ORG" or _is_medium(ex, [doc[i - 1]])):
            k = i - 1
            while k - 1 >= a and doc[k - 1].pos_ == "PROPN":
                k -= 1
            return ex.span_text(k, i)
    return None


def find_via(ex: Extractor, u: Unit, speaker_tokens: set[int]) -> str | None:
    if u.cue is None:
        return None
    doc, lex = ex.doc, ex.lex
    cue_left, cue_right = u.cue
    floor, limit = ex.para_tokens(doc[cue_left].idx)
    s = ex.sentence_start(cue_left, floor)
    e = ex.sentence_end(cue_right, limit)
    # reported words are not searched
    ca, cb = ex.tok(u.start), ex.tok(max(u.end - 1, u.start))
    if lex.lang == "fr":  # the unit's own quotation marks ("que « … », selon un communiqué")
        while ca - 1 >= 0 and (doc[ca - 1].text in _MARKS or doc[ca - 1].is_space) and ca - 1 > cue_right:
            ca -= 1
        while cb + 1 < len(doc) and doc[cb + 1].text in _MARKS:
            cb += 1
    content = set(range(ca, cb + 1))
    own = content | set(range(cue_left, cue_right + 1)) | speaker_tokens
    # another unit's words (its cue, speaker or content) between a phrase and this cue: the
    # phrase is that unit's ("Dans un éditorial, le « Global Times » reconnaît que …, il estime …")
    foreign = [k for k in range(s, e + 1) if ex.used[k] and k not in own]
    # foreign tokens before index k (prefix counts over the sentence, for a constant-time test)
    before = [0] * (e - s + 2)
    mark = set(foreign)
    for k in range(s, e + 1):
        before[k - s + 1] = before[k - s] + (k in mark)

    def other_between(i: int) -> bool:
        lo, hi = (i, cue_left) if i < cue_left else (cue_right, i)
        lo, hi = max(lo, s - 1), min(hi, e + 1)
        return (hi - lo > 1 and before[hi - s] - before[lo + 1 - s] > 0) or i in mark

    stop = own | set(foreign)
    found: list[tuple[int, int, str]] = []
    quoted = quoted_as(doc[cue_right]) if lex.lang == "en" else None
    if quoted is not None:
        # "The Eastbrook Courier quoted a council official as saying that …", "outlets including
        # the Courier that quoted an official as saying …": the quoting outlet is the via
        subj = next((c for c in quoted.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("that", "which") and quoted.dep_ == "relcl":
            a, b = quoted.head.left_edge.i, subj.i - 1
        elif subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            a, b = subj.left_edge.i, subj.i
        else:
            a = b = -1
        while b > a and (doc[b].is_punct or doc[b].is_space):
            b -= 1
        if a >= 0 and b >= a and (_is_medium(ex, list(doc[a:b + 1])) or _is_org(list(doc[a:b + 1]))):
            return ex.span_text(a, b)
    if lex.lang == "en" and doc[cue_right].lemma_ == "tell" and cue_right + 1 <= e:
        phrase = _phrase(ex, cue_right + 1, e + 1, content | speaker_tokens)
        if phrase and not _audience(phrase) and (_is_medium(ex, phrase) or _is_org(phrase) or (
                phrase[-1].pos_ == "PROPN" and phrase[-1].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "DATE", "TIME"))):
            found.append((1, cue_right, ex.span_text(cue_right, phrase[-1].i)))
    relay = _relay(ex, s, e, lambda i: i in own or other_between(i))
    if relay is None and lex.lang == "fr" and u.paragraph > 0:
        # "…, rapporte Reuters :" closing the previous paragraph introduces this one
        pa_prev = ex.line_starts[u.paragraph - 1]
        prev_end = ex.line_starts[u.paragraph] - 1
        if ex.text[pa_prev:prev_end].rstrip().endswith(":") and ex.para(doc[cue_left].idx) == u.paragraph:
            b = ex.tok(prev_end - 1)
            a = ex.sentence_start(b, ex.tok(pa_prev))
            relay = _relay(ex, a, b, lambda i: False)
    if relay:
        found.append((0, -1, relay))
    frame = _frame(ex, s, cue_left, stop)
    if frame and not other_between(frame[0]):
        found.append((1, frame[0], frame[1]))
    for i in range(s, e + 1):
        if i in own or other_between(i):
            continue
        t = doc[i]
        low = t.text.lower()
        at = ex._according_at(i)
        if at is not None:
            phrase = _phrase(ex, at[1], e + 1, stop)
            if phrase and (_is_medium(ex, phrase) or _is_org(phrase)) and not (
                    set(p.i for p in phrase) & speaker_tokens):
                found.append((0, i, ex.span_text(i, phrase[-1].i)))
            continue
        if low in lex.to_preps and 0 < i - cue_right <= 3:
            phrase = _phrase(ex, i + 1, e + 1, stop)
            if phrase and not _audience(phrase) and (_is_medium(ex, phrase) or _is_org(phrase)):
                found.append((1, i, ex.span_text(i, phrase[-1].i)))
            else:
                # "a déclaré à DW Briana Pobiner": the recogniser glued the medium to the name
                # (which is the subject: read past it)
                glued = _phrase(ex, i + 1, e + 1, content)
                if len(glued) >= 3 and _glued_outlet(glued):
                    found.append((1, i, ex.span_text(i, glued[0].i)))
            continue
        if lex.lang == "en" and low == "to" and i > s and doc[i - 1].lemma_ in ("take", "rush", "turn") and \
                ex.in_quote[i] < 0:
            phrase = _phrase(ex, i + 1, e + 1, stop)
            cut = next((n for n, x in enumerate(phrase) if x.pos_ in ("PART", "VERB", "ADP")), len(phrase))
            phrase = phrase[:cut]
            if phrase and len(phrase) <= 4 and _is_medium(ex, phrase):
                # "taking to social media"; "rushed to Twitter to accuse": the medium gone to
                first = i - 1 if doc[i - 1].lemma_ == "take" else i
                found.append((1, first, ex.span_text(first, phrase[-1].i)))
            continue
        if low in lex.via_preps and t.pos_ == "ADP":
            phrase = _phrase(ex, i + 1, e + 1, stop)
            # an outlet's name alone does not make "par le journal X pour …" a via (an agent)
            if lex.lang == "en" and len(phrase) == 1 and phrase[0].tag_ == "NNS":
                continue  # "commented on reports that …": a bare plural names no medium
            if phrase and _is_medium(ex, phrase[:6], outlets=low != "par" and len(phrase) <= 6):
                found.append((2, i, ex.span_text(i, phrase[-1].i)))
    if not found:
        return None
    return min(found)[2]
