"""Review the claims a new version of their document changed or orphaned.

A ``changed`` claim was placed on words that differ from what its coder quoted: it shows the old
words next to the new ones; *Accept new wording* makes it quote them (``AcceptWording``).
*Re-place on selection* puts a changed or orphaned claim on the words selected in the reading view
(an ``EditClaim`` of its span). Each is one undoable command; the list follows the project.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naast.core.commands import Changes
from naast.gui.session import Session
from naast.store.claims import ClaimFilter, ClaimRecord
from naast.store.project import now_iso

#: The reading view's selection: (document id, start, end), or None when nothing is selected.
Selection = Callable[[], tuple[int, int, int] | None]


def short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ReviewDialog(QDialog):
    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, session: Session, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.selection = selection
        self.records: list[ClaimRecord] = []
        self.setWindowTitle(self.tr("Review changed claims"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show in text"))
        self.accept_button = QPushButton(self.tr("Accept new wording"))
        self.replace_button = QPushButton(self.tr("Re-place on selection"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.show_button, self.accept_button, self.replace_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_button.clicked.connect(self.show_current)
        self.accept_button.clicked.connect(self.accept_current)
        self.replace_button.clicked.connect(self.replace_current)
        close.clicked.connect(self.close)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.list.itemDoubleClicked.connect(lambda _item: self.show_current())
        session.changed.connect(self._changed)
        self.resize(720, 460)
        self.refresh()

    def refresh(self) -> None:
        current = self.current()
        self.records = [
            *self.session.claims(ClaimFilter(status="changed")),
            *self.session.claims(ClaimFilter(status="orphaned")),
        ]
        self.list.clear()
        for record in self.records:
            item = QListWidgetItem(self._describe(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        ids = [r.id for r in self.records]
        self.list.setCurrentRow(
            ids.index(current.id) if current and current.id in ids else min(0, len(ids) - 1)
        )
        self.heading.setText(
            self.tr("No claims to review: every claim quotes the words its coder saw.")
            if not self.records
            else self.tr("{n} claims to review after a new version of their document.").format(
                n=len(self.records)
            )
        )
        self._enable()

    def _describe(self, record: ClaimRecord) -> str:
        where = " · ".join(x for x in (record.document_title, record.unit_label) if x)
        if record.status == "changed":
            return "\n".join(
                [
                    self.tr("changed · {where}").format(where=where),
                    self.tr("was: “{quote}”").format(quote=short(record.previous_quote or "")),
                    self.tr("now: “{quote}”").format(quote=short(record.quote)),
                ]
            )
        return "\n".join(
            [
                self.tr("orphaned · {where}").format(where=where),
                self.tr("“{quote}” is not in the new version").format(quote=short(record.quote)),
            ]
        )

    def current(self) -> ClaimRecord | None:
        row = self.list.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _enable(self) -> None:
        record = self.current()
        writable = not self.session.read_only
        self.show_button.setEnabled(record is not None and record.document_id is not None)
        self.accept_button.setEnabled(writable and record is not None and record.status == "changed")
        self.replace_button.setEnabled(writable and record is not None and record.document_id is not None)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("claims", "documents"):
            self.refresh()

    def show_current(self) -> None:
        record = self.current()
        if record is None or record.document_id is None:
            return
        length = len(self.session.document(record.document_id).parsed.text)
        start, end = min(record.start, length), min(record.end, length)
        self.jump_requested.emit(record.document_id, start, end)

    def accept_current(self) -> None:
        from naast.core.claims.commands import AcceptWording

        record = self.current()
        if record is not None and record.status == "changed":
            self.message.clear()
            self.session.apply(AcceptWording(record.id, now_iso()))

    def replace_current(self) -> None:
        from naast.core.claims.commands import EditClaim

        record = self.current()
        if record is None:
            return
        chosen = self.selection()
        if chosen is None or chosen[0] != record.document_id or chosen[1] == chosen[2]:
            self.message.setText(self.tr("Select the words in the claim's document first, then re-place it."))
            return
        self.message.clear()
        _doc, start, end = chosen
        command = EditClaim(
            record.id, now_iso(), span=(start, end), coder=self.session.coder, what="Re-place claim"
        )
        self.session.apply(command)
