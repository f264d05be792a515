"""Colours and shapes: stances in the Okabe–Ito palette, each with a shape so colour is never alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPolygonF


@dataclass(frozen=True, slots=True)
class StanceLook:
    code: str
    label: str
    colour: str
    shape: str  # triangle-up, triangle-down, circle, diamond, ring


DEFAULT_STANCES: tuple[StanceLook, ...] = (
    StanceLook("supports", "supports", "#0072B2", "triangle-up"),
    StanceLook("rejects", "rejects", "#D55E00", "triangle-down"),
    StanceLook("neutral", "neutral", "#999999", "circle"),
    StanceLook("conditional", "conditional", "#E69F00", "diamond"),
    StanceLook("evades", "evades", "#CC79A7", "ring"),
)

SHAPE_GLYPHS = {
    "triangle-up": "▲",
    "triangle-down": "▼",
    "circle": "●",
    "diamond": "◆",
    "ring": "○",
}

HEADER_QUESTION = "#0072B2"
HEADER_ANSWER = "#009E73"
HEADER_SECTION = "#56B4E9"
REUSE_SHADE = "#F0E442"
MOVED_LINK = "#CC79A7"


def glyph(shape: str) -> str:
    return SHAPE_GLYPHS.get(normal_shape(shape), "●")


def normal_shape(shape: str) -> str:
    """The codebook writes ``triangle_up``; both spellings are accepted."""
    return shape.replace("_", "-")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_colour(colour: str, palette: QPalette, alpha: int = 150) -> QColor:
    """A topic colour light enough to read text on, on a light or a dark base."""
    base = QColor(colour)
    if is_dark(palette):
        base = base.darker(170)
    else:
        base = base.lighter(100) if base.lightness() > 200 else _lighten(base)
    base.setAlpha(255 if alpha >= 255 else alpha + 60)
    return base


def _lighten(colour: QColor) -> QColor:
    h, s, light, a = colour.getHslF()
    return QColor.fromHslF(max(h, 0.0), min(s, 0.85), max(light, 0.82), a)


def shape_path(shape: str, rect: QRectF) -> QPainterPath:
    shape = normal_shape(shape)
    path = QPainterPath()
    c = rect.center()
    w, h = rect.width() / 2, rect.height() / 2
    if shape == "triangle-up":
        path.addPolygon(
            QPolygonF(
                [QPointF(c.x(), c.y() - h), QPointF(c.x() + w, c.y() + h), QPointF(c.x() - w, c.y() + h)]
            )
        )
    elif shape == "triangle-down":
        path.addPolygon(
            QPolygonF(
                [QPointF(c.x() - w, c.y() - h), QPointF(c.x() + w, c.y() - h), QPointF(c.x(), c.y() + h)]
            )
        )
    elif shape == "diamond":
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - h),
                    QPointF(c.x() + w, c.y()),
                    QPointF(c.x(), c.y() + h),
                    QPointF(c.x() - w, c.y()),
                ]
            )
        )
    else:
        path.addEllipse(rect)
    path.closeSubpath()
    return path


def paint_stance(painter: QPainter, shape: str, colour: str, rect: QRectF) -> None:
    """A stance mark: filled shape, or an outline for the 'ring' (evades) shape."""
    shape = normal_shape(shape)
    path = shape_path(shape, rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if shape == "ring":
        pen = painter.pen()
        pen.setColor(QColor(colour))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawPath(shape_path(shape, rect.adjusted(1, 1, -1, -1)))
    else:
        painter.setPen(QColor(colour).darker(130))
        painter.setBrush(QColor(colour))
        painter.drawPath(path)
    painter.restore()
