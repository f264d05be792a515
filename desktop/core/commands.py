"""Commands: every change to a project is a value object that plans row operations.

The pattern follows Orange3's paint-data undo: a command is a small value object; planning it
against the current project state yields plain row operations; the store applies them in one
transaction and records their inverse. Undo applies the inverse, redo applies the operations again,
so undo restores *exactly* the previous rows, whatever the command was.

Nothing here speaks SQL: a command reads the project through the ``ProjectView`` protocol, which
the store implements inside its write transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

Row = dict[str, Any]
Key = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Insert:
    table: str
    row: Row


@dataclass(frozen=True, slots=True)
class Update:
    table: str
    key: Key
    values: Row  # only the columns that change


@dataclass(frozen=True, slots=True)
class Delete:
    table: str
    key: Key


RowOp = Insert | Update | Delete


def op_to_json(op: RowOp) -> dict[str, Any]:
    if isinstance(op, Insert):
        return {"op": "insert", "table": op.table, "row": op.row}
    if isinstance(op, Update):
        return {"op": "update", "table": op.table, "key": op.key, "values": op.values}
    return {"op": "delete", "table": op.table, "key": op.key}


def op_from_json(data: Mapping[str, Any]) -> RowOp:
    kind = data["op"]
    if kind == "insert":
        return Insert(data["table"], dict(data["row"]))
    if kind == "update":
        return Update(data["table"], dict(data["key"]), dict(data["values"]))
    if kind == "delete":
        return Delete(data["table"], dict(data["key"]))
    raise ValueError(f"unknown row operation {kind!r}")


@dataclass(frozen=True, slots=True)
class Changes:
    """What a command (or its undo) changed: views refresh from this and nothing else."""

    label: str
    tables: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[Any]] = field(default_factory=dict)  # table -> primary keys touched

    def touches(self, *tables: str) -> bool:
        return any(t in self.tables for t in tables)

    @staticmethod
    def from_ops(label: str, ops: Iterable[RowOp]) -> Changes:
        ids: dict[str, set[Any]] = {}
        for op in ops:
            key = op.row if isinstance(op, Insert) else op.key
            # not key.get("id", default): the default, a sort of the whole row, would be built always
            ids.setdefault(op.table, set()).add(key["id"] if "id" in key else tuple(sorted(key.items())))
        frozen = {table: frozenset(keys) for table, keys in ids.items()}
        return Changes(label, frozenset(frozen), frozen)


class ProjectView(Protocol):
    """Read access a command needs while it is planned, inside the write transaction."""

    def get(self, table: str, key: Key) -> Row | None: ...

    def rows(self, table: str, where: Mapping[str, Any] | None = None) -> list[Row]: ...

    def new_id(self, table: str) -> int:
        """A fresh integer primary key, unique also among ids handed out in this plan."""
        ...


class Command(Protocol):
    """A user's change, as a value object."""

    @property
    def label(self) -> str:
        """Short imperative description for the Edit menu: "Tag claim", "Rename topic"."""
        ...

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        """The row operations that carry the change out; raise InvalidCommand if it cannot apply."""
        ...


@dataclass(frozen=True, slots=True)
class RowOps:
    """A command made of ready row operations: how history entries are replayed."""

    label: str
    ops: tuple[RowOp, ...]

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        return self.ops
