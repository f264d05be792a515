"""A Naast project: one SQLite file, changed only through commands, with persistent undo/redo."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

from naast.core.commands import Changes, Command, Key, Row, RowOp
from naast.core.errors import (
    DamagedProject,
    InvalidCommand,
    NaastError,
    ProjectDamagedWhileOpen,
    ProjectError,
)
from naast.store import backups as backups_module
from naast.store import files, integrity
from naast.store.backups import BackupPolicy
from naast.store.executor import Executor, Schema, _quote
from naast.store.history_json import ops_from_json, ops_json
from naast.store.version import SCHEMA_VERSION


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


_STEP_COLUMNS = "id, label, ops, inverse, batch"  # of a history entry, to undo or redo it


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

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: files.ProjectLock | None,
        *,
        backups: BackupPolicy | None = None,
    ) -> None:
        self.path = path
        self.real_path = Path(os.path.realpath(path))  # a symbolic link opens its target
        self.conn = conn
        self.read_only = lock is None
        self._lock = lock
        self._schema = Schema(conn)
        self._executor = Executor(conn, self._schema)
        self._merge_set = False  # FTS5's automerge, set once per session (see index_pending)
        self._backups = backups or BackupPolicy.from_environment()
        self._wrote = False  # a change was committed: closing makes the day's backup
        self._damaged = False  # SQLite reported damage: no more writing
        #: The opening check left the tables that grow with the documents to the caller
        #: (``open(check_later=True)`` of a large file): see ``integrity.DeferredCheck``.
        self.checked_later = False
        self._batch_label: str | None = None  # an open batch (see batch()), made at its first entry
        self._batch: int | None = None

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, backups: BackupPolicy | None = None) -> Self:
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise ProjectError(f"{path} already exists; choose another name or open it.")
        if not path.parent.is_dir():
            raise ProjectError(f"The folder {path.parent} does not exist.")
        _claim_new_file(path)
        lock = files.ProjectLock(path)
        try:
            lock.acquire()
            conn = files.connect(path, read_only=False)
            _migrate(conn)
            # Write the header (application id, schema version) into the file itself, not just the
            # WAL, so the file identifies itself even if Naast stops before closing it.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlite3.Error, ProjectError) as exc:
            lock.release()
            path.unlink(missing_ok=True)
            if isinstance(exc, ProjectError):
                raise
            raise ProjectError(f"Could not create {path}: {exc}.") from exc
        return cls(path, conn, lock, backups=backups)

    @staticmethod
    def needs_upgrade(path: Path | str) -> bool:
        """Whether opening ``path`` for writing brings it to this version's schema (a backup of the
        whole file, then the migrations: half a minute for 100,000 documents). False for a file
        that is not a project of an older step: opening it says what is wrong."""
        try:
            return files.check_project_file(Path(path)).user_version < SCHEMA_VERSION
        except (NaastError, OSError, ValueError):
            return False

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        backups: BackupPolicy | None = None,
        check_later: bool = False,
    ) -> Self:
        """Open a project; for writing, only a file that is whole and agrees with its schema.

        ``check_later``: the caller checks the history of a large file after opening
        (``integrity.DeferredCheck``, as the window does on a worker), so the opening check
        leaves it out; ``checked_later`` then says whether it did. Read-only, it says the caller
        does not read the history (SQLite reports a damaged page of it where it is read).

        A symbolic link opens the file it points to, under that file's lock; a file with more
        than one hard link opens read-only only (see ``files.check_single_name``)."""
        path = Path(path)
        try:
            return cls._open(path, read_only=read_only, backups=backups, check_later=check_later)
        except DamagedProject as exc:
            if exc.backup is not None or isinstance(exc, ProjectDamagedWhileOpen):
                raise
            last = backups_module.latest_backup(Path(os.path.realpath(path)), backups)
            raise DamagedProject(
                str(path), exc.detail, kind=exc.kind, backup=str(last) if last else None
            ) from exc

    @classmethod
    def _open(cls, path: Path, *, read_only: bool, backups: BackupPolicy | None, check_later: bool) -> Self:
        header = files.check_project_file(path)
        if read_only:
            conn = _connect_read_only(path, header.user_version, check_later=check_later)
            return cls(path, conn, None, backups=backups)
        real = Path(os.path.realpath(path))
        files.check_writable(real)
        files.check_single_name(real)
        lock = files.ProjectLock(real)
        lock.acquire()
        conn: sqlite3.Connection | None = None
        try:
            left_out = _verify(real, str(path), header.user_version, check_later=check_later)
            conn = files.connect(real, read_only=False)
            project = cls(path, conn, lock, backups=backups)
            if header.user_version < SCHEMA_VERSION:
                project._back_up_quietly()  # the old format, before it changes
                _migrate(conn)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                project = cls(path, conn, lock, backups=backups)
            project.checked_later = left_out
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            if isinstance(exc, sqlite3.DatabaseError) and integrity.is_corruption(exc):
                raise DamagedProject(str(path), str(exc)) from exc
            if isinstance(exc, sqlite3.Error):
                raise ProjectError(f"{path} could not be opened for writing ({exc}).") from exc
            raise
        return project

    def close(self) -> None:
        """Finish the session: index waiting documents, make the day's backup if anything changed,
        fold the WAL into the file (the last connection's close then removes ``-wal`` and
        ``-shm``) and release the lock, removing its file."""
        if self.conn is not None:
            if not self.read_only and not self._damaged:
                self._index_pending_on_close()
                with suppress(sqlite3.Error):
                    if self._wrote:  # a session that changed nothing leaves the file as it was
                        self.conn.execute("PRAGMA optimize")
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                if self._wrote:
                    self._back_up_quietly()
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def back_up(self, *, replace: bool = False) -> Path | None:
        """Today's backup now (see ``naast.store.backups``); its path, or None if it existed."""
        return backups_module.back_up(self.conn, self.real_path, self._backups, replace=replace)

    def _back_up_quietly(self) -> None:
        """A failed backup never stops closing or opening; the project itself is unchanged."""
        with suppress(NaastError):
            self.back_up()

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
            from naast.store import reuse_index  # numpy loads when there is work, not at start-up

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
        """One transaction. SQLite's result is checked: damage reported by SQLite stops writing
        for the rest of the session, a full disk or an I/O error is one sentence."""
        if self.read_only:
            raise ProjectError(f"{self.path} is open read-only; changes are not possible.")
        if self._damaged:
            raise ProjectDamagedWhileOpen(str(self.path), "SQLite reported damage earlier")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise self._write_error(exc) from exc
        self._wrote = True

    def mark_damaged(self) -> None:
        """Stop writing for the rest of the session: a check after opening found damage."""
        self._damaged = True

    def _write_error(self, exc: sqlite3.DatabaseError) -> Exception:
        if integrity.is_corruption(exc):
            self._damaged = True
            return ProjectDamagedWhileOpen(str(self.path), str(exc))
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL"):
            return ProjectError(f"The disk holding {self.path} is full; the change was not saved.")
        if name.startswith(("SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")):
            return ProjectError(f"{self.path} could not be written ({exc}); the change was not saved.")
        if name.startswith("SQLITE_BUSY"):
            return ProjectError(f"{self.path} is busy in another program; the change was not saved.")
        return exc

    @contextmanager
    def synced_at_end(self) -> Iterator[None]:
        """Many commits in a row (an import): each is written as it commits but synced to the
        disk once, at the end, instead of once per commit. A crash of Naast still loses nothing
        committed; a power loss during the batch can cost the batch's last commits."""
        self.defer_sync()
        try:
            yield
        finally:
            self.end_deferred_sync()

    def defer_sync(self) -> None:
        """Start a batch of commits synced once, by :meth:`end_deferred_sync` (see
        :meth:`synced_at_end`; the GUI's import spans many events, so it calls both)."""
        if not self.read_only and self.conn is not None:
            self.conn.execute("PRAGMA synchronous=NORMAL")

    def end_deferred_sync(self) -> None:
        if self.read_only or self.conn is None:  # an abandoned import may finish after closing
            return
        with suppress(sqlite3.Error):  # syncs the WAL, then folds what it can into the file
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def apply(self, command: Command, *, coder: str = "") -> Changes:
        """Plan and apply ``command`` in one transaction and record it for undo.

        The history keeps only the direction needed next: the inverse rows now; when undone, the
        rows that redo it (the executor's exact inverse of the undo). An import so stores a few keys
        rather than a second copy of the document's text. Inside :meth:`batch` the entry joins the
        batch's one undo step.
        """
        batch = self._batch
        with self._write():
            ops = list(command.plan(_PlanningView(self._executor)))
            if not ops:
                return Changes(command.label)
            inverse = self._executor.run(ops)
            if self.conn.execute("DELETE FROM history WHERE undone = 1").rowcount:
                self.conn.execute(
                    "DELETE FROM history_batches WHERE id NOT IN"
                    " (SELECT batch FROM history WHERE batch IS NOT NULL)"
                )
            if self._batch_label is not None and batch is None:
                batch = self.conn.execute(
                    "INSERT INTO history_batches (label) VALUES (?)", [self._batch_label]
                ).lastrowid
            self.conn.execute(
                "INSERT INTO history (label, coder, applied_at, ops, inverse, batch)"
                " VALUES (?, ?, ?, '[]', ?, ?)",
                [command.label, coder, now_iso(), ops_json(inverse), batch],
            )
        if self._batch_label is not None:
            self._batch = batch  # only once committed: a rolled-back first entry made no batch
        return Changes.from_ops(command.label, ops)

    @contextmanager
    def batch(self, label: str) -> Iterator[None]:
        """The commands applied inside are one undo step, labelled ``label`` (``{n}``: how many).

        Each command still commits in its own transaction: a batch cut short (an error, a crash)
        keeps what was committed, as one shorter step. A batch of one is an ordinary entry.
        """
        self.begin_batch(label)
        try:
            yield
        finally:
            self.end_batch()

    def begin_batch(self, label: str) -> None:
        """Start a batch (see :meth:`batch`; the GUI's import spans many events, so it calls both)."""
        self._batch_label, self._batch = label, None

    def end_batch(self) -> None:
        batch, self._batch_label, self._batch = self._batch, None, None
        if batch is None or self.read_only or self.conn is None:
            return
        (size,) = self.conn.execute("SELECT COUNT(*) FROM history WHERE batch = ?", [batch]).fetchone()
        if size == 1:  # one command: its own label says more than "Import of 1 documents"
            with self._write():
                self.conn.execute("UPDATE history SET batch = NULL WHERE batch = ?", [batch])
                self.conn.execute("DELETE FROM history_batches WHERE id = ?", [batch])

    def apply_many(self, commands: Sequence[Command], *, coder: str = "") -> list[Changes]:
        """Apply commands one after another, each in its own transaction and history entry."""
        return [self.apply(command, coder=coder) for command in commands]

    def undo(self) -> Changes | None:
        return self._step(undo=True)

    def redo(self) -> Changes | None:
        return self._step(undo=False)

    def _step(self, *, undo: bool) -> Changes | None:
        """Undo (or redo) the newest (oldest undone) step: one entry, or every entry of its batch,
        in one transaction, newest first when undoing and oldest first when redoing."""
        with self._write():
            top = self._next_entry(undo=undo)
            if top is None:
                return None
            entries = [top]
            if top["batch"] is not None:
                order = "DESC" if undo else "ASC"
                entries = self.conn.execute(
                    "SELECT id, label, ops, inverse, batch FROM history WHERE batch = ? AND undone = ?"
                    f" ORDER BY id {order}",
                    [top["batch"], int(not undo)],
                ).fetchall()
            label = self._label(top)
            done: list[RowOp] = []
            for entry in entries:
                ops = ops_from_json(entry["inverse"] if undo else entry["ops"])
                try:
                    back = ops_json(self._executor.run(ops))  # what steps the other way next time
                except InvalidCommand as exc:
                    raise ProjectError(f"Cannot {'undo' if undo else 'redo'} {label!r}: {exc}") from exc
                redo, inverse = (back, "[]") if undo else ("[]", back)
                self.conn.execute(
                    "UPDATE history SET undone = ?, ops = ?, inverse = ? WHERE id = ?",
                    [int(undo), redo, inverse, entry["id"]],
                )
                done += ops
        return Changes.from_ops(label, done)

    def _next_entry(self, *, undo: bool, columns: str = _STEP_COLUMNS) -> sqlite3.Row | None:
        """The entry undo (or redo) takes next; the labels ask only for ``label, batch``, not for
        the rows it would apply (a redo holds a whole document's text)."""
        sql = (
            f"SELECT {columns} FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1"
            if undo
            else f"SELECT {columns} FROM history WHERE undone = 1 ORDER BY id LIMIT 1"
        )
        return self.conn.execute(sql).fetchone()

    def _label(self, entry: sqlite3.Row) -> str:
        """An entry's label, or its batch's with ``{n}`` the number of entries in the batch."""
        if entry["batch"] is None:
            return str(entry["label"])
        row = self.conn.execute(
            "SELECT b.label, (SELECT COUNT(*) FROM history WHERE batch = b.id) FROM history_batches AS b"
            " WHERE b.id = ?",
            [entry["batch"]],
        ).fetchone()
        return str(entry["label"]) if row is None else str(row[0]).replace("{n}", str(row[1]))

    def undo_label(self) -> str | None:
        found = self._next_entry(undo=True, columns="label, batch")
        return self._label(found) if found else None

    def redo_label(self) -> str | None:
        found = self._next_entry(undo=False, columns="label, batch")
        return self._label(found) if found else None

    def history(self, limit: int = 100) -> list[HistoryEntry]:
        cur = self.conn.execute(
            "SELECT id, label, coder, applied_at, undone FROM history ORDER BY id DESC LIMIT ?", [limit]
        )
        return [HistoryEntry(r[0], r[1], r[2], r[3], bool(r[4])) for r in cur.fetchall()]


def _migrate(conn: sqlite3.Connection) -> None:
    from naast.store.schema import migrate  # loads sqlite-utils only when a file needs migrating

    migrate(conn)


def _claim_new_file(path: Path) -> None:
    """Make the empty file a new project starts as; of two processes creating it, one wins."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666))
    except FileExistsError as exc:
        raise ProjectError(f"{path} already exists; choose another name or open it.") from exc
    except OSError as exc:
        raise ProjectError(f"{path} cannot be created: {exc.strerror}.") from exc


def _connect_read_only(path: Path, version: int, *, check_later: bool = False) -> sqlite3.Connection:
    """A read-only connection to a file that passes ``quick_check`` (a damaged page would
    otherwise stop a read half-way, or silently shorten what it shows)."""
    _verify(path, str(path), version, schema=False, check_later=check_later)
    try:
        return files.connect(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise DamagedProject(str(path), str(exc)) from exc


def _size_with_wal(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _verify(path: Path, name: str, version: int, *, schema: bool = True, check_later: bool = False) -> bool:
    """Refuse a damaged file, or one that disagrees with its schema, before it is used; says
    whether the check left tables to the caller (``check_later`` and a large file)."""
    try:
        conn = files.connect_to_check(path)
    except sqlite3.DatabaseError as exc:
        raise DamagedProject(name, str(exc)) from exc
    size = _size_with_wal(path)
    try:
        integrity.verify(conn, name, version, schema=schema, size=size, later=check_later)
    finally:
        conn.close()
    return check_later and integrity.is_large(size)
