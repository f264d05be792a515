"""Preferences: coder name, interface language, text size, backup folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from naast.gui.dialogs.buttons import ok_cancel
from naast.gui.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.coder = QLineEdit(prefs.coder)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self.font_size = QSpinBox(minimum=8, maximum=28, value=prefs.font_size, suffix=" pt")
        self.backup_folder = QLineEdit(prefs.backup_folder)
        self.backup_folder.setPlaceholderText(self.tr("Beside each project"))
        note = QLabel(self.tr("A new language applies at once: the window is rebuilt in it."))
        note.setWordWrap(True)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Coder name"), self.coder)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Text size"), self.font_size)
        form.addRow(self.tr("Backup folder"), self.backup_folder)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        self.prefs.coder = self.coder.text()
        self.prefs.language = self.language.currentData()
        self.prefs.font_size = self.font_size.value()
        self.prefs.backup_folder = self.backup_folder.text()
        super().accept()
