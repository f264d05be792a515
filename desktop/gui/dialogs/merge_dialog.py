"""File → Merge project…: bring other coders' projects into the open one, then say what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from naast.core.errors import NaastError
from naast.gui.dialogs.errors import show_error
from naast.gui.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def merge_sources(session: Session, paths: list[Path], parent: QWidget | None) -> QMessageBox | None:
    """Merge each project in ``paths`` (one undoable step each); a summary box, or an error box."""
    from naast.core.team.merge import MergeProject
    from naast.store.merging import read_snapshot
    from naast.store.project import now_iso

    lines: list[str] = []
    for path in paths:
        if path.resolve() == session.path.resolve():
            return show_error(parent, _tr("Merge project"), _tr("A project cannot be merged into itself."))
        try:
            command = MergeProject(read_snapshot(path), now_iso())
        except NaastError as exc:
            return show_error(parent, _tr("Merge project"), str(exc))
        if session.apply(command) is None:
            return None  # the session has shown why
        lines.append(f"{path.name}: " + "\n".join(command.report.lines()))
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Merge project"), "\n\n".join(lines), parent=parent)
    box.setObjectName("mergeReport")
    box.open()
    return box


def merge_project_dialog(session: Session | None, parent: QWidget | None) -> QMessageBox | None:
    if session is None or session.read_only:
        return None
    names, _ = QFileDialog.getOpenFileNames(
        parent, _tr("Merge project"), str(session.path.parent), _tr("Naast projects (*.naast)")
    )
    return merge_sources(session, [Path(n) for n in names], parent) if names else None
