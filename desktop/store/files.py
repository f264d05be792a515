"""Checking, locking and connecting to project files, without ever changing a file we refuse.

A file is validated from its raw header bytes before SQLite touches it, so a file that is not a
Naast project, or one from a newer Naast, is left byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from naast.core.errors import ProjectError
from naast.store.locking import ProjectLock
from naast.store.version import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["Header", "ProjectLock", "check_project_file", "check_single_name", "check_writable", "connect"]

SQLITE_MAGIC = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".naast"


@dataclass(frozen=True, slots=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    """The two header fields that say whether a file is a Naast project, and of which version."""
    try:
        status = path.stat()
    except FileNotFoundError as exc:
        raise ProjectError(f"There is no project at {path}.") from exc
    except OSError as exc:
        raise ProjectError(f"{path} cannot be reached: {exc.strerror}.") from exc
    if stat.S_ISDIR(status.st_mode):
        raise ProjectError(f"{path} is a folder, not a Naast project file.")
    if not stat.S_ISREG(status.st_mode):  # a FIFO would block the open, a device never end
        raise ProjectError(f"{path} is not a regular file, so it cannot be a Naast project.")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except PermissionError as exc:
        raise ProjectError(f"{path} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise ProjectError(f"{path} cannot be read: {exc.strerror}.") from exc
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


def check_single_name(path: Path) -> None:
    """A file with several hard links is refused for writing: SQLite keeps its ``-wal`` and
    ``-shm`` beside the name it was opened by, so each name would get a journal of its own and
    commits made through one name would be lost or damage the file through the other."""
    links = path.stat().st_nlink
    if links > 1:
        raise ProjectError(
            f"{path} has {links} names (hard links), and SQLite keeps a separate journal for each "
            "name, so writing through two of them can damage it; open it read-only, or copy it "
            "to a file of its own and open that."
        )


def connect_to_check(path: Path) -> sqlite3.Connection:
    """A connection for checking a file before it is used.

    When no ``-wal`` or ``-shm`` stands beside it, no connection has it open and nothing waits
    to be folded in: then ``immutable`` (SQLite creates no ``-wal`` or ``-shm`` and takes no lock,
    so a refused file leaves nothing behind). Otherwise an ordinary read-only connection, so
    that committed pages in the WAL count and a writer's checkpoint cannot tear what it reads."""
    journal = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    if any(p.exists() for p in journal):
        return connect(path, read_only=True)
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


WRITER_CACHE_KIB = -65536  # negative: KiB, as SQLite's cache_size takes it


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with foreign keys on."""
    if read_only:
        uri = f"file:{quote(str(path))}?mode=ro"
        if not os.access(path.parent, os.W_OK):
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on the disk when it returns, so a claim reported saved survives a
        # power loss (NORMAL could lose the last commits; see the README's durability section).
        conn.execute("PRAGMA synchronous=FULL")
        # The writer keeps up to 64 MB of pages (SQLite's default is 2 MB): an import batch
        # writes its postings and full-text pages without reading them back from the disk.
        conn.execute(f"PRAGMA cache_size={WRITER_CACHE_KIB}")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn
