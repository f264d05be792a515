"""Side by side: two documents, the link map between them, reused passages, word differences.

Scrolling one pane scrolls the other along the alignment; Alt+Down / Alt+Up step through the
differences; drop a document from the browser onto a pane to change it.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from naast.gui.models.documents_model import DOCUMENT_MIME
from naast.gui.session import Session
from naast.gui.style import REUSE_SHADE
from naast.gui.views.document_view import DocumentPane
from naast.gui.views.side_diffs import Difference, WordDiffs, differences, pair_changed, summary
from naast.gui.widgets.link_gutter import Link, LinkGutter
from naast.gui.widgets.marks import Shade
from naast.gui.widgets.overview_strip import OverviewStrip

if TYPE_CHECKING:  # numpy and the engine load on the first comparison, not at start-up
    from naast.core.compare import Comparison

DELETED = "#D55E00"
CURRENT = "#56B4E9"
INSERTED = "#009E73"


class DropPane(DocumentPane):
    dropped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.text.setAcceptDrops(False)

    def show_placeholder(self, *, project_open: bool = True) -> None:
        super().show_placeholder(project_open=project_open)
        self.title.setText(self.tr("Drop a document here"))
        self.subtitle.setText(self.tr("Drag a document from the browser, or use Compare with… (Ctrl+D)."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(DOCUMENT_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        ids = bytes(event.mimeData().data(DOCUMENT_MIME).data()).decode().split(",")
        if ids and ids[0].isdigit():
            event.acceptProposedAction()
            self.dropped.emit(int(ids[0]))


class SideBySide(QWidget):
    compared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.left = DropPane()
        self.right = DropPane()
        self.gutter = LinkGutter(self.left.text, self.right.text)
        self.overview = OverviewStrip()
        self.comparison: Comparison | None = None
        self.words: WordDiffs | None = None
        self.diffs: list[Difference] = []
        self.current: int = -1
        self._syncing = False
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.word_toggle = QCheckBox(self.tr("Word differences"))
        self.swap_button = QPushButton(self.tr("Swap"))
        self.stats = QLabel()
        self.where = QLabel()
        for label in (self.stats, self.where):  # long figures must not widen the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(60)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        panes = QHBoxLayout()
        panes.setSpacing(0)
        panes.addWidget(self.left, 1)
        panes.addWidget(self.gutter)
        panes.addWidget(self.right, 1)
        panes.addWidget(self.overview)
        bar = QHBoxLayout()  # where one is, then the figures on a row of their own, never cut
        for widget in (self.previous_button, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.where, 1)
        for widget in (self.word_toggle, self.swap_button):
            bar.addWidget(widget)
        figures = QHBoxLayout()
        figures.setContentsMargins(4, 0, 4, 2)
        figures.addWidget(self.stats, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(panes, 1)
        layout.addLayout(bar)
        layout.addLayout(figures)

    def _connect(self) -> None:
        self.left.dropped.connect(lambda doc: self.load(self.left, doc))
        self.right.dropped.connect(lambda doc: self.load(self.right, doc))
        for pane in (self.left, self.right):
            # follow what the user does (wheel, scroll bar, keys), not our own programmatic scrolling
            bar = pane.text.verticalScrollBar()
            bar.actionTriggered.connect(
                lambda _a, p=pane: QTimer.singleShot(0, self, lambda: self._follow(p))
            )
            bar.sliderMoved.connect(lambda _v, p=pane: self._follow(p))
            pane.text.cursorPositionChanged.connect(lambda p=pane: p.text.hasFocus() and self._follow(p))
            bar.valueChanged.connect(lambda _v: self._repaint_links())
            pane.text.setCenterOnScroll(True)  # a block near the end can still come to the top
        self.previous_button.clicked.connect(self.previous_difference)
        self.next_button.clicked.connect(self.next_difference)
        self.word_toggle.toggled.connect(self._words_toggled)
        self.swap_button.clicked.connect(self.swap)
        self.overview.clicked.connect(self._overview_clicked)

    # -- content ---------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.session = session
        for pane in (self.left, self.right):
            pane.show_placeholder()
        self.set_comparison(None)

    def show_documents(self, a: int, b: int) -> None:
        self.load(self.left, a, compare=False)
        self.load(self.right, b)

    def load(self, pane: DropPane, document_id: int, *, compare: bool = True) -> None:
        if self.session is None:
            return
        stored = self.session.document(document_id)
        summary = self.session.summary(document_id)
        pane.show_document(document_id, summary, stored.parsed, self.session.claim_marks(document_id))
        if compare:
            self.recompare()

    def recompare(self) -> None:
        a, b = self.left.text.document_id, self.right.text.document_id
        if self.session is None or a is None or b is None:
            self.set_comparison(None)
            return
        self.set_comparison(self.session.compare(a, b))
        self.compared.emit()

    def texts(self) -> list:
        return [self.left.text, self.right.text]

    def both_loaded(self) -> bool:
        return self.left.text.document_id is not None and self.right.text.document_id is not None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.diffs = differences(comparison) if comparison else []
        self.words = None
        if comparison is not None:
            self.words = WordDiffs(comparison, self.left.text.parsed.text, self.right.text.parsed.text)
        self.current = -1
        links = []
        if comparison is not None:
            for pair in comparison.pairs:
                changed = pair_changed(pair)
                links.append(
                    Link((pair.a.start, pair.a.end), (pair.b.start, pair.b.end), pair.moved, changed)
                )
        self.gutter.set_links(links)
        self._update_stats()
        self._apply_shades()
        self._update_overview()

    def _update_stats(self) -> None:
        c = self.comparison
        if c is None:
            self.stats.setText("")
            self.where.setText("")
            return
        self.stats.setToolTip(
            self.tr(
                "Blocks paired by similarity; only well-matched pairs are compared word by word. "
                "Words that differ are counted in those pairs only."
            )
        )
        self.stats.setText(self._stats_text())
        if self.current < 0:
            self.where.setText(self.tr("{n} differences").format(n=len(self.diffs)))
            return
        diff = self.diffs[self.current]
        what = self.tr(diff.what)
        if diff.blocks > 1:
            what = self.tr("{what}, {n} blocks").format(what=what, n=diff.blocks)
        text = self.tr("difference {i} of {n}: {what}").format(
            i=self.current + 1, n=len(self.diffs), what=what
        )
        pair = diff.pair if self.word_toggle.isChecked() else None
        if pair is not None and self.words is not None and self.words.on_request(pair):
            score = round(100 * c.pairs[pair].score)
            text += " · " + self.tr("only {p}% alike: most words differ").format(p=score)
        self.where.setText(text)

    def _stats_text(self) -> str:
        assert self.comparison is not None
        s = summary(self.comparison)
        parts = [self.tr("{p} pairs").format(p=s.pairs)]
        if s.diffed:
            parts.append(self.tr("{d} compared word by word: {w} words differ").format(d=s.diffed, w=s.words))
        elif s.pairs:
            parts.append(self.tr("none alike enough to compare word by word"))
        parts.append(self.tr("{m} moved").format(m=s.moved))
        parts.append(self.tr("{u} blocks on one side only").format(u=s.unpaired))
        parts.append(self.tr("{r} reused passages").format(r=s.reused))
        return " · ".join(parts)

    def _apply_shades(self) -> None:
        left: list[Shade] = []
        right: list[Shade] = []
        c = self.comparison
        if c is not None:
            for passage in c.reused:
                if passage.within == "both":
                    left.append(Shade(*passage.a, REUSE_SHADE))
                    right.append(Shade(*passage.b, REUSE_SHADE))
            if 0 <= self.current < len(self.diffs):  # the current difference, lightly, in both panes
                diff = self.diffs[self.current]
                if diff.a is not None and diff.a[1] > diff.a[0]:
                    left.append(Shade(*diff.a, CURRENT))
                if diff.b is not None and diff.b[1] > diff.b[0]:
                    right.append(Shade(*diff.b, CURRENT))
            index = self._current_pair_index()
            if self.word_toggle.isChecked() and index is not None and self.words is not None:
                for chunk in self.words.chunks(index):
                    # a background, and a wavy underline that stays visible under a claim's colour
                    if chunk.op in ("delete", "replace") and chunk.a_end > chunk.a_start:
                        left.append(Shade(chunk.a_start, chunk.a_end, DELETED))
                        left.append(Shade(chunk.a_start, chunk.a_end, DELETED, underline=True))
                    if chunk.op in ("insert", "replace") and chunk.b_end > chunk.b_start:
                        right.append(Shade(chunk.b_start, chunk.b_end, INSERTED))
                        right.append(Shade(chunk.b_start, chunk.b_end, INSERTED, underline=True))
        self.left.text.set_shades(left)
        self.right.text.set_shades(right)

    def _current_pair_index(self) -> int | None:
        if self.comparison is None or not (0 <= self.current < len(self.diffs)):
            return None
        return self.diffs[self.current].pair

    def _words_toggled(self, on: bool) -> None:
        """Word differences belong to a pair: with none chosen yet, go to the first one."""
        if on and self._current_pair_index() is None:
            first = next((i for i, d in enumerate(self.diffs) if d.pair is not None), None)
            if first is not None:
                self.go_to(first)
                return
        self._apply_shades()
        self._update_stats()

    def _update_overview(self) -> None:
        length = self.right.text.offsets.length
        marks = []
        for diff in self.diffs:
            if diff.b is not None:
                colour = {"moved": "#CC79A7", "changed": "#E69F00"}.get(diff.what, "#9AD3C0")
                marks.append((diff.b[0], diff.b[1], colour))
        self.overview.set_marks(length, marks)

    # -- navigation ------------------------------------------------------------------------------

    def next_difference(self) -> None:
        self.go_to(min(self.current + 1, len(self.diffs) - 1))

    def previous_difference(self) -> None:
        self.go_to(max(self.current - 1, 0))

    def go_to(self, index: int) -> None:
        if not self.diffs or index < 0:
            return
        self.current = index
        diff = self.diffs[index]
        self._apply_shades()  # before scrolling: re-laying out the shaded blocks moves the view
        self._syncing = True
        try:
            if diff.a is not None:
                self.left.text.scroll_to(diff.a[0], context_lines=2)
            if diff.b is not None:
                self.right.text.scroll_to(diff.b[0], context_lines=2)
        finally:
            self._syncing = False
        self.gutter.select(diff.pair)
        self._update_stats()
        self._update_view_box()

    def swap(self) -> None:
        """Exchange the panes' documents; the comparison is recomputed in the new direction."""
        a, b = self.left.text.document_id, self.right.text.document_id
        if a is not None and b is not None:
            self.show_documents(b, a)

    # -- following scroll ------------------------------------------------------------------------

    def _repaint_links(self) -> None:
        self.gutter.update()
        self._update_view_box()

    def _follow(self, source: DropPane) -> None:
        self._repaint_links()
        if self._syncing or self.comparison is None:
            return
        target = self.right if source is self.left else self.left
        offset, fraction = source.text.top_offset()
        mapped = self._map(offset, from_left=source is self.left)
        if mapped is None:
            return
        self._syncing = True
        try:
            target.text.scroll_to(mapped, fraction=fraction)
        finally:
            self._syncing = False
        self.gutter.update()

    def _map(self, offset: int, *, from_left: bool) -> int | None:
        """Where ``offset`` of one side lies on the other, through the in-order pairs."""
        pairs = [p for p in self.comparison.pairs if not p.moved] if self.comparison else []
        if not pairs:
            return None
        spans = sorted((((p.a, p.b) if from_left else (p.b, p.a)) for p in pairs), key=lambda t: t[0].start)
        starts = [s.start for s, _ in spans]
        k = max(0, bisect_right(starts, offset) - 1)
        mine, other = spans[k]
        if offset >= mine.end and k + 1 < len(spans):
            return other.end
        share = (offset - mine.start) / max(mine.end - mine.start, 1)
        return other.start + int(max(0.0, min(1.0, share)) * (other.end - other.start))

    def _update_view_box(self) -> None:
        text = self.right.text
        blocks = text.visible_blocks()
        if not blocks or not text.offsets.length:
            return
        top = text.offsets.from_qt(blocks[0].position()) / text.offsets.length
        bottom = text.offsets.from_qt(blocks[-1].position()) / text.offsets.length
        self.overview.set_view(top, bottom)

    def _overview_clicked(self, fraction: float) -> None:
        self.right.text.scroll_to(int(fraction * self.right.text.offsets.length))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() == Qt.Key.Key_Down:
            self.next_difference()
        elif event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() == Qt.Key.Key_Up:
            self.previous_difference()
        else:
            super().keyPressEvent(event)
