"""Checking, locking and connecting to project files, without ever changing a file we refuse.

A file is validated from its raw header bytes before SQLite touches it, so a file that is not a
Naast project, or one from a newer Naast, is left byte-for-byte as it was.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import ProjectError, ProjectLocked
from desktop.store.version import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".naast"


@dataclass(frozen=True, slots=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    """The two header fields that say whether a file is a Naast project, and of which version."""
    if not path.exists():
        raise ProjectError(f"There is no project at {path}.")
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a Naast project file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except PermissionError as exc:
        raise ProjectError(f"{path} cannot be read: permission denied.") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{path} is not a Naast project (it is not an SQLite database).")
    return Header(
        application_id=int.from_bytes(head[68:72], "big"),
        user_version=int.from_bytes(head[60:64], "big"),
    )


def check_project_file(path: Path) -> Header:
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise ProjectError(f"{path} is an SQLite database, but not a Naast project.")
    if header.user_version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path} was made by a newer version of Naast (project format {header.user_version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Naast to open it."
        )
    return header


def check_writable(path: Path) -> None:
    """Writing needs the file and its folder (SQLite keeps its WAL and lock files beside it)."""
    marked_read_only = not path.stat().st_mode & 0o222  # respected even when running as root
    if marked_read_only or not os.access(path, os.W_OK):
        raise ProjectError(f"{path} is read-only; open it read-only or copy it somewhere writable.")
    if not os.access(path.parent, os.W_OK):
        raise ProjectError(
            f"The folder {path.parent} is read-only; Naast needs to write beside the project file."
        )


class ProjectLock:
    """An advisory lock on ``<project>.lock``: one writer per project, across processes and windows.

    ``flock`` locks belong to an open file, so the operating system releases them if Naast crashes,
    and a second opening inside the same process is refused just like one from another process.
    """

    def __init__(self, project_path: Path) -> None:
        self.path = project_path.with_name(project_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise ProjectLocked(
                f"{self.path.with_suffix('')} is already open elsewhere (process {holder}). "
                "Close it there first, or open it read-only."
            ) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None
        # The file stays: unlinking it would let two processes lock two different files.


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with foreign keys on."""
    if read_only:
        uri = f"file:{path}?mode=ro"
        if not os.access(path.parent, os.W_OK):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn
