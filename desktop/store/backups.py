"""Rolling backups of the projects Naast writes to, made with SQLite's online backup API.

A writing session that changed something makes, when it closes cleanly, one backup per day:
``<backup folder>/<project stem> <yyyy-mm-dd>.naast``; the newest :data:`KEEP` are kept. Only a
session whose file passed ``quick_check`` on opening and saw no damage while open makes one, so a
backup is a copy of a file known to be whole ("the last good backup"). A project about to be
migrated to a newer format is backed up first.

The folder is ``<project>-backups`` beside the project, or the folder named by the environment
variable ``NAAST_BACKUP_DIR`` (the user's choice; ``NAAST_BACKUP_DIR=off`` turns backups off).
Each backup is written atomically in its folder (``safe_write.atomic_target``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

from naast.core.errors import NaastError
from naast.core.safe_write import atomic_target

KEEP = 7
ENV = "NAAST_BACKUP_DIR"
_DATED = re.compile(r" (\d{4}-\d{2}-\d{2})\.naast$")


class BackupFailed(NaastError):
    """A backup could not be written; the project itself is unchanged."""


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    folder: Path | None = None  # None: beside the project
    keep: int = KEEP
    enabled: bool = True

    @classmethod
    def from_environment(cls) -> BackupPolicy:
        value = os.environ.get(ENV, "").strip()
        if value.lower() in {"off", "0", "none"}:
            return cls(enabled=False)
        return cls(folder=Path(value).expanduser() if value else None)

    def folder_for(self, project_path: Path) -> Path:
        if self.folder is not None:
            return self.folder
        return project_path.with_name(project_path.name.removesuffix(".naast") + "-backups")


def backups_of(project_path: Path, policy: BackupPolicy | None = None) -> list[Path]:
    """The project's backups, newest first."""
    policy = policy or BackupPolicy.from_environment()
    folder = policy.folder_for(project_path)
    stem = project_path.name.removesuffix(".naast")
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(stem + " ") and _DATED.search(p.name)]
    return sorted(found, key=lambda p: _DATED.search(p.name).group(1), reverse=True)  # type: ignore[union-attr]


def latest_backup(project_path: Path, policy: BackupPolicy | None = None) -> Path | None:
    found = backups_of(project_path, policy)
    return found[0] if found else None


def backup_path(project_path: Path, day: date, policy: BackupPolicy) -> Path:
    stem = project_path.name.removesuffix(".naast")
    return policy.folder_for(project_path) / f"{stem} {day.isoformat()}.naast"


def back_up(
    conn: sqlite3.Connection,
    project_path: Path,
    policy: BackupPolicy,
    *,
    day: date | None = None,
    replace: bool = False,
) -> Path | None:
    """Today's backup of the open database ``conn``, unless there is one (or ``replace``);
    returns its path, or None when none was needed. Older backups beyond ``policy.keep`` go."""
    if not policy.enabled:
        return None
    target = backup_path(project_path, day or date.today(), policy)
    if target.exists() and not replace:
        return None
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(f"The backup folder {folder} cannot be made: {exc.strerror}.") from exc
    with atomic_target(target) as tmp:
        copy_database(conn, tmp)
    _prune(project_path, policy)
    return target


def copy_database(conn: sqlite3.Connection, destination: Path) -> None:
    """A consistent copy of ``conn``'s database (SQLite's online backup API), as one file."""
    dest = sqlite3.connect(destination, isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # the copy is one file, no -wal beside it
    except sqlite3.Error as exc:
        raise BackupFailed(f"The backup {destination.name} could not be written: {exc}.") from exc
    finally:
        dest.close()


def _prune(project_path: Path, policy: BackupPolicy) -> None:
    for old in backups_of(project_path, policy)[policy.keep :]:
        with contextlib.suppress(OSError):  # an old backup that cannot go does no harm
            old.unlink()


def restore(backup: Path, target: Path) -> Path:
    """A working copy of ``backup`` at ``target`` (which must not exist), made with the backup
    API and written atomically; the backup itself is left as it was."""
    if target.exists():
        raise BackupFailed(f"{target} already exists; choose another name.")
    source = sqlite3.connect(f"file:{quote(str(backup))}?mode=ro", uri=True)
    try:
        with atomic_target(target) as tmp:
            copy_database(source, tmp)
    finally:
        source.close()
    return target


def free_name(path: Path, label: str) -> Path:
    """``NAME (label).naast`` beside ``path``, numbered when that exists already."""
    stem = path.name.removesuffix(".naast")
    for n in range(1, 1000):
        extra = f" {n}" if n > 1 else ""
        candidate = path.with_name(f"{stem} ({label}{extra}).naast")
        if not candidate.exists():
            return candidate
    raise BackupFailed(f"There are too many {label} copies of {path.name} already.")
