"""Is a project file whole, and does its schema agree with the format it claims?

Opening a project for writing runs both checks before anything is written, so that a damaged
file, or one whose tables disagree with its schema version, is refused with one sentence and
left exactly as it was (``naast recover`` rescues what it holds).

``PRAGMA quick_check`` reads every page of the file and checks each b-tree, but not that the
indexes agree with their tables (``integrity_check`` does that too, for ``naast check``).

Reading every page takes about a second per 1.5 GB, so a project of the whole record (100,000
documents, several GB) would wait many seconds at every opening. Files larger than
:data:`FULL_CHECK_BYTES` therefore get the check of every table that holds the researcher's own
work (claims, topics, links, notes, history …) and the file's structure (header against size,
schema), and not of the bulk tables that are the imported documents and their derived indexes
(:data:`BULK_TABLES`): those can be imported again, and a damaged page there is still reported by
SQLite when it is read, which stops writing for the session. The history (:data:`DEFERRED_TABLES`:
every command's rows, most of it those of imports, so it grows with the documents) and the bulk
tables are then read after opening, on a worker (:class:`DeferredCheck`): damage found there
stops writing too. ``naast check`` always reads all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

from naast.core.errors import DamagedProject

#: SQLite's primary result codes that mean the file itself is damaged.
_CORRUPTION = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_SHOWN = 3  # problems named in a message


def is_corruption(exc: BaseException) -> bool:
    """True if ``exc`` is SQLite saying the database file is damaged."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(_CORRUPTION):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def quick_check(conn: sqlite3.Connection, *, limit: int = 10) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong (empty when the file is whole)."""
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(limit)})").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


#: Files up to this size are read whole at every opening: about a second cold at the 52–110 MB/s
#: this machine's disk reads (about 1,000 documents).
FULL_CHECK_BYTES = 64 * 2**20
#: Tables of imported text and what is derived from it, left to ``naast check`` in large files
#: (and to the check a worker runs after opening). ``document_actors`` (who asked and answered
#: each document) is written with the document by its import, like its units: at 100,000
#: documents its pages lie among theirs, and reading it cold took 0.4 s of every opening.
BULK_TABLES = ("documents", "units", "footnotes", "document_actors", "search_pending", "document_provenance")
BULK_PREFIXES = ("documents_fts", "documents_list", "reuse_")
#: The researcher's tables that grow with the documents: in a large file, checked after opening.
DEFERRED_TABLES = ("history",)


def is_large(size: int) -> bool:
    """Whether a file of ``size`` bytes (with its WAL) gets the bounded opening check."""
    return size > FULL_CHECK_BYTES


def checked_at_opening(table: str, *, later: bool = True) -> bool:
    """Whether the opening check of a large file reads ``table``; ``later``: the history is
    checked after opening (:class:`DeferredCheck`)."""
    skipped = table in BULK_TABLES or (later and table in DEFERRED_TABLES) or table.startswith(BULK_PREFIXES)
    return not (skipped or table.startswith("sqlite_"))


def _left_to_later(table: str) -> bool:
    """A table of the project (not SQLite's own) that the opening check of a large file skips."""
    return not checked_at_opening(table) and not table.startswith("sqlite_")


def _tables_checked(
    conn: sqlite3.Connection,
    wanted: Callable[[str], bool],
    *,
    limit: int = 10,
    stopped: Callable[[], bool] = lambda: False,
) -> list[str]:
    """``quick_check`` of every table of the file that ``wanted`` names, problems once each;
    none after ``stopped`` says so (an interrupted table reads as an error, not as the end)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    problems: list[str] = []
    for name in filter(wanted, names):
        if stopped():
            break
        problems += [p for p in quick_check_of(conn, name, limit=limit) if p not in problems]
    return problems


class DeferredCheck:
    """``quick_check`` of every table the opening check of a large file left out, on a read-only
    connection of its own (for a worker thread); :meth:`interrupt` stops it from another thread
    (a project closed meanwhile), and an interrupted check finds nothing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.interrupted = False
        self._conn: sqlite3.Connection | None = None

    def run(self) -> list[str]:
        from naast.store import files

        self._conn = conn = files.connect(self.path, read_only=True)
        if self.interrupted:
            conn.close()
            return []
        try:
            problems = _tables_checked(conn, _left_to_later, stopped=lambda: self.interrupted)
            return [] if self.interrupted else problems
        except sqlite3.DatabaseError as exc:
            return [] if self.interrupted else [str(exc)]
        finally:
            conn.close()

    def interrupt(self) -> None:
        self.interrupted = True
        if self._conn is not None:
            with suppress(sqlite3.Error):
                self._conn.interrupt()


def opening_check(conn: sqlite3.Connection, size: int, *, limit: int = 10, later: bool = False) -> list[str]:
    """The check before a project is used: all of ``quick_check`` for a file of at most
    :data:`FULL_CHECK_BYTES`, else the researcher's tables and the file's structure."""
    if not is_large(size):
        return quick_check(conn, limit=limit)
    try:
        page_size, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
        if page_size * pages > size:
            return [f"the file is shorter than its {pages} pages: it was cut off"]
        return _tables_checked(conn, lambda t: checked_at_opening(t, later=later), limit=limit)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def quick_check_of(conn: sqlite3.Connection, table: str, *, limit: int = 10) -> list[str]:
    """``quick_check`` of one table and its indexes."""
    try:
        quoted = table.replace('"', '""')
        rows = [r[0] for r in conn.execute(f'PRAGMA quick_check("{quoted}")').fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows[:limit]


def integrity_check(conn: sqlite3.Connection, *, limit: int = 100) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong, indexes included."""
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def schema_problems(conn: sqlite3.Connection, version: int) -> list[str]:
    """Tables and columns that schema ``version`` has and the file lacks, and migrations the file
    records that disagree with its version number."""
    expected_tables, expected_migrations = expected_schema(version)
    try:
        found = _tables(conn)
        recorded = _recorded_migrations(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems: list[str] = []
    for table, columns in expected_tables.items():
        if table not in found:
            problems.append(f"the table {table} is missing")
            continue
        missing = [c for c in columns if c not in found[table]]
        if missing:
            problems.append(f"the table {table} lacks the column {', '.join(missing)}")
    if recorded is not None and sorted(recorded) != sorted(expected_migrations):
        problems.append(f"its record of migrations ({len(recorded)} steps) disagrees with its format number")
    return problems


@lru_cache(maxsize=8)
def expected_schema(version: int) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Tables with their columns, and migration names, of schema ``version``: for the newest,
    the record of them (``schema_reference``, checked by a test), else the migrations run."""
    from naast.store import schema_reference

    if version == schema_reference.VERSION and schema_reference.TABLES:
        return dict(schema_reference.TABLES), schema_reference.MIGRATIONS
    return schema_from_migrations(version)


def schema_from_migrations(version: int) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Tables with their columns, and migration names, of schema ``version``: the migrations
    themselves, run on an empty database in memory (their only definition)."""
    conn, names = reference_database(version)
    tables = _tables(conn)
    conn.close()
    return tables, names


def reference_database(version: int) -> tuple[sqlite3.Connection, tuple[str, ...]]:
    """An empty database in memory with schema ``version``, and the names of its migrations."""
    from sqlite_utils import Database

    from naast.store.schema import migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    steps = migrations._migrations[:version]
    db = Database(conn)
    migrations.ensure_migrations_table(db)
    for step in steps:
        with db.atomic():
            step.fn(db)
    return conn, tuple(step.name for step in steps)


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    names = [n for n in names if n != "_sqlite_migrations"]
    return {n: tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')) for n in names}


def _recorded_migrations(conn: sqlite3.Connection) -> list[str] | None:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone()
    if has is None:
        return None
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'naast' ORDER BY rowid"
        )
    ]


def verify(
    conn: sqlite3.Connection,
    path: str,
    version: int,
    *,
    schema: bool = True,
    size: int = 0,
    later: bool = False,
) -> None:
    """Raise :class:`DamagedProject` if the file is damaged (:func:`opening_check` for a file of
    ``size`` bytes) or (``schema``) disagrees with its schema. The schema check runs the
    migrations in memory, which loads sqlite-utils (and numpy with it, 0.4 s): done before
    writing, not for reading."""
    problems = opening_check(conn, size, later=later)
    if problems:
        raise DamagedProject(path, _summary(problems), kind="damaged")
    if not schema:
        return
    mismatch = schema_problems(conn, version)
    if mismatch:
        raise DamagedProject(path, _summary(mismatch), kind="schema")


def _summary(problems: list[str]) -> str:
    shown = "; ".join(p.rstrip(".") for p in problems[:_SHOWN])
    more = len(problems) - _SHOWN
    return shown + (f" (and {more} more)" if more > 0 else "")


def describe_database_error(exc: BaseException) -> str | None:
    """One sentence for an SQLite error that reached the command line, or None if it is none."""
    if not isinstance(exc, sqlite3.Error):
        return None
    if is_corruption(exc):
        return (
            f"the project file is damaged (SQLite: {exc}); nothing was changed: run 'naast check' "
            "to see what, and 'naast recover' to rescue its contents into a new project."
        )
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_BUSY"):
        return "the project is busy in another program; try again when it is done."
    if name.startswith("SQLITE_FULL"):
        return "the disk is full; the change was not saved."
    return f"the project file could not be used (SQLite: {exc}); nothing was changed."
