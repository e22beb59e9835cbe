"""English-only rules of the quote extractor (see eval/quotes/GUIDELINES.md, NOTES_en.md).

Hooked into ``extract.Extractor`` at these places, all for ``lang == "en"`` only (besides
``ends_in_quote``, ``glued_end``, ``own_report`` and ``finite_clause``, small tests the generic
passes ask):

* ``fix_marks``: English quotation habits the generic pairing (``marks.py``) does not know —
  a quote run over paragraphs that are not re-opened and closed later with an attribution
  after it (``"We hope …\\nWe must …," said X.``), a paragraph whose opening mark was lost
  (``The first duty …," the letter says.``), a paragraph broken inside a sentence (``the
  E.U.\\nhas made clear …``), a fragment quoted in a narrative sentence that does not run
  on into the next paragraph's quotation, single quotes over paragraphs (British style,
  re-opened at each paragraph) and plural possessives that are no closing mark.
* ``refine``: after the three passes, drops what English news does not report as speech (cues
  in the infinitive "to say", agentless passives "it was announced that"), trims glosses the
  author adds after the content ("…, even as a new poll shows", "…, just days before"),
  trailing attributions ("…, Reuters reports") and datelines ("WASHINGTON — …"), and adds
  the units the generic passes miss: a quote followed by a long subject then its verb, a
  quoted fragment closing its sentence before the cue ("What happens next is “up to X,” said
  Y."), a sentence followed by ", X argued Friday." / ", X told lawmakers in a letter.", a
  label ("called X “…”", "accused X of … “…”") and a block quote without marks after "X
  continued:". It also drops polls and their respondents as speakers, embedded posts,
  counterfactual and idiomatic cues ("should have said", "all told", "only time will tell"),
  splits a coordinated second cue ("vowed that …, and said …"), moves content past an incise
  after a fronted adverbial, reads interview transcripts turn by turn and runs indirect content
  on over a paragraph broken mid-sentence.
* ``object_ok``: an object or an infinitive after a cue is reported content in English only
  when it carries a quotation ("urged MPs to vote against the deal" is not a unit;
  "called the plan a “disaster”" is).

Every rule is linear in the document and uses the parse already made.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .marks import FAMILIES, Marked, _kind, _strip
from .speakers import closing_name, name_gender, title_then_name

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Extractor, Unit

#: A quote left open at the end of a paragraph runs on through at most this many paragraphs
#: without marks when a closing mark comes next (a speech pasted one sentence per line).
MAX_RUN_ON = 8
#: At most this many tokens between a closing mark and its cue verb when they are all part of
#: the subject ("…," Speaker of the House Jane Holt and Senate leader Tom Reyes said).
LONG_SUBJECT = 18
#: A transcript line ("HOLT: …") is speech from this many words on ("COURIER: And the toll?" is
#: a question of the interviewer, not attributed to a named person anyway).
MIN_TRANSCRIPT_WORDS = 4
#: Reported content read through a misparsed object ("insisted Holt was right") has at least
#: this many words.
MIN_ZERO_THAT = 3
#: A block quote after "X continued:" runs through at most this many paragraphs.
MAX_BLOCK = 8
#: An answer of an interview (a label opening two paragraphs or more) runs through at most this
#: many paragraphs.
MAX_TURN = 16

_SAY_FORMS = frozenset({"said", "says", "say", "saying", "told", "added", "wrote", "that", "declared"})
#: Verb forms closing a trailing attribution (", Valpresse reports."), which the tagger often
#: reads as plural nouns.
_SAY_TAIL = frozenset({"reports", "reported", "says", "said", "writes", "wrote", "adds", "added"})
#: Glosses the author adds after reported content: ", even as …", ", just days before …",
#: ", hours after …". Hand-written.
_GLOSS = re.compile(r",\s+(?:even as|(?:just |only |barely )?(?:a |one |two |three |few |several |\d+ )?"
                    r"(?:minutes?|hours?|days?|weeks?|months?) (?:before|after))\b|"
                    r"\s+(?:[—–]\s*|-\s+)(?:despite|even though|even as|although|though)\b", re.I)
#: "… 226 votes -- which would be the largest defeat …": the author's comment after a dash (not a
#: parenthesis closed by a second dash).
_DASH_WHICH = re.compile(r"(?:\s+(?:--|[—–])\s*|(?<=\S)[—–])(?:which|that means)\b")
_DASH = re.compile(r"\s(?:--|[—–])\s")
#: ", with more than 100 MPs threatening to vote against": an absolute clause the author adds.
_WITH = re.compile(r",\s+with\b")
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’]+(?:,? [A-Z][A-Za-z.'’]+)*|\([^)\n]{1,30}\))\s*[—–-]+\s+")
#: Verbs that give a quoted fragment to their object ("called the plan 'a betrayal'"); read
#: by extract.py too.
LABEL_LEMMAS = frozenset({"call", "describe", "brand", "label", "accuse", "dub", "hail",
                           "criticise", "criticize", "compare"})
#: Cues only through a quoted object, read by _labels alone, not in cues_en.txt ("criticised the
#: paper for “casting aside its duty”", "compared the “apocalyptic fears” to the panic of 1998",
#: NOTES_en: mixed): "criticised Labour calls for an election" (a clause to the parser) is no
#: speech, and "criticised the mayor, commenting: “…”" keeps its quote's own cue.
_LABEL_ONLY = frozenset({"criticise", "criticize", "compare"})
#: Polls and studies are not speakers (NOTES_en: "a new poll shows …" is not speech), nor are
#: the shares of respondents they count ("53 per cent of voters said", "a majority of members").
_POLL_NOUNS = frozenset({"poll", "polling", "survey", "study", "research", "finding", "census", "questionnaire"})
#: Pictures and numbers are not speakers either ("according to a video of his remarks obtained
#: by the Courier, the mayor spoke for two minutes", "according to photographs taken by reporters",
#: "according to data from the council"): what they show is the author's report. (Not "figure":
#: "a senior Labour figure said".)
_PICTURE_NOUNS = frozenset({"video", "footage", "photograph", "photo", "image", "picture", "data", "datum", "statistic"})
_RESPONDENTS = re.compile(r"\b(?:majority|minority|half|thirds?|quarters?|fifths?|proportion|share)\s+of\b|"
                          r"\bper\s?cent\b|\bpercent\b|%", re.I)
#: Modals that make a perfect cue counterfactual or a guess ("should have announced that"):
#: nobody said it.
_COUNTERFACTUAL = frozenset({"should", "would", "could", "might", "must", "ought"})
#: Modals that make a cue a hypothesis ("one might argue that", "you could say that").
_HYPOTHETICAL = frozenset({"might", "could", "may", "can"})
#: Verbs on which "…, suggesting that" is still the speaker's words ("said …, suggesting that").
_SPEECH_HEADS = frozenset({"say", "tell", "add", "write", "tweet", "argue", "claim", "warn", "explain", "state"})
#: Finite verb tags: reported content before its cue is a clause ("The plan is dead, he said").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_AFTER_CUE_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PART", "PRON", "CCONJ"})
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADP", "ADJ", "CCONJ", "PART", "NUM"})
_DOUBLE = frozenset(c for c, f in FAMILIES.items() if f in ("c", "s"))
_DOUBLE_RE = re.compile("[" + re.escape("".join(sorted(_DOUBLE))) + "]")


# ---- quotation marks -----------------------------------------------------------------------

def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _line_of(lines: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _continued_fragment(text: str, lines, m: Marked, first: int, nxt: int) -> bool:
    """'May told the House that she would be "talking further this week to colleagues … in the
    House.\n"And I will then take the conclusions back to the EU."': a long quoted fragment left
    open at its paragraph's end goes on in the next paragraph when that one is a single quotation
    closed at its end, with no attribution after it (unlike '"in plain sight.\n"Reyes must have
    another word for it," Holt told …')."""
    if len(text[m.open_at:lines[first][1]].split()) < 8:
        return False
    a, b = lines[nxt]
    body = text[a:b].strip()
    return len(body) > 2 and body[-1] in _DOUBLE and body[-2] in ".!?…" and not _DOUBLE_RE.search(body, 1, len(body) - 1)


def fix_marks(text: str, marks: list[Marked]) -> list[Marked]:
    """English repairs of the pairing of double quotation marks (see the module docstring)."""
    lines = _lines(text)
    used = set()
    for m in marks:
        used.add(m.open_at)
        if m.closed:
            used.add(m.close_at - 1)
    out: list[Marked] = []
    skip: set[int] = set()
    for k, m in enumerate(marks):
        if k in skip:
            continue
        if m.single:
            out.append(_possessive(text, lines, m))
            continue
        first = _line_of(lines, m.open_at)
        # a fragment quoted in a narrative sentence ('was "in plain sight.') does not run on into
        # the quotation that opens the next paragraph
        nxt_line = first + 1
        while nxt_line < len(lines) and not text[lines[nxt_line][0]:lines[nxt_line][1]].strip():
            nxt_line += 1
        reopened = nxt_line < len(lines) and text[lines[nxt_line][0]:lines[nxt_line][1]].lstrip()[:1] in _DOUBLE
        if m.paragraphs > 1 and reopened:
            j = m.open_at - 1
            while j >= 0 and text[j] == " ":
                j -= 1
            word = re.search(r"(\w+)$", text[max(0, j - 20):j + 1])
            if j >= 0 and text[j].isalpha() and word and word.group(1).lower() not in _SAY_FORMS and \
                    not _continued_fragment(text, lines, m, first, nxt_line):
                end1 = lines[first][1]
                a, b = _strip(text, m.open_at + 1, end1)
                out.append(Marked(a, b, m.open_at, end1, False, 1))
                nxt = first + 1
                while nxt < len(lines) and not text[lines[nxt][0]:lines[nxt][1]].strip():
                    nxt += 1
                if nxt < len(lines):
                    o = lines[nxt][0] + len(text[lines[nxt][0]:lines[nxt][1]]) - len(text[lines[nxt][0]:lines[nxt][1]].lstrip())
                    a, b = _strip(text, o + 1, m.end)
                    if b > a:
                        out.append(Marked(a, b, o, m.close_at, m.closed, max(m.paragraphs - 1, 1)))
                continue
        # an unclosed quote ending its paragraph runs on through unmarked paragraphs to a
        # closing mark ("…," May explained.) or to a paragraph that re-opens it
        if not m.closed and m.close_at == lines[_line_of(lines, max(m.close_at - 1, m.open_at))][1]:
            merged = _run_on(text, lines, marks, k, used)
            if merged is not None:
                new, consumed = merged
                out.append(new)
                skip.update(consumed)
                continue
        out.append(m)
    # a closing mark with no opening one in its paragraph: the quote starts with the paragraph
    inside = [(m.open_at, m.close_at) for m in out]
    for ln, (a, b) in enumerate(lines):
        r = _DOUBLE_RE.search(text, a, b)  # only the first mark of the paragraph matters
        if r is None:
            continue
        i = r.start()
        if i not in used and _kind(text, i) == "close" and not any(x <= i < y for x, y in inside):
            pa = a + len(text[a:b]) - len(text[a:b].lstrip())
            if any(pa <= x < i for x, _ in inside):
                continue
            s, e = _strip(text, pa, i)
            if len(text[s:e].split()) >= 4 and text[s].isupper():
                out.append(Marked(s, e, pa, i + 1, True, 1))
    runs, swallowed = _single_run_on(text, lines, out)
    out = [m for m in out if not (m.single and m.open_at in swallowed)] + runs
    out.sort(key=lambda m: m.start)
    return out


#: Words that do not follow a plural possessive ("bears' picnic") but do follow a closing mark.
_FUNCTION_WORDS = frozenset("""a an the and or but nor on in at to for with by from of off into onto over under
    about after before as than that which who whom whose when where while if is are was were be been being
    has have had do does did will would can could should may might must said says say told added wrote
    he she it they we i you his her its their our my your him them us this these those not so yet""".split())
_SINGLE_CLOSE = re.compile(r"[\w.,!?…][’'](?![\w’'])")
_SINGLE_OPEN = re.compile(r"(?:^|:[ \t]+)[‘'](?=\w)", re.M)
_SINGLE_END = re.compile(r"[\w.,!?…][’']\s*$")
#: "…\nPublic pressure will force it to be,' he said.": a paragraph a single quote runs on into
#: closes it before an attribution (a comma, "?" or "!" before the mark, no other single mark after).
_SINGLE_ATTR = re.compile(r"[,!?][’'](?=[ \t]+[a-zA-Z][^‘’'\n]{0,80}$)", re.M)


def _possessive(text: str, lines, m: Marked) -> Marked:
    """'… like a teddy bears' picnic.': a plural possessive ("bears' picnic") is no closing
    mark when a closing one follows on the line."""
    c = m.close_at - 1
    if not (text[c - 1:c] == "s" and text[c + 1:c + 2] == " " and text[c + 2:c + 3].islower()):
        return m
    word = re.match(r"[a-z]+", text[c + 2:c + 20])
    if word is None or word.group(0) in _FUNCTION_WORDS:
        return m  # "the ratification process' on the terms": a closing mark
    end = lines[_line_of(lines, c)][1]
    r = _SINGLE_CLOSE.search(text, c + 2, end)
    if r is None or any(ch in _DOUBLE for ch in text[c:r.end()]):
        return m
    a, b = _strip(text, m.open_at + 1, r.end() - 1)
    return Marked(a, b, m.open_at, r.end(), True, 1, single=True)


def _single_run_on(text: str, lines, marks: list[Marked]) -> tuple[list[Marked], set[int]]:
    """He added: 'You're looking at millions here.\nBetween beef and fish it is mega-money.'
    — a single quote opened after a colon (or opening its paragraph) with no closing mark on
    its line runs on to the next paragraph that ends with one (at most 2 paragraphs on), or,
    British style, through paragraphs that each re-open it ('It has most of what we wanted.\n'The
    question is …') to the one that closes it — or to the last re-opened one when none does.
    Returns the new quotes and the opening offsets of the single-line ones they swallow."""
    out: list[Marked] = []
    drop: set[int] = set()
    by_open = {m.open_at: m for m in marks if m.single}
    spans = [(m.open_at, m.close_at) for m in marks]
    skip_to = -1
    for ln, (a, b) in enumerate(lines):
        if ln <= skip_to:
            continue
        o = _SINGLE_OPEN.search(text, a, b)
        if o is None:
            continue
        p = o.end() - 1
        if any(x <= p < y for x, y in spans) or _SINGLE_CLOSE.search(text, p + 1, b) or any(
                ch in _DOUBLE for ch in text[p:b]):
            continue
        unmarked = reopened = 0
        last = ln
        found = None
        for nxt in range(ln + 1, min(len(lines), ln + 1 + MAX_RUN_ON)):
            na, nb = lines[nxt]
            line = text[na:nb]
            if not line.strip():
                continue
            if any(ch in _DOUBLE for ch in line):
                break
            lead = na + len(line) - len(line.lstrip())
            if text[lead] in "‘'" and text[lead + 1:lead + 2].isalnum() and not unmarked:
                m2 = by_open.get(lead)
                if m2 is not None:  # re-opened and closed on its own line: the last paragraph
                    if not text[m2.close_at:nb].strip(" .,;!?"):
                        found = (m2.close_at - 1, True, nxt)
                        drop.add(lead)
                    elif (e := _SINGLE_END.search(line)) is not None and re.search(r"[\w,][’'][ \t]+\w", line[:e.start() + 1]):
                        # "'Holt must not give them any 'sneak preview' of the findings.'": a
                        # word quoted inside paired the re-opening mark with its opening one;
                        # the mark at the paragraph's end closes the quotation
                        found = (na + e.start() + 1, True, nxt)
                        drop.add(lead)
                    break
                if any(na <= x < nb for x, _ in spans):
                    break
                e = _SINGLE_END.search(line)
                if e is not None:
                    found = (na + e.start() + 1, True, nxt)
                    break
                reopened += 1
                last = nxt
                continue
            if any(na <= x < nb for x, _ in spans):
                break
            if reopened:  # '… laws.\nThis Agreement lets them impose laws.': the last paragraph
                e = _SINGLE_END.search(line) or _SINGLE_ATTR.search(line)
                if e is not None:
                    found = (na + e.start() + 1, True, nxt)
                break
            unmarked += 1
            if unmarked > 2:
                break
            e = _SINGLE_END.search(line)
            if e is not None:
                found = (na + e.start() + 1, True, nxt)
                break
            e = _SINGLE_ATTR.search(text, na, nb)
            if e is not None:
                found = (e.start() + 1, True, nxt)
                break
        if found is None and reopened:
            found = (lines[last][1], False, last)  # never closed: up to the last re-opened paragraph
        if found is None:
            continue
        close, closed, end_line = found
        s_, e_ = _strip(text, p + 1, close)
        out.append(Marked(s_, e_, p, close + 1 if closed else close, closed, 1 + end_line - ln, single=True))
        skip_to = end_line
    return out, drop


def _run_on(text: str, lines, marks: list[Marked], k: int, used: set[int]):
    m = marks[k]
    ln = _line_of(lines, max(m.close_at - 1, m.open_at))
    unmarked = 0
    for nxt in range(ln + 1, min(len(lines), ln + 1 + MAX_RUN_ON)):
        a, b = lines[nxt]
        line = text[a:b]
        if not line.strip():
            continue
        r = _DOUBLE_RE.search(text, a, b)
        first = r.start() if r else None
        if first is None:
            if unmarked == 0 and not line.lstrip()[:1].islower() and len(line.split()) > 60:
                return None
            unmarked += 1
            continue
        if first not in used and _kind(text, first) == "close":
            s, e = _strip(text, m.open_at + 1, first)
            return Marked(s, e, m.open_at, first + 1, True, m.paragraphs + nxt - ln), set()
        starts = a + len(line) - len(line.lstrip())
        if first == starts and 1 <= unmarked <= 2:
            # re-opened after unmarked paragraphs: one quote if it ends its own paragraph
            for j in range(k + 1, len(marks)):
                m2 = marks[j]
                if m2.open_at == first and not m2.single:
                    tail = text[m2.close_at:lines[_line_of(lines, max(m2.close_at - 1, m2.open_at))][1]]
                    if tail.strip(" .,;!?") == "":
                        return Marked(m.start, m2.end, m.open_at, m2.close_at, m2.closed,
                                      m.paragraphs + m2.paragraphs + nxt - ln), {j}
                    return None
        return None
    return None


# ---- the parse -----------------------------------------------------------------------------

#: Verbs of going to a medium before an infinitive cue: "took to Twitter to say", "rushed to
#: Twitter to accuse", "went on the radio to call", "turned to Facebook to warn".
_TOOK_TO = frozenset({"take", "rush", "turn", "go", "head", "appear"})


def _took_to(h) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in (("to",) if h.lemma_ in ("take", "rush", "turn", "head") else ("on",))
               and any(p.dep_ == "pobj" for p in c.children) for c in h.children)


def _infinitive(verb) -> bool:
    """"to say", "to announce": a cue in the infinitive reports nothing said — unless its
    governor says it was said: "went on to say", "continued to insist", "used the speech to warn",
    "took to Twitter to say", "had to admit"."""
    if not (any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or (
            verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to" and verb.tag_ == "VB")):
        return False
    h = verb.head
    if h.pos_ == "NOUN" and h.dep_ == "dobj" and h.head.lemma_ == "use" and verb.dep_ in ("relcl", "acl"):
        h = h.head  # "using a “Game of Thrones” reference to warn that …"
    if h.i != verb.i and h.pos_ == "VERB" and h.tag_ in ("VBD", "VBZ", "VBN", "VBG") and (
            (h.lemma_ in ("continue", "proceed", "use") and (h.tag_ != "VBG" or any(
                c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))) or (
            h.lemma_ in _TOOK_TO and _took_to(h)) or (
            h.lemma_ == "have" and h.tag_ == "VBD") or (
            h.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in h.children))):
        return False
    return True


def _agentless_passive(verb) -> bool:
    """"it was announced that …", "is believed to …": no speaker is said to have said it."""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)


def object_ok(ex: Extractor, a: int, b: int) -> bool:
    """An object or infinitive content (tokens a..b) is a unit in English only with a quote in it."""
    return any(ex.in_quote[k] >= 0 for k in range(a, b + 1))


def _cue_verb(ex: Extractor, u: Unit):
    doc = ex.doc
    a, b = u.cue
    return next((doc[i] for i in range(a, b + 1) if doc[i].pos_ == "VERB"), doc[b])


def refine(ex: Extractor, pending: list[int]) -> None:
    """English post-pass over ``ex.units`` (see the module docstring)."""
    doc, text = ex.doc, ex.text
    keep, split = [], []
    posts = _posts(ex)
    for u in ex.units:
        if u.cue and doc[u.cue[0]].lower_ != "according":
            verb = _cue_verb(ex, u)
            if _infinitive(verb) and u.kind == "direct" and _reanchor_colon(ex, u):
                pass  # "Cox sought to counter arguments against it: “…”": the finite verb is the cue
            elif _infinitive(verb) or (_agentless_passive(verb) and u.kind != "direct") or _not_said(verb):
                continue
        if u.kind != "direct" and u.cue and _negated_question(ex, u):
            continue  # "Holt did not say when the bridge would reopen": nothing said
        if u.kind != "direct" and u.cue and (_nobody(u) or _in_condition(_cue_verb(ex, u))):
            continue  # "No one has suggested that …", "If the council had announced that …"
        if u.kind != "direct" and u.cue and u.end <= doc[u.cue[0]].idx and _bare_participle(doc[u.cue[0]:u.cue[1] + 1]):
            continue  # "Five men were indicted, accused of hacking …": a passive participle, no speaker
        if u.kind == "direct" and u.cue is None and _signed(ex, u):
            continue  # a pull quote or an embedded post: "— Jane Holt, editor"
        if u.kind == "direct" and u.cue:
            _and_that_quote(ex, u)
        if u.kind != "direct":
            _incise_forward(ex, u)
            if u.cue and doc[u.cue[0]].lower_ != "according":
                second = _second_verb(ex, u)
                if second is None:
                    second = _participle_cue(ex, u)
                if second is None:
                    second = _label_then_verb(ex, u)
                if second is not None:
                    split.append(second)
            freed = _trim(ex, u)
            if freed is not None:
                split.append(freed)
        if u.cue and u.kind == "mixed" and doc[u.cue[0]].lower_ == "according":
            _lone_quotation(ex, u)
        if u.cue and not u.subject:
            _governor_subject(ex, u)
        if u.cue:
            _passive_label(ex, u)
            _fix_subject(ex, u)
            if _evidence_only(ex, u):
                continue
        if u.end > u.start:
            keep.append(u)
    ex.units = keep
    for second in split:  # "…, and said the display …": the second cue's own unit
        if ex.is_cue(doc[second]) and not _infinitive(doc[second]):
            ex._indirect_at(second, *ex.para_tokens(doc[second].idx))
    for u in list(ex.units):
        if u.kind != "direct":
            _run_on_broken(ex, u)
    _join_broken(ex)
    _relative_cue(ex)
    _own_words(ex)
    _call_for(ex)
    _incise_and(ex)
    _long_subject(ex, pending)
    _fragment_then_cue(ex, pending)
    _sentence_then_cue(ex)
    _as_cue(ex)
    _incise_clause(ex)
    _zero_that(ex)
    _labels(ex)
    _block_quotes(ex)
    _colon_paragraph(ex)
    _before_adding(ex)
    _manner_incise(ex, pending)
    _name_colon(ex, pending)
    _verb_colon(ex, pending)
    _transcript(ex)
    _embedded(ex, pending)
    _quoted_complement(ex)
    _act_participle(ex)
    _for_person(ex, pending)
    ex.units = [u for u in ex.units if not _poll(u) and ex.para(u.start) not in posts and not _shouted(ex, u)
                and not _caption(ex, u)]
    _repeated_captions(ex)


#: Verbs that report a claim from inside a relative clause ("the councillors he claimed were …").
_RELATIVE_CUES = frozenset({"say", "claim", "allege", "insist", "maintain", "contend"})


def _relative_cue(ex: Extractor) -> None:
    """'a reckoning with the councillors he claimed were guilty of a rush to judgment', 'unless he
    signed a “confession” he says was untrue': a cue in a relative clause whose content clause has
    its subject relativised away; the content is that clause (from its verb to its end), the
    speaker the relative clause's subject. The parser often hangs the content clause on the main
    verb ("promised … were guilty"): the unit that verb got from it is dropped."""
    doc = ex.doc
    for t in doc:
        if t.pos_ != "VERB" or t.dep_ != "relcl" or t.lemma_.lower() not in _RELATIVE_CUES or \
                ex.in_quote[t.i] >= 0 or t.i + 1 >= len(doc) or t.i < 2:
            continue
        v = doc[t.i + 1]
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if v.tag_ not in ("VBD", "VBZ", "VBP", "MD") or v.dep_ != "ccomp" or ex.in_quote[v.i] >= 0 or \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or \
                len(subj) != 1 or subj[0].right_edge.i != t.i - 1 or subj[0].left_edge.i < 1:
            continue
        h = subj[0].left_edge.i - 1
        while h > 0 and doc[h].is_punct and ex.in_quote[h - 1] >= 0:
            h -= 1  # 'a “confession” he says': the head noun inside its marks
        if doc[h].pos_ not in ("NOUN", "PROPN") or doc[h].lower_ == "what":
            continue  # ("what she claimed were “legally binding” changes": a quoted label, not this)
        floor, limit = ex.para_tokens(t.idx)
        b = min(v.right_edge.i, ex.sentence_end(v.i, limit))
        while b > v.i and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        owner = [u for u in ex.units if u.kind != "direct" and u.cue and v.head.i == _cue_verb(ex, u).i and
                 u.start <= v.idx < u.end]
        if not owner and any(ex.used[x] for x in range(subj[0].left_edge.i, b + 1)):
            continue
        for u in owner:  # "promised a reckoning with the councillors he claimed were …": no unit
            ex.units.remove(u)
            for x in range(min(u.cue[0], ex.tok(u.start)), max(u.cue[1], ex.tok(u.end - 1)) + 1):
                ex.used[x] = 0
        a_, b_ = v.idx, doc[b].idx + len(doc[b].text)
        kind = "mixed" if any(a_ <= m.open_at < b_ for m in ex.marks) else "indirect"
        u = _add(ex, kind, a_, b_, (t.i, t.i))
        if subj[0].lower_ in ("he", "she"):
            # "… was made against author Tom Reyes unless he signed a “confession” he claims was
            # untrue": the person named last before the pronoun in its sentence, outside marks
            near = [e for e in doc.ents if e.label_ == "PERSON" and t.sent.start <= e.start and
                    e.end <= subj[0].i and ex.in_quote[e.start] < 0 and len(e) > 1]
            if near:
                u.speaker = near[-1].text


def _and_that_quote(ex: Extractor, u: Unit) -> None:
    """"Dan Okoro said in a statement that the offer is insufficient and that 'the council
    requires the full report.'": a quotation opening the second of two "that" clauses of one
    cue is a fragment of one mixed unit, from the first clause (NOTES_en: coordinated clauses
    after one cue are one unit)."""
    doc = ex.doc
    left, right = u.cue
    o = ex.tok(u.start) - 1  # the opening mark
    if o < 2 or doc[o - 1].lower_ != "that" or doc[o - 2].lower_ != "and" or o - right > 60 \
            or ex.in_quote[o - 1] >= 0 or doc[left].i > o:
        return
    # the cue's own "that", before any other verb, sentence end or quotation
    j = next((k for k in range(right + 1, o - 2) if doc[k].lower_ == "that" or doc[k].pos_ in ("VERB", "AUX")
              or doc[k].text in (".", "!", "?", ";", ":") or doc[k].is_space or ex.in_quote[k] >= 0), None)
    if j is None or doc[j].lower_ != "that" or ex.in_quote[j] >= 0 or j + 2 >= o - 2:
        return
    if any(doc[k].text in (".", "!", "?", ";") or doc[k].is_space or ex.in_quote[k] >= 0 for k in range(j + 1, o - 2)):
        return
    u.kind, u.start = "mixed", doc[j + 1].idx
    ex.mark_used(j + 1, o)


def finite_clause(ex: Extractor, a: int, b: int) -> bool:
    """Tokens a..b hold a finite verb (or an imperative) outside quotation marks."""
    doc = ex.doc
    return any(ex.in_quote[x] < 0 and (doc[x].tag_ in _FINITE or (doc[x].tag_ == "VB" and doc[x].dep_ == "ROOT"))
               for x in range(a, b + 1))


def quote_opens_clause(ex: Extractor, verb, c, limit: int) -> bool:
    """The clausal complement ``c`` of cue ``verb`` opens with a quotation right after the verb
    and the parser runs the clause on past the closing mark with a phrase of three words or more
    (not a date: "said 'we will win' on Monday" is a quotation and the time it was said), opened
    by a preposition or a subordinator, before the sentence ends."""
    doc = ex.doc
    a = verb.i + 1
    if a >= len(doc) or not doc[a].is_quote or ex.in_quote[a] < 0 or c.left_edge.i not in (a, a + 1):
        return False
    m = ex.marks[ex.in_quote[a]]
    if m.open_at != doc[a].idx or not m.closed:
        return False
    close = ex.tok(m.close_at)
    if close + 1 >= len(doc) or doc[close + 1].pos_ not in ("ADP", "SCONJ"):
        return False
    end = min(c.right_edge.i, limit - 1)
    if any(doc[k].text in (".", "!", "?", ";") or doc[k].is_space for k in range(close + 1, end + 1)):
        return False
    after = [t for t in doc[close + 1:end + 1] if t.is_alpha and ex.in_quote[t.i] < 0 and
             t.ent_type_ not in ("DATE", "TIME")]
    return len(after) >= 3


def subordinate_only(ex: Extractor, a: int, b: int) -> bool:
    """Tokens a..b, fronted before a cue's clause, are only an adverbial clause of it ("Even if
    the mayor's work is done, the work of the council continues."): its verb hangs on the cue
    with a subordinator ("if", "although", "when"), so nothing in it is reported."""
    doc = ex.doc
    tops = [t for t in doc[a:b + 1] if not t.is_punct and not t.is_space and not a <= t.head.i <= b]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    return len(verbs) == 1 and verbs[0].dep_ == "advcl" and verbs[0].head.i > b and any(
        c.dep_ == "mark" and c.i < verbs[0].i for c in verbs[0].children) and all(
        t.dep_ in ("advmod", "punct") for t in tops if t is not verbs[0])


def _not_said(verb) -> bool:
    """"should have announced that …" (a counterfactual: nobody said it), "it is worth adding
    that …" (the author speaking) and "…, suggesting that …" hung on a verb that is no cue
    (the author's inference from a fact)."""
    kids = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lower_ in _COUNTERFACTUAL for c in kids) and any(c.lemma_ == "have" for c in kids):
        return True
    if any(c.lower_ in _HYPOTHETICAL and c.text.islower() for c in kids):  # (not '"…," May warned')
        return True  # "One might argue that …", "critics could say that …": nobody said it
    doc = verb.doc
    if verb.dep_ == "amod":
        return True  # "a highly charged debate"
    if verb.lower_ == "told" and verb.i > 0 and doc[verb.i - 1].lower_ == "all":
        return True  # "All told, the inquiry charged 34 people"
    if verb.lemma_ == "tell" and any(c.dep_ == "nsubj" and c.lemma_ == "time" for c in verb.children):
        return True  # "Only time will tell whether …"
    if verb.tag_ != "VBG":
        return False
    if verb.i > 0 and doc[verb.i - 1].lower_ == "worth":
        return True
    return verb.lemma_ == "suggest" and verb.dep_ == "advcl" and verb.i > 0 and doc[verb.i - 1].text == "," \
        and verb.head.lemma_.lower() not in _SPEECH_HEADS


def _shouted(ex: Extractor, u: Unit) -> bool:
    """The unit sits in a paragraph written in capitals ("JANE HOLT SAYS SHE IS VINDICATED"): a
    link to another article, not the body."""
    a, b = ex.para_bounds(u.start)
    line = ex.text[a:b]
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 4 and len(letters) >= 20 and not any(c.islower() for c in letters)


def _caption(ex: Extractor, u: Unit) -> bool:
    """An indirect unit in a photo caption: a line with no final punctuation inside the body ("Jane Holt said she was vindicated by the end of the inquiry", under her photo),
    in an article whose other lines end like sentences (NOTES_en: captions are not annotated). A
    quotation stays ("…,” said the minister": a full stop forgotten)."""
    if u.kind == "direct":
        return False
    text = ex.text
    a, b = ex.para_bounds(u.start)
    line = text[a:b].rstrip()
    if not line or not line[-1].isalnum() or u.end > a + len(line):
        return False
    if not text[b:].strip():
        # the article's last line: a caption only under another one ("… at Mar-a-Lago\nBut his
        # team said they were confident …"), not a truncated last sentence
        before = [x.rstrip() for x in text[:a].split("\n") if x.strip()]
        if not before or len(before[-1].split()) < 4 or not before[-1][-1].isalnum():
            return False
    lines = [x.rstrip() for x in text.split("\n") if len(x.split()) >= 6]
    ended = sum(1 for x in lines if x[-1] in ".!?\"'”’:)")
    return ended >= 3 and ended * 2 >= len(lines)


_WORDS = re.compile(r"\w+")


def _unended(ex: Extractor, u: Unit) -> bool:
    """The paragraph of ``u`` ends with no sentence punctuation (after any closing mark)."""
    a, b = ex.para_bounds(u.start)
    line = ex.text[a:b].rstrip()
    core = line.rstrip("".join(FAMILIES) + "'‘’ ")
    return bool(core) and core[-1] not in ".!?…"


def _repeated_captions(ex: Extractor) -> None:
    """A quotation in a line with no final full stop that the article gives again, word for word,
    in a line that ends like a sentence (a Daily Mail picture caption or pull quote repeating the
    text: "Tom Reyes wrote, 'The bridge will never reopen'" under the photo, and "Tom Reyes wrote,
    'The bridge will never reopen.'" in the body; NOTES_en: not annotated): the caption's copy goes."""
    direct = [u for u in ex.units if u.kind == "direct"]
    if len(direct) < 2:
        return
    key = {id(u): tuple(_WORDS.findall(ex.text[u.start:u.end].lower())) for u in direct}
    drop = set()
    for u in direct:
        if len(key[id(u)]) < 4 or not _unended(ex, u):
            continue
        if any(v is not u and key[id(v)] == key[id(u)] and ex.para(v.start) != ex.para(u.start)
               and not _unended(ex, v) for v in direct):
            drop.add(id(u))
    if drop:
        ex.units = [u for u in ex.units if id(u) not in drop]


_WH = frozenset({"when", "whether", "if", "how", "why", "what", "who", "where", "which"})


#: Subjects that name no speaker: a negative ("No one has ever suggested that …") or a
#: demonstrative standing for a fact ("This must explain why …").
_NOBODY_SUBJECTS = frozenset({"no one", "no-one", "nobody", "none", "this", "that"})
#: Subordinators of a condition: a cue in their clause reports nothing said.
_CONDITIONS = frozenset({"if", "unless"})


def _nobody(u: Unit) -> bool:
    """The cue's subject names nobody: "No one has ever suggested the bridge will close",
    "This must explain why the vote failed" (a fact, the author's inference)."""
    return bool(u.subject) and " ".join(t.lower_ for t in u.subject) in _NOBODY_SUBJECTS and \
        u.subject[-1].pos_ in ("PRON", "DET", "NOUN")


def _in_condition(verb) -> bool:
    """The cue is the verb of a condition, or coordinated with it: "If the council had called the
    union's bluff and announced that the depot would close, …", "unless Holt says that …" — a
    hypothesis, nobody's words."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None and v.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in v.children):
            return True
    return False


def _negated_question(ex: Extractor, u: Unit) -> bool:
    """A negated cue with an indirect question: "did not say when …", "would not say whether …"."""
    doc = ex.doc
    if doc[u.cue[0]].lower_ == "according" or u.start <= doc[u.cue[1]].idx:
        return False
    verb = _cue_verb(ex, u)
    return any(c.dep_ == "neg" for c in verb.children) and doc[ex.tok(u.start)].lower_ in _WH


def _bare_participle(cue) -> bool:
    """A cue that is a past participle without auxiliary ("accused of", "described as")."""
    return all(t.tag_ == "VBN" or t.pos_ not in ("VERB", "AUX") for t in cue) and \
        not any(c.dep_ in ("aux", "auxpass") for t in cue for c in t.children)


def _poll(u: Unit) -> bool:
    """A poll, a survey or a share of its respondents as the speaker (see ``_POLL_NOUNS``)."""
    if not u.subject:
        return bool(u.speaker) and _RESPONDENTS.search(u.speaker) is not None
    ids = {t.i for t in u.subject}
    heads = [t for t in u.subject if t.head.i not in ids or t.head.i == t.i]
    if any(t.lemma_.lower() in _POLL_NOUNS | _PICTURE_NOUNS for t in heads):
        return True
    return _RESPONDENTS.search(" ".join(t.text for t in u.subject)) is not None


_POST_SIGNATURE = re.compile(r"(?:^|\s)[—–-]\s*[^\n]{1,60}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}\s*$")
_SIGNATURE_ONLY = re.compile(r"(?:(?:https?://|pic\.twitter\.com/)\S+\s*)*[—–-]")
#: An embedded post runs over at most this many paragraphs before its signature line.
MAX_POST = 4


def _posts(ex: Extractor) -> set[int]:
    """Paragraphs of embedded posts (NOTES_en: not annotated): the signature line "— Jane Holt
    (@janeholt) March 22, 2019" and the paragraphs above it back to the previous signature or a
    paragraph ending with a colon ("Read their statements:"), or only the one paragraph above
    when no such boundary is within ``MAX_POST`` paragraphs."""
    text, lines = ex.text, ex.line_starts
    out: set[int] = set()
    paras = []
    for p, a in enumerate(lines):
        b = lines[p + 1] - 1 if p + 1 < len(lines) else len(text)
        if text[a:b].strip():
            paras.append((a, b))
    signed = [bool(_POST_SIGNATURE.search(text[a:b])) for a, b in paras]
    for k, (a, b) in enumerate(paras):
        if not signed[k]:
            continue
        out.add(ex.para(a))
        if not _SIGNATURE_ONLY.match(text[a:b].strip()):
            continue  # the post and its signature on one line
        block = []
        for j in range(k - 1, max(-1, k - 1 - MAX_POST), -1):
            pa, pb = paras[j]
            body = text[pa:pb].strip()
            if signed[j] or body.endswith(":"):
                break
            block.append(pa)
        else:  # no boundary within reach: the post is the one paragraph above its signature
            block = block[:1]
        out.update(ex.para(pa) for pa in block)
    return out


def _second_verb(ex: Extractor, u: Unit) -> int | None:
    """"He vowed that London would stay open, and said the display …", "said he was “surprised”
    and criticised the minister": a verb coordinated with the cue, with no subject of its own,
    ends the content. Returns it (it may be a cue with its own content)."""
    doc = ex.doc
    verb = _cue_verb(ex, u)
    a, b = ex.tok(u.start), ex.tok(max(u.end - 1, u.start))
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or not a < c.i <= b or ex.in_quote[c.i] >= 0 or \
                any(x.dep_.startswith("nsubj") for x in c.children):
            continue
        if not any(x.dep_ == "cc" and a < x.i < c.i for x in verb.children) or (
                c.tag_ == "VBN" and not any(x.dep_ == "aux" for x in c.children)):
            continue  # "… of Mueller's recently concluded inquiry": a participle the parser hung there
        k = c.left_edge.i - 1
        while k > a and (doc[k].is_punct or doc[k].is_space or doc[k].pos_ == "CCONJ") and ex.in_quote[k] < 0:
            k -= 1
        if k <= a or ex.words(a, k) < 3:
            return None
        u.end = doc[k].idx + len(doc[k].text)
        for x in range(k + 1, b + 1):
            ex.used[x] = 0
        if u.kind == "mixed" and not any(u.start <= m.open_at < u.end for m in ex.marks):
            u.kind = "indirect"
        return c.i
    return None


def _governor_subject(ex: Extractor, u: Unit) -> None:
    """"Gove …, using a reference to warn that …": the subject of the verbs governing the infinitive
    cue (through "use" and its object) is the speaker."""
    verb = _cue_verb(ex, u)
    h = verb.head
    if not (verb.dep_ in ("relcl", "acl") and h.pos_ == "NOUN" and h.dep_ == "dobj" and h.head.lemma_ == "use"):
        return
    for a in [h.head] + list(h.head.ancestors)[:3]:
        subj = next((c for c in a.children if c.dep_ == "nsubj" and ex.in_quote[c.i] < 0 and c.i < a.i), None)
        if subj is not None:
            u.subject = ex.np_around(subj) if subj.pos_ != "PRON" else [subj]
            return


def _lone_quotation(ex: Extractor, u: Unit) -> None:
    """'“It is over,” according to Jane Holt.': content that is one quotation is a direct unit."""
    for m in ex.marks:
        if m.open_at >= u.start - 1 and m.close_at <= u.end + 1 and not ex.text[u.start:m.open_at].strip(" “\"'‘") \
                and not ex.text[m.close_at:u.end].strip(" ,.”\"'’"):
            u.kind, u.start, u.end = "direct", m.start, m.end
            return


def _label_then_verb(ex: Extractor, u: Unit) -> int | None:
    """'Okoro, who called the vote “a farce,” said he would appeal.': a label's content ends with its
    quotation when a comma and a finite cue follow it (the relative clause is over; the verb is the
    main clause's). Returns that verb."""
    doc = ex.doc
    verb = _cue_verb(ex, u)
    if verb.lemma_.lower() not in LABEL_LEMMAS or u.start <= doc[u.cue[1]].idx:
        return None
    a, b = ex.tok(u.start), ex.tok(max(u.end - 1, u.start))
    for x in range(a + 1, b + 1):
        if ex.in_quote[x] >= 0 or doc[x].tag_ not in ("VBD", "VBZ") or ex.lemma(doc[x]) not in ex.lex.cues:
            continue
        k = x - 1
        if doc[k].text in FAMILIES and k - 1 >= a and doc[k - 1].text == "," and ex.in_quote[k - 2] >= 0:
            pass  # '“a farce,” said'
        elif not (doc[k].text == "," and ex.in_quote[k - 1] >= 0):
            continue
        if any(c.dep_.startswith("nsubj") and a <= c.i < x for c in doc[x].children):
            return None  # a clause of the content with its own subject
        u.end = doc[x - 1].idx + len(doc[x - 1].text) if doc[x - 1].text in FAMILIES else doc[x - 1].idx
        while u.end > u.start and ex.text[u.end - 1] in " ,":
            u.end -= 1
        for y in range(x, b + 1):
            ex.used[y] = 0
        return x
    return None


def _participle_cue(ex: Extractor, u: Unit) -> int | None:
    """"accused the group of “treachery,” claiming that in his “view …”": a participle cue after a
    comma that closes a quotation ends a mixed content (NOTES_en: a second cue starts a new unit).
    Returns the participle."""
    doc = ex.doc
    if u.kind != "mixed" or u.start <= doc[u.cue[1]].idx:
        return None
    a, b = ex.tok(u.start), ex.tok(max(u.end - 1, u.start))
    for x in range(a + 2, b + 1):
        if ex.in_quote[x] >= 0 or doc[x].tag_ != "VBG" or not (
                doc[x - 1].text in FAMILIES and doc[x - 2].text == "," and ex.in_quote[x - 3] >= 0):
            continue
        if ex.lemma(doc[x]) not in ex.lex.cues or ex.words(a, x - 1) < 3:
            return None
        u.end = doc[x - 2].idx
        while u.end > u.start and ex.text[u.end - 1] in " ,":
            u.end -= 1
        for y in range(x, b + 1):
            ex.used[y] = 0
        return x
    return None


#: Cues whose object is the addressee ("told Holt the bridge was closed"), not a misparsed subject.
_ADDRESSEE = frozenset({"tell", "warn", "notify", "remind", "assure", "inform", "urge", "accuse", "call"})


def _zero_that(ex: Extractor) -> None:
    """"folks who insisted Mueller was a dirty cop": the parser takes the subject of a clause
    without "that" for the cue's object; a finite verb right after that "object" shows the clause."""
    doc = ex.doc
    for ti in ex.cue_candidates:
        t = doc[ti]
        if ex.used[ti] or t.pos_ != "VERB" or t.lemma_.lower() in _ADDRESSEE | ex.lex.object_cues:
            continue
        cue = ex.is_cue(t)
        if not cue or _infinitive(t) or _not_said(t):
            continue
        d = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if d is None or d.left_edge.i != cue[1] + 1 or d.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        v = d.right_edge.i + 1
        floor, limit = ex.para_tokens(t.idx)
        if v >= limit or doc[v].tag_ not in _FINITE or ex.in_quote[v] >= 0:
            continue
        a = d.left_edge.i
        b = ex._cut(a, ex.sentence_end(a, limit))
        if b <= v or any(ex.used[x] for x in range(a, b + 1)) or ex.words(a, b) < MIN_ZERO_THAT:
            continue
        end = doc[b].idx + len(doc[b].text)
        kind = "mixed" if any(doc[a].idx <= m.open_at < end for m in ex.marks) else "indirect"
        _add(ex, kind, doc[a].idx, end, cue, stop=a)


def _incise_forward(ex: Extractor, u: Unit) -> None:
    """"While the council argues over the toll, Holt said, most residents just want the bridge."
    — content read before an incise that opens with a subordinate clause or an adverbial: the
    main clause after the incise is the content (as in ``_incise_clause``)."""
    doc = ex.doc
    if not u.cue or u.end > doc[u.cue[0]].idx or not u.subject or u.subject[-1].i >= u.cue[0]:
        return
    a0 = ex.tok(u.start)
    first = a0
    while first < u.cue[0] and doc[first].pos_ == "CCONJ":
        first += 1
    if doc[first].pos_ not in ("SCONJ", "ADP", "ADV") or doc[first].lower_ in ("that",):
        return
    k = u.cue[1] + 1
    floor, limit = ex.para_tokens(doc[u.cue[0]].idx)
    while k < limit and doc[k].pos_ == "ADV":
        k += 1
    if k + 1 >= limit or doc[k].text != ",":
        return
    a = k + 1
    b = ex._cut(a, ex.sentence_end(a, limit))
    if b <= a or any(ex.used[x] for x in range(a, b + 1)) or not finite_clause(ex, a, b) or ex.words(a, b) < 3:
        return
    for x in range(a0, ex.tok(max(u.end - 1, u.start)) + 1):
        ex.used[x] = 0
    u.start, u.end = doc[a].idx, doc[b].idx + len(doc[b].text)
    while u.end > u.start and ex.text[u.end - 1] in ".!?":
        u.end -= 1
    ex.mark_used(a, b)
    u.kind = "mixed" if any(u.start <= m.open_at < u.end for m in ex.marks) else "indirect"


def _call_for(ex: Extractor) -> None:
    """'Reyes once called for a pause in the “entire bypass agenda” until an inquiry was completed':
    a call for something whose phrase carries a quoted fragment is a mixed unit (NOTES_en), from
    after "for" to the end of the sentence (without a quotation, "called for a new ballot", none)."""
    doc = ex.doc
    for t in doc:
        if t.lemma_.lower() != "call" or t.pos_ != "VERB" or ex.used[t.i] or t.i + 2 >= len(doc):
            continue
        f = doc[t.i + 1]
        if f.lower_ != "for" or f.head.i != t.i or ex.used[f.i] or _infinitive(t) or _agentless_passive(t):
            continue
        cue = ex.is_cue(t)
        if not cue:
            continue
        floor, limit = ex.para_tokens(t.idx)
        a = f.i + 1
        b = ex._cut(a, ex.sentence_end(a, limit))
        while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        if b <= a or any(ex.used[x] for x in range(a, b + 1)) or ex.in_quote[a] >= 0 and doc[a].text not in FAMILIES:
            continue
        start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
        if not any(start <= m.open_at < end and m.open_at <= f.right_edge.idx for m in ex.marks):
            continue  # the quotation must sit in the phrase called for
        _add(ex, "mixed", start, end, cue)


#: "“…,” in Jane Holt’s own words" / "in the words of Tom Reyes, “…”": the words named as somebody's.
_OWN_WORDS_AFTER = re.compile(r"\s*,?\s+in\s+([^,;:.\n“”\"]{2,60}?)['’]s?\s+(?:own\s+)?words\b")
_WORDS_OF_BEFORE = re.compile(r"\bin\s+the\s+words\s+of\s+([^,;:.\n“”\"]{2,60}?)\s*[,:]?\s*$", re.I)


def _own_words(ex: Extractor) -> None:
    """'the report remained “flawed and unverified,” in then-mayor Jane Holt’s own words', 'the
    bypass was, in the words of Councillor Tom Reyes, “a monument to waste.”': a quotation the
    author gives as somebody's words is that person's direct unit, the cue "words"."""
    doc, text = ex.doc, ex.text
    for k, m in enumerate(ex.marks):
        if not m.closed or m.paragraphs > 1:
            continue
        o, c = ex.tok(m.open_at), ex.tok(max(m.close_at - 1, m.open_at))
        if any(ex.used[x] for x in range(o, c + 1)):
            continue
        after = _OWN_WORDS_AFTER.match(text, m.close_at, min(len(text), m.close_at + 90))
        before = None if after else _WORDS_OF_BEFORE.search(text, max(0, m.open_at - 90), m.open_at)
        found = after or before
        if not found:
            continue
        a, b = ex.tok(found.start(1)), ex.tok(found.end(1) - 1)
        if after:
            w = next((t.i for t in doc[b + 1:b + 5] if t.lower_ == "words"), None)
        else:
            w = next((t.i for t in doc[max(0, a - 3):a] if t.lower_ == "words"), None)
        if w is None or any(ex.used[x] for x in range(a, b + 1)) or ex.para(found.start(1)) != ex.para(m.open_at):
            continue
        subject = [t for t in doc[a:b + 1] if t.text not in ("'s", "’s", "'", "’")]
        if not subject or not any(t.pos_ == "PROPN" for t in subject):
            continue
        ex.add_direct(m, (w, w), subject=subject)


def _incise_and(ex: Extractor) -> None:
    """'The mayor's charity remains under investigation, Reyes said, and council members would
    keep looking into her affairs': a clause coordinated after the incise, with its own (non
    pronoun) subject and a modal of reported speech, is the same speaker's second unit (a past
    tense, "…, Holt said, and residents cheered", is the author's narration)."""
    doc = ex.doc
    for u in list(ex.units):
        if u.kind == "direct" or not u.cue or u.inherit or u.end > doc[u.cue[0]].idx or not u.subject:
            continue
        k = max([u.cue[1]] + [t.i for t in u.subject if t.i > u.cue[1]]) + 1
        floor, limit = ex.para_tokens(doc[u.cue[0]].idx)
        if k + 2 >= limit or doc[k].text != "," or doc[k + 1].lower_ != "and":
            continue
        a = k + 2
        b = ex._cut(a, ex.sentence_end(a, limit))
        while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        if b <= a or any(ex.used[x] or ex.in_quote[x] >= 0 for x in range(a, b + 1)) or \
                not finite_clause(ex, a, b) or ex.words(a, b) < 4:
            continue
        roots = [t for t in doc[a:b + 1] if not a <= t.head.i <= b or t.head.i == t.i]
        if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
            continue
        root = roots[0]
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1 or subj[0].pos_ == "PRON" or subj[0].i < a or \
                not any(c.tag_ == "MD" for c in root.children if c.i < root.i):
            continue
        start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
        kind = "mixed" if any(start <= m.open_at < end for m in ex.marks) else "indirect"
        _add(ex, kind, start, end, u.cue, subject=list(u.subject))


def _cues_after_subject(ex: Extractor):
    """The unused finite cues whose subject comes before them, with the subject and the bounds of
    the paragraph: what the incise and trailing-attribution rules start from."""
    doc = ex.doc
    for ti in ex.cue_candidates:
        t = doc[ti]
        if ex.used[ti]:
            continue
        cue = ex.is_cue(t)
        if not cue or _infinitive(t):
            continue
        floor, limit = ex.para_tokens(t.idx)
        subj = ex.subject(cue)
        if not subj or subj[-1].i >= cue[0]:
            continue
        yield t, cue, subj, floor, limit


def _incise_clause(ex: Extractor) -> None:
    """"But after waiting for months, Tom Reyes said, the council is now under pressure.": an
    incise after a fronted adverbial; the clause after it is the content."""
    doc = ex.doc
    for t, cue, subj, floor, limit in _cues_after_subject(ex):
        j = subj[0].i - 1
        k = cue[1] + 1
        while k < limit and doc[k].pos_ == "ADV":
            k += 1
        if j <= floor or doc[j].text != "," or k + 1 >= limit or doc[k].text != ",":
            continue
        s = ex.sentence_start(j, floor)
        first = s
        while first < j and doc[first].pos_ == "CCONJ":
            first += 1
        if finite_clause(ex, s, j - 1) or any(ex.used[x] or ex.in_quote[x] >= 0 for x in range(s, j)):
            continue
        a = k + 1
        b = ex._cut(a, ex.sentence_end(a, limit))
        if b <= a or any(ex.used[x] for x in range(a, b + 1)) or not finite_clause(ex, a, b) or ex.words(a, b) < 3:
            continue
        if doc[first].pos_ in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM") and doc[a].pos_ in ("AUX", "VERB", "ADV", "PART"):
            a = s  # "The bridge, Holt insisted, will reopen in May.": the incise sits inside the content
        elif doc[first].pos_ not in ("ADP", "SCONJ", "ADV"):
            continue
        end = doc[b].idx + len(doc[b].text)
        kind = "mixed" if any(doc[a].idx <= m.open_at < end for m in ex.marks) else "indirect"
        _add(ex, kind, doc[a].idx, end, cue, subject=subj)


#: A stage direction closing a transcript turn: "(Drowned out by applause.)]".
_STAGE = re.compile(r"\s*\([^()\n]{3,200}\)\]?\s*$")
_TRANSCRIPT = re.compile(r"([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}):[ \t]+(?=\S)")


def _transcript(ex: Extractor) -> None:
    """Interview transcripts: "HOLT: We will reopen the bridge." — a paragraph opened by a
    person's name and a colon is that person's words (a direct unit without a cue). A turn
    runs on through unlabelled paragraphs up to the next labelled one; a label that is no
    person's name ("Emcee") is a speaker when it opens two paragraphs of a transcript that
    has a named speaker too."""
    from .extract import Unit

    doc, text, lex = ex.doc, ex.text, ex.lex
    people = [e for e in doc.ents if e.label_ == lex.person_label]
    if not people:
        return
    lines = ex.line_starts
    paras = []
    for p, a in enumerate(lines):
        b = lines[p + 1] - 1 if p + 1 < len(lines) else len(text)
        if text[a:b].strip():
            paras.append((a, b, _TRANSCRIPT.match(text, a, b)))
    named = {}
    labelled = [(a, r.end()) for a, b, r in paras if r]
    uses: dict[str, int] = {}
    for a, b, r in paras:
        if r:
            uses[r.group(1)] = uses.get(r.group(1), 0) + 1
    for a, b, r in paras:
        if r:
            last = r.group(1).split()[-1].lower()
            # a label used once is a person named elsewhere too: "Secret Empires: How th… Best
            # Price" (an advertised book the recogniser took for a person) is no interviewee
            found = [e for e in people if e[-1].lower_ == last and (uses[r.group(1)] >= 2 or not any(
                la <= e.start_char < lb for la, lb in labelled))]
            if found:
                named[r.group(1)] = max(found, key=len).text
    if not named:
        return
    counts: dict[str, int] = {}
    for a, b, r in paras:
        if r:
            counts[r.group(1)] = counts.get(r.group(1), 0) + 1
    labels = set(named) | {k for k, n in counts.items() if n >= 2 and len(k.split()) == 1 and k[1:].islower()}
    for k, (a, b, r) in enumerate(paras):
        if not r or r.group(1) not in labels:
            continue
        start, end = r.end(), b
        # a turn runs on through unlabelled paragraphs when another labelled one follows
        run, captions = [], []
        interview = counts.get(r.group(1), 0) >= 2
        surname = r.group(1).split()[-1]
        reach = 0 if _STAGE.search(text, start, b) else MAX_TURN if interview else MAX_BLOCK  # "(Applause.)]" closes it
        for j in range(k + 1, min(len(paras), k + 1 + reach)):
            ja, jb, jr = paras[j]
            if jr:
                if jr.group(1) in labels:
                    end = run[-1] if run else end
                break
            body = text[ja:jb].strip()
            if interview and (body.endswith(":") or surname in body):
                end = run[-1] if run else end  # "Listen to X's interview here:", "X is the vice …"
                break
            if body.startswith("©"):
                # a photo caption: the answer ends before it, unless an unlabelled paragraph of the
                # answer follows it
                nxt = next((p for p in paras[j + 1:j + 3] if not text[p[0]:p[1]].strip().startswith("©")), None)
                if nxt is None or nxt[2] is not None or not text[nxt[0]:nxt[1]].strip()[:1].isalnum():
                    end = run[-1] if run else end
                    break
                captions.append((ja, jb))
                continue
            if any(ch in _DOUBLE for ch in body) or ":" in " ".join(body.split()[:5]) or not body[:1].isalnum() \
                    or _quoted_in(ex, ja, jb):
                break
            run.append(jb)
        else:
            if interview and run and (j + 1 >= len(paras) or j - k >= MAX_TURN):
                end = run[-1]  # the last answer of an interview runs to the end of the article
        while end > start and text[end - 1].isspace():
            end -= 1
        d = _STAGE.search(text, start, end)
        if d and d.start() > start:
            end = d.start()
            while end > start and text[end - 1].isspace():
                end -= 1
        body = text[start:end]
        if len(body.split()) < MIN_TRANSCRIPT_WORDS or any(ch in _DOUBLE for ch in body):
            continue
        if body.rstrip().endswith("?"):
            continue  # the interviewer's question
        ta, tb = ex.tok(start), ex.tok(end - 1)
        # units inside the turn ("I'm going to admit that …") are the speaker's words: the turn
        # replaces them; a unit reaching out of it (or a quotation in it) keeps the paragraph
        inner = [v for v in ex.units if start <= v.start and v.end <= end]
        if any(v.start < end and v.end > start and v not in inner for v in ex.units) or \
                _quoted_in(ex, start, end, captions) or \
                any(v.cue and not ta <= v.cue[0] <= tb for v in inner):
            continue
        for v in inner:
            ex.units.remove(v)
        u = Unit("direct", start, end, cue=None, paragraph=ex.para(start))
        u.speaker = named.get(r.group(1), r.group(1))
        u.anchor = a
        ex.mark_used(ta, tb)
        ex.units.append(u)


def _quoted_in(ex: Extractor, a: int, b: int, skip=()) -> bool:
    """Characters a..b hold a quotation other than a short single-quoted word or two (a label the
    speaker quotes: "saying it's 'classified'") or one in the ranges ``skip`` (photo captions)."""
    for m in ex.marks:
        if m.open_at < b and m.close_at > a and not (m.single and m.closed and len(ex.text[m.start:m.end].split()) <= 2) \
                and not any(x <= m.open_at < y for x, y in skip):
            return True
    return False


def _embedded(ex: Extractor, pending: list[int]) -> None:
    """The generic last step (a quotation claimed by a cue earlier in its sentence), with the
    English subject repairs: 'was described by sources as "90 minutes of nothing"'."""
    from .extract import MIN_EMBEDDED_WORDS

    for k in pending:
        m = ex.marks[k]
        if ex.used[ex.tok(m.start)]:
            continue
        o = ex.tok(m.open_at)
        floor, _ = ex.para_tokens(m.open_at)
        qa, qb = ex.tok(m.start), ex.tok(max(m.end - 1, m.start))
        if m.closed and ex.text[m.start:m.end].rstrip().endswith(",") and ex.words(qa, qb) >= MIN_EMBEDDED_WORDS \
                and any(ex.doc[x].pos_ in ("VERB", "AUX") for x in range(qa, qb + 1)):  # (not a title: 'on “Face the Nation,”')
            # 'Story Continued Below“He can weather anything,” said Jane Holt.': the quote's own
            # incise, whatever came before its opening mark
            _, limit = ex.para_tokens(m.close_at - 1)
            post = ex._post_cue(ex.tok(m.close_at - 1) + 1, limit)
            if post:
                _fix_subject(ex, ex.add_direct(m, post))
                continue
        s = ex.sentence_start(o, floor)
        cue = next((c for t in ex.doc[s:o] if (c := ex.is_cue(t))), None)
        if cue and _infinitive(ex.doc[cue[1]]):
            # "phrases used to describe the exit as “falling off a cliff”": a label, nobody's words
            ex.mark_used(ex.tok(m.start), ex.tok(max(m.end - 1, m.start)))
            continue
        if cue and len(ex.text[m.start:m.end].split()) >= MIN_EMBEDDED_WORDS:
            u = ex.add_direct(m, cue)
            _fix_subject(ex, u)


def _passive_label(ex: Extractor, u: Unit) -> None:
    """'Dubbed “the worst deal in history” by Tom Reyes, the plan …' (NOTES_en: in the passive
    only the quoted words are kept, as a direct unit)."""
    doc = ex.doc
    verb = _cue_verb(ex, u)
    if u.kind != "mixed" or verb.lemma_.lower() not in LABEL_LEMMAS or verb.tag_ != "VBN" or \
            any(c.dep_ == "aux" for c in verb.children):
        return
    a = ex.tok(u.start)
    if a > 0 and doc[a - 1].text in FAMILIES:
        a -= 1
    k = ex.in_quote[a]
    if k < 0:
        return
    m = ex.marks[k]
    rest = ex.text[m.close_at:u.end].strip(" ,.;")
    if m.open_at < u.start - 1 or (rest and not rest.startswith("by ")):
        return
    u.kind, u.start, u.end = "direct", m.start, m.end
    if rest:  # the agent, wherever the parser hung "by"
        by = ex.tok(ex.text.index("by ", m.close_at))
        obj = next((c for c in doc[by].children if c.dep_ == "pobj"), None)
        if obj is not None:
            u.subject = list(doc[obj.left_edge.i:obj.i + 1])


def _took_to_subject(ex: Extractor, u: Unit) -> None:
    """"Reyes took to Twitter to say that …": the subject of the verb of going is the speaker (not
    the medium the parser may offer)."""
    verb = _cue_verb(ex, u)
    h = verb.head
    if h.i == verb.i or h.lemma_ not in _TOOK_TO or verb.dep_ not in ("advcl", "xcomp") or not _took_to(h):
        return
    subj = next((c for c in h.children if c.dep_ == "nsubj" and ex.in_quote[c.i] < 0 and c.i < h.i), None)
    if subj is not None:
        u.subject = ex.np_around(subj) if subj.pos_ != "PRON" else [subj]


def _fix_subject(ex: Extractor, u: Unit) -> None:
    """'"…," May said.': a capitalised modal after the quote is the name, not an auxiliary of
    the cue; "was described by sources as": the agent of a passive cue is its speaker."""
    doc = ex.doc
    _took_to_subject(ex, u)
    a, b = u.cue
    if u.subject and u.subject[0].i < a:
        # "Senior editor at the Eastbrook Courier Jane Holt tweeted": the name closing the title
        name = closing_name(doc, a)
        if name is not None and u.subject[0].i <= name[0] and title_then_name(doc, *name) is not None:
            u.subject = list(doc[name[0]:name[1]])
    first = doc[a]
    if a < b and first.pos_ == "AUX" and first.text[:1].isupper() and a > 0 and (
            doc[a - 1].is_punct or doc[a - 1].is_space):
        u.cue = (a + 1, b)
        u.subject = [first]
        return
    verb = _cue_verb(ex, u)
    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ != "ROOT" and not any(
            c.dep_ == "aux" for c in verb.children)):  # (and 'Dubbed “…” by Tom Reyes, the plan …')
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        if by is None and verb.lemma_.lower() in LABEL_LEMMAS and u.end < len(ex.text):
            j = ex.tok(u.end)  # '“…” by Tom Reyes': the parser hung "by" on the quoted noun
            while j < len(doc) and doc[j].is_punct:
                j += 1
            if j < len(doc) and doc[j].lower_ == "by" and ex.in_quote[j] < 0:
                by = doc[j]
        if by is not None:
            objs = [x for x in by.children if x.dep_ == "pobj"]
            if objs:
                u.subject = list(doc[objs[0].left_edge.i:objs[0].i + 1])


def _as_reported_in(ex: Extractor, verb) -> list:
    """"As reported in the Eastbrook Courier, …", "as reported by the Courier": the medium that is
    the only attribution is the speaker (GUIDELINES: not the via). Its noun phrase, or []."""
    doc = ex.doc
    if verb.lemma_ != "report" or verb.i == 0 or ex.in_quote[verb.i] >= 0:
        return []
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1  # "as first reported in"
    if doc[k].lower_ != "as":
        return []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "WORK_OF_ART")) and \
                    ex.in_quote[obj.i] < 0:
                return list(doc[obj.left_edge.i:obj.i + 1])
    return []


def _run_on_broken(ex: Extractor, u: Unit) -> None:
    """"… while the party – which has pro- and anti-E.U.\nwings – has torn itself apart": a
    paragraph broken inside a sentence (a scraping artefact) goes on in the next paragraph when
    that one starts in lower case; the content runs to the end of that sentence."""
    text, doc = ex.text, ex.doc
    nl = text.find("\n", u.end)
    if nl < 0 or text[u.end:nl].strip(" .") or text[u.end - 1:u.end] in ("!", "?", "…") or \
            (text[u.end:nl].strip() == "." and not re.search(r"\b[A-Z]\.[A-Z]$", text[max(0, u.end - 4):u.end])):
        return  # (a full stop ends the content unless it closes an abbreviation: "the E.U.")
    q = nl + 1
    while q < len(text) and text[q].isspace():
        q += 1
    if q >= len(text) or not text[q].islower():
        return
    a = ex.tok(q)
    _, limit = ex.para_tokens(q)
    b = ex.sentence_end(a, limit)
    while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
        b -= 1
    if any(ex.used[x] for x in range(a, b + 1)) or ex.words(a, b) > 25:
        return
    u.end = doc[b].idx + len(doc[b].text)
    ex.mark_used(a, b)
    if u.kind == "indirect" and any(u.start <= m.open_at < u.end for m in ex.marks):
        u.kind = "mixed"


def _join_broken(ex: Extractor) -> None:
    """A sentence broken by a line end ("it would give the E.U.\\n“a veto over our ability to
    exit.”"): a unit ending its paragraph and a quote with no cue opening the next one in
    lower case are one unit."""
    text = ex.text
    by_start = {u.start: u for u in ex.units if u.kind == "direct" and u.cue is None}
    for u in list(ex.units):
        if u.kind == "direct" or u not in ex.units:
            continue
        nl = text.find("\n", u.end)
        if nl < 0 or text[u.end:nl].strip(" .,;:”\"’"):
            continue
        q = nl + 1
        while q < len(text) and text[q].isspace():
            q += 1
        k = q + 1 if q < len(text) and text[q] in _DOUBLE else q
        v = by_start.get(k)
        if v is None or not text[k:k + 1].islower():
            continue
        u.end, u.kind = v.end, "mixed"
        ex.units.remove(v)


def _signed(ex: Extractor, u: Unit) -> bool:
    text = ex.text
    nl = text.find("\n", u.end)
    if nl < 0:
        return False
    nxt = text[nl + 1:nl + 200].lstrip(" ")
    return nxt[:1] in ("—", "–") or nxt.startswith("- ")


def _trim(ex: Extractor, u: Unit) -> int | None:
    """Cut what the author adds around the content; returns the token of a governing cue
    freed by the cut ("…, councillors were insisting they see …"), if any."""
    text, doc = ex.text, ex.doc
    freed = None
    according = bool(u.cue) and doc[u.cue[0]].lower_ == "according"
    if according and u.start < doc[u.cue[0]].idx < u.end:
        # "The council has not eased those fears, according to insiders, particularly for …": a
        # clause before the incise is the content, what follows it the author's adjunct
        c = u.cue[0] - 1
        while c > ex.tok(u.start) and doc[c].is_space:
            c -= 1
        if doc[c].text == "," and finite_clause(ex, ex.tok(u.start), c - 1) and ex.words(ex.tok(u.start), c - 1) >= 3:
            u.end = doc[c - 1].idx + len(doc[c - 1].text)
    # content before the cue ("which a Justice Department official says indicates …")
    if u.cue and not according and u.start < doc[u.cue[0]].idx < u.end and u.subject and u.subject[0].idx >= u.start \
            and doc[u.cue[1]].idx + len(doc[u.cue[1]].text) < u.end:
        u.start = doc[u.cue[1]].idx + len(doc[u.cue[1]].text)
        while u.start < u.end and (text[u.start].isspace() or text[u.start] in ",:"):
            u.start += 1
    if u.cue and u.start > doc[u.cue[1]].idx and doc[u.cue[0]].lower_ != "according":
        # "With the minister vowing to rush out the 'conclusions' this week, councillors were
        # insisting …": the content stops before the clause that governs its cue
        verb = _cue_verb(ex, u)
        heads = {h.i for h in verb.ancestors}
        a, b = ex.tok(u.start), ex.tok(max(u.end - 1, u.start))
        gov = next((x for x in range(a, b + 1) if x in heads and ex.in_quote[x] < 0), None)
        if gov is not None:
            comma = next((x for x in range(gov - 1, a, -1) if doc[x].text == "," and ex.in_quote[x] < 0), None)
            if comma is not None and ex.words(a, comma - 1) >= 3:
                u.end = doc[comma - 1].idx + len(doc[comma - 1].text)
                if any(c.dep_ == "ccomp" and c.i > gov for c in doc[gov].children):
                    for x in range(comma, b + 1):  # the governor has content of its own
                        ex.used[x] = 0
                    freed = gov
    seg = text[u.start:u.end]
    glued = _GLUED.search(seg)
    if glued and len(seg[:glued.start()].split()) >= 2 and ex.in_quote[ex.tok(u.start + glued.start())] < 0:
        # "… sue the EU.Asked if …": the next sentence, glued by a lost space
        u.end = u.start + glued.start() + len(re.match(r"[^\W\d_]+", glued.group(0)).group(0))
        seg = text[u.start:u.end]
    d = _DATELINE.match(seg)
    if d and d.end() < len(seg):
        u.start += d.end()
        seg = text[u.start:u.end]
    g = _GLOSS.search(seg)
    if g and len(seg[:g.start()].split()) >= 3:
        u.end = u.start + g.start()
        seg = text[u.start:u.end]
    g = _DASH_WHICH.search(seg)
    rest = text[u.start + g.end():u.start + g.end() + 300] if g else ""
    rest = rest[:next((r.start() for r in re.finditer(r"[.!?](?:\s|$)", rest) if not re.match(r"[A-Z]\.", rest[r.start() - 1:r.start() + 1])), len(rest))]
    if g and len(seg[:g.start()].split()) >= 3 and not _DASH.search(rest) and not (
            not seg[g.start()].isspace() and re.search(r"[—–]", rest)):  # (an unspaced parenthesis closed)
        u.end = u.start + g.start()
        seg = text[u.start:u.end]
    w = _WITH.search(seg)
    if w and len(seg[:w.start()].split()) >= 3:
        t = doc[ex.tok(u.start + w.end() - 4)]
        if t.lower_ == "with" and ex.in_quote[t.i] < 0 and any(
                x.tag_ == "VBG" and x.i - t.i <= 12 and ex.in_quote[x.i] < 0 for x in t.subtree):
            u.end = u.start + w.start()  # ", with more than 100 MPs threatening to …": the author's
            seg = text[u.start:u.end]
    # ", Reuters reports" / ", the agency said" closing the content
    comma = seg.rfind(",")
    if comma > 0:
        a = ex.tok(u.start + comma) + 1
        b = ex.tok(u.end - 1)
        while b > a and doc[b].is_punct:
            b -= 1
        if 0 < b - a <= 6 and ex.in_quote[b] < 0 and (doc[b].lower_ in _SAY_TAIL or (
                doc[b].pos_ == "VERB" and doc[b].lemma_.lower() in ex.lex.cues)) and \
                all(doc[i].pos_ in _SUBJECT_POS for i in range(a, b)) and doc[a].pos_ != "ADP":
            u.end = u.start + comma
    while u.end > u.start and (text[u.end - 1].isspace() or text[u.end - 1] in ",;:"):
        u.end -= 1
    while u.start < u.end and (text[u.start].isspace() or text[u.start] in ",;:"):
        u.start += 1  # "said that, while …": the content starts after the comma
    return freed


def _add(ex: Extractor, kind: str, start: int, end: int, cue: tuple[int, int], subject=None, stop=None):
    from .extract import Unit

    u = Unit(kind, start, end, cue=cue, paragraph=ex.para(start))
    u.subject = subject if subject is not None else ex.subject(cue, stop=stop)
    u.anchor = ex.doc[cue[0]].idx
    ex.mark_used(*cue)
    ex.mark_used(ex.tok(start), ex.tok(max(end - 1, start)))
    for t in u.subject:
        ex.used[t.i] = 1
    ex.units.append(u)
    return u


def _after_opening_quote(ex: Extractor, m) -> tuple[int, int] | None:
    """For a quotation that opens its sentence: the first token after it (past a comma) and the
    token limit of the paragraph holding its end (a quote over paragraphs: the cue follows its
    end); None when the quotation does not open a sentence."""
    doc = ex.doc
    floor, _ = ex.para_tokens(m.open_at)
    _, limit = ex.para_tokens(m.close_at - 1)
    j = ex.tok(m.open_at) - 1
    while j >= floor and doc[j].is_space:
        j -= 1
    if j >= floor and doc[j].text not in (".", "!", "?", ":"):
        return None
    i = ex.tok(m.close_at - 1) + 1
    if i < limit and doc[i].text == ",":
        i += 1
    return i, limit


def _long_subject(ex: Extractor, pending: list[int]) -> None:
    """"…," Speaker of the House Jane Holt and Senate leader Tom Reyes, said in a statement."""
    doc = ex.doc
    for k in pending:
        m = ex.marks[k]
        if not m.closed or ex.used[ex.tok(m.start)]:
            continue
        after = _after_opening_quote(ex, m)
        if after is None:
            continue
        i, limit = after
        if i >= limit or doc[i].pos_ not in ("PROPN", "DET", "NOUN", "ADJ"):
            continue
        for x in range(i, min(limit, i + LONG_SUBJECT)):
            t = doc[x]
            if ex.in_quote[x] >= 0:
                break
            cue = ex.is_cue(t) if t.pos_ == "VERB" else None
            if cue:
                subject = [s for s in doc[i:cue[0]] if not s.is_punct or s.tag_ == "HYPH"]
                _add(ex, "direct", m.start, m.end, cue, subject=subject)
                ex.mark_used(ex.tok(m.open_at), ex.tok(max(m.close_at - 1, m.open_at)))
                break
            if t.pos_ not in _SUBJECT_POS and t.text not in (",", "'s", "’s") and not (
                    t.tag_ == "HYPH" and x > i and doc[x - 1].pos_ == "PROPN"):  # "Jacob Rees-Mogg"
                break


def _fragment_then_cue(ex: Extractor, pending: list[int]) -> None:
    """"What happens next is “up to Jane Holt,” said Tom Reyes.": mixed, from the sentence start."""
    doc = ex.doc
    for k in pending:
        m = ex.marks[k]
        if not m.closed or ex.used[ex.tok(m.start)]:
            continue
        floor, limit = ex.para_tokens(m.open_at)
        o, c = ex.tok(m.open_at), ex.tok(m.close_at - 1)
        s = ex.sentence_start(o, floor)
        if s >= o or any(ex.in_quote[i] >= 0 or ex.used[i] for i in range(s, o)):
            continue
        after = c + 1
        while after < limit and doc[after].is_punct and doc[after].text not in FAMILIES and doc[after].text != ",":
            after += 1
        if not (after < limit and doc[after].text == ",") and ex.text[m.start:m.end][-1:] != ",":
            continue
        if any(ex.is_cue(doc[i]) for i in range(s, o)):
            continue
        cue = ex._post_cue(after, limit)
        if cue and ex.words(s, c) >= 3:
            _add(ex, "mixed", doc[s].idx, m.end, cue)


def _sentence_then_cue(ex: Extractor) -> None:
    """"Those who … must answer for it, the editor Jane Holt argued Friday." and "…, Holt told
    lawmakers in a letter.": the sentence before the subject is the content."""
    doc = ex.doc
    for t, cue, subj, floor, limit in _cues_after_subject(ex):
        j = subj[0].i - 1  # "French Foreign Minister Jean-Yves Le Drian": the whole name
        while j > floor and ex.in_quote[j] < 0 and (doc[j].pos_ in ("PROPN", "ADJ") or doc[j].text in ("-", "‐")):
            j -= 1
        if j <= floor or doc[j].text != ",":
            continue
        subj = [x for x in doc[j + 1:subj[-1].i + 1]]
        if any(ex.used[x.i] or ex.in_quote[x.i] >= 0 for x in subj):
            continue
        end = ex.sentence_end(cue[1], limit)
        tail = doc[cue[1] + 1:end + 1]
        if any(x.pos_ in ("VERB", "AUX", "SCONJ") or ex.in_quote[x.i] >= 0 for x in tail):
            continue
        if any(x.pos_ not in _AFTER_CUE_POS and not x.is_punct for x in tail):
            continue
        comma = subj[0].i - 1
        s = ex.sentence_start(comma, floor)
        if comma - 1 < s or ex.in_quote[comma - 1] >= 0 or ex.words(s, comma - 1) < 3 or \
                not finite_clause(ex, s, comma - 1) or subordinate_only(ex, s, comma - 1):
            continue  # "Meanwhile, behind the scenes, Holt called in her deputy": no clause
        a, b = doc[s].idx, doc[comma - 1].idx + len(doc[comma - 1].text)
        inner = [u for u in ex.units if u.start < b and u.end > a]
        if any(u.start < a or u.end > b or u.kind != "indirect" for u in inner):
            continue
        if t.lemma_ == "report" and any(u.cue and u.subject and u.subject[0].i == s and doc[u.cue[1]].idx < u.start
                                        for u in inner):
            continue  # "Holt said the bridge would reopen, the Courier reported.": the relay of Holt's words
        claimed = set()
        for u in inner:
            claimed.update(range(u.cue[0], u.cue[1] + 1) if u.cue else ())
            claimed.update(x.i for x in u.subject)
            claimed.update(x for x in range(s, comma) if u.start <= doc[x].idx < u.end)
        if any(ex.used[x] for x in range(s, comma) if x not in claimed):
            continue
        for u in inner:  # "… saying it no longer wants …, Holt said": one unit
            ex.units.remove(u)
        kind = "mixed" if any(a <= mk.open_at < b for mk in ex.marks) else "indirect"
        _add(ex, kind, a, b, cue, subject=subj)


def _as_cue(ex: Extractor) -> None:
    """"The bridge will not reopen before May, as Jane Holt told the council.": the clause the
    "as X told" incise hangs on is the content."""
    doc = ex.doc
    for ti in ex.cue_candidates:
        t = doc[ti]
        if ex.used[ti] or t.dep_ != "advcl" or t.pos_ != "VERB" or _infinitive(t):
            continue
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i), None)
        h = t.head
        if mark is not None and h.i > t.i and h.pos_ in ("VERB", "AUX"):
            _as_fronted(ex, t, mark)  # "As Holt told the council, the bridge will not reopen."
            continue
        if mark is None or h.i > mark.i or h.pos_ not in ("VERB", "AUX"):
            continue
        cue = ex.is_cue(t)
        if not cue or (t.lemma_ != "tell" and any(c.dep_ == "dobj" for c in t.children)) or any(
                c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children) or any(
                ex.in_quote[x] >= 0 for x in range(t.i + 1, t.right_edge.i + 1)):
            continue  # "… as the opposition called a vote", "… came as the EU confirmed 'no …'": not an incise
        floor, limit = ex.para_tokens(t.idx)
        s = ex.sentence_start(h.i, floor)
        subj = next((c for c in h.children if c.dep_.startswith("nsubj")), None)
        a = max(s, subj.left_edge.i if subj is not None and subj.i < h.i else h.left_edge.i)
        b = mark.i - 1
        while b > a and doc[b].is_punct:
            b -= 1
        if b <= a or ex.words(a, b) < 3 or any(ex.used[x] for x in range(a, b + 1)):
            continue
        end = doc[b].idx + len(doc[b].text)
        kind = "mixed" if any(doc[a].idx <= mk.open_at < end for mk in ex.marks) else "indirect"
        _add(ex, kind, doc[a].idx, end, cue, subject=_as_reported_in(ex, t) or None)


def _as_fronted(ex: Extractor, t, mark) -> None:
    """"As Jane Holt told the council on Monday, the bridge will not reopen before May.": the
    main clause after the fronted "as X said" is the content."""
    doc = ex.doc
    floor, limit = ex.para_tokens(t.idx)
    if mark.i != ex.sentence_start(mark.i, floor) and doc[mark.i - 1].pos_ != "CCONJ":
        return
    cue = ex.is_cue(t)
    if not cue or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > t.i and t.lemma_ != "tell" for c in t.children):
        return
    k = t.right_edge.i + 1
    if k >= limit or doc[k].text != ",":
        return
    a = k + 1
    b = ex._cut(a, ex.sentence_end(a, limit))
    if b <= a or any(ex.used[x] for x in range(a, b + 1)) or not finite_clause(ex, a, b) or ex.words(a, b) < 3:
        return
    end = doc[b].idx + len(doc[b].text)
    kind = "mixed" if any(doc[a].idx <= m.open_at < end for m in ex.marks) else "indirect"
    _add(ex, kind, doc[a].idx, end, cue, subject=_as_reported_in(ex, t) or None)


def _labels(ex: Extractor) -> None:
    """"called Tom Reyes “a coward” for his vote", "accused him of … for “evil purposes”"."""
    doc = ex.doc
    only = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _LABEL_ONLY]
    for ti in sorted(set(ex.cue_candidates) | set(only)):
        t = doc[ti]
        if ex.used[ti] or t.lemma_.lower() not in LABEL_LEMMAS or t.pos_ != "VERB":
            continue
        if t.lemma_.lower() in _LABEL_ONLY:
            cue = None if ex.in_quote[ti] >= 0 else (ti, ti)
        else:
            cue = ex.is_cue(t)
        if not cue or _infinitive(t) or _agentless_passive(t):
            continue
        # (a "pobj" right under the verb is its object misparsed: "and compared the “…” to …")
        objs = [c for c in t.children if c.dep_ in ("dobj", "pobj", "oprd", "ccomp", "xcomp", "prep", "attr") and c.i > t.i]
        if not objs or not any(c.dep_ in ("dobj", "pobj") for c in objs):
            continue
        a = min(c.left_edge.i for c in objs)
        b = max(c.right_edge.i for c in objs)
        floor, limit = ex.para_tokens(t.idx)
        b = min(b, limit - 1)
        if a != cue[1] + 1 or any(ex.used[x] for x in range(a, b + 1)):
            continue
        quoted = [x for x in range(a, b + 1) if ex.in_quote[x] >= 0]
        if not quoted:
            continue
        end = max(ex.marks[ex.in_quote[x]].close_at for x in quoted)
        nxt = next((x for x in range(max(quoted) + 1, b + 1) if doc[x].idx >= end), None)
        if nxt is not None and doc[nxt].lower_ in _SETTING_PREPS and all(ex.in_quote[x] < 0 for x in range(nxt, b + 1)):
            # "calling Reyes a “coward” in the council chamber": a place or a time after the
            # quoted label is the author's setting, not the label (a reason, "for his vote", stays)
            b = nxt - 1
        end = max(end, doc[b].idx + len(doc[b].text))
        while end > doc[a].idx and (ex.text[end - 1].isspace() or ex.text[end - 1] in ",;:."):
            end -= 1
        u = _add(ex, "mixed", doc[a].idx, end, cue, stop=a)
        _took_to_subject(ex, u)
        _passive_label(ex, u)
        second = (_participle_cue(ex, u) or _label_then_verb(ex, u)) if u.kind == "mixed" else None
        if second is not None and not _infinitive(doc[second]):
            ex._indirect_at(second, *ex.para_tokens(doc[second].idx))


#: Prepositions of a place or a time phrase after a quoted label ("… a “coward” in the chamber").
_SETTING_PREPS = frozenset({"in", "at", "on", "during", "before", "after", "outside", "inside"})


def _block_quotes(ex: Extractor) -> None:
    """"Jane Holt continued:" then paragraphs without marks: one direct unit, up to a paragraph
    that speaks of a third person as its subject, holds quotation marks or a cue."""
    doc, text, lex = ex.doc, ex.text, ex.lex
    lines = ex.line_starts
    for p in range(len(lines) - 1):
        a = lines[p]
        b = lines[p + 1] - 1
        line = text[a:b].rstrip()
        if not line.endswith(":") or len(line.split()) > 8 or any(ch in _DOUBLE for ch in line):
            continue
        ta, tb = ex.tok(a), ex.tok(a + len(line) - 1)
        cue = None
        for i in range(ta, tb + 1):
            if not ex.used[i] and (cue := ex.is_cue(doc[i])):
                break
        if not cue or not ex.subject(cue):
            continue
        start = end = None
        q = p + 1
        count = 0
        while q < len(lines) and count < MAX_BLOCK:
            qa = lines[q]
            qb = lines[q + 1] - 1 if q + 1 < len(lines) else len(text)
            body = text[qa:qb].strip()
            q += 1
            if not body:
                continue
            if any(ch in _DOUBLE for ch in body) or _TRANSCRIPT.match(text, qa, qb) or _third_person(ex, qa, qb) or \
                    any(ex.used[i] for i in range(ex.tok(qa), ex.tok(max(qb - 1, qa)) + 1)):
                break
            if start is None:
                start = qa + len(text[qa:qb]) - len(text[qa:qb].lstrip())
            end = qa + len(text[qa:qb].rstrip())
            count += 1
        if start is not None and count:
            _add(ex, "direct", start, end, cue)


def _quoted_complement(ex: Extractor) -> None:
    """'Holt vowed to “fight to the end” for the bridge', 'urged residents to “stay calm.”', 'warned
    of “serious consequences”': a quotation inside the infinitive or prepositional complement of
    the cue before it is a quoted fragment of that complement (NOTES_en: mixed), the complement
    running from after the cue to the end of the sentence."""
    doc = ex.doc
    for u in ex.units:
        if u.kind != "direct" or not u.cue or u.inherit:
            continue
        k = ex.in_quote[ex.tok(u.start)]
        if k < 0:
            continue
        m = ex.marks[k]
        o = ex.tok(m.open_at)
        verb = _cue_verb(ex, u)
        gate = doc[o - 1] if o > 0 else None
        if gate is None or o - 1 <= u.cue[1] or ex.in_quote[gate.i] >= 0 or o - 1 - u.cue[1] > 4 or not (
                (gate.lower_ == "to" and gate.tag_ == "TO") or (gate.lower_ == "of" and gate.head.i == verb.i)):
            continue
        if any(doc[x].is_punct or ex.in_quote[x] >= 0 for x in range(u.cue[1] + 1, o)):
            continue
        a = u.cue[1] + 1
        floor, limit = ex.para_tokens(m.open_at)
        b = ex._cut(a, ex.sentence_end(ex.tok(max(m.close_at - 1, m.open_at)), limit))
        while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        if any(ex.used[x] and ex.in_quote[x] != k for x in range(a, b + 1)):
            continue
        u.kind, u.start = "mixed", doc[a].idx
        u.end = max(u.end, doc[b].idx + len(doc[b].text))
        ex.mark_used(a, b)


def _act_participle(ex: Extractor) -> None:
    """'Holt announced that she was quitting, hitting out at the party's leader for presiding over
    a "broken" party': the participle of a speaker's act ends the content (extract._cut); with a
    quoted fragment in its complement it is a mixed unit of its own (NOTES_en), its content from
    after the preposition to the end of the sentence, its speaker the first unit's."""
    doc = ex.doc
    from .extract import _EN_ACT_PARTICIPLES

    for u in list(ex.units):
        if u.kind == "direct" or not u.cue or u.end >= len(ex.text):
            continue
        i = ex.tok(u.end)
        while i < len(doc) and doc[i].is_punct and doc[i].text != ",":
            i += 1
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].tag_ != "VBG" or \
                doc[i + 1].lemma_.lower() not in _EN_ACT_PARTICIPLES or ex.used[i + 1] or ex.in_quote[i + 1] >= 0:
            continue
        c = i + 1
        j = c + 1
        while j < len(doc) and doc[j].dep_ == "prt" and doc[j].head.i == c:
            j += 1
        if j < len(doc) and doc[j].pos_ == "ADP" and doc[j].head.i in (c, j - 1):
            j += 1  # "lashing out at", "pointing to"
        floor, limit = ex.para_tokens(doc[c].idx)
        e = ex.sentence_end(c, limit)
        while e > j and doc[e].is_punct and doc[e].text not in FAMILIES:
            e -= 1
        if e <= j or any(ex.used[x] for x in range(j, e + 1)):
            continue
        a, b = doc[j].idx, doc[e].idx + len(doc[e].text)
        if not any(a <= m.open_at < b for m in ex.marks):
            continue  # no quoted words: a nominal complement is no unit
        _add(ex, "mixed", a, b, (c, j - 1), subject=list(u.subject))


def _for_person(ex: Extractor, pending: list[int]) -> None:
    """"For Sean Holt, the 'witch hunt' was finally over.": a sentence opened by "For" and a
    person's name, whose clause quotes words, reports that person's view (the English "pour X,"),
    a mixed unit."""
    doc, lex = ex.doc, ex.lex
    seen = set()
    for k in pending:
        m = ex.marks[k]
        if ex.used[ex.tok(m.start)] or not m.closed:
            continue
        o = ex.tok(m.open_at)
        floor, limit = ex.para_tokens(m.open_at)
        st = ex.sentence_start(o, floor)
        if st in seen or doc[st].lower_ != "for":
            continue
        seen.add(st)
        e = st + 1
        while e < o and doc[e].ent_type_ == lex.person_label and (e == st + 1 or doc[e].ent_iob_ != "B"):
            e += 1
        if e == st + 1 or doc[e].text != "," or e + 1 >= o:
            continue
        a = e + 1
        b = ex._cut(a, ex.sentence_end(o, limit))
        while b > a and doc[b].is_punct and doc[b].text not in FAMILIES:
            b -= 1
        if b < o or any(ex.used[x] for x in range(a, b + 1)) or not finite_clause(ex, a, b):
            continue
        end = max(doc[b].idx + len(doc[b].text), m.close_at if ex.tok(m.close_at - 1) <= b else 0)
        _add(ex, "mixed", doc[a].idx, end, (st, st), subject=list(doc[st + 1:e]))


def _manner_incise(ex: Extractor, pending: list[int]) -> None:
    """'“This is a scandal,” he fumed.', '“Not now,” Holt snapped.': a quotation closed by a comma,
    "?" or "!" and followed by a person (a name, "he", "she") and a verb that ends the sentence is
    that person's, whatever the verb (a manner of speaking the cue list does not hold)."""
    doc, lex = ex.doc, ex.lex
    surnames = None
    for k in pending:
        m = ex.marks[k]
        if not m.closed or ex.used[ex.tok(m.start)] or ex.text[m.open_at + 1:m.close_at - 1].rstrip()[-1:] not in (",", "?", "!") \
                or len(ex.text[m.start:m.end].split()) < 2:
            continue
        after = _after_opening_quote(ex, m)
        if after is None:
            continue
        i, limit = after
        v = i
        while v < limit and v - i < 4 and doc[v].pos_ == "PROPN" and ex.in_quote[v] < 0:
            v += 1
        if v == i and i < limit and doc[i].lower_ in lex.pronouns:
            v = i + 1
        if v == i or v >= limit:
            continue
        subject = list(doc[i:v])
        if subject[0].lower_ not in lex.pronouns:
            if surnames is None:
                surnames = _person_surnames(ex)
            if not any(t.ent_type_ == lex.person_label for t in subject) and subject[-1].text not in surnames and not (
                    len(subject) > 1 and name_gender(" ".join(t.text for t in subject))):
                continue
        t = doc[v]
        if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ") or ex.used[v] or any(
                x.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and x.i > v for x in t.children):
            continue
        e = v + 1
        while e < limit and (doc[e].pos_ in ("ADV", "PART") or doc[e].lower_ in ("back", "out")):
            e += 1
        if e < limit and doc[e].text not in (".", "!", ";") and not doc[e].is_space:
            continue
        ex.add_direct(m, (v, v), subject=subject)


def _before_adding(ex: Extractor) -> None:
    """'Okoro told the Courier that he had no regrets, adding: “I would do it again.”': the cue
    that governs the participle of a quotation's cue keeps its own content."""
    doc = ex.doc
    for u in list(ex.units):
        if u.kind != "direct" or not u.cue or doc[u.cue[1]].tag_ != "VBG" or doc[u.cue[0] - 1].text != ",":
            continue
        h = doc[u.cue[1]].head
        if h.i >= u.cue[0] or ex.used[h.i] or h.pos_ != "VERB" or _infinitive(h) or _not_said(h) or not any(
                c.dep_ == "ccomp" and h.i < c.i < u.cue[0] for c in h.children):
            continue
        floor, _ = ex.para_tokens(h.idx)
        ex._indirect_at(h.i, floor, u.cue[0] - 1)


def _colon_paragraph(ex: Extractor) -> None:
    """'Jane Holt told the Courier:\n"We have lost two years."': a quotation opening its paragraph
    with no cue of its own, after a paragraph that ends with a colon and holds an unused cue with
    a subject, is that cue's (the generic pass left it to inherit a previous speaker)."""
    doc, text = ex.doc, ex.text
    for u in ex.units:
        if u.kind != "direct" or u.cue is not None or not u.inherit:
            continue
        p = ex.para(u.start)
        a = ex.line_starts[p]
        if text[a:u.start].strip() not in _DOUBLE_STR:
            continue
        q = p - 1
        while q >= 0 and not text[ex.line_starts[q]:ex.line_starts[q + 1] - 1].strip():
            q -= 1
        if q < 0:
            continue
        pa, pb = ex.line_starts[q], ex.line_starts[q + 1] - 1
        line = text[pa:pb].rstrip()
        if not line.endswith(":") or any(ch in _DOUBLE for ch in line):
            continue
        ta, tb = ex.tok(pa), ex.tok(pa + len(line) - 1)
        cue = None
        for i in range(ta, tb + 1):
            if not ex.used[i] and ex.in_quote[i] < 0 and (cue := ex.is_cue(doc[i])) and not _infinitive(doc[i]):
                break
            cue = None
        if not cue or any(ex.used[x] for x in range(cue[1] + 1, tb)):
            continue
        subject = ex.subject(cue)
        if not subject:
            continue
        u.cue, u.subject, u.inherit, u.anchor = cue, subject, False, doc[cue[0]].idx
        ex.mark_used(*cue)
        for t in subject:
            ex.used[t.i] = 1


_DOUBLE_STR = frozenset({""}) | frozenset(_DOUBLE) | frozenset("‘'")


def _colon_verb(ex: Extractor, o: int):
    """The finite verb right before the colon that precedes token ``o`` (a quotation's opening
    mark), when its subject names a person or is a personal pronoun: "Cox shot back: “…”",
    "Holt asked: “…?”", "she boomed: “…”". Returns (verb span, subject) or None."""
    doc, lex = ex.doc, ex.lex
    floor, _ = ex.para_tokens(doc[o].idx)
    j = o - 1
    while j >= floor and doc[j].is_space:
        j -= 1
    if j - 1 < floor or doc[j].text != ":":
        return None
    v = j - 1
    while v > floor and doc[v].pos_ in ("ADP", "ADV", "PART") and doc[v].dep_ in ("prt", "advmod") and j - v <= 2:
        v -= 1  # "shot back", "hit out", "said simply"
    t = doc[v]
    end = j - 1
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP"):
        # "Cox sought to counter arguments against it: “…”": the finite verb whose object or
        # infinitive the colon ends (not through a clause of a noun: "a T-shirt reading: “…”")
        climb = t
        for _ in range(6):
            if climb.dep_ in ("acl", "relcl", "appos", "advcl", "ROOT") or climb.head.i == climb.i:
                break
            climb = climb.head
            if climb.pos_ == "VERB" and climb.tag_ in ("VBD", "VBZ", "VBP"):
                if climb.right_edge.i in (j - 1, j) and floor <= climb.i:
                    t, v = climb, climb.i
                    end = v
                break
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP") or ex.in_quote[v] >= 0 or ex.used[v]:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < v), None)
    if subj is None and t.dep_ == "conj":
        subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i), None)  # "he boomed … and sought …"
    if subj is None or ex.in_quote[subj.i] >= 0:
        return None
    if not (subj.ent_type_ == lex.person_label or subj.lower_ in lex.pronouns or (
            subj.pos_ == "PROPN" and subj.text in _person_surnames(ex))):
        return None
    left = v
    while left - 1 > subj.i and doc[left - 1].pos_ in ("AUX", "PART") and doc[left - 1].dep_ in ("aux", "neg"):
        left -= 1
    return (left, end), list(doc[subj.left_edge.i:subj.i + 1])


#: Cues that report speech only when somebody is their subject: "Hunt indicated that …" but
#: "The number of councillors indicates it is unlikely to pass" (evidence, the author's).
_SPEAKER_ONLY_CUES = frozenset({"indicate"})


#: Cues that can report an inference, not speech, and the subjects that make them one: "The
#: revelation that there will be no toll suggests that …", "This language suggests that …".
_INFERENCE_CUES = frozenset({"suggest", "indicate", "show", "imply", "signal", "mean", "prove"})
_INFERENCE_SUBJECTS = frozenset({
    "revelation", "language", "wording", "fact", "evidence", "move", "decision", "timing", "result",
    "outcome", "development", "absence", "lack", "silence", "pattern", "trend", "figure", "number",
    "datum", "data", "sign", "shift", "change", "delay", "departure", "resignation", "vote", "defeat",
    "victory", "record", "history", "experience", "episode", "incident", "event", "situation",
    "this"})


def _evidence_only(ex: Extractor, u) -> bool:
    """An indirect unit whose cue is in ``_SPEAKER_ONLY_CUES`` and whose subject names nobody
    (no person, organisation, personal pronoun or role); or whose cue may report an inference
    (``_INFERENCE_CUES``) and whose subject's head is an event or a fact, not a speaker or a
    document ("This language suggests that the work is far from over")."""
    doc, lex = ex.doc, ex.lex
    heads = [t for t in u.subject if t.head not in u.subject or t.head.i == t.i] or list(u.subject)
    if u.kind != "direct" and doc[u.cue[1]].lemma_.lower() in _INFERENCE_CUES and len(heads) == 1 and \
            heads[0].lemma_.lower() in _INFERENCE_SUBJECTS and heads[0].ent_type_ == "":
        return True
    if u.kind == "direct" or doc[u.cue[1]].lemma_.lower() not in _SPEAKER_ONLY_CUES:
        return False
    return not any(t.ent_type_ in (lex.person_label, "ORG", "NORP", "GPE") or t.lower_ in lex.pronouns
                   or t.lower_ in lex.plural_pronouns or t.lemma_.lower() in lex.roles
                   or t.lemma_.lower() in _SPEAKING_DOCUMENTS or t.lower_.removesuffix("s") in _SPEAKING_DOCUMENTS
                   for t in heads)


#: Documents and reports that speak with a "speaker-only" cue ("Court documents indicate that
#: …", "Reports have indicated that …"), unlike figures and polls.
_SPEAKING_DOCUMENTS = frozenset({"document", "report", "filing", "letter", "memo", "email", "statement",
                                 "source", "transcript", "indictment"})


def _reanchor_colon(ex: Extractor, u) -> bool:
    """A direct unit whose cue is an infinitive ("sought to counter …: “…”") takes the finite
    verb before its colon as cue, when that verb's subject is a person (see ``_colon_verb``)."""
    k = ex.in_quote[ex.tok(u.start)]
    if k < 0:
        return False
    found = _colon_verb(ex, ex.tok(ex.marks[k].open_at))
    if found is None:
        return False
    _recue(ex, u, found)
    return True


def _recue(ex: Extractor, u, found) -> None:
    """Give unit ``u`` the cue and subject ``found`` (as ``_colon_verb`` returns them), freeing
    the tokens of its old ones."""
    for x in range(u.cue[0], u.cue[1] + 1):
        ex.used[x] = 0
    for t in u.subject:
        ex.used[t.i] = 0
    u.cue, u.subject, u.anchor = found[0], found[1], ex.doc[found[0][0]].idx
    ex.mark_used(*u.cue)


def _person_surnames(ex: Extractor) -> frozenset[str]:
    label = ex.lex.person_label
    return frozenset(e[-1].text for e in ex.doc.ents if e.label_ == label)


def _verb_colon(ex: Extractor, pending: list[int]) -> None:
    """"Cox shot back: “She can rule out no-deal today.”", "Warning about the dangers, Cox asked:
    “…?”": a person's finite verb announcing a quotation with a colon is its cue, whatever the
    verb (a participle opening the sentence is no cue when such a verb follows it)."""
    for k in pending:
        m = ex.marks[k]
        if ex.used[ex.tok(m.start)] or len(ex.text[m.start:m.end].split()) < 3:
            continue
        found = _colon_verb(ex, ex.tok(m.open_at))
        if found is None:
            continue
        u = ex.add_direct(m, found[0], subject=found[1])
    for u in ex.units:
        if u.kind != "direct" or not u.cue or ex.doc[u.cue[1]].tag_ not in ("VBG", "VBN"):
            continue
        k = ex.in_quote[ex.tok(u.start)]
        if k < 0 or ex.doc[u.cue[1]].i > ex.tok(ex.marks[k].open_at):
            continue
        found = _colon_verb(ex, ex.tok(ex.marks[k].open_at))
        if found is None or found[0][0] <= u.cue[1]:
            continue
        _recue(ex, u, found)


def _name_colon(ex: Extractor, pending: list[int]) -> None:
    """'Holt: "The bridge will reopen in May."': a paragraph opened by a person's name and a colon
    before a quotation is that person's words (a direct unit without a cue)."""
    from .extract import Unit

    doc, text, lex = ex.doc, ex.text, ex.lex
    people = {e[-1].lower_ for e in doc.ents if e.label_ == lex.person_label}
    for k in pending:
        m = ex.marks[k]
        o = ex.tok(m.open_at)
        if ex.used[ex.tok(m.start)] or not m.closed:
            continue
        floor, _ = ex.para_tokens(m.open_at)
        j = o - 1
        while j >= floor and doc[j].is_space:
            j -= 1
        if j <= floor or doc[j].text != ":" or j - floor > 4:
            continue
        name = list(doc[floor:j])
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) or not (
                any(t.ent_type_ == lex.person_label for t in name) or name[-1].lower_ in people):
            continue
        _, limit = ex.para_tokens(m.close_at - 1)
        c = ex.tok(m.close_at - 1)
        if any(not doc[x].is_punct and not doc[x].is_space for x in range(c + 1, limit)):
            continue  # the quotation does not end its paragraph
        u = Unit("direct", m.start, m.end, cue=None, paragraph=ex.para(m.start))
        u.subject, u.anchor = name, doc[floor].idx
        u.last_paragraph = ex.para(max(m.end - 1, m.start))
        ex.mark_used(floor, j)
        ex.mark_used(o, c)
        ex.units.append(u)


def _third_person(ex: Extractor, a: int, b: int) -> bool:
    """The first clause of the paragraph has a third-person subject naming a person."""
    doc, lex = ex.doc, ex.lex
    for i in range(ex.tok(a), ex.tok(max(b - 1, a)) + 1):
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            if t.lower_ in lex.pronouns | lex.plural_pronouns or t.ent_type_ == lex.person_label:
                return True
            if t.pos_ in ("PROPN", "NOUN") and (t.lemma_.lower() in lex.roles or t.pos_ == "PROPN"):
                return True
            return False
        if ex.is_cue(t):
            return True
    return False


_GLUED = re.compile(r"[^\W\d_]{2,}[.!?][A-Z][a-z]+")


def glued_end(ex: Extractor, i: int, stop: int) -> int:
    """One past the token that glues two sentences ("the EU.Asked if …", a space lost when the
    page was scraped) between tokens i+1 and stop-1, else ``stop``."""
    doc = ex.doc
    for x in range(i + 1, stop):
        if ex.in_quote[x] < 0 and _GLUED.fullmatch(doc[x].text):
            return x + 1
        if ex.in_quote[x] < 0 and doc[x].text[-1:] in (".", "!", "?") and not doc[x].whitespace_ and \
                x + 1 < stop and doc[x + 1].text[:1] in FAMILIES and \
                ex.text[doc[x + 1].idx + 1:doc[x + 1].idx + 2].isupper() and \
                any(m.open_at == doc[x + 1].idx for m in ex.marks):
            return x + 1  # "… and his son Tom Reyes Jr.“The next step is …,” Holt continued."
    return stop


def own_report(ex: Extractor, m: Marked, cue: tuple[int, int]) -> bool:
    """'“It could have been done differently.” Holt revealed in July that Reyes told her …': a
    quotation closed by a full stop, then a cue with its own "that" clause, is not that cue's."""
    if ex.text[m.start:m.end].rstrip()[-1:] not in (".", "!", "?"):
        return False
    doc = ex.doc
    o = ex.tok(m.open_at)
    j = o - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j >= 0 and doc[j].text == ":" and ex.para(doc[j].idx) == ex.para(m.open_at) and \
            cue[0] > ex.tok(m.close_at - 1) + 1 and doc[ex.tok(m.close_at - 1) + 1].text[:1].isupper():
        return True  # 'Cox shot back: “… this one.” He then accused …': announced by its colon
    verb = doc[cue[1]]
    return any(c.dep_ == "ccomp" and c.i > verb.i and ex.in_quote[c.i] < 0 for c in verb.children)


def ends_in_quote(ex: Extractor, i: int, limit: int) -> bool:
    """Token ``i`` is a full stop inside a quotation whose closing mark (token i+1) is followed
    by a capitalised word: '… relationships.” According to …'."""
    doc = ex.doc
    if i + 2 >= limit or doc[i].text not in (".", "!", "?") or ex.in_quote[i] < 0:
        return False
    close = doc[i + 1]
    if close.text not in FAMILIES or ex.in_quote[i + 1] != ex.in_quote[i]:
        return False
    nxt = doc[i + 2]
    if nxt.is_alpha and nxt.pos_ == "PROPN" and ex.in_quote[nxt.i] < 0:
        # '… is “hiding in plain sight.” Reyes has also tried …': a name that is the subject of
        # a verb other than a cue opens a new sentence (not '“… end.” Holt said')
        h = nxt
        while h.dep_ in ("compound", "flat") and h.head.i > h.i:
            h = h.head
        return h.dep_.startswith("nsubj") and h.head.i > h.i and h.head.pos_ in ("VERB", "AUX") and \
            ex.is_cue(h.head) is None
    return nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ != "PROPN" and nxt.lower_ not in ("i",)
