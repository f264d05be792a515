"""Where else does this passage appear: the reuse index's occurrences, to open and read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from naast.gui.session import Session

if TYPE_CHECKING:
    from naast.core.compare.index import Occurrence


class WhereElseDialog(QDialog):
    open_span = Signal(int, int, int)  # document id, start, end

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
        self.looked = False
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
        session = self.session
        for occ in found:
            summary = session.summary(occ.doc_id)
            text = session.document(occ.doc_id).parsed.text
            unit = session.document(occ.doc_id).parsed.unit_at(occ.start)
            where = " · ".join(
                x for x in (summary.date, summary.display_title, unit.label if unit else None) if x
            )
            passage = " ".join(text[occ.start : occ.end].split())
            item = QListWidgetItem(f"{where}\n{occ.words} words: “{passage[:240]}”")
            item.setData(Qt.ItemDataRole.UserRole, (occ.doc_id, occ.start, occ.end))
            self.results.addItem(item)
        self.status.setText(
            self.tr("Nowhere else in this project (at least 8 words in a row).")
            if not found
            else self.tr("{n} places; double-click one to read it.").format(n=len(found))
        )
        self.looked = True

    def show_failure(self, message: str) -> None:
        self.status.setText(message)
        self.looked = True

    def _open(self, item: QListWidgetItem) -> None:
        self.open_span.emit(*item.data(Qt.ItemDataRole.UserRole))
