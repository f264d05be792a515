"""Find in the project (FTS with highlighted snippets) and "where else does this passage appear"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QPoint,
    QRect,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naast.gui.session import Session
from naast.gui.workers import Task, start
from naast.store import document_pages
from naast.store.documents import SearchHit


def snippet_html(snippet: str) -> str:
    """FTS marks matches with [[ and ]]: show them bold on a highlight."""
    text = escape(snippet)
    return text.replace("[[", "<b style='background:#F0E442;color:black'>").replace("]]", "</b>")


class SearchDialog(QDialog):
    open_hit = Signal(int, str)  # document id, the words searched for
    LIMIT = 100  # ranked results shown
    CHUNK = 20  # results added per turn of the event loop (a label of rich text each)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Find in project"))
        self.query = QLineEdit(placeholderText=self.tr("Words to find in every document…"))
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._activated)
        self.results.itemDoubleClicked.connect(self._activated)
        self.resize(640, 480)
        self._generation = 0  # of the newest query; older results are dropped
        self.ranked = True
        self._pool = QThreadPool(self)  # its own, so an import's workers never delay a search

    def run(self) -> None:
        """The first matches (index order, FTS5's own snippets), then the ranked results, each
        from a worker thread; a newer query drops an older one's results. Run at once (Enter),
        it stands in for the run the typing had scheduled."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.results.clear()
        self.ranked = False
        query = self.query.text().strip()
        if not query or self.session.closed:
            self.ranked = True
            self.status.setText("")
            return
        self.session.index_for_search()
        self.status.setText(self.tr("Searching…"))
        path = self.session.path
        task = Task(lambda _task: document_pages.first_hits_in(path, query))
        task.signals.finished.connect(lambda first: self._first(generation, query, first))
        task.signals.failed.connect(lambda message: self._ranking_failed(generation, message))
        start(task, self._pool)

    def _first(self, generation: int, query: str, first: list[SearchHit]) -> None:
        if generation != self._generation or self.session.closed:
            return
        self._show(first)
        waiting = self.session.project.pending_search()  # read-only: documents not yet indexed
        if not first and not waiting:
            self.ranked = True
            self.status.setText(self.tr("No document contains these words."))
            return
        self.status.setText(self.tr("Ranking the results…"))
        path, limit = self.session.path, self.LIMIT
        task = Task(lambda _task: document_pages.ranked_hits(path, query, limit, unindexed=waiting))
        task.signals.finished.connect(lambda hits: self._ranked(generation, hits))
        task.signals.failed.connect(lambda message: self._ranking_failed(generation, message))
        start(task, self._pool)

    def _ranked(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation or self.session.closed:
            return  # a newer query is under way, or the project was closed meanwhile
        self.results.clear()
        self._show_in_turns(generation, hits, len(hits))

    def _show_in_turns(self, generation: int, hits: list[SearchHit], total: int) -> None:
        """A chunk of the results now, the rest in later turns: the window stays responsive."""
        if generation != self._generation or self.session.closed:
            return
        self._show(hits[: self.CHUNK])
        rest = hits[self.CHUNK :]
        if rest:
            QTimer.singleShot(0, self, lambda: self._show_in_turns(generation, rest, total))
            return
        self.ranked = True
        n = total
        self.status.setText(self.tr("1 document") if n == 1 else self.tr("{n} documents").format(n=n))

    def _ranking_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.ranked = True
            self.status.setText(message)

    def _show(self, hits: list[SearchHit]) -> None:
        for hit in hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.document_id)
            heading = hit.title or self.session.summary(hit.document_id).display_title
            label = QLabel(f"<b>{escape(heading)}</b><br>{snippet_html(hit.snippet)}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)

    def wait_for_ranking(self, timeout_ms: int = 30_000) -> bool:
        """Run events until the ranked results are shown (for tests and the benchmark)."""
        deadline = QDeadlineTimer(timeout_ms)
        while not self.ranked and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return self.ranked

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        super().hideEvent(event)

    def hit_texts(self) -> list[str]:
        return [self.results.itemWidget(self.results.item(i)).text() for i in range(self.results.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(int(item.data(Qt.ItemDataRole.UserRole)), self.query.text())

    def keep_clear_of(self, hit: QRect) -> None:
        """Move aside when the dialog covers the hit just shown (``hit`` in global coordinates)."""
        frame = self.frameGeometry()
        if not frame.intersects(hit):
            return
        screen = self.screen().availableGeometry()
        size = frame.size()
        candidates = [
            QPoint(hit.right() + 24, frame.top()),
            QPoint(hit.left() - 24 - size.width(), frame.top()),
            QPoint(frame.left(), hit.bottom() + 24),
            QPoint(frame.left(), hit.top() - 24 - size.height()),
        ]
        for corner in candidates:
            placed = QRect(corner, size)
            if screen.contains(placed) and not placed.intersects(hit):
                self.move(corner)
                return
        # No room beside the hit: take the larger band above or below it, shorter if need be.
        below, above = screen.bottom() - hit.bottom() - 24, hit.top() - screen.top() - 24
        height = max(160, max(below, above))
        chrome = frame.height() - self.height()
        self.resize(self.width(), max(120, height - chrome))
        top = hit.bottom() + 24 if below >= above else hit.top() - 24 - height
        self.move(min(frame.left(), screen.right() - size.width()), max(screen.top(), top))
