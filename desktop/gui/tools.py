"""The main window's tools: import, export, search, where else, preferences, find in document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QThreadPool, QTimer

from naast.gui.dialogs.errors import show_error
from naast.gui.dialogs.preferences_dialog import PreferencesDialog
from naast.gui.dialogs.search_dialog import SearchDialog
from naast.gui.dialogs.where_else_dialog import WhereElseDialog
from naast.gui.importing import Importer
from naast.gui.workers import Task
from naast.gui.workers import start as start_task
from naast.store import document_pages
from naast.store.version import REUSE_INDEX_SCHEMA

if TYPE_CHECKING:
    from naast.gui.dialogs.export_dialog import ExportDialog
    from naast.gui.dialogs.fetch_dialog import FetchDialog
    from naast.gui.dialogs.review_dialog import ReviewDialog
    from naast.gui.main_window import MainWindow


class Tools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.importer: Importer | None = None
        self.export_dialog: ExportDialog | None = None
        self.search_dialog: SearchDialog | None = None
        self.where_else_dialog: WhereElseDialog | None = None
        self._where_task: Task | None = None
        self._pool = QThreadPool(self)  # questions off the GUI thread, never behind an import
        self.review_dialog: ReviewDialog | None = None
        a = window.actions
        a.review_claims.triggered.connect(self.review_claims)
        a.import_files.triggered.connect(self.import_files)
        a.fetch_sources.triggered.connect(self.fetch_from_sources)
        a.export_memo.triggered.connect(self.export)
        a.find_in_project.triggered.connect(self.find_in_project)
        a.find_in_document.triggered.connect(self.find_in_document)
        a.where_else.triggered.connect(self.where_else)
        a.preferences.triggered.connect(self.preferences)

    def session_changed(self) -> None:
        session = self.window.session
        self.importer = Importer(session, self.window) if session is not None else None
        if session is not None:
            from naast.gui.first_start import claimant_notice

            QTimer.singleShot(0, self.window, lambda: claimant_notice(self.window))
        if self.importer is not None:
            self.importer.review_requested.connect(self.review_claims)
        for dialog in (self.export_dialog, self.search_dialog, self.where_else_dialog, self.review_dialog):
            if dialog is not None:
                dialog.close()
        self.export_dialog = self.search_dialog = self.where_else_dialog = self.review_dialog = None
        if self._where_task is not None:
            self._where_task.cancel()
            self._where_task = None

    def _need_project(self) -> bool:
        if self.window.session is None:
            self.window.last_error = show_error(
                self.window,
                self.tr("No project open"),
                self.tr("Create a project with Ctrl+N or open one with Ctrl+O first."),
            )
            return False
        return True

    def import_files(self) -> None:
        if self._need_project() and self.importer is not None:
            self.importer.choose_files()

    def import_paths(self, paths: list[Path]) -> None:
        if self._need_project() and self.importer is not None:
            self.importer.start(paths)

    def fetch_from_sources(self) -> FetchDialog | None:
        if not self._need_project():
            return None
        from naast.gui.dialogs.fetch_dialog import FetchDialog

        dialog = FetchDialog(self.window.session, self.window)
        dialog.open()
        return dialog

    def export(self) -> ExportDialog | None:
        if not self._need_project():
            return None
        from naast.gui.dialogs.export_dialog import ExportDialog  # python-docx loads on first use

        self.export_dialog = ExportDialog(self.window.session, self.window)
        self.export_dialog.exported.connect(
            lambda path: self.window.statusBar().showMessage(
                self.tr("Exported {path}").format(path=path), 8000
            )
        )
        self.export_dialog.open()
        return self.export_dialog

    def find_in_project(self) -> SearchDialog | None:
        if not self._need_project():
            return None
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.window.session, self.window)
            self.search_dialog.open_hit.connect(self._open_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()
        return self.search_dialog

    def _open_hit(self, document_id: int, words: str) -> None:
        self.window.open_document(document_id)
        reader = self.window.reader
        reader.find(words.split()[0] if words.split() else "")
        text = reader.text
        rect = text.cursorRect()
        hit = QRect(text.viewport().mapToGlobal(rect.topLeft()), rect.size()).adjusted(-40, -8, 240, 8)
        if self.search_dialog is not None:
            self.search_dialog.keep_clear_of(hit)

    def _where_found(self, dialog: WhereElseDialog, found: list) -> None:
        if dialog is self.where_else_dialog and self.window.session is not None:  # still asked
            dialog.add_found(found)

    def _where_finished(self, dialog: WhereElseDialog) -> None:
        if dialog is self.where_else_dialog and self.window.session is not None:
            dialog.finish()

    def find_in_document(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.reader)
        self.window.reader.show_find()

    def where_else(self) -> WhereElseDialog | None:
        text = self.window.active_text
        session = self.window.session
        if session is None or text.document_id is None:
            return None
        start, end = text.selection()
        if end - start < 20:
            self.window.last_error = show_error(
                self.window,
                self.tr("Where else"),
                self.tr("Select a passage of at least a few words first, then ask where else it appears."),
            )
            return None
        quote = text.parsed.text[start:end]
        if self.where_else_dialog is not None:  # the newest question wins: one list of places
            self.where_else_dialog.close()
            self.where_else_dialog.deleteLater()
        if self._where_task is not None:
            self._where_task.cancel()
        dialog = WhereElseDialog(session, quote, None, self.window)
        self.where_else_dialog = dialog
        dialog.open_span.connect(self.window.jump_to_claim)
        dialog.show()
        # an older file open read-only has no index the store reads: the in-memory one
        if session.project.schema_version < REUSE_INDEX_SCHEMA:
            dialog.show_found(session.where_else(text.document_id, start, end))
            return dialog
        session.index_for_search()  # what an import left, so the worker's reader sees it
        task = Task(_places_in_batches(session.path, text.document_id, start, end))
        task.signals.item.connect(lambda found: self._where_found(dialog, found))
        task.signals.finished.connect(lambda _n: self._where_finished(dialog))
        task.signals.failed.connect(dialog.show_failure)
        self._where_task = start_task(task, self._pool)
        return self.where_else_dialog

    def review_claims(self) -> ReviewDialog | None:
        """The claims a new version changed or orphaned, to accept or re-place one by one."""
        if not self._need_project():
            return None
        from naast.gui.dialogs.review_dialog import ReviewDialog

        if self.review_dialog is None:
            self.review_dialog = ReviewDialog(self.window.session, self._reading_selection, self.window)
            self.review_dialog.jump_requested.connect(self.window.jump_to_claim)
        self.review_dialog.refresh()
        self.review_dialog.show()
        self.review_dialog.raise_()
        return self.review_dialog

    def _reading_selection(self) -> tuple[int, int, int] | None:
        text = self.window.reader.text
        if text.document_id is None:
            return None
        start, end = text.selection()
        return (text.document_id, start, end) if end > start else None

    def preferences(self) -> None:
        before = self.window.prefs.language
        dialog = PreferencesDialog(self.window.prefs, self.window)
        if dialog.exec():
            self.window.apply_preferences(language_before=before)


def _places_in_batches(path: Path, document: int, start: int, end: int) -> Callable[[Task], int]:
    """A worker's search for the places of a passage, sending each batch as it is checked."""

    def work(task: Task) -> int:
        count = 0
        for batch in document_pages.where_else_batches_in(path, document, start, end):
            if task.is_cancelled:
                break
            if batch:
                task.send_item(batch)
                count += len(batch)
        return count

    return work
