"""The link map between two panes (after Meld's linkmap): a curved band per paired block.

Moved pairs are drawn dashed; the selected pair stronger. Plain data in: pairs of code-point spans.
Everything is clipped to the gutter between the two text viewports (not the titles or footnotes
above and below them). A pair whose other side is scrolled out of view is drawn as a short stub
at the visible side's edge, pointing up or down to where its partner is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from naast.gui.style import MOVED_LINK

if TYPE_CHECKING:
    from naast.gui.widgets.document_text import DocumentText

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
        self.stubs: list[tuple[int, str, str]] = []  # (link index, "left"/"right", "up"/"down")
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

    def viewport_edges(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The top and bottom of the left and of the right text viewport, in gutter pixels."""
        return (
            (self._to_local(self.left, 0), self._to_local(self.left, self.left.viewport().height())),
            (self._to_local(self.right, 0), self._to_local(self.right, self.right.viewport().height())),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        self.drawn, self.stubs = [], []
        (lt, lb), (rt, rb) = self.viewport_edges()
        w = float(self.width())
        clip = QPainterPath()
        clip.addPolygon(QPolygonF([QPointF(0, lt), QPointF(w, rt), QPointF(w, rb), QPointF(0, lb)]))
        painter.setClipPath(clip)
        for index, link in enumerate(self.links):
            a0, a1 = self.left.y_range(*link.a)
            b0, b1 = self.right.y_range(*link.b)
            a_where = _where(a0, a1, self.left.viewport().height())
            b_where = _where(b0, b1, self.right.viewport().height())
            a = (self._to_local(self.left, a0), self._to_local(self.left, a1))
            b = (self._to_local(self.right, b0), self._to_local(self.right, b1))
            if a_where == "in" and b_where == "in":
                self._band(painter, index, link, a, b)
                self.drawn.append((index, link.moved))
            elif a_where == "in":
                self._stub(painter, index, link, a, (lt, lb), "left", b_where)
            elif b_where == "in":
                self._stub(painter, index, link, b, (rt, rb), "right", a_where)
        painter.end()

    def _stub(
        self,
        painter: QPainter,
        index: int,
        link: Link,
        span: tuple[float, float],
        edges: tuple[float, float],
        side: str,
        partner: str,
    ) -> None:
        """A short wedge from the visible block into the gutter, its tip pointing up or down."""
        top, bottom = max(span[0], edges[0]), min(span[1], edges[1])
        if bottom < top:
            return
        w = float(self.width())
        reach = w * 0.42
        edge, inner = (0.0, reach) if side == "left" else (w, w - reach)
        if partner == "above":  # the wedge leaves the block's top and points up
            bottom = min(bottom, top + 40)
            tip_y = max(top - 6, edges[0] + 6)
        else:
            top = max(top, bottom - 40)
            tip_y = min(bottom + 6, edges[1] - 6)
        path = QPainterPath(QPointF(edge, top))
        path.cubicTo(QPointF((edge + inner) / 2, top), QPointF(inner, tip_y), QPointF(inner, tip_y))
        path.cubicTo(QPointF(inner, tip_y), QPointF((edge + inner) / 2, bottom), QPointF(edge, bottom))
        path.closeSubpath()
        self._paint(painter, index, link, path)
        arrow = 4.0 if partner == "above" else -4.0  # a small chevron at the tip
        painter.drawPolyline(
            QPolygonF(
                [QPointF(inner - 4, tip_y + arrow), QPointF(inner, tip_y), QPointF(inner + 4, tip_y + arrow)]
            )
        )
        self.stubs.append((index, side, "up" if partner == "above" else "down"))

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
        self._paint(painter, index, link, path)

    def _paint(self, painter: QPainter, index: int, link: Link, path: QPainterPath) -> None:
        colour = QColor(MOVED_LINK if link.moved else CHANGED_LINK if link.changed else EQUAL_LINK)
        fill = QColor(colour)
        fill.setAlpha(110 if index == self.selected else 45)
        pen = QPen(colour.darker(120), 2.0 if index == self.selected else 1.0)
        if link.moved:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawPath(path)


def _where(top: float, bottom: float, height: float) -> str:
    """Whether a block lies above the viewport, below it, or (partly) in it."""
    if bottom <= 0:
        return "above"
    if top >= height:
        return "below"
    return "in"
