"""Opening what is not a usable project gives one clear message and leaves the file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from naast.core.errors import ProjectError, ProjectLocked
from naast.store.project import Project


def fingerprint(path: Path) -> tuple[str, int, float]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime


def assert_refused(path: Path, message: str, *, read_only: bool = False) -> None:
    before = fingerprint(path)
    with pytest.raises(ProjectError, match=message):
        Project.open(path, read_only=read_only)
    assert fingerprint(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_text_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "notes.naast"
    path.write_text("Dit is geen project.\n" * 20)
    assert_refused(path, "not a Naast project")


def test_an_empty_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "empty.naast"
    path.write_bytes(b"")
    assert_refused(path, "not a Naast project")


def test_another_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.naast"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert_refused(path, "SQLite database, but not a Naast project")
    assert_refused(path, "SQLite database, but not a Naast project", read_only=True)


def test_a_project_from_a_newer_version_is_refused(project_path: Path) -> None:
    Project.create(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert_refused(project_path, "newer version of Naast")
    assert_refused(project_path, "newer version of Naast", read_only=True)


def test_a_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="There is no project at"):
        Project.open(tmp_path / "nowhere.naast")
    assert not (tmp_path / "nowhere.naast").exists()


def test_a_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="is a folder"):
        Project.open(tmp_path)


def test_a_read_only_file_is_refused_for_writing_but_opens_read_only(project_path: Path) -> None:
    Project.create(project_path).close()
    project_path.chmod(0o444)
    assert_refused(project_path, "read-only")
    before = fingerprint(project_path)
    with Project.open(project_path, read_only=True) as project:
        assert project.counts()["documents"] == 0
    assert fingerprint(project_path) == before


def test_creating_over_an_existing_file_is_refused(project_path: Path) -> None:
    project_path.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(project_path)
    assert project_path.read_text() == "keep me"


def test_opening_twice_in_one_process_is_refused(project_path: Path) -> None:
    with Project.create(project_path):
        with pytest.raises(ProjectLocked, match="already open elsewhere"):
            Project.open(project_path)
        with Project.open(project_path, read_only=True) as reader:
            assert reader.read_only
    with Project.open(project_path):
        pass  # the lock is released on close


def test_opening_in_a_second_process_is_refused(project_path: Path) -> None:
    with Project.create(project_path):
        code = (
            "import sys; from naast.store.project import Project\n"
            "from naast.core.errors import ProjectLocked\n"
            f"try: Project.open({str(project_path)!r})\n"
            "except ProjectLocked as e: print(e); sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 3, result.stderr
    assert "already open elsewhere" in result.stdout
