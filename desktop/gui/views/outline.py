"""The outline: a document's units and its footnotes, to jump by."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from naast.core.model import ParsedDocument, UnitKind
from naast.gui.style import HEADER_ANSWER, HEADER_QUESTION, HEADER_SECTION

_COLOURS = {
    UnitKind.QUESTION: HEADER_QUESTION,
    UnitKind.ANSWER: HEADER_ANSWER,
    UnitKind.SECTION: HEADER_SECTION,
}


class Outline(QWidget):
    jump = Signal(int)  # code point offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.itemActivated.connect(self._go)
        self.list.itemClicked.connect(self._go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)

    def show_document(self, parsed: ParsedDocument | None) -> None:
        self.list.clear()
        if parsed is None:
            return
        for unit in parsed.units:
            label = unit.label if unit.kind is not UnitKind.PREAMBLE else self.tr("Beginning")
            if unit.title and unit.title not in label:
                label = f"{label} — {unit.title}"
            item = QListWidgetItem(("    " if unit.kind is UnitKind.ANSWER else "") + label)
            item.setData(Qt.ItemDataRole.UserRole, unit.start)
            if unit.kind in _COLOURS:
                item.setForeground(QColor(_COLOURS[unit.kind]))
            self.list.addItem(item)
        if parsed.footnotes:
            header = QListWidgetItem(self.tr("Footnotes"))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
        for note in parsed.footnotes:
            body = note.text or self.tr("(the source lost this footnote's text)")
            item = QListWidgetItem(f"[{note.marker}] {body}")
            item.setToolTip(body)
            item.setData(Qt.ItemDataRole.UserRole, note.anchor)
            self.list.addItem(item)

    def labels(self) -> list[str]:
        return [self.list.item(i).text().strip() for i in range(self.list.count())]

    def _go(self, item: QListWidgetItem) -> None:
        offset = item.data(Qt.ItemDataRole.UserRole)
        if offset is not None:
            self.jump.emit(int(offset))
