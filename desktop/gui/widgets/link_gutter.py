"""The link map between two panes (after Meld's linkmap): a curved band per paired block.

Moved pairs are drawn dashed; the selected pair stronger. Plain data in: pairs of code-point spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.gui.style import MOVED_LINK

if TYPE_CHECKING:
    from desktop.gui.widgets.document_text import DocumentText

EQUAL_LINK = "#56B4E9"
CHANGED_LINK = "#E69F00"


@dataclass(frozen=True, slots=True)
class Link:
    a: tuple[int, int]
    b: tuple[int, int]
    moved: bool = False
    changed: bool = False


class LinkGutter(QWidget):
    WIDTH = 56

    def __init__(self, left: DocumentText, right: DocumentText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = left
        self.right = right
        self.links: list[Link] = []
        self.selected: int | None = None
        self.drawn: list[tuple[int, bool]] = []  # (link index, dashed) painted last time, for tests
        self.setFixedWidth(self.WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def set_links(self, links: list[Link]) -> None:
        self.links = list(links)
        self.selected = None
        self.update()

    def select(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def swap(self, left: DocumentText, right: DocumentText) -> None:
        self.left, self.right = left, right
        self.links = [Link(k.b, k.a, k.moved, k.changed) for k in self.links]
        self.update()

    def _to_local(self, text: DocumentText, y: float) -> float:
        origin = text.viewport().mapTo(self.window(), text.viewport().rect().topLeft())
        mine = self.mapTo(self.window(), self.rect().topLeft())
        return y + origin.y() - mine.y()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        self.drawn = []
        height = self.height()
        for index, link in enumerate(self.links):
            a0, a1 = (self._to_local(self.left, y) for y in self.left.y_range(*link.a))
            b0, b1 = (self._to_local(self.right, y) for y in self.right.y_range(*link.b))
            if (a1 < 0 and b1 < 0) or (a0 > height and b0 > height):
                continue
            self._band(painter, index, link, (a0, a1), (b0, b1))
            self.drawn.append((index, link.moved))
        painter.end()

    def _band(
        self, painter: QPainter, index: int, link: Link, a: tuple[float, float], b: tuple[float, float]
    ) -> None:
        w = float(self.width())
        mid = w / 2
        path = QPainterPath(QPointF(0, a[0]))
        path.cubicTo(QPointF(mid, a[0]), QPointF(mid, b[0]), QPointF(w, b[0]))
        path.lineTo(QPointF(w, b[1]))
        path.cubicTo(QPointF(mid, b[1]), QPointF(mid, a[1]), QPointF(0, a[1]))
        path.closeSubpath()
        colour = QColor(MOVED_LINK if link.moved else CHANGED_LINK if link.changed else EQUAL_LINK)
        fill = QColor(colour)
        fill.setAlpha(110 if index == self.selected else 45)
        pen = QPen(colour.darker(120), 2.0 if index == self.selected else 1.0)
        if link.moved:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(path)
