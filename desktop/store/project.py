"""A Naast project: one SQLite file, changed only through commands, with persistent undo/redo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

from desktop.core.commands import Changes, Command, Key, Row
from desktop.core.errors import InvalidCommand, ProjectError
from desktop.store import files
from desktop.store.executor import Executor, Schema, _quote
from desktop.store.history_json import ops_from_json, ops_json
from desktop.store.version import SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    label: str
    coder: str
    applied_at: str
    undone: bool


# FTS5 merges its index segments once this many of one size exist (4 by default). Each import
# batch adds a segment; merging eight at a time cut indexing by a fifth, and a search reads a
# few more segments. The setting is stored in the index itself.
_FTS_AUTOMERGE = "INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 8)"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _PlanningView:
    """The ``ProjectView`` a command plans against, inside the write transaction."""

    def __init__(self, executor: Executor) -> None:
        self._executor = executor
        self._handed_out: dict[str, int] = {}

    def get(self, table: str, key: Key) -> Row | None:
        return self._executor.get(table, key)

    def rows(self, table: str, where: Mapping[str, Any] | None = None) -> list[Row]:
        where = where or {}
        cur = self._executor.conn.execute(_rows_sql(table, tuple(where)), list(where.values()))
        return [dict(r) for r in cur.fetchall()]

    def new_id(self, table: str) -> int:
        if table not in self._handed_out:
            cur = self._executor.conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {_quote(table)}")
            self._handed_out[table] = cur.fetchone()[0]
        self._handed_out[table] += 1
        return self._handed_out[table]


@lru_cache(maxsize=256)
def _rows_sql(table: str, columns: tuple[str, ...]) -> str:
    """The query of ``_PlanningView.rows``, made once per table and columns (an import asks a few
    times per document)."""
    clause = " AND ".join(f"{_quote(c)} IS ?" for c in columns) or "1"
    return f"SELECT * FROM {_quote(table)} WHERE {clause}"


class Project:
    """An open project. Create with :meth:`create` or :meth:`open`; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: files.ProjectLock | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = lock is None
        self._lock = lock
        self._schema = Schema(conn)
        self._executor = Executor(conn, self._schema)
        self._merge_set = False  # FTS5's automerge, set once per session (see index_pending)

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> Self:
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path} already exists; choose another name or open it.")
        if not path.parent.is_dir():
            raise ProjectError(f"The folder {path.parent} does not exist.")
        lock = files.ProjectLock(path)
        lock.acquire()
        try:
            conn = files.connect(path, read_only=False)
            _migrate(conn)
            # Write the header (application id, schema version) into the file itself, not just the
            # WAL, so the file identifies itself even if Naast stops before closing it.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            lock.release()
            path.unlink(missing_ok=True)
            raise ProjectError(f"Could not create {path}: {exc}.") from exc
        return cls(path, conn, lock)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Self:
        path = Path(path)
        header = files.check_project_file(path)
        if read_only:
            return cls(path, files.connect(path, read_only=True), None)
        files.check_writable(path)
        lock = files.ProjectLock(path)
        lock.acquire()
        try:
            conn = files.connect(path, read_only=False)
            if header.user_version < SCHEMA_VERSION:
                _migrate(conn)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    def close(self) -> None:
        if self.conn is not None:
            if not self.read_only:
                self._index_pending_on_close()
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _index_pending_on_close(self) -> None:
        """A file at rest has a complete index; if indexing fails now, the next session does it."""
        with suppress(ProjectError):
            self.index_pending()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def count(self, table: str) -> int:
        self._schema.check_table(table)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {_quote(table)}").fetchone()[0])

    def counts(self) -> dict[str, int]:
        tables = ("documents", "units", "footnotes", "actors", "topics", "stances", "claims")
        return {t: self.count(t) for t in (*tables, "claim_links", "memos", "history")}

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row is not None else default

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Read-only SQL for the store's own read modules."""
        return self.conn.execute(sql, params).fetchall()

    def pending_search(self) -> int:
        """How many documents wait to be added to the full-text index (see ``index_pending``)."""
        if self.schema_version < 3:
            return 0  # an older file open read-only indexes every document at once
        return int(self.conn.execute("SELECT COUNT(*) FROM search_pending").fetchone()[0])

    # -- changing ------------------------------------------------------------------------------

    def index_pending(self, fingerprinted: Mapping[int, Any] | None = None) -> int:
        """Add the documents waiting in ``search_pending`` to the full-text index and bring the
        reuse index up to date (``reuse_index.update``), in one transaction; returns how many.
        Upkeep of a derived index, not a change of the user's: it has no history entry. FTS5
        indexes a batch for a third of what it costs one document at a time. ``fingerprinted``:
        reuse fingerprints already computed (by import workers) per document id."""
        if self.read_only or not self._derived_pending():
            return 0
        try:
            from desktop.store import reuse_index  # numpy loads when there is work, not at start-up

            with self._write():
                reuse_index.update(self.conn, fingerprinted)
                if not self._merge_set:
                    self.conn.execute(_FTS_AUTOMERGE)
                    self._merge_set = True
                count = self.conn.execute(
                    """INSERT INTO documents_fts (rowid, title, text)
                       SELECT d.id, d.title, d.text
                       FROM search_pending AS p JOIN documents AS d ON d.id = p.document_id"""
                ).rowcount
                self.conn.execute("DELETE FROM search_pending")
        except sqlite3.Error as exc:
            raise ProjectError(f"Could not update the search index of {self.path.name}: {exc}.") from exc
        return count

    def _derived_pending(self) -> bool:
        """Whether the full-text or the reuse index has work waiting."""
        sql = """SELECT EXISTS (SELECT 1 FROM search_pending) OR EXISTS (SELECT 1 FROM reuse_pending)
                 OR EXISTS (SELECT 1 FROM reuse_stale)"""
        return bool(self.conn.execute(sql).fetchone()[0])

    @contextmanager
    def _write(self) -> Iterator[None]:
        if self.read_only:
            raise ProjectError(f"{self.path} is open read-only; changes are not possible.")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def apply(self, command: Command, *, coder: str = "") -> Changes:
        """Plan and apply ``command`` in one transaction and record it for undo.

        The history keeps only the direction needed next: the inverse rows now; when undone, the
        rows that redo it (the executor's exact inverse of the undo). An import so stores a few keys
        rather than a second copy of the document's text.
        """
        with self._write():
            ops = list(command.plan(_PlanningView(self._executor)))
            if not ops:
                return Changes(command.label)
            inverse = self._executor.run(ops)
            self.conn.execute("DELETE FROM history WHERE undone = 1")
            self.conn.execute(
                "INSERT INTO history (label, coder, applied_at, ops, inverse) VALUES (?, ?, ?, '[]', ?)",
                [command.label, coder, now_iso(), ops_json(inverse)],
            )
        return Changes.from_ops(command.label, ops)

    def apply_many(self, commands: Sequence[Command], *, coder: str = "") -> list[Changes]:
        """Apply commands one after another, each in its own transaction and history entry."""
        return [self.apply(command, coder=coder) for command in commands]

    def undo(self) -> Changes | None:
        return self._step(undo=True)

    def redo(self) -> Changes | None:
        return self._step(undo=False)

    def _step(self, *, undo: bool) -> Changes | None:
        with self._write():
            sql = (
                "SELECT id, label, ops, inverse FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1"
                if undo
                else "SELECT id, label, ops, inverse FROM history WHERE undone = 1 ORDER BY id LIMIT 1"
            )
            entry = self.conn.execute(sql).fetchone()
            if entry is None:
                return None
            ops = ops_from_json(entry["inverse"] if undo else entry["ops"])
            try:
                back = ops_json(self._executor.run(ops))  # what steps the other way next time
            except InvalidCommand as exc:
                raise ProjectError(f"Cannot {'undo' if undo else 'redo'} {entry['label']!r}: {exc}") from exc
            redo, inverse = (back, "[]") if undo else ("[]", back)
            self.conn.execute(
                "UPDATE history SET undone = ?, ops = ?, inverse = ? WHERE id = ?",
                [int(undo), redo, inverse, entry["id"]],
            )
        return Changes.from_ops(entry["label"], ops)

    def undo_label(self) -> str | None:
        row = self.conn.execute("SELECT label FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1")
        found = row.fetchone()
        return found[0] if found else None

    def redo_label(self) -> str | None:
        row = self.conn.execute("SELECT label FROM history WHERE undone = 1 ORDER BY id LIMIT 1")
        found = row.fetchone()
        return found[0] if found else None

    def history(self, limit: int = 100) -> list[HistoryEntry]:
        cur = self.conn.execute(
            "SELECT id, label, coder, applied_at, undone FROM history ORDER BY id DESC LIMIT ?", [limit]
        )
        return [HistoryEntry(r[0], r[1], r[2], r[3], bool(r[4])) for r in cur.fetchall()]


def _migrate(conn: sqlite3.Connection) -> None:
    from desktop.store.schema import migrate  # loads sqlite-utils only when a file needs migrating

    migrate(conn)
