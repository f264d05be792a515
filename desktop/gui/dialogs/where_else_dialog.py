"""Where else does this passage appear: the reuse index's occurrences, to open and read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from naast.gui.session import Session
from naast.store import document_pages

if TYPE_CHECKING:
    from naast.core.compare.index import Occurrence
    from naast.store.document_pages import Place


class WhereElseDialog(QDialog):
    open_span = Signal(int, int, int)  # document id, start, end
    places_shown = Signal(int)  # how many are listed, after each batch

    def __init__(
        self, session: Session, quote: str, found: list[Occurrence] | None, parent: QWidget | None = None
    ):
        """``found`` None: the places are still being looked for (:meth:`show_found` adds them)."""
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Where else does this passage appear?"))
        short = " ".join(quote.split())
        short = short if len(short) <= 160 else short[:157] + "…"
        heading = QLabel(self.tr("“{quote}”").format(quote=short))
        heading.setWordWrap(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.status = QLabel(self.tr("Looking for other places…"))
        self.looked = False  # every place has been looked for (or the search failed)
        self.failure: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.results.itemActivated.connect(self._open)
        self.results.itemDoubleClicked.connect(self._open)
        self.resize(640, 420)
        if found is not None:
            self.show_found(found)

    def show_found(self, found: list[Occurrence]) -> None:
        """All the places at once (an older file's in-memory index answers in one go)."""
        self.add_found(document_pages.places_of(self.session.project, found))
        self.finish()

    def add_found(self, places: list[Place]) -> None:
        """Places as a worker checks and labels them: listed at once, the status says more may come."""
        for place in places:
            occ = place.occurrence
            item = QListWidgetItem(f"{place.where}\n{occ.words} words: “{place.passage}”")
            item.setData(Qt.ItemDataRole.UserRole, (occ.doc_id, occ.start, occ.end))
            self.results.addItem(item)
        if places:
            self.status.setText(self.tr("{n} places so far; still looking…").format(n=self.results.count()))
            if self.results.count() == len(places):
                self.results.setCurrentRow(0)  # Enter opens the first place
            self.places_shown.emit(self.results.count())

    def finish(self) -> None:
        n = self.results.count()
        self.status.setText(
            self.tr("Nowhere else in this project (at least 8 words in a row).")
            if not n
            else self.tr("{n} places; double-click one to read it.").format(n=n)
        )
        self.looked = True

    def show_failure(self, message: str) -> None:
        self.status.setText(message)
        self.failure = message
        self.looked = True

    def _open(self, item: QListWidgetItem) -> None:
        self.open_span.emit(*item.data(Qt.ItemDataRole.UserRole))
