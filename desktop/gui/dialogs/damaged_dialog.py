"""When a project is refused as damaged: offer its last good backup, or recovery into a new one.

Neither choice changes the damaged file. The backup is copied to ``NAME (restored).naast``
beside the project and opened; recovery writes ``NAME (recovered).naast`` (``naast recover``)
and opens it, then says what it could not rescue.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from naast.core.errors import DamagedProject, NaastError
from naast.gui.dialogs.errors import show_error, show_exception
from naast.store.backups import free_name, restore
from naast.store.recovery import recover


class DamagedProjectDialog(QMessageBox):
    def __init__(
        self, parent: QWidget | None, exc: DamagedProject, path: Path, open_project: Callable[[Path], bool]
    ):
        super().__init__(parent)
        self.setObjectName("damagedProjectDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The project is damaged"))
        self.setText(str(exc))
        self.path = path
        self.backup = Path(exc.backup) if exc.backup else None
        self._open_project = open_project
        self.follow_up: QMessageBox | None = None
        self.backup_button: QPushButton | None = None
        if self.backup is not None:
            self.backup_button = self.addButton(
                self.tr("Open the last backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.recover_button = self.addButton(
            self.tr("Recover into a new project"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        self.buttonClicked.connect(self._chosen)

    def _chosen(self, button: QAbstractButton) -> None:
        try:
            if button is self.backup_button and self.backup is not None:
                self._open_project(restore(self.backup, free_name(self.path, "restored")))
            elif button is self.recover_button:
                target = free_name(self.path, "recovered")
                report = recover(self.path, target)
                if self._open_project(target):
                    title = self.tr("Recovered into a new project")
                    self.follow_up = show_error(self.parentWidget(), title, "\n".join(report.lines()))
        except NaastError as exc:
            self.follow_up = show_exception(self.parentWidget(), exc)


def offer_rescue(
    parent: QWidget | None, exc: DamagedProject, path: Path, open_project: Callable[[Path], bool]
) -> DamagedProjectDialog:
    dialog = DamagedProjectDialog(parent, exc, path, open_project)
    dialog.open()
    return dialog
