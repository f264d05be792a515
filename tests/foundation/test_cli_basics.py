"""The `naast` command as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def naast(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "naast", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_new_then_info(tmp_path: Path) -> None:
    created = naast("new", str(tmp_path / "x.naast"))
    assert created.returncode == 0, created.stderr
    info = naast("info", str(tmp_path / "x.naast"), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["schema_version"] >= 1
    assert data["documents"] == 0


def test_new_adds_the_extension(tmp_path: Path) -> None:
    assert naast("new", str(tmp_path / "studie")).returncode == 0
    assert (tmp_path / "studie.naast").is_file()


def test_user_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.naast"
    bogus.write_text("no database here")
    for args in (("info", str(bogus)), ("info", str(tmp_path / "missing.naast"))):
        result = naast(*args)
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("naast: ")
    assert bogus.read_text() == "no database here"
