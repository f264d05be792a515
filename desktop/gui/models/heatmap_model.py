"""Actor × stance counts as a table model, each cell shaded by its count in the stance's colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from naast.gui.style import glyph

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class StanceColumn:
    id: int | None
    label: str
    colour: str
    shape: str


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: int | None
    label: str
    cells: dict[int | None, tuple[int, ...]]  # stance id -> claim ids

    def total(self) -> int:
        return sum(len(ids) for ids in self.cells.values())


class HeatmapModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActorRow] = []
        self.columns: list[StanceColumn] = []
        self.peak = 1

    def set_data(self, rows: list[ActorRow], columns: list[StanceColumn]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.columns = columns
        self.peak = max((len(ids) for r in rows for ids in r.cells.values()), default=1) or 1
        self.endResetModel()

    def claims_at(self, row: int, column: int) -> tuple[int, ...]:
        """Column 0 is the actor, then one column per stance, then all of the actor's claims."""
        if not (0 <= row < len(self.rows)):
            return ()
        actor = self.rows[row]
        stance = column - 1
        if column == 0 or stance >= len(self.columns):
            return tuple(sorted(c for ids in actor.cells.values() for c in ids))
        return actor.cells.get(self.columns[stance].id, ())

    def stance_of(self, column: int) -> StanceColumn | None:
        return self.columns[column - 1] if 1 <= column <= len(self.columns) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        stance = self.stance_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Actor")
            return f"{glyph(stance.shape)} {stance.label.split('/')[0]}" if stance else self.tr("All")
        if role == Qt.ItemDataRole.ToolTipRole and stance is not None:
            return stance.label
        if role == Qt.ItemDataRole.ForegroundRole and stance is not None:
            return QColor(stance.colour)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.column() == 0:
            actor = self.rows[index.row()]
            return actor.label if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        count = len(self.claims_at(index.row(), index.column()))
        stance = self.stance_of(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and count and stance is not None and count > self.peak / 2:
            return QColor("white")
        if role == Qt.ItemDataRole.BackgroundRole and count and stance is not None:
            colour = QColor(stance.colour)
            colour.setAlpha(40 + int(170 * count / self.peak))
            return colour
        if role == Qt.ItemDataRole.ToolTipRole and count:
            return self.tr("{n} claims — click to list them").format(n=count)
        return None
