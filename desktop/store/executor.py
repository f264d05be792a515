"""Applies row operations inside a transaction and returns their exact inverse.

Deleting a row also deletes (ON DELETE CASCADE) or clears (ON DELETE SET NULL) the rows that refer
to it. SQLite would do that silently; the executor does it explicitly, from the schema's own
foreign keys, so that the inverse restores every one of those rows too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from naast.core.commands import Delete, Insert, Key, Row, RowOp, Update
from naast.core.errors import InvalidCommand


@dataclass(frozen=True, slots=True)
class ForeignKey:
    child_table: str
    child_column: str
    parent_column: str
    on_delete: str  # CASCADE, SET NULL, NO ACTION, RESTRICT


_ROWID = frozenset({"rowid"})


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Schema:
    """Primary keys, columns and incoming foreign keys per table, read once from SQLite."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        self.columns: dict[str, list[str]] = {}
        self.primary_keys: dict[str, list[str]] = {}
        self.referenced_by: dict[str, list[ForeignKey]] = {}
        for table in tables:
            info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
            self.columns[table] = [r[1] for r in info]
            pks = sorted((r[5], r[1]) for r in info if r[5])
            self.primary_keys[table] = [name for _, name in pks] or ["rowid"]
        for table in tables:
            for fk in conn.execute(f"PRAGMA foreign_key_list({_quote(table)})"):
                parent, child_col, parent_col, on_delete = fk[2], fk[3], fk[4], fk[6]
                parent_col = parent_col or self.primary_keys[parent][0]
                self.referenced_by.setdefault(parent, []).append(
                    ForeignKey(table, child_col, parent_col, on_delete.upper())
                )

    def key_of(self, table: str, row: Mapping[str, Any]) -> Key:
        columns = self.primary_keys[table]
        if len(columns) == 1:  # most tables, and one key per row an import adds
            return {columns[0]: row[columns[0]]}
        return {col: row[col] for col in columns}

    def check_table(self, table: str) -> None:
        if table not in self.columns:
            raise InvalidCommand(f"unknown table {table!r}")


class Executor:
    def __init__(self, conn: sqlite3.Connection, schema: Schema) -> None:
        self.conn = conn
        self.schema = schema
        self._sql_cache: dict[tuple[str, tuple[str, ...]], str] = {}
        self._key_columns = {table: frozenset(cols) for table, cols in schema.primary_keys.items()}

    def run(self, ops: Sequence[RowOp]) -> list[RowOp]:
        """Apply ``ops`` in order; return the operations that undo them, in the order to apply."""
        inverse: list[RowOp] = []
        for batch in _insert_batches(ops, self._key_given):
            inverse.extend(self._apply(batch))
        inverse.reverse()
        return inverse

    def _key_given(self, op: Insert) -> bool:
        return op.row.keys() >= self._key_columns.get(op.table, _ROWID)

    def _insert_many(self, batch: Sequence[Insert]) -> list[RowOp]:
        """Rows with their keys given, for one table and the same columns: one ``executemany``."""
        table, cols = batch[0].table, tuple(batch[0].row)
        self.conn.executemany(self._insert_sql(table, cols), [tuple(op.row.values()) for op in batch])
        return [Delete(table, self.schema.key_of(table, op.row)) for op in batch]

    def _insert_sql(self, table: str, cols: tuple[str, ...]) -> str:
        sql = self._sql_cache.get((table, cols))
        if sql is None:
            sql = (
                f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, cols))}) "
                f"VALUES ({', '.join('?' * len(cols))})"
            )
            self._sql_cache[(table, cols)] = sql
        return sql

    def _apply(self, batch: Sequence[RowOp]) -> list[RowOp]:
        """One operation, or several inserts of the same shape (see ``_insert_batches``)."""
        op = batch[0]
        self.schema.check_table(op.table)
        try:
            if len(batch) > 1:
                return self._insert_many(batch)  # type: ignore[arg-type]
            if isinstance(op, Insert):
                return self._insert(op)
            if isinstance(op, Update):
                return self._update(op)
            return self._delete(op)
        except sqlite3.IntegrityError as exc:
            raise InvalidCommand(f"{op.table}: {exc}") from exc

    def get(self, table: str, key: Key) -> Row | None:
        where = " AND ".join(f"{_quote(c)} = ?" for c in key)
        cur = self.conn.execute(f"SELECT * FROM {_quote(table)} WHERE {where}", list(key.values()))
        row = cur.fetchone()
        return dict(row) if row is not None else None

    def _insert(self, op: Insert) -> list[RowOp]:
        cur = self.conn.execute(self._insert_sql(op.table, tuple(op.row)), tuple(op.row.values()))
        row = dict(op.row)
        if self.schema.primary_keys[op.table] == ["id"] and "id" not in row:
            row["id"] = cur.lastrowid
        return [Delete(op.table, self.schema.key_of(op.table, row))]

    def _update(self, op: Update) -> list[RowOp]:
        before = self.get(op.table, op.key)
        if before is None:
            raise InvalidCommand(f"{op.table}: no row {op.key}")
        sets = ", ".join(f"{_quote(c)} = ?" for c in op.values)
        where = " AND ".join(f"{_quote(c)} = ?" for c in op.key)
        self.conn.execute(
            f"UPDATE {_quote(op.table)} SET {sets} WHERE {where}",
            [*op.values.values(), *op.key.values()],
        )
        new_key = {c: op.values.get(c, v) for c, v in op.key.items()}
        return [Update(op.table, new_key, {c: before[c] for c in op.values})]

    def _delete(self, op: Delete) -> list[RowOp]:
        row = self.get(op.table, op.key)
        if row is None:
            raise InvalidCommand(f"{op.table}: no row {op.key}")
        inverse: list[RowOp] = []
        for fk in self.schema.referenced_by.get(op.table, []):
            inverse.extend(self._detach_children(fk, row[fk.parent_column]))
        where = " AND ".join(f"{_quote(c)} = ?" for c in op.key)
        self.conn.execute(f"DELETE FROM {_quote(op.table)} WHERE {where}", list(op.key.values()))
        inverse.append(Insert(op.table, row))
        return inverse

    def _detach_children(self, fk: ForeignKey, value: Any) -> list[RowOp]:
        if fk.on_delete not in {"CASCADE", "SET NULL"}:
            return []  # NO ACTION / RESTRICT: SQLite refuses the delete, as the schema says
        cur = self.conn.execute(
            f"SELECT * FROM {_quote(fk.child_table)} WHERE {_quote(fk.child_column)} = ?", [value]
        )
        inverse: list[RowOp] = []
        for child in [dict(r) for r in cur.fetchall()]:
            key = self.schema.key_of(fk.child_table, child)
            if fk.on_delete == "CASCADE":
                if self.get(fk.child_table, key) is None:
                    continue  # already removed through another reference to the same parent
                inverse.extend(self._delete(Delete(fk.child_table, key)))
            else:
                inverse.extend(self._update(Update(fk.child_table, key, {fk.child_column: None})))
        return inverse


def _insert_batches(ops: Sequence[RowOp], key_given: Callable[[Insert], bool]) -> list[list[RowOp]]:
    """Consecutive inserts into one table with the same columns and their keys given, grouped."""
    batches: list[list[RowOp]] = []
    last: list[RowOp] | None = None
    for op in ops:
        if (
            last is not None
            and type(op) is Insert
            and type(last[0]) is Insert
            and last[0].table == op.table
            and last[0].row.keys() == op.row.keys()
            and key_given(op)
        ):
            last.append(op)
        else:
            last = [op]
            batches.append(last)
    return batches
