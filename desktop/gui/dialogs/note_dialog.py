"""The researcher's note on a claim: it becomes a Word comment on the quote in the memo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from naast.gui.dialogs.buttons import ok_cancel


class NoteDialog(QDialog):
    """Edits one claim's note; ``saved`` carries the claim id and the new note on OK."""

    saved = Signal(int, str)

    def __init__(self, claim_id: int, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim_id = claim_id
        self.setWindowTitle(self.tr("Note on claim"))
        short = " ".join(quote.split())
        short = short if len(short) <= 160 else short[:157] + "…"
        heading = QLabel(f"“{short}”")
        heading.setWordWrap(True)
        self.editor = QPlainTextEdit(note)
        hint = self.tr("Your note; it appears as a comment on the quote in Word memos.")
        self.editor.setPlaceholderText(hint)
        self.editor.setTabChangesFocus(True)
        buttons = ok_cancel(self)
        # Enter makes a new line in a note; Ctrl+Enter (and Ctrl+Return) saves it, as in mail clients.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        hint_keys = QLabel(self.tr("Ctrl+Enter saves, Esc cancels."))
        hint_keys.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint_keys)
        layout.addWidget(buttons)
        self.resize(460, 240)
        self.editor.setFocus()

    def accept(self) -> None:
        self.saved.emit(self.claim_id, self.editor.toPlainText().strip())
        super().accept()
