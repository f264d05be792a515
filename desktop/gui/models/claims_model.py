"""The claims table: one row per claim; sorting and the quote filter done here, in Python, so a
document with thousands of claims refreshes in milliseconds (a proxy would call data() per cell)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from naast.gui.style import glyph
from naast.store.claims import ClaimRecord

Index = QModelIndex | QPersistentModelIndex
#: Where, topics and stance first: what a coder checks at a glance fits the dock without scrolling.
COLUMNS = ("Where", "Topics", "Stance", "Quote", "Note", "Claimant", "Date", "Document", "Coder")
WHERE, TOPICS, STANCE, QUOTE, NOTE, CLAIMANT, DATE, DOCUMENT, CODER = range(len(COLUMNS))
NOTE_MARK = "✎"


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.all_records: list[ClaimRecord] = []
        self.records: list[ClaimRecord] = []
        self.filter_text = ""
        self.sort_column = WHERE  # document order until the user sorts otherwise
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_records(self, records: list[ClaimRecord]) -> None:
        self.all_records = list(records)
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip().casefold()
        self._rebuild()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows = self.all_records
        if self.filter_text:
            rows = [r for r in rows if self.filter_text in self._haystack(r)]
        if 0 <= self.sort_column < len(COLUMNS):
            descending = self.sort_order == Qt.SortOrder.DescendingOrder
            rows = sorted(rows, key=lambda r: self._sort_key(r, self.sort_column), reverse=descending)
        self.records = list(rows)
        self.endResetModel()

    def _sort_key(self, rec: ClaimRecord, column: int) -> tuple:
        """Where and Date sort in reading order (date, document, position); the rest as text, then so."""
        reading = (rec.date or "9999", rec.document_id or 0, rec.start, rec.id)
        if column in (WHERE, DATE):
            return reading
        return (self._text(rec, column).casefold(), *reading)

    def _haystack(self, rec: ClaimRecord) -> str:
        return " ".join(self._text(rec, c) for c in range(len(COLUMNS))).casefold()

    def record(self, row: int) -> ClaimRecord | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, claim_id: int) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == claim_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None  # a view may ask for a section the model no longer has while it resets

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        rec = self.records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(rec, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == QUOTE and rec.status == "changed":
            return self.tr("Changed by a new version; it quoted: “{quote}”").format(
                quote=rec.previous_quote or ""
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(rec, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STANCE and rec.stance is not None:
            return QColor(rec.stance.colour)
        if role == Qt.ItemDataRole.DecorationRole and column == TOPICS and rec.topics:
            return QColor(rec.topics[0].colour)
        if role == Qt.ItemDataRole.UserRole:
            return rec.id
        return None

    def _tooltip(self, rec: ClaimRecord, column: int) -> str | None:
        """The whole of what a narrow column cuts: the full quote, note, document or unit."""
        if column == QUOTE:
            return rec.quote
        if column == NOTE:
            return rec.note or None
        if column == DOCUMENT:
            return rec.document_title
        text = self._text(rec, column)
        return text or None

    def _text(self, rec: ClaimRecord, column: int) -> str:
        nl = self.language == "nl"
        if column == WHERE:
            status = {"changed": self.tr("⚠ changed"), "orphaned": self.tr("⚠ orphaned")}.get(rec.status)
            return " · ".join(x for x in (status, rec.unit_label) if x)
        if column == QUOTE:
            quote = " ".join(rec.quote.split())
            return quote if len(quote) <= 140 else quote[:137] + "…"
        if column == TOPICS:
            return ", ".join(t.label_nl if nl else t.label_en for t in rec.topics)
        if column == STANCE:
            if rec.stance is None:
                return ""
            return f"{glyph(rec.stance.shape)} {rec.stance.label_nl if nl else rec.stance.label_en}"
        if column == NOTE:
            note = " ".join(rec.note.split())
            return f"{NOTE_MARK} {note[:60]}{'…' if len(note) > 60 else ''}" if note else ""
        if column == CLAIMANT:
            return rec.claimant or ""
        if column == DATE:
            return rec.date or ""
        if column == DOCUMENT:
            return rec.document_title or self.tr("(document removed)")
        return rec.coder
