"""Score recoupe's quotes against a hand-annotated gold set (``eval/quotes/gold_*.jsonl``).

The rules are those of ``eval/quotes/GUIDELINES.md``:

* a predicted unit matches a gold unit of the same document when their word overlap (lower-cased
  words, punctuation dropped, counted as multisets) covers at least ``threshold`` of the longer of
  the two; matching is one-to-one, greedy by overlap (best pairs first);
* precision, recall and F1 overall and by kind, at every threshold (0.3, 0.5 and 0.8 by default);
* on the pairs matched at 50 %: kind accuracy, speaker accuracy and via accuracy;
* a gold document missing from the run counts all its units as false negatives and is listed.

Scores are kept per language (the gold record's ``lang``)::

    scores = evaluate_quotes(["eval/quotes/gold_fr.jsonl", "eval/quotes/gold_en.jsonl"],
                             "out/documents.jsonl", "out/quotes.jsonl")
    print(scores.format())
    scores.metrics()  # {"fr": {"f1@0.5": ..., "speaker_acc": ...}, "en": {...}}

``diff_quotes`` lists, document by document, what to look at when tuning the extractor.
The library never prints; the CLI and ``eval/gate.py`` do.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from recoupe.errors import InputError
from recoupe.model import Document, Quote

__all__ = [
    "KINDS",
    "Counts",
    "DocDiff",
    "GoldDoc",
    "GoldQuote",
    "LangScores",
    "QuoteScores",
    "diff_quotes",
    "evaluate_quotes",
    "format_diff",
    "match_units",
    "overlap",
    "read_gold",
    "same_speaker",
    "same_via",
    "words",
]

KINDS = ("direct", "indirect", "mixed")
#: the threshold at which kind, speaker and via are judged (GUIDELINES.md: "on matched pairs")
ATTRIBUTE_THRESHOLD = 0.5

#: Anonymous roles ("a senior official" / "senior official") are compared with rapidfuzz's
#: token_set_ratio after dropping determiners. 80 was set by hand on role pairs from the gold
#: sets: it accepts "sources familiar with the matter" vs "sources" and "un responsable
#: militaire" vs "responsable militaire de l'OTAN", and rejects "a British official" vs
#: "a French official" (score 71) and "un diplomate" vs "un ministre".
ROLE_MIN_SCORE = 80
#: Two vias name the same medium when, with the cue and function words removed, rapidfuzz's
#: token_set_ratio is at least this. token_set_ratio is 100 when one name is contained in the
#: other ("told CNN host Wolf Blitzer" vs "CNN", "the state news agency Belta" vs "Belta");
#: 80 lets spelling variants through ("Ukrainska Pravda" vs "Ukrainskaya Pravda", 94) and
#: rejects different media sharing a word ("Fox News" vs "Sky News", 67). Set by hand on the
#: via pairs of the gold sets.
VIA_MIN_SCORE = 80

# Written by hand rather than loaded from src/recoupe/data/: these few words are part of the
# *scoring definition* (what is not a medium's name in a via), and must not move when the
# extractor's cue lists are tuned.
_VIA_FILLERS = frozenset(
    """
    told tell tells telling said say says saying wrote writes according to in on at of by with
    from for an a the interview interviews statement remarks speaking spoke speech published
    aired broadcast broadcasted quoted cited reported reports report host anchor his her their
    its selon d dans un une le la les l de du des au aux a à par sur lors entretien interview
    accordé accordée diffusé diffusée publié publiée cité citée rapporté rapportée auprès
    """.split()
)
_DEFINITE = frozenset({"the", "le", "la", "les", "l"})
_DETERMINERS = frozenset(
    "a an the some one two three several un une des les le la l d de du plusieurs deux trois".split()
)
# Generational suffixes are kept as part of the surname ("Donald Trump Jr." is not "Trump").
_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Honorifics are not part of a name ("Rep. Adam Schiff" names Adam Schiff); hand-written, short.
_HONORIFICS = frozenset("mr mrs ms dr rep sen gen sir dame m mme mlle pr".split())
# A joint speaker ("Nancy Pelosi and Chuck Schumer") is matched by naming any one of them.
_JOINT = re.compile(r"\s+(?:and|et|&)\s+|\s*,\s*", re.IGNORECASE)
_WORD = re.compile(r"\w+")


# --------------------------------------------------------------------------------------------
# gold records


@dataclass(slots=True)
class GoldQuote:
    kind: str
    text: str
    speaker: str | None = None
    cue: str | None = None
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "speaker": self.speaker,
                "cue": self.cue, "via": self.via}


@dataclass(slots=True)
class GoldDoc:
    doc: str
    lang: str
    quotes: list[GoldQuote] = field(default_factory=list)


def read_gold(paths: str | Path | Iterable[str | Path]) -> list[GoldDoc]:
    """Read one or several gold files; raise ``InputError`` naming the file and line at fault."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    docs: list[GoldDoc] = []
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(str(path), f"cannot read the gold file ({exc.strerror})") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                quotes = [GoldQuote(kind=q["kind"], text=q["text"], speaker=q.get("speaker"),
                                    cue=q.get("cue"), via=q.get("via"))
                          for q in data["quotes"]]
                doc = GoldDoc(doc=data["doc"], lang=data["lang"], quotes=quotes)
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{number}",
                                 f"not a gold record ({exc!r}); see eval/quotes/GUIDELINES.md") from exc
            for q in quotes:
                if q.kind not in KINDS:
                    raise InputError(f"{path}:{number}",
                                     f"unknown kind {q.kind!r}; expected one of {', '.join(KINDS)}")
            docs.append(doc)
    return docs


def _read_jsonl(path: str | Path, what: str) -> list[dict[str, Any]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read {what} ({exc.strerror}); "
                                    "run `recoupe analyze ... --out DIR` first") from exc
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not JSON ({exc.msg})") from exc
    return records


def _find_document(gold_doc: str, documents: Sequence[Document]) -> Document | None:
    """The run's document whose path ends with the gold path (on a path-component boundary).

    When several match (the same file given twice), the first one in the export wins.
    """
    want = gold_doc.replace("\\", "/").lstrip("./")
    for document in documents:
        path = document.path.replace("\\", "/")
        if path == want or path.endswith("/" + want):
            return document
    return None


# --------------------------------------------------------------------------------------------
# comparing units


def words(text: str) -> list[str]:
    """Lower-cased words without punctuation: what the span overlap counts."""
    return _WORD.findall(text.lower().replace("_", " "))


def overlap(a: str | Sequence[str], b: str | Sequence[str]) -> float:
    """Shared words (as multisets) over the length of the longer unit, in [0, 1]."""
    wa = words(a) if isinstance(a, str) else list(a)
    wb = words(b) if isinstance(b, str) else list(b)
    longer = max(len(wa), len(wb))
    if longer == 0:
        return 0.0
    shared = sum((Counter(wa) & Counter(wb)).values())
    return shared / longer


def match_units(gold: Sequence[str], predicted: Sequence[str],
                threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching: pairs (gold index, predicted index, overlap), best first.

    Ties are broken by document order (gold first, then predicted) so results are stable.
    """
    gold_words = [words(t) for t in gold]
    pred_words = [words(t) for t in predicted]
    candidates = []
    for i, gw in enumerate(gold_words):
        for j, pw in enumerate(pred_words):
            score = overlap(gw, pw)
            if score >= threshold and score > 0:
                candidates.append((-score, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j, -neg))
    return pairs


def _norm_tokens(text: str) -> list[str]:
    return words(anyascii(text))


def _name_tokens(text: str) -> list[str]:
    tokens = _norm_tokens(text)
    tokens = [t for t in tokens if t not in _HONORIFICS] or tokens
    if len(tokens) > 1 and tokens[0] in _DEFINITE and not _is_role(text):
        tokens = tokens[1:]  # "The People's Vote" is "People's Vote": the article is no part of a name
    return tokens


def _is_role(name: str) -> bool:
    """An anonymous role as written ("a senior official", "des sources proches du dossier")."""
    stripped = name.strip()
    tokens = _norm_tokens(stripped)
    return bool(stripped) and (stripped[0].islower() or (len(tokens) > 1 and tokens[0] in
                                                         {"a", "an", "un", "une", "des"}))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """GUIDELINES.md: accent- and case-insensitive; the surname is enough when the gold name
    contains it (predicted words all in the gold name, the gold's last word among them); an
    anonymous role is compared by fuzzy ratio (``ROLE_MIN_SCORE``). A joint gold speaker
    ("X and Y") is matched by the pair as written or by either member."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if _same_name(gold, predicted):
        return True
    members = [m for m in _JOINT.split(gold) if m.strip()]
    return len(members) > 1 and any(_same_name(m, predicted) for m in members)


def _same_name(gold: str, predicted: str) -> bool:
    g, p = _name_tokens(gold), _name_tokens(predicted)
    if not g or not p:
        return g == p
    if g == p:
        return True
    surname = g[-1]
    if surname in _SUFFIXES and len(g) > 1:
        needed = {g[-2], g[-1]}
    else:
        needed = {surname}
    if set(p) <= set(g) and needed <= set(p):
        return True
    if _is_role(gold) or _is_role(predicted):
        gr = " ".join(t for t in g if t not in _DETERMINERS)
        pr = " ".join(t for t in p if t not in _DETERMINERS)
        return bool(gr and pr) and fuzz.token_set_ratio(gr, pr) >= ROLE_MIN_SCORE
    return False


def _medium(via: str) -> str:
    tokens = _norm_tokens(via)
    kept = [t for t in tokens if t not in _VIA_FILLERS]
    return " ".join(kept or tokens)


def same_via(gold: str | None, predicted: str | None) -> bool:
    """Both null, or both present and naming the same medium (``VIA_MIN_SCORE``)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = _medium(gold), _medium(predicted)
    if not g or not p:
        return g == p
    return fuzz.token_set_ratio(g, p) >= VIA_MIN_SCORE


# --------------------------------------------------------------------------------------------
# scores


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(slots=True)
class LangScores:
    """Scores of one language.

    ``spans[t]`` counts all units at threshold ``t``. ``kinds[k][t]`` follows the gold kind
    (GUIDELINES.md): ``tp``/``fn`` are the gold units of kind ``k`` matched/unmatched; ``fp`` are
    the unmatched predictions that the extractor labelled ``k`` (they have no gold kind). A match
    across kinds counts for the gold unit's kind and lowers ``kind_acc`` only.
    """

    lang: str
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    spans: dict[float, Counts] = field(default_factory=dict)
    kinds: dict[str, dict[float, Counts]] = field(default_factory=dict)
    matched: int = 0  # pairs at ATTRIBUTE_THRESHOLD
    kind_correct: int = 0
    speaker_correct: int = 0
    via_correct: int = 0
    missing_documents: list[str] = field(default_factory=list)

    @property
    def kind_acc(self) -> float | None:
        return _ratio(self.kind_correct, self.matched)

    @property
    def speaker_acc(self) -> float | None:
        return _ratio(self.speaker_correct, self.matched)

    @property
    def via_acc(self) -> float | None:
        return _ratio(self.via_correct, self.matched)

    def metrics(self) -> dict[str, float]:
        """Flat metric names, as ``eval/floors.json`` uses them (``f1@0.5``, ``speaker_acc``)."""
        out: dict[str, float] = {}
        for t, c in sorted(self.spans.items()):
            out[f"precision@{t:g}"] = c.precision
            out[f"recall@{t:g}"] = c.recall
            out[f"f1@{t:g}"] = c.f1
        for kind, by_t in self.kinds.items():
            for t, c in sorted(by_t.items()):
                out[f"{kind}.recall@{t:g}"] = c.recall
                out[f"{kind}.precision@{t:g}"] = c.precision
                out[f"{kind}.f1@{t:g}"] = c.f1
        for name in ("kind_acc", "speaker_acc", "via_acc"):
            value = getattr(self, name)
            out[name] = 0.0 if value is None else value
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang, "documents": self.documents, "gold": self.gold,
            "predicted": self.predicted,
            "spans": {f"{t:g}": c.to_dict() for t, c in sorted(self.spans.items())},
            "kinds": {k: {f"{t:g}": c.to_dict() for t, c in sorted(by_t.items())}
                      for k, by_t in self.kinds.items()},
            "matched": self.matched, "kind_acc": self.kind_acc,
            "speaker_acc": self.speaker_acc, "via_acc": self.via_acc,
            "missing_documents": list(self.missing_documents),
        }


@dataclass(slots=True)
class QuoteScores:
    thresholds: tuple[float, ...]
    langs: dict[str, LangScores] = field(default_factory=dict)

    def metrics(self) -> dict[str, dict[str, float]]:
        return {lang: s.metrics() for lang, s in self.langs.items()}

    def to_dict(self) -> dict[str, Any]:
        return {"thresholds": list(self.thresholds),
                "langs": {lang: s.to_dict() for lang, s in self.langs.items()}}

    def format(self) -> str:
        """A plain-text table, one block per language."""
        lines: list[str] = []
        for lang, s in self.langs.items():
            lines.append(f"[{lang}] {s.documents} documents, {s.gold} gold units, "
                         f"{s.predicted} predicted")
            lines.append(f"  {'':<10}{'thr':>5}{'P':>8}{'R':>8}{'F1':>8}"
                         f"{'tp':>6}{'fp':>6}{'fn':>6}")
            rows = [("all", s.spans)] + [(k, s.kinds[k]) for k in KINDS if k in s.kinds]
            for name, by_t in rows:
                for t in self.thresholds:
                    c = by_t[t]
                    lines.append(f"  {name:<10}{t:>5g}{c.precision:>8.3f}{c.recall:>8.3f}"
                                 f"{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
            def pct(v: float | None) -> str:
                return "  n/a" if v is None else f"{v:.3f}"
            lines.append(f"  on {s.matched} pairs matched at {ATTRIBUTE_THRESHOLD:g}: "
                         f"kind {pct(s.kind_acc)}  speaker {pct(s.speaker_acc)}  "
                         f"via {pct(s.via_acc)}")
            if s.missing_documents:
                lines.append(f"  missing from the run ({len(s.missing_documents)}): "
                             + ", ".join(s.missing_documents))
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# evaluation


@dataclass(slots=True)
class DocDiff:
    """What went wrong in one gold document (at one threshold)."""

    doc: str
    lang: str
    doc_id: str | None  # None: the document is missing from the run
    false_positives: list[Quote] = field(default_factory=list)
    false_negatives: list[GoldQuote] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldQuote, Quote]] = field(default_factory=list)
    wrong_via: list[tuple[GoldQuote, Quote]] = field(default_factory=list)
    wrong_kind: list[tuple[GoldQuote, Quote]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.false_positives or self.false_negatives or self.wrong_speaker
                    or self.wrong_via or self.wrong_kind)

    def to_dict(self) -> dict[str, Any]:
        pair = lambda g, q: {"gold": g.to_dict(), "predicted": q.to_dict()}  # noqa: E731
        return {
            "doc": self.doc, "lang": self.lang, "doc_id": self.doc_id,
            "false_positives": [q.to_dict() for q in self.false_positives],
            "false_negatives": [g.to_dict() for g in self.false_negatives],
            "wrong_speaker": [pair(g, q) for g, q in self.wrong_speaker],
            "wrong_via": [pair(g, q) for g, q in self.wrong_via],
            "wrong_kind": [pair(g, q) for g, q in self.wrong_kind],
        }


def _load_run(documents_jsonl: str | Path, quotes_jsonl: str | Path
              ) -> tuple[list[Document], dict[str, list[Quote]]]:
    documents = [Document.from_dict(d) for d in _read_jsonl(documents_jsonl, "documents.jsonl")]
    by_doc: dict[str, list[Quote]] = {}
    for record in _read_jsonl(quotes_jsonl, "quotes.jsonl"):
        quote = Quote.from_dict(record)
        by_doc.setdefault(quote.doc_id, []).append(quote)
    for quotes in by_doc.values():
        quotes.sort(key=lambda q: (q.start, q.end))
    return documents, by_doc


def _pairs_for(gold: GoldDoc, documents: Sequence[Document], quotes: dict[str, list[Quote]]
               ) -> tuple[Document | None, list[Quote]]:
    document = _find_document(gold.doc, documents)
    return document, (quotes.get(document.id, []) if document else [])


def evaluate_quotes(gold_path: str | Path | Iterable[str | Path],
                    documents_jsonl: str | Path, quotes_jsonl: str | Path, *,
                    thresholds: Sequence[float] = (0.3, 0.5, 0.8)) -> QuoteScores:
    """Score a run's exports against one or several gold files (see the module docstring)."""
    thresholds = tuple(sorted(set(thresholds)))
    gold_docs = read_gold(gold_path)
    documents, quotes = _load_run(documents_jsonl, quotes_jsonl)
    scores = QuoteScores(thresholds=thresholds)
    for gold in gold_docs:
        s = scores.langs.get(gold.lang)
        if s is None:
            s = scores.langs[gold.lang] = LangScores(
                lang=gold.lang, spans={t: Counts() for t in thresholds},
                kinds={k: {t: Counts() for t in thresholds} for k in KINDS})
        document, predicted = _pairs_for(gold, documents, quotes)
        s.documents += 1
        s.gold += len(gold.quotes)
        s.predicted += len(predicted)
        if document is None:
            s.missing_documents.append(gold.doc)
        gold_texts = [g.text for g in gold.quotes]
        pred_texts = [q.text for q in predicted]
        for t in thresholds:
            pairs = match_units(gold_texts, pred_texts, t)
            gi = {i for i, _, _ in pairs}
            pj = {j for _, j, _ in pairs}
            s.spans[t].add(Counts(tp=len(pairs), fp=len(predicted) - len(pj),
                                  fn=len(gold.quotes) - len(gi)))
            for i, g in enumerate(gold.quotes):
                s.kinds[g.kind][t].tp += i in gi
                s.kinds[g.kind][t].fn += i not in gi
            for j, q in enumerate(predicted):
                if j not in pj:
                    s.kinds.setdefault(q.kind, {u: Counts() for u in thresholds})[t].fp += 1
        for i, j, _ in match_units(gold_texts, pred_texts, ATTRIBUTE_THRESHOLD):
            g, q = gold.quotes[i], predicted[j]
            s.matched += 1
            s.kind_correct += g.kind == q.kind
            s.speaker_correct += same_speaker(g.speaker, q.speaker)
            s.via_correct += same_via(g.via, q.via)
    return scores


def diff_quotes(gold_path: str | Path | Iterable[str | Path],
                documents_jsonl: str | Path, quotes_jsonl: str | Path, *,
                threshold: float = ATTRIBUTE_THRESHOLD, include_clean: bool = False
                ) -> list[DocDiff]:
    """Per gold document: false positives, false negatives, and matched pairs whose speaker,
    via or kind is wrong, at ``threshold``. Clean documents are left out unless asked for."""
    documents, quotes = _load_run(documents_jsonl, quotes_jsonl)
    diffs = []
    for gold in read_gold(gold_path):
        document, predicted = _pairs_for(gold, documents, quotes)
        diff = DocDiff(doc=gold.doc, lang=gold.lang, doc_id=document.id if document else None)
        pairs = match_units([g.text for g in gold.quotes], [q.text for q in predicted], threshold)
        gi = {i for i, _, _ in pairs}
        pj = {j for _, j, _ in pairs}
        diff.false_negatives = [g for i, g in enumerate(gold.quotes) if i not in gi]
        diff.false_positives = [q for j, q in enumerate(predicted) if j not in pj]
        for i, j, _ in sorted(pairs):
            g, q = gold.quotes[i], predicted[j]
            if not same_speaker(g.speaker, q.speaker):
                diff.wrong_speaker.append((g, q))
            if not same_via(g.via, q.via):
                diff.wrong_via.append((g, q))
            if g.kind != q.kind:
                diff.wrong_kind.append((g, q))
        if include_clean or not diff.clean:
            diffs.append(diff)
    return diffs


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_diff(diffs: Sequence[DocDiff]) -> str:
    """A readable listing of ``diff_quotes``' result."""
    lines: list[str] = []
    for d in diffs:
        head = f"== {d.doc} [{d.lang}]"
        lines.append(head + (" — MISSING from the run" if d.doc_id is None else f" ({d.doc_id})"))
        for g in d.false_negatives:
            lines.append(f"  FN {g.kind:<8} {g.speaker!s:<22} {_short(g.text)}")
        for q in d.false_positives:
            lines.append(f"  FP {q.kind:<8} {q.speaker!s:<22} {_short(q.text)}")
        for g, q in d.wrong_speaker:
            lines.append(f"  SPEAKER gold={g.speaker!r} predicted={q.speaker!r}: {_short(g.text, 60)}")
        for g, q in d.wrong_via:
            lines.append(f"  VIA gold={g.via!r} predicted={q.via!r}: {_short(g.text, 60)}")
        for g, q in d.wrong_kind:
            lines.append(f"  KIND gold={g.kind} predicted={q.kind}: {_short(g.text, 60)}")
    return "\n".join(lines)
