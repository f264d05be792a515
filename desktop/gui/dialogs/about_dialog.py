"""About Naast: version, licence, the Qt and Python it runs on, where the project lives."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from naast import __version__
from naast.gui.icons import application_icon

LICENCE = "MIT"


def project_home() -> str | None:
    """The project's home page as the installed package declares it (``[project.urls]``), if any."""
    try:
        from importlib.metadata import metadata

        urls = metadata("naast").get_all("Project-URL") or []
    except Exception:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Naast"))
        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self.details())
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def details(self) -> str:
        lines = [
            f"<h3>Naast {__version__}</h3>",
            "<p>"
            + self.tr("Read, tag and compare what Dutch ministers tell parliament, side by side.")
            + "</p>",
            "<p>" + self.tr("Licence: %1").replace("%1", LICENCE) + "<br>",
            self.tr("Qt %1 · PySide6 %2 · Python %3")
            .replace("%1", qVersion())
            .replace("%2", pyside_version)
            .replace("%3", platform.python_version())
            + "<br>",
        ]
        home = project_home()
        if home:
            lines.append(f'{self.tr("Project home:")} <a href="{home}">{home}</a><br>')
        lines.append(self.tr("The manual and the keyboard shortcuts are under Help (F1).") + "</p>")
        return "".join(lines)
