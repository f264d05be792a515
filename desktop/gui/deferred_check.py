"""The rest of a large project's check, read on a worker after the window has opened it.

The window opens a project with ``check_later``: the opening check of a large file then leaves
out the tables that grow with the documents (``Project.checked_later``; see
``naast.store.integrity``). They are read here, off the GUI
thread. Damage found there stops writing for the session, and the window offers what it offers
for a project refused at opening: its last good backup, or recovery into a new project.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from naast.core.errors import DamagedProject
from naast.gui.dialogs.damaged_dialog import DamagedProjectDialog, offer_rescue
from naast.gui.session import Session
from naast.gui.workers import Task, start_in_background
from naast.store import integrity
from naast.store.backups import BackupPolicy, latest_backup


class DeferredCheck:
    """Starts the check of ``session``'s file (if its opening check left tables out) and keeps
    the dialog it may show, for tests to read."""

    def __init__(
        self, parent: QWidget, session: Session, policy: BackupPolicy, open_project: Callable[[Path], bool]
    ) -> None:
        self.parent, self.session, self.policy, self.open_project = parent, session, policy, open_project
        self.dialog: DamagedProjectDialog | None = None
        self.task: Task | None = None
        project = session.project
        if not project.checked_later:  # the opening check read every table, or a read-only file
            return
        self._check = integrity.DeferredCheck(project.path)
        self.task = Task(lambda _task: self._check.run())
        self.task.signals.finished.connect(self._found)
        start_in_background(self.task)

    def stop(self) -> None:
        """The project is closing: interrupt the check and wait for its thread (briefly)."""
        if self.task is not None:
            self._check.interrupt()
            self.task.done.wait(5)

    def _found(self, problems: list[str]) -> None:
        if not problems or self.session.closed:
            return
        self.session.project.mark_damaged()
        path = self.session.project.path
        last = latest_backup(Path(os.path.realpath(path)), self.policy)
        detail = "; ".join(p.rstrip(".") for p in problems[:3])
        exc = DamagedProject(str(path), detail, backup=str(last) if last else None)
        self.dialog = offer_rescue(self.parent, exc, path, self.open_project)
