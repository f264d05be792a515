"""Rescue what a damaged project still holds into a new project: ``recover(damaged, new)``.

The damaged file is read page by page without SQLite (``pages``), its rows assigned to tables by
the file's own structure or, where that is damaged, by their shape (``tables``). Every readable
row of every table the current schema has (documents, units, claims, codebook, history,
settings …) is written into a new project in one transaction; rows that refer to a row that was
lost lose that reference (when the column allows NULL, as deleting would) or are left out, and
the report says how many. The full-text index is rebuilt. The damaged file is never written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from naast.core.errors import ProjectError
from naast.store import integrity
from naast.store.backups import BackupPolicy
from naast.store.project import Project
from naast.store.recovery.pages import BadPage, PageFile
from naast.store.recovery.tables import DERIVED as _DERIVED
from naast.store.recovery.tables import Column, Found, TableShape, gather
from naast.store.version import SCHEMA_VERSION


@dataclass
class RecoveryReport:
    rescued: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)  # rows left out: they refer to lost rows
    cleared: dict[str, int] = field(default_factory=dict)  # references to lost rows set to NULL
    lost_pages: dict[str, list[int]] = field(default_factory=dict)
    bad_rows: dict[str, int] = field(default_factory=dict)
    guessed_pages: dict[str, int] = field(default_factory=dict)
    missing_claim_ids: int = 0  # ids below the highest rescued claim id that were not found
    schema_readable: bool = True

    @property
    def complete(self) -> bool:
        return not (self.lost_pages or self.bad_rows or self.dropped)

    def lines(self) -> list[str]:
        rescued = ", ".join(f"{n:,} {t}" for t, n in self.rescued.items() if n)
        lines = [f"Rescued {rescued or 'nothing'}."]
        if not self.schema_readable:
            lines.append("The file's table of contents was unreadable; every row was placed by its shape.")
        for table, pages in sorted(self.lost_pages.items()):
            shown = ", ".join(map(str, pages[:8])) + (" …" if len(pages) > 8 else "")
            if table == "?":
                lines.append(f"Could not place {len(pages)} page(s) in any table (page {shown}).")
            else:
                lines.append(f"Could not read {len(pages)} page(s) of {table} (page {shown}).")
        for table, count in sorted(self.bad_rows.items()):
            lines.append(f"Could not read {count} row(s) of {table} (their data ran onto damaged pages).")
        for table, count in sorted(self.dropped.items()):
            lines.append(f"Left out {count} row(s) of {table} that refer to rows that were lost.")
        for table, count in sorted(self.cleared.items()):
            lines.append(f"Cleared {count} reference(s) in {table} to rows that were lost.")
        for table, count in sorted(self.guessed_pages.items()):
            lines.append(f"Placed {count} page(s) in {table} by the shape of their rows.")
        if self.missing_claim_ids:
            lines.append(
                f"{self.missing_claim_ids} claim number(s) below the highest rescued one were not found "
                "(deleted earlier, or on damaged pages)."
            )
        return lines


def recover(damaged: Path, new: Path) -> RecoveryReport:
    damaged, new = Path(damaged), Path(new)
    if not damaged.is_file():
        raise ProjectError(f"There is no project file at {damaged}.")
    if new.exists() or new.is_symlink():
        raise ProjectError(f"{new} already exists; name a new file to recover into.")
    if not new.parent.is_dir():
        raise ProjectError(f"The folder {new.parent} does not exist.")
    if new.resolve() == damaged.resolve():
        raise ProjectError("Recover into a new file, not into the damaged one.")
    try:
        pages = PageFile.read(damaged)
    except (BadPage, OSError) as exc:
        raise ProjectError(f"{damaged} cannot be recovered: {exc}.") from exc
    try:
        version = pages.user_version if 1 <= pages.user_version <= SCHEMA_VERSION else SCHEMA_VERSION
        shapes = reference_shapes(version)
        found = gather(pages, shapes)
    finally:
        pages.close()
    project = Project.create(new, backups=BackupPolicy(enabled=False))
    try:
        report = _write(project, found, shapes)
        project.conn.execute("INSERT OR IGNORE INTO search_pending (document_id) SELECT id FROM documents")
        project.index_pending()
    except BaseException:
        project.close()
        new.unlink(missing_ok=True)
        raise
    project.close()
    return report


def reference_shapes(version: int) -> dict[str, TableShape]:
    conn, _ = integrity.reference_database(version)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                "AND sql NOT LIKE '%WITHOUT ROWID%'"  # those keep their rows in index pages
            )
        ]
        shapes = {name: _shape(conn, name) for name in names if not name.startswith("sqlite_")}
    finally:
        conn.close()
    return shapes | _SQLITE_OWN


def _text(name: str, *, not_null: bool = True) -> Column:
    return Column(name, "TEXT", not_null, False, False)


#: SQLite's own tables, recognised so that their pages are not mistaken for a project table.
_SQLITE_OWN = {
    "sqlite_schema": TableShape(
        "sqlite_schema",
        (
            _text("type"),
            _text("name"),
            _text("tbl_name"),
            Column("rootpage", "INT", True, False, False),
            _text("sql", not_null=False),
        ),
    ),
    "sqlite_stat1": TableShape("sqlite_stat1", (_text("tbl"), _text("idx", not_null=False), _text("stat"))),
}


def _shape(conn: sqlite3.Connection, table: str) -> TableShape:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    pks = [r for r in info if r[5]]
    columns = tuple(
        Column(
            name=r[1],
            type=(r[2] or "").upper(),
            not_null=bool(r[3]),
            has_default=r[4] is not None,
            rowid_alias=len(pks) == 1 and r[5] == 1 and (r[2] or "").upper() == "INTEGER",
        )
        for r in info
    )
    return TableShape(table, columns)


def _write(project: Project, found: Found, shapes: dict[str, TableShape]) -> RecoveryReport:
    conn = project.conn
    report = RecoveryReport(
        lost_pages=found.lost_pages,
        bad_rows=found.bad_cells,
        guessed_pages=found.guessed_pages,
        schema_readable=found.schema_readable,
    )
    columns = project._schema.columns
    targets = [t for t in columns if not t.startswith(_DERIVED)]
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in targets:
            if table in shapes:
                report.rescued[table] = _copy(conn, shapes[table], found, set(columns[table]))
        _detach_lost_references(conn, report)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")
    for table in list(report.rescued):
        report.rescued[table] = int(conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
    report.missing_claim_ids = _missing_ids(conn, "claims")
    report.lost_pages = {t: p for t, p in found.lost_pages.items() if not t.startswith(_DERIVED)}
    report.bad_rows = {t: n for t, n in found.bad_cells.items() if not t.startswith(_DERIVED)}
    return report


def _copy(conn: sqlite3.Connection, shape: TableShape, found: Found, present: set[str]) -> int:
    rows = found.rows.get(shape.name, {})
    count = 0
    for rowid, cell in sorted(rows.items()):
        names, values = [], []
        for column, value in zip(shape.columns, cell.values, strict=False):
            if column.name in present:
                names.append(column.name)
                values.append(rowid if column.rowid_alias else value)
        if not names:
            continue
        sql = (
            f'INSERT OR IGNORE INTO "{shape.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
            f"VALUES ({', '.join('?' * len(names))})"
        )
        count += conn.execute(sql, values).rowcount
    return count


def _detach_lost_references(conn: sqlite3.Connection, report: RecoveryReport) -> None:
    """Rows whose foreign key names a lost row: NULL where the column allows it, else left out.
    Repeated because leaving a row out can orphan rows that refer to it."""
    for _ in range(10):
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, _parent, fk_id in problems:
            column = _fk_column(conn, table, fk_id)
            if column is not None and _nullable(conn, table, column):
                conn.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', [rowid])
                report.cleared[table] = report.cleared.get(table, 0) + 1
            else:
                conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', [rowid])
                report.dropped[table] = report.dropped.get(table, 0) + 1


def _fk_column(conn: sqlite3.Connection, table: str, fk_id: int) -> str | None:
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        if row[0] == fk_id:
            return str(row[3])
    return None


def _nullable(conn: sqlite3.Connection, table: str, column: str) -> bool:
    for row in conn.execute(f'PRAGMA table_info("{table}")'):
        if row[1] == column:
            return not row[3]
    return False


def _missing_ids(conn: sqlite3.Connection, table: str) -> int:
    row = conn.execute(f'SELECT COUNT(*), MAX(id) FROM "{table}"').fetchone()
    return int(row[1] or 0) - int(row[0])


__all__ = ["RecoveryReport", "recover"]
