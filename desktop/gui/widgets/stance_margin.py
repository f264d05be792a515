"""The strip at the right of a document: one stance mark (shape and colour) per claim, at its line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from naast.gui.style import paint_stance

if TYPE_CHECKING:
    from naast.gui.widgets.document_text import DocumentText
    from naast.gui.widgets.marks import ClaimMark


class StanceMargin(QWidget):
    WIDTH = 44
    SIZE = 10

    def __init__(self, editor: DocumentText) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setAutoFillBackground(False)
        self._placed: list[tuple[QRectF, ClaimMark]] = []

    def placed(self) -> list[tuple[QRectF, ClaimMark]]:
        """Where marks were drawn at the last paint (for tests and tooltips)."""
        return list(self._placed)

    def layout_marks(self) -> list[tuple[QRectF, ClaimMark]]:
        editor = self.editor
        blocks = editor.visible_blocks()
        if not blocks or not len(editor.styles.marks):
            return []
        first = editor.offsets.from_qt(blocks[0].position())
        last_block = blocks[-1]
        last = editor.offsets.from_qt(last_block.position() + last_block.length())
        placed: list[tuple[QRectF, ClaimMark]] = []
        used: dict[int, int] = {}
        for mark in editor.styles.marks.overlapping(first, last):
            if mark.start < first:
                continue
            y = editor.y_of(mark.start)
            row = y // 4
            slot = used.get(row, 0)
            used[row] = slot + 1
            x = 6 + slot * (self.SIZE + 3)
            if x + self.SIZE > self.WIDTH:
                continue
            rect = QRectF(x, y + 3, self.SIZE, self.SIZE)
            placed.append((rect, mark))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, 0, 0, self.height())
        self._placed = self.layout_marks()
        for rect, mark in self._placed:
            paint_stance(painter, mark.stance_shape, mark.stance_colour, rect)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, mark in self._placed:
                if rect.adjusted(-2, -2, 2, 2).contains(event.position()):
                    QToolTip.showText(event.globalPos(), mark.label, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for rect, mark in self._placed:
            if rect.adjusted(-2, -2, 2, 2).contains(event.position()):
                self.editor.select_range(mark.start, mark.end)
                self.editor.claim_clicked.emit(mark.claim_id)
                return
        event.ignore()

    def sizeHint(self):  # noqa: N802
        return self.size().expandedTo(self.size().__class__(self.WIDTH, 0))


_ = Qt  # keep the import for type checkers reading the flags above
