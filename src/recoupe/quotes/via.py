"""The medium reported speech reached the article through (``Quote.via``), as written.

Read in the sentence of the cue, outside the reported words: "selon l'agence … Belta",
"à CNN" after the cue verb, "told Reuters", "dans un tweet", "dans une interview diffusée …
par la télévision d'État russe", "in an interview with the BBC". A phrase is a via when one of
its nouns is a medium noun (``data/via_*.txt``) or its name is an organisation; events
("lors d'une conférence de presse") are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from .extract import Extractor, Unit

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
        if ex.in_quote[k] >= 0 and t.text not in "«»“”\"„":
            # a quoted name inside the phrase ("le journal “Ukrainska Pravda”")
            out.append(t)
            k += 1
            continue
        out.append(t)
        k += 1
    while out and out[-1].pos_ in ("ADP", "DET", "CCONJ"):
        out.pop()
    return out


def _is_medium(ex: Extractor, phrase: list[Token]) -> bool:
    media = ex.lex.media
    if any(ex.short_quote(t.i) for t in phrase):  # a quoted name: « selon “DW News” »
        return True
    for t in phrase:
        if t.lemma_.lower() in media or t.text.lower() in media:
            return True
    return False


def _is_org(phrase: list[Token]) -> bool:
    return any(t.ent_type_ in ("ORG",) for t in phrase) and not any(
        t.ent_type_ in ("PER", "PERSON", "LOC", "GPE") for t in phrase)


def find_via(ex: Extractor, u: Unit, speaker_tokens: set[int]) -> str | None:
    if u.cue is None:
        return None
    doc, lex = ex.doc, ex.lex
    cue_left, cue_right = u.cue
    pa, pb = ex.para_bounds(doc[cue_left].idx)
    floor = ex.tok(pa)
    limit = ex.tok(pb) + 1 if pb < len(ex.text) else len(doc)
    s = ex.sentence_start(cue_left, floor)
    e = ex.sentence_end(cue_right, limit)
    # reported words are not searched
    content = set(range(ex.tok(u.start), ex.tok(max(u.end - 1, u.start)) + 1))
    stop = content | set(range(cue_left, cue_right + 1))
    found: list[tuple[int, int, str]] = []
    if lex.lang == "en" and doc[cue_right].lemma_ == "tell" and cue_right + 1 <= e:
        phrase = _phrase(ex, cue_right + 1, e + 1, content)
        if phrase and (_is_medium(ex, phrase) or _is_org(phrase) or (
                phrase[-1].pos_ == "PROPN" and phrase[-1].ent_type_ not in ("PERSON", "GPE", "LOC", "NORP"))):
            found.append((1, cue_right, ex.span_text(cue_right, phrase[-1].i)))
    for i in range(s, e + 1):
        if i in stop or i in speaker_tokens:
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
            if phrase and (_is_medium(ex, phrase) or _is_org(phrase)):
                found.append((1, i, ex.span_text(i, phrase[-1].i)))
            continue
        if low in lex.via_preps and t.pos_ == "ADP":
            phrase = _phrase(ex, i + 1, e + 1, stop)
            if phrase and _is_medium(ex, phrase[:6]):
                found.append((2, i, ex.span_text(i, phrase[-1].i)))
    if not found:
        return None
    return min(found)[2]
