"""Hostile and careless projects: a lock file of another user, a schema that disagrees with its
version, damage found while open, a full disk; and what a clean close leaves (no lock file, no
WAL, the day's backup)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import NO_BACKUPS, build_project, claims_of, fingerprint, leaf_pages
from running import in_process, one_sentence

from naast.core.claims import CreateClaim
from naast.core.errors import DamagedProject, NaastError, ProjectDamagedWhileOpen, ProjectError
from naast.store import backups
from naast.store.backups import BackupPolicy
from naast.store.locking import ProjectLock, lock_path_for
from naast.store.project import Project

WHEN = "2026-01-02T10:00:00+00:00"
NOBODY = 65534


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("small") / "small.naast", claims=50)


def copy_of(small: Path, folder: Path, name: str = "p.naast") -> Path:
    path = folder / name
    shutil.copy(small, path)
    return path


def as_nobody(action) -> str:
    """Run ``action()`` in a forked child that is the user nobody; its result (or error) as text."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        os.close(read)
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = f"ok {action()}"
        except NaastError as exc:
            result = f"refused {exc}"
        except BaseException as exc:
            result = f"crashed {type(exc).__name__}: {exc}"
        os.write(write, result.encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")
def test_a_lock_file_of_another_user_gives_one_sentence(small: Path, ledger) -> None:
    folder = Path(tempfile.mkdtemp(prefix="naast-other-user-"))
    try:
        folder.chmod(0o777)
        path = copy_of(small, folder)
        os.chown(path, NOBODY, NOBODY)
        lock = lock_path_for(path)
        lock.write_text("1")
        lock.chmod(0o600)  # root's, unreadable to nobody
        before = fingerprint(path)

        def open_it() -> str:
            with Project.open(path, backups=NO_BACKUPS):
                return "opened"

        result = as_nobody(open_it)
        ledger.record(
            "lock file of another user",
            clear=result.startswith("refused "),
            identical=fingerprint(path) == before,
        )
        assert result.startswith("refused "), result
        assert "belongs to another user" in result
        assert fingerprint(path) == before
        lock.chmod(0o644)  # readable: locking needs no write access, so nobody can open it
        assert as_nobody(open_it) == "ok opened"
    finally:
        shutil.rmtree(folder)


def test_a_table_missing_from_a_current_schema_is_refused_before_writing(
    small: Path, tmp_path: Path, ledger
) -> None:
    path = copy_of(small, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search_pending")  # the version still says 3
    conn.commit()
    conn.close()
    before = fingerprint(path)
    run = in_process("import", path, next(Path("resources/samples").glob("2019-*.txt")))
    ledger.record(
        "schema and version disagree", clear=one_sentence(run.stderr), identical=fingerprint(path) == before
    )
    assert run.returncode == 2
    assert one_sentence(run.stderr), run.stderr
    assert "search_pending is missing" in run.stderr
    assert fingerprint(path) == before


def test_a_migration_record_that_disagrees_is_refused(small: Path, tmp_path: Path) -> None:
    path = copy_of(small, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm003_search_pending'")
    conn.commit()
    conn.close()
    before = fingerprint(path)
    with pytest.raises(DamagedProject, match="record of migrations"):
        Project.open(path)
    assert fingerprint(path) == before


def test_damage_found_while_open_stops_writing_and_keeps_committed_claims(
    small: Path, tmp_path: Path, ledger
) -> None:
    """The disk wrecks a page of claims under an open project: the next change that reads it is
    refused with a sentence, writing stops, and nothing else of the file was touched (with the
    wrecked page put back, the file holds exactly the claims it held)."""
    path = copy_of(small, tmp_path)
    committed = claims_of(path)
    page = leaf_pages(path, "claims")[-1]
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    good_page = path.read_bytes()[(page - 1) * size : page * size]
    with Project.open(path, backups=NO_BACKUPS) as project:
        with path.open("r+b") as handle:  # the disk goes bad under the open project
            handle.seek((page - 1) * size)
            handle.write(b"\xff" * size)
        doc = project.query("SELECT id FROM documents LIMIT 1")[0][0]
        with pytest.raises(ProjectDamagedWhileOpen, match="stopped writing"):
            for _ in range(200):
                project.apply(CreateClaim(doc, 0, 10, WHEN))
        with pytest.raises(ProjectDamagedWhileOpen):
            project.apply(CreateClaim(doc, 0, 10, WHEN))
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(good_page)
    kept = claims_of(path)
    ledger.record(
        "damage while open", clear=True, identical=None, claims_lost=len(set(committed) - set(kept))
    )
    assert set(committed) <= set(kept)
    assert {cid: kept[cid] for cid in committed} == committed
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_clean_close_removes_the_lock_file_and_the_wal(small: Path, tmp_path: Path) -> None:
    path = copy_of(small, tmp_path)
    with Project.open(path, backups=NO_BACKUPS) as project:
        assert lock_path_for(path).exists() and Path(f"{path}-wal").exists()
        doc = project.query("SELECT id FROM documents LIMIT 1")[0][0]
        project.apply(CreateClaim(doc, 0, 10, WHEN))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.naast"]


def test_the_lock_survives_its_file_being_unlinked_between_open_and_flock(tmp_path: Path) -> None:
    """The race a removed lock file invites: B opened the old file, A unlinked it and let go, C
    made a new one. B must not take the orphan: it notices the path names another file."""
    path = tmp_path / "p.naast"
    path.write_bytes(b"x")
    holder = ProjectLock(path)
    holder.acquire()
    stale = os.open(holder.path, os.O_RDWR)  # B's descriptor, opened before the unlink
    holder.release()  # unlinks while holding, then unlocks
    newcomer = ProjectLock(path)
    newcomer.acquire()  # C: a new lock file
    import fcntl

    fcntl.flock(stale, fcntl.LOCK_EX | fcntl.LOCK_NB)  # B locks the orphan: this succeeds...
    from naast.store.locking import _still_named

    assert not _still_named(stale, holder.path)  # ...but B sees it is no longer the lock file
    os.close(stale)
    with pytest.raises(ProjectError, match="already open elsewhere"):
        ProjectLock(path).acquire()
    newcomer.release()


def test_backups_one_a_day_the_last_seven_kept(small: Path, tmp_path: Path) -> None:
    path = copy_of(small, tmp_path)
    policy = BackupPolicy(folder=tmp_path / "backups")
    with Project.open(path, backups=policy) as project:
        for days in range(10):
            backups.back_up(project.conn, path, policy, day=date(2026, 1, 1) + timedelta(days=days))
    kept = backups.backups_of(path, policy)
    assert [p.name for p in kept][:2] == ["p 2026-01-10.naast", "p 2026-01-09.naast"]
    assert len(kept) == 7
    assert claims_of(kept[0]) == claims_of(path)
    conn = sqlite3.connect(kept[0])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_session_that_changed_something_leaves_todays_backup(small: Path, tmp_path: Path) -> None:
    path = copy_of(small, tmp_path)
    with Project.open(path, backups=BackupPolicy()):
        pass
    assert not (tmp_path / "p-backups").exists()  # nothing changed: no backup
    with Project.open(path, backups=BackupPolicy()) as project:
        doc = project.query("SELECT id FROM documents LIMIT 1")[0][0]
        project.apply(CreateClaim(doc, 0, 10, WHEN))
    made = backups.latest_backup(path, BackupPolicy())
    assert made is not None and made.name == f"p {date.today().isoformat()}.naast"
    assert claims_of(made) == claims_of(path)


def test_a_damaged_project_names_its_last_backup(small: Path, tmp_path: Path) -> None:
    path = copy_of(small, tmp_path)
    policy = BackupPolicy()
    with Project.open(path, backups=policy) as project:
        project.back_up()
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    with pytest.raises(DamagedProject, match=r"open its last backup .*p-backups/p \d{4}-\d\d-\d\d\.naast"):
        Project.open(path, backups=policy)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1400k", "tmpfs", str(mount)], capture_output=True, check=False
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_costs_only_the_change_being_made(small: Path, tiny_disk: Path, ledger) -> None:
    path = copy_of(small, tiny_disk)
    reported: list[int] = []
    message = ""
    with Project.open(path, backups=NO_BACKUPS) as project:
        doc, length = project.query("SELECT id, length(text) FROM documents ORDER BY length(text) DESC")[0]
        try:
            for n in range(100_000):
                start = n % (length - 100)
                changes = project.apply(CreateClaim(doc, start, start + 80, WHEN, note="vol " * 200))
                reported.extend(changes.ids["claims"])
        except NaastError as exc:
            message = str(exc)
    stored = claims_of(path)
    lost = [cid for cid in reported if cid not in stored]
    ledger.record("full disk while tagging", clear="full" in message, identical=None, claims_lost=len(lost))
    assert "disk holding" in message and "full" in message, message
    assert not lost
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
