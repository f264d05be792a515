"""A read-only connection of its own, for a worker thread.

An SQLite connection serves the thread that made it, and the project's one connection belongs to
the GUI thread. The store's read functions ask their ``project`` argument only for ``query``, so a
worker passes a :class:`Reader` instead. The project was opened and checked by whoever hands the
path on; a reader sees what is committed, as SQLite's write-ahead log gives every reader.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

from naast.store import files


class Queryable(Protocol):
    """What the store's read functions ask of their source: a project, or a :class:`Reader`."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]: ...


class Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = files.connect(path, read_only=True)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, list(params)).fetchall()

    @property
    def schema_version(self) -> int:
        """The file's schema step, as :attr:`Project.schema_version` gives it (the store's readers
        choose their SQL by it)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
