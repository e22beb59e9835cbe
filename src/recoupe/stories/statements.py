"""Statements: the same words of the same speaker, reported by several documents.

Two quotes are one statement when they have the same speaker (entity id, or the folded surname
when no id is known) and their content overlaps, even translated or paraphrased differently
("la réponse sera la plus sévère" / "notre réponse sera la plus cruelle"). Content overlap is
the best of two offline measures: the idf-weighted overlap coefficient of light stems (robust to
word order and to extra context around a paraphrase; common words of the dossier weigh little)
and rapidfuzz's ``ratio`` on folded text (near-verbatim copies with small spelling changes).
``token_set_ratio`` was tried and dropped: it scores 100 whenever one quote's words contain the
other's, which joined different sentences of one speaker on the seed articles. Quotes without a speaker join only on
near-identical text.

Candidates come from an inverted index on (speaker, stem) pairs, of which only the most recent
postings are read, so grouping is linear in the number of quotes. Cluster ids are
``s-<first quote id>`` and stay stable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .features import fold, numbers, stems
from .spill import CAPACITY, Backing, MemoryBacking, SpillDict, same

# Calibrated on hand-written paraphrase pairs (tests/test_stories_grouping.py) and on the
# quotes of the seed articles through ``recoupe analyze``: 0.5 joins "la réponse sera la plus sévère" with "notre
# réponse sera la plus cruelle" (2 of 3 stems shared on the shorter side) and keeps apart two
# different sentences of the same press conference (which share ≤ 1 content stem in 4+).
SAME_SPEAKER_SIMILARITY = 0.5
#: without a known speaker on one side, only near-identical wording joins
NO_SPEAKER_SIMILARITY = 0.85
#: two quotes of one document are one statement only when (nearly) repeated verbatim
SAME_DOC_SIMILARITY = 0.9
#: candidate search bounds (as in events.py)
POSTING_SCAN, CANDIDATES, MEMBERS_COMPARED = 40, 10, 4
#: fewer shared stems than this never joins (one shared word is chance)
MIN_SHARED_STEMS = 2
#: fuzzy measures are used only on quotes with at least this many content stems (on the seeds +
#: news-dev/fr, one-to-three-word scare quotes « harcèlement », « risque grave » otherwise joined
#: unrelated articles)
MIN_STEMS_FUZZY = 4
#: a short quote joins another only if identical and at least this long (characters)
MIN_VERBATIM = 25


@dataclass(slots=True)
class QuoteInfo:
    """What statements and corroboration need of one quote (kept in the index state)."""

    id: str
    doc_id: str
    text: str
    speaker: str | None
    speaker_keys: tuple[str, ...]
    stems: tuple[str, ...]
    numbers: tuple[str, ...] = ()
    negated: bool = False
    unverified: bool = False
    denial: bool = False
    via: str | None = None
    date: str | None = None
    start: int = 0
    end: int = 0
    cluster: str = ""

    def to_state(self) -> list:
        return [self.id, self.doc_id, self.text, self.speaker, list(self.speaker_keys), list(self.stems),
                list(self.numbers), self.negated, self.unverified, self.denial, self.via, self.date,
                self.start, self.end, self.cluster]

    @classmethod
    def from_state(cls, s: list) -> QuoteInfo:
        return cls(s[0], s[1], s[2], s[3], tuple(s[4]), tuple(s[5]), tuple(s[6]), *s[7:])


def speaker_keys(speaker: str | None, speaker_id: str | None) -> tuple[str, ...]:
    """Keys under which a speaker is matched: the entity id and the folded surname."""
    keys = []
    if speaker_id and not speaker_id.startswith("key:"):
        keys.append(f"id:{speaker_id}")
    if speaker:
        names = [w for w in fold(speaker).replace("’", "'").split() if w[:1].isalpha() and len(w) > 2]
        if names:
            keys.append(f"n:{names[-1]}")
    return tuple(keys)


def content(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Distinct stems in order and the figures of a quote."""
    return tuple(dict.fromkeys(stems(text))), tuple(sorted(numbers(text)))


def similarity(a: QuoteInfo, b: QuoteInfo, idf=None) -> float:
    """Content overlap of two quotes in [0, 1]: the overlap coefficient of their stems, each
    stem weighted by its idf when ``idf`` is given (so that the speaker's usual topic words,
    "Biélorussie", "guerre", do not join two different sentences); 0 below 2 shared stems."""
    sa, sb = set(a.stems), set(b.stems)
    shared = sa & sb
    if len(shared) < MIN_SHARED_STEMS:
        # one shared word is chance, except for a short quote repeated word for word
        return 1.0 if sa and fold(a.text) == fold(b.text) and len(a.text) >= MIN_VERBATIM else 0.0
    weight = idf or (lambda s: 1.0)
    wa, wb, ws = sum(weight(s) for s in sa), sum(weight(s) for s in sb), sum(weight(s) for s in shared)
    # the mean of the overlap coefficient (a shortened quote inside a longer report scores 1)
    # and Dice (a long and a short quote sharing two topic words score low): on the seeds the
    # overlap coefficient alone joined different sentences of one speaker
    overlap = (ws / min(wa, wb) + 2 * ws / (wa + wb)) / 2 if wa and wb else 0.0
    return max(overlap, verbatim(a, b))


def verbatim(a: QuoteInfo, b: QuoteInfo) -> float:
    """Whole-string similarity (for quotes without a speaker: only near-identical wording)."""
    if min(len(a.stems), len(b.stems)) < MIN_STEMS_FUZZY:
        return 1.0 if fold(a.text) == fold(b.text) and len(a.text) >= MIN_VERBATIM else 0.0
    return fuzz.ratio(fold(a.text), fold(b.text)) / 100.0


class StatementGroups:
    """Statement clusters grown one quote at a time.

    ``quotes`` (id → QuoteInfo) and ``members`` (cluster id → quote ids) are ``SpillDict``s over
    ``backing`` (bounded memory); the postings, trimmed per key, stay in memory."""

    def __init__(self, backing: Backing | None = None, capacity: int = CAPACITY) -> None:
        backing = backing if backing is not None else MemoryBacking()
        self.quotes: SpillDict[QuoteInfo] = SpillDict(backing, "quote", QuoteInfo.to_state, QuoteInfo.from_state, capacity)
        self.members: SpillDict[list[str]] = SpillDict(backing, "members", same, list, capacity)
        self.postings: dict[str, list[str]] = {}
        #: stem → idf, set by the index from its document frequencies (None: unweighted)
        self.idf: Callable[[str], float] | None = None

    def add(self, q: QuoteInfo) -> str:
        known = self.quotes.get(q.id)
        if known is not None and known.cluster:
            return known.cluster
        hits: dict[str, int] = {}
        keys = self._keys(q)
        for key in keys:
            for cid in self.postings.get(key, ())[-POSTING_SCAN:]:
                hits[cid] = hits.get(cid, 0) + 1
        best, best_score = None, 0.0
        for cid in sorted(hits, key=lambda c: -hits[c])[:CANDIDATES]:
            score = self._score(q, cid)
            if score > best_score:
                best, best_score = cid, score
        cid = best or f"s-{q.id}"
        q.cluster = cid
        self.quotes[q.id] = q
        members = self.members.get(cid) or []
        members.append(q.id)
        self.members[cid] = members
        for key in keys:
            plist = self.postings.setdefault(key, [])
            if not plist or plist[-1] != cid:
                plist.append(cid)
            if len(plist) > POSTING_SCAN * 10:
                del plist[: len(plist) - POSTING_SCAN * 2]
        return cid

    @staticmethod
    def _keys(q: QuoteInfo) -> list[str]:
        speakers = q.speaker_keys or ("?",)
        return [f"{s}|{stem}" for s in speakers for stem in q.stems]

    def _score(self, q: QuoteInfo, cid: str) -> float:
        best = 0.0
        for qid in self.members[cid][:MEMBERS_COMPARED]:
            other = self.quotes[qid]
            same_speaker = bool(set(q.speaker_keys) & set(other.speaker_keys))
            if same_speaker:
                sim = similarity(q, other, self.idf)
                needed = SAME_DOC_SIMILARITY if other.doc_id == q.doc_id else SAME_SPEAKER_SIMILARITY
            elif not q.speaker_keys or not other.speaker_keys:
                # one side has no speaker: only near-identical wording joins
                sim = verbatim(q, other)
                needed = max(NO_SPEAKER_SIMILARITY, SAME_DOC_SIMILARITY if other.doc_id == q.doc_id else 0)
            else:
                continue  # two different known speakers never make one statement
            if sim >= needed:
                best = max(best, sim)
        return best

    def sync(self) -> None:
        self.quotes.sync()
        self.members.sync()

    def to_state(self) -> dict:
        """The postings (quotes and members are in the backing: ``sync`` first)."""
        return {"postings": self.postings}

    @classmethod
    def from_state(cls, state: dict, backing: Backing | None = None, capacity: int = CAPACITY) -> StatementGroups:
        """From ``to_state`` and its backing; a version-1 state (quotes listed in the state) is
        moved into the backing."""
        self = cls(backing, capacity)
        members: dict[str, list[str]] = {}
        for s in state.get("quotes", []):
            q = QuoteInfo.from_state(s)
            self.quotes[q.id] = q
            members.setdefault(q.cluster, []).append(q.id)
        for cid, ids in members.items():
            self.members[cid] = ids
        self.postings = {k: list(v) for k, v in state.get("postings", {}).items()}
        return self
