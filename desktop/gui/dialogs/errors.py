"""Errors as plain-language dialogs: never a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from naast.core.errors import ImportFailed, NaastError, ProjectError, ProjectLocked


def explain(exc: BaseException) -> tuple[str, str]:
    """A title and one or two plain sentences for an error."""
    if isinstance(exc, ProjectLocked):
        return (
            "Project already open",
            f"{exc}\n\nClose it in the other window first, or open it read-only from the File menu.",
        )
    if isinstance(exc, ProjectError):
        return "Cannot open the project", str(exc)
    if isinstance(exc, ImportFailed):
        return "Import failed", f"{exc.path} could not be imported: {exc.reason}."
    if isinstance(exc, NaastError):
        return "Naast", str(exc)
    if isinstance(exc, OSError):
        return "File problem", f"{exc.strerror or exc}: {exc.filename or ''}".strip(": ")
    return "Something went wrong", f"Naast could not finish this: {exc}. Your saved work is unchanged."


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """Show a warning; returned (non-blocking) so tests can read and close it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open()
    return box


def show_exception(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    title, message = explain(exc)
    return show_error(parent, title, message)
