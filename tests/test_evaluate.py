"""The quote scorer (recoupe.evaluate) and the CI gate (eval/gate.py), on tiny fictional sets."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from recoupe.errors import InputError
from recoupe.evaluate import (
    diff_quotes,
    evaluate_quotes,
    format_diff,
    match_units,
    overlap,
    same_speaker,
    same_via,
    words,
)

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "eval" / "gate.py"

# Fictional people, outlets and places only.
HARBOUR = "the harbour of Valmora will reopen next spring"
FERRY = "the ferry company lost money for three years"


def _write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _doc(doc_id: str, path: str, lang: str = "en") -> dict:
    return {"id": doc_id, "path": path, "url": None, "outlet": None, "title": "t",
            "published": None, "language": lang, "text": "…", "removed": [],
            "content_hash": doc_id, "duplicate_of": None, "translated_from": None,
            "translation_evidence": [], "cited_sources": []}


def _quote(qid: str, doc_id: str, text: str, kind: str = "direct", speaker=None, via=None,
           start: int = 0) -> dict:
    return {"id": qid, "doc_id": doc_id, "kind": kind, "text": text, "start": start,
            "end": start + len(text), "speaker": speaker, "speaker_id": None,
            "speaker_mention": None, "cue": "said", "via": via, "cluster": qid}


def _gold(doc: str, quotes: list[tuple], lang: str = "en") -> dict:
    return {"doc": doc, "lang": lang, "quotes": [
        {"kind": k, "text": t, "speaker": s, "cue": "said", "via": v} for k, t, s, v in quotes]}


@pytest.fixture
def run(tmp_path):
    """Write gold + exports; return a function giving the three paths."""
    def make(gold: list[dict], docs: list[dict], quotes: list[dict]):
        return (_write_jsonl(tmp_path / "gold.jsonl", gold),
                _write_jsonl(tmp_path / "documents.jsonl", docs),
                _write_jsonl(tmp_path / "quotes.jsonl", quotes))
    return make


@pytest.fixture
def basic(run):
    """2 gold units, 3 predicted, 1 match: P = 1/3, R = 1/2."""
    gold = [_gold("news-dev/en/a.txt", [("direct", HARBOUR, "Elna Vostrik", "told Radio Kessel"),
                                        ("indirect", FERRY, "a port official", None)])]
    docs = [_doc("d1", "../shared/corpus/news-dev/en/a.txt")]
    quotes = [_quote("q1", "d1", HARBOUR, speaker="Vostrik", via="Radio Kessel", start=10),
              _quote("q2", "d1", "the weather was cold all week", start=100),
              _quote("q3", "d1", "ticket prices will rise", kind="indirect", start=200)]
    return run(gold, docs, quotes)


def test_evaluate_precision_recall_f1_by_hand(basic):
    scores = evaluate_quotes(*basic)
    en = scores.langs["en"]
    c = en.spans[0.5]
    assert (c.tp, c.fp, c.fn) == (1, 2, 1)
    assert c.precision == pytest.approx(1 / 3)
    assert c.recall == pytest.approx(1 / 2)
    assert c.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert en.speaker_acc == 1.0 and en.via_acc == 1.0 and en.kind_acc == 1.0
    # by gold kind: the direct unit is found, the indirect one missed; the unmatched
    # predictions count against the kind the extractor gave them
    assert (en.kinds["direct"][0.5].tp, en.kinds["direct"][0.5].fp) == (1, 1)
    assert (en.kinds["indirect"][0.5].fn, en.kinds["indirect"][0.5].fp) == (1, 1)
    metrics = scores.metrics()["en"]
    assert metrics["f1@0.5"] == pytest.approx(0.4)
    assert metrics["precision@0.5"] == pytest.approx(1 / 3)
    assert json.loads(json.dumps(scores.to_dict()))["langs"]["en"]["spans"]["0.5"]["tp"] == 1
    table = scores.format()
    assert "[en] 1 documents, 2 gold units, 3 predicted" in table
    assert "0.333" in table


def test_evaluate_speaker_and_via_accuracy_by_hand(run):
    gold = [_gold("x/b.txt", [
        ("direct", "we will build the bridge at Orlane", "Tomas Ferrando", "told Radio Kessel"),
        ("direct", "nobody asked the fishermen of Orlane", "Mira Olsk", None),
        ("indirect", "the tolls would stay as they are", "Mira Olsk", "in an interview with Kessel Post")])]
    docs = [_doc("d2", "corpus/x/b.txt")]
    quotes = [
        _quote("a", "d2", "we will build the bridge at Orlane", speaker="Ferrando", via="Radio Kessel"),
        _quote("b", "d2", "nobody asked the fishermen of Orlane", speaker="Tomas Ferrando", start=50),
        _quote("c", "d2", "the tolls would stay as they are", kind="direct", speaker="Olsk",
               via="Gazette du Nord", start=90)]
    en = evaluate_quotes(*run(gold, docs, quotes)).langs["en"]
    assert en.matched == 3
    assert en.speaker_acc == pytest.approx(2 / 3)  # the second has the wrong speaker
    assert en.via_acc == pytest.approx(2 / 3)  # the third names another medium
    assert en.kind_acc == pytest.approx(2 / 3)  # the third is indirect in the gold
    diff = diff_quotes(*run(gold, docs, quotes))
    assert len(diff) == 1
    d = diff[0]
    assert [q.speaker for _, q in d.wrong_speaker] == ["Tomas Ferrando"]
    assert [q.via for _, q in d.wrong_via] == ["Gazette du Nord"]
    assert [g.kind for g, _ in d.wrong_kind] == ["indirect"]
    assert "SPEAKER gold='Mira Olsk' predicted='Tomas Ferrando'" in format_diff(diff)


def test_evaluate_overlap_threshold(run):
    gold_text = "one two three four five six seven eight nine ten"
    pred_text = "one two three four"  # 4 shared words over the 10 of the longer: 40 %
    assert overlap(gold_text, pred_text) == pytest.approx(0.4)
    paths = run([_gold("x/c.txt", [("direct", gold_text, None, None)])],
                [_doc("d3", "x/c.txt")], [_quote("q", "d3", pred_text)])
    en = evaluate_quotes(*paths).langs["en"]
    assert en.spans[0.3].tp == 1
    assert en.spans[0.5].tp == 0 and en.spans[0.5].fp == 1 and en.spans[0.5].fn == 1
    assert en.spans[0.8].tp == 0
    assert en.matched == 0 and en.speaker_acc is None


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("« Nous irons, a-t-il dit »", "nous IRONS a t il dit", 1.0),
    ("the the cat", "the cat cat", 2 / 3),  # multisets: "the" and "cat" once each in common
    ("", "anything", 0.0),
])
def test_evaluate_overlap_values(a, b, expected):
    assert overlap(a, b) == pytest.approx(expected)


def test_evaluate_words_ignore_case_and_punctuation():
    assert words("“Don’t,” said Élise — (twice)!") == ["don", "t", "said", "élise", "twice"]


def test_evaluate_one_to_one_greedy_matching(run):
    # two identical predictions for one gold unit: one true positive, one false positive
    paths = run([_gold("x/d.txt", [("direct", HARBOUR, None, None)])],
                [_doc("d4", "x/d.txt")],
                [_quote("p1", "d4", HARBOUR), _quote("p2", "d4", HARBOUR, start=60)])
    c = evaluate_quotes(*paths).langs["en"].spans[0.5]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    # greedy by overlap: the prediction goes to the gold unit it overlaps most, even when a
    # gold unit listed earlier also passes the threshold
    gold = ["alpha beta gamma delta", "alpha beta gamma delta epsilon zeta"]
    assert match_units(gold, ["alpha beta gamma delta epsilon zeta"], 0.5) == [(1, 0, 1.0)]
    assert sorted(match_units(gold, ["alpha beta gamma delta", "alpha beta gamma delta epsilon zeta"],
                              0.5)) == [(0, 0, 1.0), (1, 1, 1.0)]


def test_evaluate_missing_document_counts_as_false_negatives(run):
    gold = [_gold("news-dev/en/a.txt", [("direct", HARBOUR, None, None)]),
            _gold("news-dev/en/gone.txt", [("direct", FERRY, None, None),
                                          ("indirect", "the lighthouse keeper retired", None, None)])]
    docs = [_doc("d1", "../corpus/news-dev/en/a.txt"),
            _doc("d9", "../corpus/news-dev/en/xgone.txt")]  # no match: not on a path boundary
    quotes = [_quote("q1", "d1", HARBOUR), _quote("q9", "d9", FERRY)]  # q9: not a gold document
    paths = run(gold, docs, quotes)
    en = evaluate_quotes(*paths).langs["en"]
    assert en.missing_documents == ["news-dev/en/gone.txt"]
    assert (en.spans[0.5].tp, en.spans[0.5].fp, en.spans[0.5].fn) == (1, 0, 2)
    assert en.documents == 2 and en.gold == 3 and en.predicted == 1
    assert "missing from the run (1): news-dev/en/gone.txt" in evaluate_quotes(*paths).format()
    diff = diff_quotes(*paths)
    assert [(d.doc, d.doc_id, len(d.false_negatives)) for d in diff] == [("news-dev/en/gone.txt", None, 2)]
    assert "MISSING" in format_diff(diff)


def test_evaluate_scores_each_language(tmp_path):
    gold_en = _write_jsonl(tmp_path / "gold_en.jsonl",
                           [_gold("news-dev/en/a.txt", [("direct", HARBOUR, None, None)])])
    gold_fr = _write_jsonl(tmp_path / "gold_fr.jsonl", [_gold(
        "seeds/000_x.txt", [("direct", "le port de Valmora rouvrira au printemps", None, None)], "fr")])
    docs = _write_jsonl(tmp_path / "documents.jsonl", [
        _doc("d1", "../shared/corpus/news-dev/en/a.txt"),
        _doc("f1", "../shared/corpus/seeds/000_x.txt", "fr")])
    quotes = _write_jsonl(tmp_path / "quotes.jsonl", [_quote("q1", "d1", HARBOUR)])
    scores = evaluate_quotes([gold_fr, gold_en], docs, quotes)
    assert set(scores.langs) == {"fr", "en"}
    assert scores.metrics()["en"]["f1@0.5"] == 1.0
    assert scores.metrics()["fr"]["recall@0.5"] == 0.0
    assert scores.langs["fr"].missing_documents == []


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    ("Elna Vostrik", "Vostrik", True),  # the surname is enough
    ("Elna Vostrik", "elna VOSTRIK", True),
    ("Élise Marčan", "Elise Marcan", True),  # accents
    ("Elna Vostrik", "Rep. Elna Vostrik", True),  # honorific
    ("Elna Vostrik", "Elna", False),  # a first name is not enough
    ("Elna Vostrik", "Tomas Vostrik", False),
    ("Tomas Ferrando Jr.", "Ferrando", False),  # the son is not the father
    ("Tomas Ferrando Jr.", "Ferrando Jr", True),
    ("Elna Vostrik and Tomas Ferrando", "Ferrando", True),  # joint speaker
    ("a senior port official", "senior port official", True),  # roles: fuzzy
    ("sources close to the mayor", "sources", True),
    ("a Valmoran official", "a Kesselian official", False),
    ("the Kessel Post", "Kessel Post", True),
    ("Kessel Vote", "The Kessel Vote", True),  # a leading article is no part of a name
    ("le Courrier de Valdavie", "Courrier de Valdavie", True),
    ("Kessel Vote", "The Kessel Post", False),
    (None, None, True),
    ("Elna Vostrik", None, False),
    (None, "Elna Vostrik", False),
])
def test_evaluate_same_speaker(gold, predicted, expected):
    assert same_speaker(gold, predicted) is expected


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    (None, None, True),
    ("told Radio Kessel", None, False),
    (None, "Radio Kessel", False),
    ("told Radio Kessel", "Radio Kessel", True),
    ("told Radio Kessel host Ana Brel", "Radio Kessel", True),
    ("in an interview with the Kessel Post", "Kessel Post", True),
    ("selon l'agence de presse Valmorienne", "agence Valmorienne", True),
    ("told Radio Kessel", "told the Orlane Herald", False),
    ("Kessel News", "Orlane News", False),  # a shared word is not the same medium
])
def test_evaluate_same_via(gold, predicted, expected):
    assert same_via(gold, predicted) is expected


@pytest.mark.parametrize("line", [
    '{"doc": "a.txt", "quotes": []}',  # no lang
    '{"doc": "a.txt", "lang": "en", "quotes": [{"kind": "reported", "text": "x"}]}',
    "not json",
])
def test_evaluate_bad_gold_names_the_line(tmp_path, line):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "ok.txt", "lang": "en", "quotes": []}\n' + line + "\n", encoding="utf-8")
    docs = _write_jsonl(tmp_path / "documents.jsonl", [])
    quotes = _write_jsonl(tmp_path / "quotes.jsonl", [])
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        evaluate_quotes(gold, docs, quotes)


# ------------------------------------------------------------------------------ the gate

def _load_gate():
    spec = importlib.util.spec_from_file_location("recoupe_eval_gate", GATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def gate_setup(basic, tmp_path):
    gold, docs, quotes = basic
    floors = tmp_path / "floors.json"
    return gold, tmp_path, floors


@pytest.mark.parametrize(("floor", "code"), [
    ({"f1@0.5": 0.4, "precision@0.5": 0.3, "speaker_acc": 1.0, "via_acc": 1.0}, 0),  # at the floor
    ({"f1@0.5": 0.41}, 1),  # just below
    ({"speaker_acc": 0.0, "recall@0.5": 0.6}, 1),
])
def test_evaluate_gate_exit_code(gate_setup, capsys, floor, code):
    gold, out, floors = gate_setup
    floors.write_text(json.dumps({"_comment": "only ever raised", "en": floor}), encoding="utf-8")
    gate = _load_gate()
    assert gate.main([str(out / "nowhere"), str(out), "--gold", str(gold),
                      "--floors", str(floors)]) == code
    printed = capsys.readouterr().out
    assert "[en]" in printed
    assert ("GATE FAILED" in printed) is (code == 1)


def test_evaluate_gate_fails_for_a_language_without_gold(gate_setup):
    gold, out, floors = gate_setup
    floors.write_text(json.dumps({"en": {"f1@0.5": 0.0}, "fr": {"f1@0.5": 0.0}}), encoding="utf-8")
    assert _load_gate().main(["--out", str(out), "--gold", str(gold), "--floors", str(floors)]) == 1


def test_evaluate_gate_script_exit_code(gate_setup):
    """The script itself, as CI runs it: the exit status is the gate's verdict."""
    gold, out, floors = gate_setup
    floors.write_text(json.dumps({"en": {"f1@0.5": 0.9}}), encoding="utf-8")
    args = [sys.executable, str(GATE), "--out", str(out), "--gold", str(gold), "--floors", str(floors)]
    assert subprocess.run(args, capture_output=True, check=False).returncode == 1
    floors.write_text(json.dumps({"en": {"f1@0.5": 0.1}}), encoding="utf-8")
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "gate passed" in done.stdout


def test_evaluate_gate_runs_analyze_when_no_exports(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "news-dev" / "en").mkdir(parents=True)
    (corpus / "news-dev" / "en" / "a.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    gold = _write_jsonl(tmp_path / "gold_en.jsonl",
                        [_gold("news-dev/en/a.txt", [("direct", HARBOUR, None, None)])])
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"en": {"f1@0.5": 1.0}}), encoding="utf-8")
    out = tmp_path / "out"
    gate = _load_gate()
    calls = []

    def fake_run(cmd, check):
        calls.append(cmd)
        target = Path(cmd[cmd.index("--out") + 1])
        _write_jsonl(target / "documents.jsonl", [_doc("d1", cmd[4])])
        _write_jsonl(target / "quotes.jsonl", [_quote("q1", "d1", HARBOUR)])
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(gate.subprocess, "run", fake_run)
    assert gate.main(["--corpus", str(corpus), "--out", str(out), "--gold", str(gold),
                      "--floors", str(floors)]) == 0
    assert calls[0][:5] == [sys.executable, "-m", "recoupe.cli", "analyze",
                            str(corpus / "news-dev" / "en" / "a.txt")]
    # without exports and without a corpus to analyse: a usage error
    assert gate.main(["--out", str(tmp_path / "empty"), "--gold", str(gold),
                      "--floors", str(floors)]) == 2


def test_evaluate_gate_floors_per_gold_file(gate_setup, capsys):
    """A floors key naming a gold file's stem is checked on that file alone; a language key on
    the files pooled. The second file holds a document with a unit nobody predicted."""
    gold, out, floors = gate_setup
    second = out / "gold_more.jsonl"
    second.write_text(json.dumps({"doc": "news-dev/en/b.txt", "lang": "en", "quotes": [
        {"kind": "indirect", "text": "the bridge toll will double next spring", "speaker": "Ivo Marsh",
         "cue": "said", "via": None}]}) + "\n", encoding="utf-8")
    gate = _load_gate()
    args = ["--out", str(out), "--gold", str(gold), str(second), "--floors", str(floors)]
    floors.write_text(json.dumps({gold.stem: {"recall@0.5": 0.5}}), encoding="utf-8")
    assert gate.main(args) == 0  # the first file alone: 1 of 2 found
    floors.write_text(json.dumps({"en": {"recall@0.5": 0.5}}), encoding="utf-8")
    assert gate.main(args) == 1  # pooled: 1 of 3
    floors.write_text(json.dumps({"gold_more": {"recall@0.5": 0.1}}), encoding="utf-8")
    assert gate.main(args) == 1  # the second file alone: 0 of 1
    printed = capsys.readouterr().out
    assert f"== {second.name}" in printed and "== pooled by language" in printed


# ------------------------------------------------------------------------- agreement

def _load_agreement():
    spec = importlib.util.spec_from_file_location("recoupe_eval_agreement", ROOT / "eval" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_agreement_between_two_annotations(tmp_path, capsys):
    def write(name, quotes):
        path = tmp_path / name
        path.write_text(json.dumps({"doc": "a.txt", "lang": "fr", "quotes": quotes}) + "\n"
                        + json.dumps({"doc": "only-here.txt", "lang": "fr", "quotes": []}) + "\n", encoding="utf-8")
        return path

    unit = {"kind": "direct", "text": "Le pont rouvrira en mai", "speaker": "Corentin Malvaux", "cue": "a dit", "via": None}
    other = {"kind": "indirect", "text": "la ville manque de fonds pour la route", "speaker": "Hélène Darcourt",
             "cue": "estime", "via": "à Valpresse"}
    first = write("first.jsonl", [unit, other])
    second = write("second.jsonl", [dict(unit, speaker="Malvaux"), dict(other, speaker="le maire", via=None),
                                    {"kind": "direct", "text": "Rien ne va plus", "speaker": None, "cue": None, "via": None}])
    agreement = _load_agreement()
    out = agreement.agreement(first, second)
    assert out["spans"][0.5] == [2, 1, 0]  # two shared units, one only in the second file
    assert out["matched"] == 2 and out["speaker"] == 1 and out["via"] == 1
    assert agreement.main([str(first), str(second)]) == 0
    printed = capsys.readouterr().out
    assert "0.5  0.667  1.000  0.800" in printed
    assert agreement.main([str(first), str(tmp_path / "missing.jsonl")]) == 2


# ------------------------------------------------------------------------- error buckets

def _load_buckets():
    spec = importlib.util.spec_from_file_location("recoupe_eval_buckets", ROOT / "eval" / "buckets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_buckets_count_errors_without_printing_text(run, capsys):
    gold = [_gold("news-dev/en/a.txt", [("direct", HARBOUR, "Elna Vostrik", None),
                                        ("indirect", FERRY, "Tom Reyes", None),
                                        ("direct", "the bridge will close for a week in June", "Jane Holt", None)]),
            _gold("news-dev/en/b.txt", [("direct", "the market opens at dawn on Sundays now", "Jane Holt", None)])]
    docs = [_doc("d1", "../shared/corpus/news-dev/en/a.txt"), _doc("d2", "../shared/corpus/news-dev/en/b.txt")]
    q1 = dict(_quote("q1", "d1", HARBOUR, speaker="Tom Reyes", start=10), speaker_mention="he")
    q2 = dict(_quote("q2", "d1", FERRY, kind="indirect", speaker=None, start=100), speaker_mention=None)
    q3 = dict(_quote("q3", "d1", "the bridge will close for a week in June", speaker="the mayor", start=200),
              speaker_mention="the mayor")
    q4 = dict(_quote("q4", "d2", "the market opens at dawn on Sundays now", speaker="Holt", start=5),
              speaker_mention="Jane Holt")
    q5 = _quote("q5", "d2", "nothing in common with any gold unit here", kind="mixed", start=300)
    buckets = _load_buckets()
    paths = run(gold, docs, [q1, q2, q3, q4, q5])
    b = buckets.buckets(paths[0], paths[1].parent)
    assert b["wrong speakers"] == {"another name": 1, "none found": 1, "a role phrase for a name": 1}
    assert b["mention"] == {"pronoun": 1, "no mention": 1, "role phrase": 1, "name": 1}
    assert b["mention wrong"] == {"pronoun": 1, "no mention": 1, "role phrase": 1}
    assert b["wrong per document"] == [3]
    assert b["false positives"] == {"mixed": 1} and not b["missed"]
    assert buckets.mention_form("a-t-il") == "pronoun" and buckets.mention_form("Le ministre") == "role phrase"
    assert buckets.main([str(paths[0]), str(paths[1].parent)]) == 0
    printed = capsys.readouterr().out
    assert "pronoun 1/1" in printed and "[3] in 1 documents" in printed
    assert "Vostrik" not in printed and "harbour" not in printed.lower()  # counts only
    assert buckets.main([str(paths[0]), str(paths[1].parent / "missing")]) == 2
