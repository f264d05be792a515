"""The read-only text of one document: structure, claim highlights, stance margin, lazy formatting.

All offsets coming in and going out are code points; ``OffsetMap`` converts at the widget edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from naast.core.model import ParsedDocument, Unit, UnitKind
from naast.core.sentences import paragraph_at, sentence_at, word_edges
from naast.gui.offsets import OffsetMap
from naast.gui.style import HEADER_ANSWER, HEADER_QUESTION, HEADER_SECTION
from naast.gui.widgets.marks import ClaimMark, MarkIndex, Shade
from naast.gui.widgets.stance_margin import StanceMargin
from naast.gui.widgets.text_formats import BlockStyles, block_formats

HEADER_KINDS = {
    UnitKind.QUESTION: HEADER_QUESTION,
    UnitKind.ANSWER: HEADER_ANSWER,
    UnitKind.SECTION: HEADER_SECTION,
}


class DocumentText(QPlainTextEdit):
    """Signals carry code points. Keys T, U, E, N, D and Delete are asked of the owner through signals."""

    tag_requested = Signal()
    unit_requested = Signal()
    delete_requested = Signal()
    edit_requested = Signal()
    note_requested = Signal()
    details_requested = Signal()
    claim_clicked = Signal(int)
    focused = Signal()
    context_requested = Signal(QPoint)  # global position: the window builds the menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMouseTracking(True)
        self.document_id: int | None = None
        self.parsed: ParsedDocument | None = None
        self.offsets = OffsetMap("")
        self.styles = BlockStyles()
        self._formatted: set[int] = set()
        self._header_blocks: dict[int, Unit] = {}
        self.margin = StanceMargin(self)
        self.setViewportMargins(0, 0, self.margin.WIDTH, 0)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.format_visible)
        self.verticalScrollBar().valueChanged.connect(self._schedule)
        self.updateRequest.connect(self._on_update_request)

    # -- content ---------------------------------------------------------------------------------

    def show_document(self, document_id: int, parsed: ParsedDocument, marks: list[ClaimMark]) -> None:
        self.document_id = document_id
        self.parsed = parsed
        self.offsets = OffsetMap(parsed.text)
        self.styles = _structure_styles(parsed)
        self.styles.marks = MarkIndex(marks)
        self._formatted.clear()
        self.setPlainText(parsed.text)
        self._header_blocks = {
            self._block_at(start).blockNumber(): unit for start, unit in self.styles.header_units.items()
        }
        self.format_visible()

    def clear_document(self) -> None:
        self.document_id = None
        self.parsed = None
        self.offsets = OffsetMap("")
        self.styles = BlockStyles()
        self._formatted.clear()
        self._header_blocks = {}
        self.setPlainText("")

    def set_marks(self, marks: list[ClaimMark]) -> None:
        self.styles.marks = MarkIndex(marks)
        self._reformat()

    def set_shades(self, shades: list[Shade]) -> None:
        self.styles.shades = list(shades)
        self._reformat()

    def marks(self) -> list[ClaimMark]:
        return list(self.styles.marks.marks)

    # -- positions in code points ----------------------------------------------------------------

    def selection(self) -> tuple[int, int]:
        cur = self.textCursor()
        return self.offsets.from_qt(cur.selectionStart()), self.offsets.from_qt(cur.selectionEnd())

    def cursor_offset(self) -> int:
        return self.offsets.from_qt(self.textCursor().position())

    def select_range(self, start: int, end: int) -> None:
        cur = QTextCursor(self.document())
        cur.setPosition(self.offsets.to_qt(start))
        cur.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)

    def jump_to(self, start: int, end: int | None = None) -> None:
        """Scroll so ``start`` is near the top third, and select up to ``end``."""
        self.select_range(start, start if end is None else end)
        self.scroll_to(start, context_lines=3)

    def scroll_to(self, offset: int, context_lines: int = 0, fraction: float = 0.0) -> None:
        self._place(offset, context_lines, fraction)
        # Qt lays the new blocks out in the event loop, which moves line numbers: settle again then
        QTimer.singleShot(0, self, lambda: self._place(offset, context_lines, fraction))
        QTimer.singleShot(30, self, lambda: self._place(offset, context_lines, fraction))

    def _place(self, offset: int, context_lines: int = 0, fraction: float = 0.0) -> None:
        """Put the line holding ``offset`` at the top.

        The scroll bar counts layout lines, and blocks not laid out yet count as one line, so the
        first guess can miss; stepping by the block distance converges without overshooting.
        """
        target = self._block_at(offset).blockNumber()
        bar = self.verticalScrollBar()
        bar.setValue(self._block_at(offset).firstLineNumber())
        for _ in range(64):
            distance = target - self.firstVisibleBlock().blockNumber()
            if distance == 0 or not (bar.minimum() < bar.value() + distance <= bar.maximum() or distance < 0):
                break
            bar.setValue(bar.value() + distance)
        block = self.firstVisibleBlock()
        lines = block.layout().lineCount() if block.layout() is not None else 1
        bar.setValue(max(0, bar.value() + int(fraction * max(lines, 1)) - context_lines))
        self.format_visible()

    def top_offset(self) -> tuple[int, float]:
        """The code point at the top of the view, and how far into its block the view starts."""
        block = self.firstVisibleBlock()
        lines = max(block.layout().lineCount(), 1) if block.layout() is not None else 1
        into = self.verticalScrollBar().value() - block.firstLineNumber()
        return self.offsets.from_qt(block.position()), max(0.0, min(1.0, into / lines))

    def y_range(self, start: int, end: int) -> tuple[float, float]:
        """Top and bottom of ``start:end`` in viewport pixels; clamped just outside when off screen."""
        height = self.viewport().height()
        blocks = self.visible_blocks()
        if not blocks:
            return -20.0, -20.0
        first = self.offsets.from_qt(blocks[0].position())
        last = self.offsets.from_qt(blocks[-1].position() + blocks[-1].length())
        top = -20.0 if start < first else (height + 20.0 if start > last else float(self.y_of(start)))
        if end > last:
            bottom = height + 20.0
        elif end < first:
            bottom = -20.0
        else:
            cur = QTextCursor(self.document())
            cur.setPosition(self.offsets.to_qt(end))
            bottom = float(self.cursorRect(cur).bottom())
        return top, max(top, bottom)

    def offset_at(self, point: QPoint) -> int:
        return self.offsets.from_qt(self.cursorForPosition(point).position())

    def y_of(self, offset: int) -> int:
        cur = QTextCursor(self.document())
        cur.setPosition(self.offsets.to_qt(min(offset, self.offsets.length)))
        return self.cursorRect(cur).top()

    def unit_at(self, offset: int) -> Unit | None:
        return self.parsed.unit_at(offset) if self.parsed else None

    def _block_at(self, offset: int) -> QTextBlock:
        return self.document().findBlock(self.offsets.to_qt(offset))

    # -- lazy formatting -------------------------------------------------------------------------

    def visible_blocks(self) -> list[QTextBlock]:
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        found: list[QTextBlock] = []
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > height:
                break
            found.append(block)
            block = block.next()
        return found

    def format_visible(self) -> None:
        if self.parsed is None:
            return
        doc = self.document()
        palette = self.palette()
        for block in self.visible_blocks():
            number = block.blockNumber()
            if number in self._formatted:
                continue
            self._formatted.add(number)
            start = self.offsets.from_qt(block.position())
            end = start + len(block.text())  # PySide gives block text as code points
            block.layout().setFormats(block_formats(self.styles, self.offsets, start, end, palette))
            doc.markContentsDirty(block.position(), block.length())
        self.margin.update()
        self.viewport().update()

    def _reformat(self) -> None:
        doc = self.document()
        for number in self._formatted:
            block = doc.findBlockByNumber(number)
            if block.isValid():
                block.layout().clearFormats()
                doc.markContentsDirty(block.position(), block.length())
        self._formatted.clear()
        self.format_visible()

    def _schedule(self) -> None:
        self._pending.start()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        self.margin.update()

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._header_blocks:
            return
        painter = QPainter(self.viewport())
        offset = self.contentOffset()
        for block in self.visible_blocks():
            unit = self._header_blocks.get(block.blockNumber())
            if unit is None:
                continue
            geometry = self.blockBoundingGeometry(block).translated(offset)
            line = block.layout().lineAt(0)
            y = int(geometry.top() + line.y() + line.height() / 2)
            x = int(geometry.left() + line.naturalTextWidth() + 10)
            pen = QPen(QColor(HEADER_KINDS[unit.kind]))
            pen.setWidth(1)
            painter.setPen(pen)
            painter.drawLine(x, y, self.viewport().width() - 6, y)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.margin.setGeometry(
            rect.right() - self.margin.WIDTH + 1, rect.top(), self.margin.WIDTH, rect.height()
        )
        self._schedule()

    # -- interaction -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if plain and event.key() == Qt.Key.Key_T:
            self.tag_requested.emit()
        elif plain and event.key() == Qt.Key.Key_U:
            self.unit_requested.emit()
        elif plain and event.key() == Qt.Key.Key_S:
            self.select_sentence()
        elif plain and event.key() == Qt.Key.Key_P:
            self.select_paragraph()
        elif plain and event.key() == Qt.Key.Key_E:
            self.edit_requested.emit()
        elif plain and event.key() == Qt.Key.Key_N:
            self.note_requested.emit()
        elif plain and event.key() == Qt.Key.Key_D:
            self.details_requested.emit()
        elif mods == Qt.KeyboardModifier.NoModifier and event.key() in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
        ):
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        self.context_requested.emit(event.globalPos())

    # -- selecting by structure ------------------------------------------------------------------

    def _unit_bounds(self, offset: int) -> tuple[int, int]:
        unit = self.unit_at(offset)
        return (unit.start, unit.end) if unit is not None else (0, self.offsets.length)

    def select_sentence(self) -> bool:
        """S: the sentence under the cursor (never across a question's or answer's edge)."""
        if self.parsed is None:
            return False
        offset = self.cursor_offset()
        span = sentence_at(self.parsed.text, offset, *self._unit_bounds(offset))
        if span is not None:
            self.select_range(*span)
        return span is not None

    def select_paragraph(self) -> bool:
        """P: the paragraph under the cursor."""
        if self.parsed is None:
            return False
        offset = self.cursor_offset()
        span = paragraph_at(self.parsed.text, offset, *self._unit_bounds(offset))
        if span is not None:
            self.select_range(*span)
        return span is not None

    def snap_selection_to_words(self) -> None:
        """Widen a mouse selection to whole words: "…van de Co" becomes "…van de Commissie"."""
        if self.parsed is None:
            return
        text = self.parsed.text
        start, end = self.selection()
        start, end = word_edges(text, start, end)
        cursor = self.textCursor()
        backwards = cursor.position() < cursor.anchor()
        if backwards:
            self.select_range(end, start)
        else:
            self.select_range(start, end)

    def focusInEvent(self, event: QEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        linked = self._linked_question(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if linked else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A press inside the selection starts a new selection, never a drag of the old one."""
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.button() == Qt.MouseButton.LeftButton and plain and self.textCursor().hasSelection():
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
        self._dragging = event.button() == Qt.MouseButton.LeftButton
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if getattr(self, "_dragging", False) and self.textCursor().hasSelection():
            self.snap_selection_to_words()
        self._dragging = False
        if self.textCursor().hasSelection() or event.button() != Qt.MouseButton.LeftButton:
            return
        target = self._linked_question(event.position().toPoint())
        if target is not None:
            self.jump_to(target.start)

    def _linked_question(self, point: QPoint) -> Unit | None:
        """On an answer's header line: the first question it answers."""
        block = self.cursorForPosition(point).block()
        unit = self._header_blocks.get(block.blockNumber())
        if unit is None or unit.kind is not UnitKind.ANSWER or self.parsed is None:
            return None
        if point.x() > self.blockBoundingGeometry(block).left() + block.layout().lineAt(0).naturalTextWidth():
            return None
        wanted = set(unit.answers or unit.numbers)
        for other in self.parsed.units:
            if other.kind is UnitKind.QUESTION and wanted & set(other.numbers):
                return other
        return None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, point: QPoint) -> str:
        offset = self.offset_at(point)
        if self.parsed is not None:
            for note, (a, b) in zip(_anchored(self.parsed), self.styles.footnotes, strict=False):
                if a <= offset < b:
                    return f"[{note.marker}] {note.text or '(the source lost this footnote text)'}"
            target = self._linked_question(point)
            if target is not None:
                return f"Go to {target.label}"
        claims = self.styles.marks.at(offset)
        return "\n".join(m.label for m in claims if m.label)

    def set_font_size(self, size: int) -> None:
        font = QFont(self.font())
        font.setPointSize(size)
        self.setFont(font)
        self.margin.update()


def _anchored(parsed: ParsedDocument) -> list:
    return [n for n in parsed.footnotes if n.anchor is not None]


def _structure_styles(parsed: ParsedDocument) -> BlockStyles:
    styles = BlockStyles()
    text = parsed.text
    for unit in parsed.units:
        colour = HEADER_KINDS.get(unit.kind)
        if colour is None:
            continue
        start = unit.start
        while start < unit.end and text[start].isspace():
            start += 1
        line_end = text.find("\n", start, unit.end)
        styles.headers[start] = colour
        styles.header_units[start] = unit
        styles.header_ends[start] = line_end if line_end != -1 else unit.end
    for note in _anchored(parsed):
        anchor = note.anchor or 0
        styles.footnotes.append((anchor, min(len(text), anchor + max(1, len(note.marker)))))
    return styles
