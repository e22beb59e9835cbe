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


#: ``recoupe analyze`` with the process's files capped at 5 MB (a full disk: the database fits,
#: the language identifier's 65 MB model, unpacked into a temporary file at first use, does not),
#: or with the temporary folder pointing nowhere.
_CAPPED = (
    "import resource, sys\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (5_000_000, 5_000_000))\n"
    "from recoupe.cli import main\n"
    "sys.argv = ['recoupe', *sys.argv[1:]]\n"
    "main()\n"
)
_NO_TMP = (
    "import sys, tempfile\n"
    "tempfile.tempdir = sys.argv.pop(1)\n"
    "from recoupe.cli import main\n"
    "sys.argv = ['recoupe', *sys.argv[1:]]\n"
    "main()\n"
)


@pytest.mark.parametrize("fault", ["full", "missing"])
def test_faults_temporary_folder_unusable_at_start(tmp_path, fault):
    """py3langid unpacks its model into a temporary file: with no room or no folder there,
    ``analyze`` stops with one line naming the folder and the fix (exit 2), not an OSError."""
    import subprocess

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Le pont de Valdavie\n\nLe maire de Valdavie a parlé du pont hier soir.\n", encoding="utf-8")
    args = ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "x.db")]
    if fault == "full":
        run = subprocess.run([sys.executable, "-c", _CAPPED, *args], capture_output=True, text=True)
    else:
        run = subprocess.run([sys.executable, "-c", _NO_TMP, str(tmp_path / "no" / "tmp"), *args], capture_output=True, text=True)
    assert run.returncode == 2, run.stderr
    assert faultkit._one_line_error(run.stderr), run.stderr  # noqa: SLF001
    assert "TMPDIR" in run.stderr and "temporary folder" in run.stderr, run.stderr
    if fault == "missing":
        assert str(tmp_path / "no" / "tmp") in run.stderr
