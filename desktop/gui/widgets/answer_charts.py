"""Two small charts of the responsiveness view: days to answer per group, and a share per group.

Both draw with the palette (light and dark themes alike) and say what a point or bar stands for in
its tool tip; clicking a dot names its document, clicking a bar its group.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

TERM_COLOUR = QColor("#D55E00")  # Okabe–Ito vermillion: the 21-day term
DOT_COLOUR = QColor("#0072B2")  # Okabe–Ito blue
LANE = 26
LABEL_WIDTH = 210
MARGIN = 12


@dataclass(frozen=True, slots=True)
class Lane:
    name: str
    points: tuple[tuple[int, int, str], ...]  # (document id, days, title)
    median: float | None


class DaysStrip(QWidget):
    """One lane per group, a dot per dated document at its days to answer, the median as a bar."""

    document_clicked = Signal(int)

    def __init__(self, term_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term_days = term_days
        self.lanes: list[Lane] = []
        self._hits: list[tuple[QRectF, int, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_lanes(self, lanes: list[Lane]) -> None:
        self.lanes = lanes
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 2 * MARGIN + 36 + LANE * max(1, len(self.lanes)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, self.sizeHint().height())

    def _x_max(self) -> int:
        """The axis ends a little past the longest wait, on a whole week."""
        days = [d for lane in self.lanes for _i, d, _t in lane.points]
        longest = max([self.term_days * 2, *days])
        return 7 * (longest // 7 + 1)

    def _x(self, days: float, width: float) -> float:
        return LABEL_WIDTH + (width - LABEL_WIDTH - MARGIN) * days / self._x_max()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        width, top = float(self.width()), MARGIN
        self._hits = []
        top += 12  # room for the term's label above the lanes
        bottom = top + LANE * max(1, len(self.lanes))
        painter.setPen(QPen(TERM_COLOUR, 1, Qt.PenStyle.DashLine))
        term_x = self._x(self.term_days, width)
        painter.drawLine(QPointF(term_x, top), QPointF(term_x, bottom))
        painter.drawText(
            QPointF(term_x + 4, top - 2), self.tr("%1-day term").replace("%1", str(self.term_days))
        )
        self._draw_axis(painter, width, bottom, text)
        for row, lane in enumerate(self.lanes):
            y = top + LANE * row + LANE / 2
            painter.setPen(text)
            label = painter.fontMetrics().elidedText(lane.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
            painter.drawText(
                QRectF(0, y - LANE / 2, LABEL_WIDTH - 8, LANE), Qt.AlignmentFlag.AlignVCenter, label
            )
            if not lane.points:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QPointF(LABEL_WIDTH, y + 4), self.tr("no dated documents"))
                continue
            self._draw_lane(painter, lane, y, width, text)
        painter.end()

    def _draw_axis(self, painter: QPainter, width: float, bottom: float, text: QColor) -> None:
        painter.setPen(text)
        painter.drawLine(QPointF(LABEL_WIDTH, bottom), QPointF(width - MARGIN, bottom))
        step = 7 if self._x_max() <= 70 else 14 if self._x_max() <= 140 else 30
        for day in range(0, self._x_max() + 1, step):
            x = self._x(day, width)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
            painter.drawText(QPointF(x - 6, bottom + 16), str(day))

    def _draw_lane(self, painter: QPainter, lane: Lane, y: float, width: float, text: QColor) -> None:
        seen: dict[int, int] = {}
        for doc_id, days, title in lane.points:
            stack = seen.get(days, 0)
            seen[days] = stack + 1
            centre = QPointF(self._x(days, width), y - 4 * stack + 2 * (stack > 0))
            painter.setPen(QPen(DOT_COLOUR.darker(130), 1))
            painter.setBrush(DOT_COLOUR)
            painter.drawEllipse(centre, 4.5, 4.5)
            self._hits.append((QRectF(centre.x() - 6, centre.y() - 6, 12, 12), doc_id, f"{title}: {days}"))
        if lane.median is not None:
            x = self._x(lane.median, width)
            painter.setPen(QPen(text, 2))
            painter.drawLine(QPointF(x, y - 9), QPointF(x, y + 9))

    def _hit(self, event: QMouseEvent) -> tuple[int, str] | None:
        for rect, doc_id, tip in self._hits:
            if rect.contains(event.position()):
                return doc_id, tip
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hit = self._hit(event)
        if hit is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(
                event.globalPosition().toPoint(), self.tr("%1 days").replace("%1", hit[1]), self
            )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hit = self._hit(event)
        if hit is not None:
            self.document_clicked.emit(hit[0])


@dataclass(frozen=True, slots=True)
class Bar:
    name: str
    share: float | None
    n: int


class ShareBars(QWidget):
    """A horizontal bar per group for one share (0–1), with the count it is a share of."""

    group_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 2 * MARGIN + LANE * max(1, len(self.bars)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(280, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        names = [painter.fontMetrics().horizontalAdvance(b.name) for b in self.bars]
        label_width = min(max(names, default=0) + 12, LABEL_WIDTH, self.width() // 2)
        span = self.width() - label_width - 90
        for row, bar in enumerate(self.bars):
            y = MARGIN + LANE * row
            painter.setPen(text)
            name = painter.fontMetrics().elidedText(bar.name, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, LANE), Qt.AlignmentFlag.AlignVCenter, name)
            if bar.share is None:
                painter.drawText(QRectF(label_width, y, 200, LANE), Qt.AlignmentFlag.AlignVCenter, "–")
                continue
            painter.fillRect(QRectF(label_width, y + 5, max(1.0, span * bar.share), LANE - 10), DOT_COLOUR)
            figure = f"{100 * bar.share:.0f}% · n={bar.n}"
            painter.drawText(
                QRectF(label_width + span * bar.share + 6, y, 120, LANE),
                Qt.AlignmentFlag.AlignVCenter,
                figure,
            )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        row = int((event.position().y() - MARGIN) // LANE)
        if 0 <= row < len(self.bars):
            self.group_clicked.emit(self.bars[row].name)
