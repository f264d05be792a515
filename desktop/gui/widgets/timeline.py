"""The timeline: one row per actor, a dot per claim at its date, coloured and shaped by stance.

The x axis is true time: a claim's x follows from its date alone, so claims of one day share an
x and stack vertically in their actor's row (the row grows to hold the tallest stack). Claims
without a date cannot be placed on the axis; they are counted below it as "n claims without a
date", and clicking that line lists them. None is ever left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from naast.gui.style import paint_stance


@dataclass(frozen=True, slots=True)
class Dot:
    claim_id: int
    actor: str
    when: date | None  # None: the claim's document has no date
    colour: str
    shape: str
    tip: str


def parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def x_of(when: date, left: float, right: float, first: date, last: date) -> float:
    """Where a date sits on the axis from ``first`` (at ``left``) to ``last`` (at ``right``)."""
    if first == last:
        return (left + right) / 2
    return left + (right - left) * (when - first).days / (last - first).days


class Timeline(QWidget):
    claim_clicked = Signal(int)
    claims_clicked = Signal(object)  # a tuple of claim ids: the claims without a date
    ROW = 26
    DOT = 11
    GAP = 2  # between stacked dots

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dots: list[Dot] = []  # dated, by date
        self.undated: list[Dot] = []
        self.actors: list[str] = []
        self.placed: list[tuple[QRectF, Dot]] = []
        self.undated_rect = QRectF()
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_dots(self, dots: list[Dot]) -> None:
        self.dots = sorted((d for d in dots if d.when is not None), key=lambda d: (d.when, d.claim_id))
        self.undated = [d for d in dots if d.when is None]
        self.actors = sorted({d.actor for d in self.dots})
        rows = self._row_heights()
        self.setMinimumHeight(max(120, 70 + int(sum(rows.values()))))
        self.update()

    def undated_text(self) -> str:
        n = len(self.undated)
        if n == 1:
            return self.tr("1 claim without a date")
        return self.tr("{n} claims without a date").format(n=n)

    def _stacks(self) -> dict[tuple[str, date], int]:
        counts: dict[tuple[str, date], int] = {}
        for dot in self.dots:
            assert dot.when is not None
            counts[(dot.actor, dot.when)] = counts.get((dot.actor, dot.when), 0) + 1
        return counts

    def _row_heights(self) -> dict[str, float]:
        tallest: dict[str, int] = {}
        for (actor, _when), n in self._stacks().items():
            tallest[actor] = max(tallest.get(actor, 1), n)
        return {a: max(float(self.ROW), tallest.get(a, 1) * (self.DOT + self.GAP) + 8) for a in self.actors}

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return min(220, max((metrics.horizontalAdvance(a) for a in self.actors), default=60) + 16)

    def layout_dots(self, width: float) -> tuple[list[tuple[QRectF, Dot]], dict[str, tuple[float, float]]]:
        """Each dated dot's rectangle, and each actor's row (top, height), for a widget this wide."""
        left, right = float(self._label_width()) + 12, float(width - 36)
        rows: dict[str, tuple[float, float]] = {}
        top = 10.0
        for actor, height in self._row_heights().items():
            rows[actor] = (top, height)
            top += height
        placed: list[tuple[QRectF, Dot]] = []
        if not self.dots:
            return placed, rows
        first, last = self.dots[0].when, self.dots[-1].when
        assert first is not None and last is not None
        stacks = self._stacks()
        seen: dict[tuple[str, date], int] = {}
        step = self.DOT + self.GAP
        for dot in self.dots:
            assert dot.when is not None
            key = (dot.actor, dot.when)
            k = seen.get(key, 0)
            seen[key] = k + 1
            x = x_of(dot.when, left, right, first, last)
            row_top, height = rows[dot.actor]
            y = row_top + height / 2 + (k - (stacks[key] - 1) / 2) * step
            placed.append((QRectF(x - self.DOT / 2, y - self.DOT / 2, self.DOT, self.DOT), dot))
        return placed, rows

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self.placed, rows = self.layout_dots(self.width())
        bottom = 10.0 + sum(h for _t, h in rows.values())
        if not self.dots:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated claims for this choice yet.")
            )
        else:
            self._rows(painter, rows)
            left, right = float(self._label_width()) + 12, float(self.width() - 36)
            first, last = self.dots[0].when, self.dots[-1].when
            assert first is not None and last is not None
            self._axis(painter, left, right, first, last, bottom)
            for rect, dot in self.placed:
                paint_stance(painter, dot.shape, dot.colour, rect)
        self._undated_line(painter, bottom + 30 if self.dots else self.height() - 22)
        painter.end()

    def _rows(self, painter: QPainter, rows: dict[str, tuple[float, float]]) -> None:
        palette = self.palette()
        left, right = float(self._label_width()) + 12, float(self.width() - 36)
        for actor, (top, height) in rows.items():
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(6, top, left - 10, height), Qt.AlignmentFlag.AlignVCenter, actor)
            painter.setPen(palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(QPointF(left, top + height / 2), QPointF(right, top + height / 2))
        painter.setPen(palette.color(QPalette.ColorRole.Text))

    def _undated_line(self, painter: QPainter, y: float) -> None:
        self.undated_rect = QRectF()
        if not self.undated:
            return
        text = self.undated_text()
        metrics = QFontMetrics(self.font())
        self.undated_rect = QRectF(
            6, y - metrics.ascent(), metrics.horizontalAdvance(text) + 4, metrics.height()
        )
        painter.setPen(self.palette().color(QPalette.ColorRole.Link))
        painter.drawText(QPointF(8, y), text)

    def _axis(self, painter: QPainter, left: float, right: float, first: date, last: date, y: float) -> None:
        painter.drawLine(QPointF(left, y + 4), QPointF(right, y + 4))
        ticks = [first] + [date(year, 1, 1) for year in range(first.year + 1, last.year + 1)]
        if last != first:
            ticks.append(last)
        metrics = QFontMetrics(self.font())
        last_right = -1e9
        for when in ticks:
            x = x_of(when, left, right, first, last)
            label = str(when.year) if (when.month, when.day) == (1, 1) else when.isoformat()
            width = metrics.horizontalAdvance(label)
            if x - width / 2 < last_right + 8:
                continue  # too close to the previous label
            painter.drawLine(QPointF(x, y + 2), QPointF(x, y + 8))
            painter.drawText(QPointF(x - width / 2, y + 22), label)
            last_right = x + width / 2

    def dot_at(self, point: QPointF) -> Dot | None:
        for rect, dot in reversed(self.placed):
            if rect.adjusted(-1, -1, 1, 1).contains(point):
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
        elif self.undated and self.undated_rect.contains(event.position()):
            self.claims_clicked.emit(tuple(d.claim_id for d in self.undated))
