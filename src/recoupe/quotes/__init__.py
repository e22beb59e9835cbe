"""Reported speech: the ``recoupe_quotes`` spaCy component (``Doc._.quotes``).

    marks.py     quotation-mark pairing over paragraphs (hand-written state machine)
    extract.py   direct / indirect / mixed units and their cues
    speakers.py  speaker resolution (fullest name, pronouns, roles, anonymous sources)
    via.py       the medium the words came through
    lexicon.py   the word lists of ``recoupe/data`` (cues_*.txt, via_*.txt, speaker_roles.txt)

What a unit is, and what ``text``/``speaker``/``cue``/``via`` mean, is defined by
``eval/quotes/GUIDELINES.md``. Every ``Quote`` satisfies ``doc.text[start:end] == text``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Quote
from .extract import Extractor
from .lexicon import Lexicon, lexicon
from .speakers import POSSESSIVES, Speakers, present_participle, refine_subject
from .via import find_via

__all__ = ["QuoteExtractor", "extract_quotes", "make_quotes"]

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


def extract_quotes(doc: Doc, lex: Lexicon | None = None) -> list[Quote]:
    """The reported-speech units of a parsed ``doc`` (its text: paragraphs joined by "\\n")."""
    lex = lex or lexicon(doc.lang_)
    ex = Extractor(doc, lex)
    units = ex.run()
    spans = [(u.start, u.end) for u in units]
    for u in units:
        refine_subject(ex, u, spans)
    people = Speakers.of(doc, lex, ex.in_quote, ex.text)
    people.drop_subjects_in(spans)
    quotes: list[Quote] = []
    previous: tuple[str | None, int] | None = None
    last_via: tuple[str | None, int, str | None, int] | None = None  # speaker, sentence, via, cue end
    for u in units:
        mention = None
        if not u.inherit and u.cue and _first_person(ex, u):
            continue  # "I cannot believe that …", "nous appelons à …": the author's own words
        if u.inherit:
            speaker = None
            if previous is not None and _close(ex, previous[1], u.paragraph):
                speaker = previous[0]
            if speaker is None and u.kind == "direct":
                # a quote standing alone after the person was introduced ("X a la solution
                # radicale : …" then « … »): the last subject named in this or the paragraph before
                # (also after a unit nobody could be named for: "Le rapport conclut que … . Corentin
                # Malvaux a la solution : …" then « … »)
                speaker = people.subject_since(_paragraph_start(ex, u.paragraph), u.start)
        else:
            earlier = False
            if u.cue and len(u.subject) == 1 and u.subject[0].lower_ in ("il", "it") and any(
                    c.dep_ in ("aux:pass", "auxpass") for c in ex.doc[u.cue[1]].children):
                u.subject = []  # "il a été rapporté que": impersonal, the speaker goes on
                # but not to "Il avait été rapporté précédemment que …", "It was reported earlier
                # that …": an earlier report of nobody named, not the last speaker's
                earlier = any(c.lower_ in _EARLIER or (c.dep_ == "aux:tense" and "Imp" in c.morph.get("Tense"))
                              for c in ex.doc[u.cue[1]].children)
            speaker = u.speaker or people.resolve(u.subject, u.anchor, u.paragraph)
            if speaker is None and lex.lang == "fr" and len(u.subject) == 1 and \
                    u.subject[0].lower_ in lex.plural_pronouns:
                speaker = _plural_antecedent(ex, u.subject[0])  # "Les dockers … « … », scandaient-ils"
            if u.subject:
                mention = ex.span_text(u.subject[0].i, u.subject[-1].i)
            if speaker is None and not u.subject and u.cue and (
                    (lex.lang == "fr" and present_participle(ex.doc[u.cue[1]])) or (
                    lex.lang == "en" and u.cue[0] > 0 and ex.doc[u.cue[0] - 1].lower_ == "to" and
                    ex.doc[u.cue[1]].tag_ == "VB")):
                # "X a épinglé Y …, se plaignant que …": a participle speaks for the person named
                # as a subject earlier in its sentence (the parse may hang it anywhere); so does an
                # infinitive of purpose ("Jane Holt, the Eastbrook MP, took to the stage to claim
                # that …")
                left = u.cue[0]
                speaker = people.subject_since(ex.doc[_sentence_start(ex, left)].idx, ex.doc[left].idx)
            if speaker is None and not u.subject and u.cue and lex.lang == "en" and _opening_participle(ex, u):
                # "Holt has given a blunt reaction to the vote.\nSimply remarking, “Whatever.”": a
                # participle opening its sentence speaks for the person last named as a subject
                speaker = people.subject_since(_paragraph_start(ex, u.paragraph), ex.doc[u.cue[0]].idx)
            if speaker is None and not u.subject and previous is not None and not earlier and \
                    _close(ex, previous[1], u.paragraph):
                speaker = previous[0]  # "…, précisant que …": the speaker goes on
        if speaker is not None and _no_one(speaker):
            speaker = None  # "on apprend que", a stray "l’" or "-t": nobody can be named
        if speaker is not None and lex.lang == "fr":
            speaker = _without_full_stop(speaker)
            mention = _without_full_stop(mention) if mention else mention
        people.record(u.anchor, speaker, u.paragraph, u.subject)
        previous = (speaker, u.last_paragraph)
        cue = ex.span_text(*u.cue) if u.cue else None
        via = find_via(ex, u, {t.i for t in u.subject}) if u.cue else u.via
        if via is None and u.subject and u.subject[0].lower_ in POSSESSIVES and any(
                t.lemma_.lower() in lex.media for t in u.subject):
            via = mention  # "déclare sa page d'appel": the person's medium
        if lex.lang == "en" and u.cue:
            sent = _sentence_start(ex, u.cue[0])
            if via is None and speaker is not None and last_via is not None and last_via[0] == speaker and \
                    last_via[1] == sent and last_via[3] < u.cue[0] and not any(
                    c.dep_.startswith("nsubj") for c in ex.doc[u.cue[1]].children):
                # "In an interview with the Eastbrook Courier, Holt called … and accused …", "Holt
                # told the Courier that …, insisting …": the speaker's second report in the
                # sentence came through the same medium
                via = last_via[2]
            last_via = (speaker, sent, via, u.cue[1])
        text = ex.text[u.start:u.end]
        quotes.append(Quote(id="", doc_id="", kind=u.kind, text=text, start=u.start, end=u.end,
                            speaker=speaker, speaker_id=None, speaker_mention=mention, cue=cue,
                            via=via, cluster=""))
    return quotes


#: Adverbs dating an impersonal report before the article ("il avait été rapporté précédemment").
_EARLIER = frozenset({"précédemment", "auparavant", "antérieurement", "previously", "earlier"})

#: a cue whose subject is one of these, outside quotation marks, is the author speaking
_FIRST_PERSON = frozenset({"i", "we", "je", "j'", "j’", "nous"})

def _first_person(ex: Extractor, u) -> bool:
    """The cue's subject (read by the extractor, or the verb's nominal subject) is "I", "we",
    "je" or "nous", outside quotation marks."""
    subj = list(u.subject)
    if not subj:
        subj = [c for k in range(u.cue[0], u.cue[1] + 1) for c in ex.doc[k].children if c.dep_.startswith("nsubj")]
    return len(subj) == 1 and subj[0].lower_ in _FIRST_PERSON and ex.in_quote[subj[0].i] < 0


#: what a speaker phrase can be reduced to when the parse gives nobody: indefinite and
#: demonstrative pronouns, elided articles, complementisers, the "-t-" of an inversion
_NOBODY = frozenset({"on", "-on", "-t-on", "l'on", "l’on", "c'", "c’", "ce", "cela", "ça", "ceci", "l'", "l’", "que", "qu'", "qu’", "qui",
                     "t", "-t", "-t-", "it", "this", "that", "one"})


def _no_one(speaker: str) -> bool:
    """``speaker`` names nobody: a pronoun or a fragment of the parse, not a name or a role."""
    s = speaker.strip().lower()
    return s in _NOBODY or not any(ch.isalpha() for ch in s)


def _without_full_stop(name: str) -> str:
    """French: "l'homme politique du PdV." — the sentence's full stop the tokenizer glued to a
    mixed-case acronym (or a long word) is no part of the speaker; "Jr.", "M.", "Inc.", "U.S." keep theirs."""
    if not name.endswith(".") or name.endswith(".."):
        return name
    word = name[:-1].split()[-1] if name[:-1].split() else ""
    if "." not in word and (len(word) > 3 or any(ch.isupper() for ch in word[1:])):
        return name[:-1]
    return name


def _plural_antecedent(ex: Extractor, pronoun) -> str | None:
    """French: the last plural noun phrase that is a subject before ``pronoun`` ("Les dockers
    ont manifesté. Ils réclament …"), outside quotation marks, in its paragraph or the one
    before, agreeing in gender with "elles"; as written."""
    doc = ex.doc
    fem = pronoun.lower_.endswith("elles")
    floor = ex.line_starts[max(ex.para(pronoun.idx) - 1, 0)]
    for k in range(pronoun.i - 1, -1, -1):
        t = doc[k]
        if t.idx < floor:
            break
        if not t.dep_.startswith("nsubj") or ex.in_quote[k] >= 0 or t.pos_ not in ("NOUN", "PROPN") or \
                "Plur" not in t.morph.get("Number"):
            continue
        if fem and "Fem" not in t.morph.get("Gender"):
            return None
        np = ex.np_around(t)
        return ex.span_text(np[0].i, np[-1].i) if np else None
    return None


def _close(ex: Extractor, before: int, now: int) -> bool:
    """Paragraph ``now`` follows paragraph ``before`` with only blank lines or short captions
    in between (``CAPTION_WORDS``)."""
    from .extract import CAPTION_WORDS

    if now - before > 6:
        return False
    for p in range(before + 1, now):
        a = ex.line_starts[p]
        b = ex.line_starts[p + 1] - 1 if p + 1 < len(ex.line_starts) else len(ex.text)
        if len(ex.text[a:b].split()) > CAPTION_WORDS:
            return False
    return True


def _opening_participle(ex: Extractor, u) -> bool:
    """The cue of ``u`` is a present participle with only adverbs before it in its sentence
    ("Simply remarking, …")."""
    doc = ex.doc
    left, right = u.cue
    if doc[right].tag_ != "VBG":
        return False
    s = _sentence_start(ex, left)
    return all(t.pos_ == "ADV" or t.is_space for t in doc[s:left])


def _sentence_start(ex: Extractor, i: int) -> int:
    """The first token of the sentence holding token ``i``, within its paragraph."""
    return ex.sentence_start(i, ex.tok(ex.para_bounds(ex.doc[i].idx)[0]))


def _paragraph_start(ex: Extractor, now: int) -> int:
    """Where the paragraph before paragraph ``now`` starts, skipping blank lines and captions
    (as ``_close``); paragraph ``now`` itself when none is close."""
    for p in range(now - 1, max(-1, now - 7), -1):
        if _close(ex, p, now) and ex.text[ex.line_starts[p]:ex.line_starts[p + 1] if p + 1 < len(ex.line_starts)
                                          else len(ex.text)].strip():
            return ex.line_starts[p]
    return ex.line_starts[now]


class QuoteExtractor:
    """The pipeline component: word lists are read once, at creation."""

    def __init__(self, lang: str) -> None:
        self.lex = lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, self.lex)
        return doc


@Language.factory("recoupe_quotes", assigns=["doc._.quotes"], requires=["token.dep", "token.lemma", "doc.ents"])
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp.lang)
