"""``recoupe serve`` under a loopback load (20 connections for 5 s in CI; the 60 s / 50
connections run is ``bench/bench_reliability.py --load-seconds 60``): no error at all."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

import faultkit  # noqa: E402
import loadgen  # noqa: E402

pytestmark = pytest.mark.slow


def test_load_serve_short(tmp_path):
    db = faultkit.analyzed_db(tmp_path, 12, 6)
    with faultkit.serving(db) as base:
        result = loadgen.run(base, loadgen.urls_for(db), seconds=5, connections=20)
    assert result["errors"] == 0, result["error_kinds"]
    assert result["requests"] > 20


def test_load_serve_refuses_other_hosts():
    with pytest.raises(ValueError, match="loopback"):
        loadgen.run("http://example.invalid", ["/"], seconds=1, connections=1)
