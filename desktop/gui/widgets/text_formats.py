"""Formats for one text block, computed from plain spans: claims, shades, headers, footnote marks.

Formats go straight into each visible block's layout (what QSyntaxHighlighter does inside), so a
large document costs only what is on screen; see PLATFORM.md on highlighting 2 MB documents.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextLayout

from naast.gui.offsets import OffsetMap
from naast.gui.style import highlight_colour
from naast.gui.widgets.marks import ClaimMark, MarkIndex, Shade


@dataclass(slots=True)
class BlockStyles:
    """Everything that decides how a block looks, in code points."""

    headers: dict[int, str] = field(default_factory=dict)  # header start offset -> colour
    header_ends: dict[int, int] = field(default_factory=dict)  # header start -> end of header line
    header_units: dict[int, Any] = field(default_factory=dict)  # header start -> Unit
    footnotes: list[tuple[int, int]] = field(default_factory=list)  # marker spans
    shades: list[Shade] = field(default_factory=list)
    marks: MarkIndex = field(default_factory=lambda: MarkIndex([]))


def block_formats(
    styles: BlockStyles, offsets: OffsetMap, start: int, end: int, palette: QPalette
) -> list[QTextLayout.FormatRange]:
    """Format ranges (block-relative UTF-16) for the code points ``start:end`` of one block."""
    q0 = offsets.to_qt(start)
    ranges: list[QTextLayout.FormatRange] = []

    def add(a: int, b: int, fmt: QTextCharFormat) -> None:
        a, b = max(a, start), min(b, end)
        if b <= a:
            return
        rng = QTextLayout.FormatRange()
        rng.start = offsets.to_qt(a) - q0
        rng.length = offsets.to_qt(b) - offsets.to_qt(a)
        rng.format = fmt
        ranges.append(rng)

    for shade in styles.shades:
        if shade.end > start and shade.start < end:
            add(shade.start, shade.end, _shade_format(shade, palette))
    _claim_ranges(styles.marks.overlapping(start, end), start, end, palette, add)
    for head, colour in styles.headers.items():
        if start <= head < end:
            add(head, styles.header_ends.get(head, end), _header_format(colour))
    for a, b in styles.footnotes:
        if a < end and b > start:
            add(a, b, _footnote_format(palette))
    return ranges


def _claim_ranges(marks: list[ClaimMark], start: int, end: int, palette: QPalette, add) -> None:
    """Split the block at claim edges; each piece takes the innermost claim's colour and, where
    claims overlap, an underline in the colour of the next one, so overlaps stay visible."""
    if not marks:
        return
    edges = sorted({start, end, *(m.start for m in marks), *(m.end for m in marks)})
    edges = [e for e in edges if start <= e <= end]
    for a, b in itertools.pairwise(edges):
        covering = sorted((m for m in marks if m.start <= a and m.end >= b), key=lambda m: m.end - m.start)
        if not covering:
            continue
        fmt = QTextCharFormat()
        fmt.setBackground(highlight_colour(covering[0].colour, palette))
        if len(covering) > 1:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(covering[1].colour).darker(160))
            fmt.setFontUnderline(True)
        add(a, b, fmt)


def _shade_format(shade: Shade, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if shade.underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(shade.colour))
        fmt.setFontUnderline(True)
    else:
        fmt.setBackground(highlight_colour(shade.colour, palette, alpha=90))
    return fmt


def _header_format(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QColor(colour))
    return fmt


def _footnote_format(palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(palette.color(QPalette.ColorRole.Link))
    fmt.setFontWeight(QFont.Weight.DemiBold)
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt
