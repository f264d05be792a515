"""Must show 1: one project, one writer, whatever its name.

Two real processes tag claims in the same project at once, one through the file's own name and
one through a symbolic link: the lock is the file's identity, so they take turns, and every
claim either reported as committed is in the file. Through a hard link, writing is refused
outright (SQLite's journal files follow the name), and the file is left as it was.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from builders import NO_BACKUPS, build_project, fingerprint
from running import REPO

from naast.core.errors import ProjectError, ProjectLocked
from naast.store.project import Project

WRITER = Path(__file__).with_name("writer.py")
ROUNDS, PER_ROUND = 15, 30


def start_writer(*args: str | Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NAAST_BACKUP_DIR": "off"}
    return subprocess.Popen(
        [sys.executable, str(WRITER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def committed(output: str) -> dict[int, str]:
    found = {}
    for line in output.splitlines():
        if line.startswith("committed "):
            _, cid, note = line.split(" ", 2)
            found[int(cid)] = note
    return found


def notes_in(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0]: r[1] for r in conn.execute("SELECT id, note FROM claims")}
    finally:
        conn.close()


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    (tmp_path / "real").mkdir()
    return build_project(tmp_path / "real" / "p.naast", claims=0)


def test_two_processes_through_a_symlink_take_turns_and_lose_nothing(
    project_file: Path, tmp_path: Path, ledger
) -> None:
    link = tmp_path / "elsewhere.naast"
    link.symlink_to(project_file)
    one = start_writer("claims", project_file, "direct", ROUNDS, PER_ROUND)
    two = start_writer("claims", link, "linked", ROUNDS, PER_ROUND)
    out_one, err_one = one.communicate(timeout=600)
    out_two, err_two = two.communicate(timeout=600)
    assert one.returncode == 0 and two.returncode == 0, err_one + err_two
    reported = committed(out_one) | committed(out_two)
    stored = notes_in(project_file)
    lost = {cid: note for cid, note in reported.items() if stored.get(cid) != note}
    ledger.record(
        "symlink: two writers, 15 x 30 claims each", clear=True, identical=None, claims_lost=len(lost)
    )
    assert len(committed(out_one)) == len(committed(out_two)) == ROUNDS * PER_ROUND
    assert not lost
    assert len(stored) == 2 * ROUNDS * PER_ROUND
    assert not list(project_file.parent.glob("*.lock")), "a clean close removes the lock file"
    assert not Path(f"{project_file}-wal").exists()


def test_two_processes_through_hard_links_are_refused_outright(
    project_file: Path, tmp_path: Path, ledger
) -> None:
    other = tmp_path / "second-name.naast"
    os.link(project_file, other)
    before = fingerprint(project_file)
    one = start_writer("claims", project_file, "first", ROUNDS, PER_ROUND)
    two = start_writer("claims", other, "second", ROUNDS, PER_ROUND)
    out_one, _ = one.communicate(timeout=600)
    out_two, _ = two.communicate(timeout=600)
    for output in (out_one, out_two):
        assert committed(output) == {}
        assert output.startswith("refused ") and "hard links" in output
        assert output.count("\n") == 1  # one sentence
    identical = fingerprint(project_file) == before
    ledger.record("hard link: two writers refused", clear=True, identical=identical)
    assert identical
    with Project.open(other, read_only=True) as reader:  # reading is still possible
        assert reader.count("claims") == 0
    other.unlink()
    with Project.open(project_file, backups=NO_BACKUPS):
        pass  # one name again: writable


def test_a_symlink_opens_the_real_file_under_its_lock(project_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.naast"
    link.symlink_to(project_file)
    with Project.open(link, backups=NO_BACKUPS) as project:
        assert project.real_path == project_file.resolve()
        assert Path(f"{project_file}-wal").exists() and not Path(f"{link}-wal").exists()
        with pytest.raises(ProjectLocked, match="already open elsewhere"):
            Project.open(project_file)
    with Project.open(project_file, backups=NO_BACKUPS), pytest.raises(ProjectLocked):
        Project.open(link)


def test_a_renamed_open_project_keeps_its_lock(project_file: Path, tmp_path: Path) -> None:
    with Project.open(project_file, backups=NO_BACKUPS):
        moved = project_file.with_name("renamed.naast")
        project_file.rename(moved)
        with pytest.raises(ProjectLocked):
            Project.open(moved)


def test_a_hard_linked_file_is_refused_for_writing_with_a_reason(project_file: Path, tmp_path: Path) -> None:
    os.link(project_file, tmp_path / "twin.naast")
    before = fingerprint(project_file)
    with pytest.raises(ProjectError, match=r"2 names \(hard links\).*separate journal"):
        Project.open(project_file)
    assert fingerprint(project_file) == before
