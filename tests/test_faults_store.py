"""A full disk and a read-only database stop ``analyze`` with a one-line error and lose nothing
already stored; ``analyze`` and ``serve`` share a database without "database is locked"."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))

import faultkit  # noqa: E402

pytestmark = pytest.mark.slow


def test_faults_disk_full(tmp_path):
    result = faultkit.disk_full(tmp_path)
    assert result["exit"] == 1, result
    assert result["one_line"], result["stderr"]
    assert "cannot write" in result["stderr"], result["stderr"]
    assert result["integrity"] == "ok"
    assert result["nothing_lost"]
    assert result["rerun_exit"] == 0 and result["rerun_documents"] >= result["before"]["documents"]


@pytest.mark.skipif(os.getuid() != 0 and os.name != "posix", reason="needs POSIX file modes")
def test_faults_read_only_database(tmp_path):
    result = faultkit.read_only(tmp_path)
    assert result["exit"] in (1, 2), result
    assert result["one_line"], result["stderr"]
    assert result["integrity"] == "ok" and result["unchanged"]


def test_faults_analyze_while_serving(tmp_path):
    result = faultkit.analyze_while_serving(tmp_path)
    assert result["analyze_exit"] == 0, result["analyze_stderr"]
    assert not result["locked"], result
    assert result["errors"] == [], result["errors"]
    assert sum(result["statuses"].values()) > 10 and set(result["statuses"]) == {200}
