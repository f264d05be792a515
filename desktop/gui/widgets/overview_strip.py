"""The overview strip at the right edge: where differences are, over the whole of one document."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class OverviewStrip(QWidget):
    clicked = Signal(float)  # fraction of the document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(14)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.length = 1
        self.marks: list[tuple[int, int, str]] = []  # start, end, colour
        self.view: tuple[float, float] = (0.0, 0.0)
        self.setToolTip(self.tr("Where the differences are; click to go there"))

    def set_marks(self, length: int, marks: list[tuple[int, int, str]]) -> None:
        self.length = max(length, 1)
        self.marks = marks
        self.update()

    def set_view(self, top: float, bottom: float) -> None:
        self.view = (top, bottom)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        h = self.height()
        for start, end, colour in self.marks:
            y0 = h * start / self.length
            y1 = max(y0 + 2, h * end / self.length)
            painter.fillRect(QRectF(2, y0, self.width() - 4, y1 - y0), QColor(colour))
        top, bottom = self.view
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Text))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, h * top, self.width() - 1, max(4.0, h * (bottom - top))))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit(max(0.0, min(1.0, event.position().y() / max(self.height(), 1))))
