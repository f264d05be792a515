"""The window's file conventions: recent projects, close, save a copy, print and PDF, drops, help.

Kept apart from the main window so that it stays the wiring of views; each method here is one
menu entry's behaviour.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu

from naast.core.errors import NaastError
from naast.gui.dialogs.errors import show_error, show_exception
from naast.store.files import PROJECT_SUFFIX

if TYPE_CHECKING:
    from naast.gui.main_window import MainWindow

PROJECT_FILTER = "Naast projects (*.naast)"


class WindowFiles(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the help, shortcut or about dialog last shown
        a = window.actions
        a.close_project.triggered.connect(self.close_project)
        a.save_copy.triggered.connect(self.save_copy_dialog)
        a.print_document.triggered.connect(self.print_document)
        a.export_pdf.triggered.connect(self.export_pdf_dialog)
        a.import_folder.triggered.connect(self.import_folder)
        a.manual.triggered.connect(self.show_manual)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)

    # -- recent projects -------------------------------------------------------------------------

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.window.prefs.recent_projects()
        for number, path in enumerate(recent, start=1):
            shown = str(path).replace("&", "&&")  # a literal ampersand, not a mnemonic
            action = menu.addAction(f"&{number}  {shown}" if number < 10 else shown)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _c=False, p=path: self.window.open_project(p))
        if not recent:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Clear recent projects"), self.window.prefs.clear_recent)

    # -- the project file ------------------------------------------------------------------------

    def close_project(self) -> None:
        self.window.close_project()

    def save_copy_dialog(self) -> Path | None:
        session = self.window.session
        if session is None:
            return None
        suggestion = str(session.path.with_name(f"{session.path.stem} (copy){PROJECT_SUFFIX}"))
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a copy"), suggestion, PROJECT_FILTER)
        if not name:
            return None
        target = Path(name) if Path(name).suffix else Path(name).with_suffix(PROJECT_SUFFIX)
        return self.save_copy(target)

    def save_copy(self, target: Path) -> Path | None:
        from naast.store.copies import save_copy

        session = self.window.session
        if session is None:
            return None
        try:
            save_copy(session.project, target)
        except (NaastError, OSError) as exc:
            self.window.last_error = show_exception(self.window, exc)
            return None
        self.window.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(target)), 8000)
        return target

    def open_dropped(self, paths: list[Path]) -> None:
        """A dropped project opens; anything else is imported into the open project."""
        projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
        documents = [p for p in paths if p.suffix.lower() != PROJECT_SUFFIX]
        if projects:
            self.window.open_project(projects[0])
        if documents:
            self.window.import_paths(documents)

    def import_folder(self) -> None:
        if self.window.session is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder"), self.start_folder()
        )
        if folder:
            self.remember_folder(Path(folder))
            self.window.import_paths([Path(folder)])

    def remember_folder(self, folder: Path) -> None:
        self.window.prefs.settings.setValue("paths/import", str(folder))

    def start_folder(self) -> str:
        """Where file dialogs open: the last folder imported from, else the documents folder."""
        last = self.window.prefs.settings.value("paths/import", "")
        if isinstance(last, str) and last and Path(last).is_dir():
            return last
        documents = Path.home() / "Documents"
        return str(documents if documents.is_dir() else Path.home())

    # -- printing --------------------------------------------------------------------------------

    def _document_heading(self) -> str | None:
        text = self.window.reader.text
        session = self.window.session
        if session is None or text.document_id is None:
            self.window.last_error = show_error(
                self.window,
                self.tr("Print"),
                self.tr("Open a document first; it is printed with its claims."),
            )
            return None
        return session.summary(text.document_id).display_title

    def print_document(self) -> None:
        from naast.gui.printing import printable

        heading = self._document_heading()
        if heading is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            printable(self.window.reader.text, heading).print_(printer)

    def export_pdf_dialog(self) -> None:
        heading = self._document_heading()
        if heading is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as PDF"), "", "PDF (*.pdf)")
        if name:
            self.export_pdf(Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf"))

    def export_pdf(self, target: Path) -> Path | None:
        from naast.gui.printing import save_pdf

        heading = self._document_heading()
        if heading is None:
            return None
        try:
            save_pdf(self.window.reader.text, heading, target)
        except (NaastError, OSError) as exc:
            self.window.last_error = show_exception(self.window, exc)
            return None
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(target)), 8000)
        return target

    # -- help ------------------------------------------------------------------------------------

    def show_manual(self) -> QDialog:
        from naast.gui.dialogs.help_dialog import ManualDialog

        return self._show(ManualDialog(self.window.prefs.language, self.window))

    def show_shortcuts(self) -> QDialog:
        from naast.gui.dialogs.help_dialog import ShortcutSheet

        return self._show(ShortcutSheet(self.window.actions.all(), self.window))

    def show_about(self) -> QDialog:
        from naast.gui.dialogs.about_dialog import AboutDialog

        return self._show(AboutDialog(self.window))

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.show()
        return dialog
