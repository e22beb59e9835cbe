"""Offline text features shared by events and statements: words, light stems, stop words.

No spaCy ``Doc`` reaches this stage (the store keeps records, not parses), so terms come from a
regex tokenizer over the cleaned text. Stems are hand-written on purpose: a *truncation* stemmer
(accents folded, first ``STEM_PREFIX`` letters) is the known light-stemming baseline in
information retrieval (prefix-n truncation); it handles French and English alike, needs no model
and no other dependency, and is fast enough for 100k documents.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

#: our word lists (``src/recoupe/data/stories/``, described in ``data/README.md``)
DATA = Path(__file__).resolve().parent.parent / "data" / "stories"

#: Stems keep the first 6 letters: long enough to keep "sanction" apart from "sanitaire"
#: ("sancti"/"sanita"), short enough to join "sévère"/"sévères", "attaque"/"attaqué"/"attaquer".
#: Chosen by reading the stems of the seed articles (5 vs 6 vs 7 letters); 6 had the fewest
#: false joins for the fewest missed plurals.
STEM_PREFIX = 6
#: Words shorter than this carry no topic (articles, pronouns, "ont", "été").
MIN_WORD = 3

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
#: inverted verb-pronoun forms ("a-t-il", "dit-elle", "peut-on") are reporting, not topic
_INVERSION = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous)$", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[ .,]\d{3})*(?:[.,]\d+)?")


def fold(text: str) -> str:
    """Lower case without accents ("Biélorussie" → "bielorussie")."""
    if text.isascii():
        return text.lower()
    return _fold_cached(text) if len(text) < 40 else _fold(text)


@lru_cache(maxsize=500_000)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's French and English stop words (copied into ``data/stories/stopwords_{fr,en}.txt``:
    importing ``spacy.lang.fr`` compiles its tokenizer exceptions, ~6 s), plus ours from
    ``data/stories/stopwords.txt`` (news function words spaCy lacks), all folded."""
    words: set[str] = set()
    for name in ("stopwords_fr.txt", "stopwords_en.txt", "stopwords.txt"):
        words.update(read_list(name))
    return frozenset(words)


def read_list(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``data/stories/NAME``, folded."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def words(text: str) -> list[str]:
    """Folded content words: elisions cut ("l'armée" → "armee"), stop words and short words out."""
    stops = stop_words()
    out = []
    for match in _WORD.finditer(text):
        word = fold(_ELISION.sub("", match.group()))
        if len(word) >= MIN_WORD and word not in stops and not _INVERSION.search(word):
            out.append(word)
    return out


def surface_words(text: str) -> list[str]:
    """Content words in lower-case surface form, accents kept (for labels); stem with
    ``stem(fold(word))``."""
    stops = stop_words()
    out = []
    for match in _WORD.finditer(text):
        word = _ELISION.sub("", match.group()).lower()
        if len(word) >= MIN_WORD and fold(word) not in stops and not _INVERSION.search(word):
            out.append(word)
    return out


def terms(text: str) -> list[tuple[str, str]]:
    """(stem, lower-case surface word) of each content word, in order (for tf-idf and labels)."""
    out = []
    for match in _WORD.finditer(text):
        found = _term(match.group())
        if found is not None:
            out.append(found)
    return out


@lru_cache(maxsize=500_000)
def _term(raw: str) -> tuple[str, str] | None:
    word = _ELISION.sub("", raw).lower()
    folded = fold(word)
    if len(word) < MIN_WORD or folded in stop_words() or _INVERSION.search(word):
        return None
    return stem(folded), word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return word[:STEM_PREFIX]


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def numbers(text: str) -> frozenset[str]:
    """The figures a text gives, normalised ("300 000" and "300.000" → "300000")."""
    return frozenset(re.sub(r"[ .,]", "", n) for n in _NUMBER.findall(text) if len(n) > 0)


#: Background documents assumed beside the corpus, in which no term occurs: without them, in a
#: small collection the actors every article shares (all five seeds are about Lukashenko and
#: Belarus) get an idf of ~0 and the articles fall apart into singleton threads. With 40, the
#: five seeds analysed alone form one thread; on seeds + news-dev/fr thread B-cubed F1 goes
#: 0.558 → 0.597 (P 0.841, R 0.463), events unchanged (1.0); 10 and 20 gave 0.542 and 0.550.
#: Negligible once the corpus has thousands of documents.
PRIOR_DOCS = 40


def weigh(counts: Counter[str], df: dict[str, int], n_docs: int, top: int) -> dict[str, float]:
    """tf-idf ((1 + log tf) · log((N+M+1)/(df+1)) + smoothing, M = ``PRIOR_DOCS``), the ``top``
    heaviest, L2-normalised."""
    weights = {}
    for term, tf in counts.items():
        idf = math.log((n_docs + PRIOR_DOCS + 1) / (df.get(term, 0) + 1)) + 0.1
        weights[term] = (1.0 + math.log(tf)) * idf
    best = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return normalise(dict(best))


def normalise(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse vectors already L2-normalised."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def add_into(total: dict[str, float], vector: dict[str, float], keep: int) -> dict[str, float]:
    """``total + vector``, truncated to the ``keep`` heaviest keys (centroids stay small)."""
    merged = dict(total)
    for k, v in vector.items():
        merged[k] = merged.get(k, 0.0) + v
    if len(merged) > keep:
        merged = dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
    return merged
