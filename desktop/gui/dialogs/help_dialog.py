"""Help: the short manual (F1) and the keyboard-shortcut sheet, built from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from naast.paths import resource

#: Keys read by the document text itself, not by menu actions.
TEXT_KEYS = (
    ("T", "Tag the selection (quick-tag popup)"),
    ("U", "Select the question or answer under the cursor"),
    ("S", "Select the sentence under the cursor"),
    ("P", "Select the paragraph under the cursor"),
    ("E", "Edit the topics and stance of the claim under the cursor"),
    ("N", "Write a note on the claim under the cursor"),
    ("D", "Claim details"),
    ("Delete", "Delete the claim under the cursor"),
    ("Tab", "In the quick-tag popup: add or remove the highlighted topic"),
    ("1–5", "In the quick-tag popup: choose the stance"),
    ("Enter / Esc", "In the quick-tag popup: save / cancel"),
    ("Ctrl+Enter", "In the note dialog: save the note"),
)


def manual_text(language: str) -> str:
    for name in (f"manual.{language}.md", "manual.md"):
        path = resource("help", name)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return "# Naast\n"


class ManualDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Naast help"))
        self.browser = QTextBrowser()
        self.browser.setMarkdown(manual_text(language))
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the keys of the text."""
    rows = []
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        if keys:
            name = action.text().split("\t")[0].replace("&", "")
            rows.append((" / ".join(keys), name))
    translate = QCoreApplication.translate
    rows += [(keys, translate("ShortcutSheet", what)) for keys, what in TEXT_KEYS]
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 640)
