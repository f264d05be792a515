"""The open project as the GUI sees it: every change goes widget → session → command → store.

The session owns the ``Project`` (one per window), applies commands on the GUI thread, turns the
returned ``Changes`` into a Qt signal views refresh from, and turns typed errors into a signal the
main window shows as a plain-language dialog. It holds no SQL: reads go through the store modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.commands import Changes, Command
from desktop.core.errors import NaastError
from desktop.gui.widgets.marks import ClaimMark
from desktop.store import documents as doc_store
from desktop.store.documents import DocumentSummary, SearchHit, StoredDocument
from desktop.store.project import Project


class Session(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str, str)  # title, plain message

    def __init__(self, project: Project, coder: str = "") -> None:
        super().__init__()
        self.project = project
        self.coder = coder
        self._documents: dict[int, StoredDocument] = {}

    # -- life cycle ------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def close(self) -> None:
        self.project.close()
        self._documents.clear()

    # -- changing --------------------------------------------------------------------------------

    def apply(self, command: Command) -> Changes | None:
        """Apply and commit at once, so a claim the user saw created is on disk."""
        try:
            changes = self.project.apply(command, coder=self.coder)
        except NaastError as exc:
            self.failed.emit(_title_of(command), str(exc))
            return None
        self._forget(changes)
        self.changed.emit(changes)
        return changes

    def undo(self) -> Changes | None:
        return self._step(self.project.undo)

    def redo(self) -> Changes | None:
        return self._step(self.project.redo)

    def _step(self, step: Any) -> Changes | None:
        try:
            changes = step()
        except NaastError as exc:
            self.failed.emit("Undo", str(exc))
            return None
        if changes is not None:
            self._forget(changes)
            self.changed.emit(changes)
        return changes

    def undo_label(self) -> str | None:
        return self.project.undo_label()

    def redo_label(self) -> str | None:
        return self.project.redo_label()

    def _forget(self, changes: Changes) -> None:
        if changes.touches("documents", "units", "footnotes"):
            self._documents.clear()

    # -- reading documents -----------------------------------------------------------------------

    def documents(self) -> list[DocumentSummary]:
        return doc_store.list_documents(self.project)

    def summary(self, document_id: int) -> DocumentSummary:
        return doc_store.document_summary(self.project, document_id)

    def document(self, document_id: int) -> StoredDocument:
        stored = self._documents.get(document_id)
        if stored is None:
            stored = doc_store.load_document(self.project, document_id)
            if len(self._documents) > 16:
                self._documents.clear()
            self._documents[document_id] = stored
        return stored

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        try:
            return doc_store.search(self.project, query, limit)
        except NaastError as exc:
            self.failed.emit("Search", str(exc))
            return []

    # -- claims ----------------------------------------------------------------------------------

    def claim_marks(self, document_id: int) -> list[ClaimMark]:
        return []

    def counts(self) -> dict[str, int]:
        return self.project.counts()


def _title_of(command: Command) -> str:
    try:
        return str(command.label)
    except Exception:
        return "Change"
