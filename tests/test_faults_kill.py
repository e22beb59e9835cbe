"""kill -9 at random moments of ``recoupe analyze``: the database stays sound and a re-run
gives exactly the exports of an uninterrupted run (all five files, byte for byte)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

import faultkit  # noqa: E402

pytestmark = pytest.mark.slow


def test_faults_kill_9_then_rerun(tmp_path):
    result = faultkit.kill_trials(tmp_path, 3, seed=11, n_txt=12, n_jsonl=6)
    for trial in result["results"]:
        assert trial["integrity"] == "ok", trial
        assert trial["rerun_exit"] == 0, trial
        assert trial["diffs"] == [], trial
