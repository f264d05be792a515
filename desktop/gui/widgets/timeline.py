"""The timeline: one row per actor, a dot per claim at its date, coloured and shaped by stance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.gui.style import paint_stance


@dataclass(frozen=True, slots=True)
class Dot:
    claim_id: int
    actor: str
    when: date
    colour: str
    shape: str
    tip: str


def parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


class Timeline(QWidget):
    claim_clicked = Signal(int)
    ROW = 26
    DOT = 11

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dots: list[Dot] = []
        self.actors: list[str] = []
        self.placed: list[tuple[QRectF, Dot]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_dots(self, dots: list[Dot]) -> None:
        self.dots = sorted(dots, key=lambda d: d.when)
        self.actors = sorted({d.actor for d in dots})
        self.setMinimumHeight(max(120, 50 + self.ROW * len(self.actors)))
        self.update()

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return min(220, max((metrics.horizontalAdvance(a) for a in self.actors), default=60) + 16)

    def _x(self, when: date, left: float, right: float, first: date, last: date) -> float:
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (when - first).days / (last - first).days

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self.placed = []
        if not self.dots:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated claims for this choice yet.")
            )
            painter.end()
            return
        left, right = float(self._label_width()) + 12, float(self.width() - 36)
        first, last = self.dots[0].when, self.dots[-1].when
        rows = {actor: 10 + self.ROW * i for i, actor in enumerate(self.actors)}
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for actor, y in rows.items():
            painter.drawText(QRectF(6, y, left - 10, self.ROW), Qt.AlignmentFlag.AlignVCenter, actor)
            painter.setPen(palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(QPointF(left, y + self.ROW / 2), QPointF(right, y + self.ROW / 2))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        self._axis(painter, left, right, first, last, 10 + self.ROW * len(self.actors))
        same: dict[tuple[str, date], int] = {}
        for dot in self.dots:
            same[(dot.actor, dot.when)] = same.get((dot.actor, dot.when), 0) + 1
        placed_at: dict[tuple[str, date], int] = {}
        for dot in self.dots:
            key = (dot.actor, dot.when)
            k = placed_at.get(key, 0)
            placed_at[key] = k + 1
            x = self._x(dot.when, left, right, first, last) + (k - (same[key] - 1) / 2) * (self.DOT + 2)
            y = rows[dot.actor] + self.ROW / 2 - self.DOT / 2
            rect = QRectF(x - self.DOT / 2, y, self.DOT, self.DOT)
            paint_stance(painter, dot.shape, dot.colour, rect)
            self.placed.append((rect, dot))
        painter.end()

    def _axis(self, painter: QPainter, left: float, right: float, first: date, last: date, y: float) -> None:
        painter.drawLine(QPointF(left, y + 4), QPointF(right, y + 4))
        ticks = [first] + [date(year, 1, 1) for year in range(first.year + 1, last.year + 1)]
        if last != first:
            ticks.append(last)
        metrics = QFontMetrics(self.font())
        last_right = -1e9
        for when in ticks:
            x = self._x(when, left, right, first, last)
            label = str(when.year) if (when.month, when.day) == (1, 1) else when.isoformat()[:7]
            width = metrics.horizontalAdvance(label)
            if x - width / 2 < last_right + 8:
                continue  # too close to the previous label
            painter.drawLine(QPointF(x, y + 2), QPointF(x, y + 8))
            painter.drawText(QPointF(x - width / 2, y + 22), label)
            last_right = x + width / 2

    def dot_at(self, point: QPointF) -> Dot | None:
        for rect, dot in reversed(self.placed):
            if rect.adjusted(-3, -3, 3, 3).contains(point):
                return dot
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            dot = self.dot_at(QPointF(event.pos()))
            if dot is not None:
                QToolTip.showText(event.globalPos(), dot.tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        dot = self.dot_at(event.position())
        if dot is not None:
            self.claim_clicked.emit(dot.claim_id)
