"""The first start: who is coding? The name goes with every claim and note, and into exports."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from naast.gui.preferences import Preferences


class CoderDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Who is coding?"))
        text = QLabel(
            self.tr(
                "Your name is recorded with every claim you tag and note you write, and appears as the "
                "author of your comments in Word. You can change it later in Preferences."
            )
        )
        text.setWordWrap(True)
        self.name = QLineEdit(prefs.coder, placeholderText=self.tr("Your name"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.prefs.coder = name
        self.prefs.settings.sync()  # the CLI reads the same file
        super().accept()
