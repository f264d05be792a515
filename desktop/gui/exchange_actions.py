"""File → Exchange: claims tables (.xlsx, CSV, JSON), codebooks (.qdc, JSON) and REFI-QDA projects.

Exports read the project in a worker thread (opened read-only there, as the memo export does) and
show a progress dialog; imports read and check the file first and then apply on the GUI thread,
each as undoable commands, and end with a summary of what was added, updated, unchanged and refused.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog

from naast.core.claims.bulk import SyncClaims
from naast.core.claims.codebook import Codebook
from naast.core.claims.codebook_commands import LoadCodebook
from naast.core.claims.qdc import from_qdc, to_qdc
from naast.core.commands import Changes
from naast.core.errors import NaastError
from naast.core.safe_write import write_text_atomically
from naast.gui.dialogs.errors import show_error
from naast.gui.workers import Task, start
from naast.store.codebook import codebook_of
from naast.store.project import Project

# The exchange modules load parsing, openpyxl and the diff library: only when first used.

if TYPE_CHECKING:
    from naast.gui.main_window import MainWindow

TABLE_FILTER = "Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)"
CODEBOOK_FILTER = "REFI-QDA codebook (*.qdc);;Naast codebook (*.json)"
QDPX_FILTER = "REFI-QDA project (*.qdpx)"
_IMPORTED_TABLES = frozenset(
    {
        "documents",
        "units",
        "footnotes",
        "document_actors",
        "actors",
        "claims",
        "claim_topics",
        "topics",
        "stances",
    }
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


class ExchangeActions(QObject):
    """The six exchange actions of a main window; ``last_message`` is the last report, for tests."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_message: QMessageBox | None = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.menu = QMenu(_t("E&xchange"), window)
        self.menu.setObjectName("exchangeMenu")
        self.actions: dict[str, QAction] = {}
        entries: list[tuple[str, str, Callable[[], None]]] = [
            ("import_claims", _t("Import claims table…"), self.import_claims),
            ("export_claims", _t("Export claims table…"), self.export_claims),
            ("import_codebook", _t("Import codebook…"), self.import_codebook),
            ("export_codebook", _t("Export codebook…"), self.export_codebook),
            ("import_qdpx", _t("Import REFI-QDA project…"), self.import_qdpx),
            ("export_qdpx", _t("Export REFI-QDA project…"), self.export_qdpx),
        ]
        for name, text, slot in entries:
            action = self.menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(slot)
            self.actions[name] = action
            if name.startswith("export_codebook"):
                self.menu.addSeparator()

    def install(self, before: QAction) -> None:
        """Put the Exchange menu into the File menu, before ``before``."""
        for menu in self.window.menuBar().findChildren(QMenu):
            if before in menu.actions():
                menu.insertMenu(before, self.menu)
                menu.insertSeparator(before)
                return

    # -- plumbing -------------------------------------------------------------------------------

    def _session(self, *, write: bool) -> Any:
        session = self.window.session
        if session is None:
            self._error(_t("Open a project first."))
            return None
        if write and session.read_only:
            self._error(_t("This project is open read-only; open it for writing to import."))
            return None
        return session

    def _error(self, message: str) -> None:
        self.last_message = show_error(self.window, _t("Exchange"), message)

    def _report(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, _t("Exchange"), message, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("exchangeReport")
        box.open()
        self.last_message = box

    def _save_name(self, title: str, filters: str, suffix: str) -> Path | None:
        session = self.window.session
        default = str(session.path.with_suffix(suffix)) if session is not None else ""
        name, _ = QFileDialog.getSaveFileName(self.window, title, default, filters)
        return Path(name) if name else None

    def _open_name(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, "", filters + ";;All files (*)")
        return Path(name) if name else None

    def _busy(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self.window)
        dialog.setObjectName("exchangeProgress")
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        QApplication.processEvents()
        return dialog

    def _in_worker(self, text: str, work: Callable[[Project], str]) -> Task:
        """Run ``work`` on a read-only connection of the project in a worker; report its sentence."""
        path = self.window.session.path  # type: ignore[union-attr]
        self.progress = self._busy(text)

        def run(_task: Task) -> str:
            with Project.open(path, read_only=True) as project:
                return work(project)

        task = Task(run)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        self.task = start(task)
        return task

    def _finished(self, message: str) -> None:
        self._close_progress()
        self._report(message)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self._error(message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    # -- claims tables --------------------------------------------------------------------------

    def export_claims(self, path: Path | None = None) -> Task | None:
        session = self._session(write=False)
        target = path or (
            self._save_name(_t("Export claims table"), TABLE_FILTER, ".xlsx") if session else None
        )
        if session is None or target is None:
            return None
        language = session.language
        from naast.core.exchange.table_write import format_for, write_table
        from naast.store.exchange import table_claims

        def work(project: Project) -> str:
            claims = table_claims(project, None, language)
            write_table(claims, target, format_for(target))
            return _t("Wrote {n} claims to {file}.").format(n=len(claims), file=target.name)

        return self._in_worker(_t("Writing the claims table…"), work)

    def import_claims(self, path: Path | None = None) -> None:
        session = self._session(write=True)
        source = path or (self._open_name(_t("Import claims table"), TABLE_FILTER) if session else None)
        if session is None or source is None:
            return
        from naast.core.exchange.table_read import read_table
        from naast.store.exchange import resolve_sheet

        progress = self._busy(_t("Reading the claims table…"))
        try:
            read = read_table(source)
            resolved = resolve_sheet(session.project, read, coder=session.coder)
        except NaastError as exc:
            progress.close()
            self._error(str(exc))
            return
        if resolved.creates or resolved.edits:
            session.apply(SyncClaims(resolved.creates, resolved.edits, source.name))
        progress.close()
        lines = [_t("Claims from {file}: {summary}.").format(file=source.name, summary=resolved.summary())]
        lines += [f"• {problem}" for problem in resolved.problems[:30]]
        self._report("\n".join(lines))

    # -- codebooks ------------------------------------------------------------------------------

    def export_codebook(self, path: Path | None = None) -> None:
        session = self._session(write=False)
        target = path or (
            self._save_name(_t("Export codebook"), CODEBOOK_FILTER, ".qdc") if session else None
        )
        if session is None or target is None:
            return
        codebook = codebook_of(session.project)
        try:
            write_text_atomically(
                target, to_qdc(codebook) if target.suffix.lower() != ".json" else codebook.dumps()
            )
        except NaastError as exc:
            self._error(str(exc))
            return
        self._report(_t("Wrote the codebook to {file}.").format(file=target.name))

    def import_codebook(self, path: Path | None = None) -> None:
        session = self._session(write=True)
        source = path or (self._open_name(_t("Import codebook"), CODEBOOK_FILTER) if session else None)
        if session is None or source is None:
            return
        try:
            if source.suffix.lower() == ".json":
                codebook = Codebook.read(source)
            else:
                codebook = from_qdc(source.read_text(encoding="utf-8-sig"))
        except (NaastError, OSError, UnicodeDecodeError) as exc:
            self._error(
                _t("{file} is not a codebook Naast can read ({reason}).").format(file=source.name, reason=exc)
            )
            return
        changes = session.apply(LoadCodebook(codebook, source.name))
        if changes is not None:
            count = sum(len(v) for v in changes.ids.values())
            self._report(
                _t("Merged {file}: {n} topics or stances added or changed.").format(file=source.name, n=count)
            )

    # -- REFI-QDA projects ----------------------------------------------------------------------

    def export_qdpx(self, path: Path | None = None) -> Task | None:
        session = self._session(write=False)
        target = path or (
            self._save_name(_t("Export REFI-QDA project"), QDPX_FILTER, ".qdpx") if session else None
        )
        if session is None or target is None:
            return None
        from naast.store.qdpx import write_qdpx

        def work(project: Project) -> str:
            written = write_qdpx(project, target)
            return _t("Wrote {d} documents and {n} claims to {file}.").format(
                d=len(written.documents), n=len(written.claims), file=target.name
            )

        return self._in_worker(_t("Writing the REFI-QDA project…"), work)

    def import_qdpx(self, path: Path | None = None) -> None:
        session = self._session(write=True)
        source = path or (self._open_name(_t("Import REFI-QDA project"), QDPX_FILTER) if session else None)
        if session is None or source is None:
            return
        from naast.store.qdpx import import_qdpx

        progress = self._busy(_t("Importing the REFI-QDA project…"))
        before = {d.id for d in session.documents()}
        try:
            report = import_qdpx(session.project, source, coder=session.coder)
        except NaastError as exc:
            self._error(str(exc))
            return
        finally:  # codebook, documents and claims may have changed before a problem: views refresh
            added = frozenset({d.id for d in session.documents()} - before)
            session.notify(Changes("Import", _IMPORTED_TABLES, {"documents": added}))
            progress.close()
        lines = [f"{source.name}: {report.summary()}"]
        lines += [f"• {line}" for line in [*report.skipped, *report.refused][:30]]
        self._report("\n".join(lines))


def install_exchange(window: MainWindow) -> ExchangeActions:
    """Build the exchange actions and put their menu into the window's File menu."""
    exchange = ExchangeActions(window)
    exchange.install(window.actions.preferences)
    return exchange
