"""Import by menu or drop: parse on a worker thread, apply on the GUI thread, report failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from naast.core.errors import ImportFailed, NaastError
from naast.core.parsing import unreadable_reason
from naast.gui.session import Session
from naast.gui.workers import Task, start
from naast.store.importer import IMPORT_BATCH, IMPORTABLE_SUFFIXES, Outcome, expand_paths, parse_path

FILE_FILTER = "Documents (" + " ".join(f"*{s}" for s in sorted(IMPORTABLE_SUFFIXES)) + ");;All files (*)"


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


@dataclass
class ImportReport:
    imported: list[Path] = field(default_factory=list)
    warnings: list[tuple[Path, str]] = field(default_factory=list)  # imported, with what to know
    new_versions: list[tuple[Path, str]] = field(default_factory=list)  # (file, re-anchoring summary)
    #: Every claim a new version moved, changed or orphaned: one line each (document, unit, quote).
    claim_lines: list[str] = field(default_factory=list)
    to_review: int = 0  # claims changed or orphaned by these imports
    duplicates: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False

    def text(self) -> str:
        lines = [_t("Imported {n} document(s).").format(n=len(self.imported))]
        if self.warnings:
            lines.append(_t("{n} with a warning:").format(n=len(self.warnings)))
            lines += [f"• {path.name}: {_translated(message)}" for path, message in self.warnings]
        if self.new_versions:
            lines.append(
                _t("{n} replaced an earlier version of a document; claims were re-anchored:").format(
                    n=len(self.new_versions)
                )
            )
            lines += [f"• {path.name}: {summary}" for path, summary in self.new_versions]
            lines += [f"    {line}" for line in self.claim_lines]
        if self.to_review:
            lines.append(
                _t(
                    "{n} claims changed or lost their words: review them (Claims → Review changed claims)."
                ).format(n=self.to_review)
            )
        if self.duplicates:
            skipped = _t("{n} were already in the project and were skipped.")
            lines.append(skipped.format(n=len(self.duplicates)))
        if self.cancelled:
            lines.append(_t("The import was cancelled; documents imported before that are kept."))
        if self.failed:
            lines.append(_t("{n} could not be imported:").format(n=len(self.failed)))
            lines += [f"• {path.name}: {reason}" for path, reason in self.failed]
        return "\n".join(lines)


def _translated(message: str) -> str:
    """The importer's warnings, each part in the UI's language where it is a fixed sentence."""
    return "; ".join(_t(part) for part in message.split("; "))


def _parse_all(paths: list[Path]):
    def work(task: Task) -> int:
        files = expand_paths(paths)
        for index, path in enumerate(files):
            if task.is_cancelled:
                break
            task.signals.progress.emit(index, len(files), path.name)
            try:
                task.signals.item.emit(parse_path(path))
            except ImportFailed as exc:
                task.signals.item.emit((path, exc.reason))
            except NaastError as exc:
                task.signals.item.emit((path, str(exc)))
            except Exception as exc:
                task.signals.item.emit((path, unreadable_reason(exc)))
        task.signals.progress.emit(len(files), len(files), "")
        return len(files)

    return work


class Importer(QObject):
    finished = Signal(object)  # ImportReport
    review_requested = Signal()

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.task: Task | None = None
        self.report = ImportReport()
        self.dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None

    def choose_files(self) -> None:
        files = getattr(self.parent_widget, "files", None)  # the window's file conventions
        folder = files.start_folder() if files is not None else ""
        names, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Import documents"), folder, FILE_FILTER
        )
        if names and files is not None:
            files.remember_folder(Path(names[0]).parent)
        if names:
            self.start([Path(n) for n in names])

    def start(self, paths: list[Path]) -> None:
        if self.task is not None:
            return
        self.report = ImportReport()
        self.dialog = QProgressDialog(
            self.tr("Reading documents…"), self.tr("Cancel"), 0, 0, self.parent_widget
        )
        self.dialog.setWindowTitle(self.tr("Import"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel)
        self.session.project.defer_sync()  # one sync when the import ends, not one per document
        self.session.project.begin_batch(IMPORT_BATCH)  # and one undo step
        task = Task(_parse_all(paths))
        task.signals.progress.connect(self._progress)
        task.signals.item.connect(self._apply)
        task.signals.finished.connect(lambda _n: self._done())
        task.signals.cancelled.connect(self._done)
        task.signals.failed.connect(self._failed)
        self.task = start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.report.cancelled = True

    @property
    def running(self) -> bool:
        return self.task is not None

    def _progress(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if name:
            dialog.setLabelText(self.tr("Importing {name}…").format(name=name))
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total - 1, 0)))  # the report, not the bar, says when it is done

    def _apply(self, item: object) -> None:
        """On the GUI thread, which owns the project: one command per document."""
        if isinstance(item, tuple):
            self.report.failed.append(item)
            return
        result = self.session.import_parsed(item)
        if result.outcome is Outcome.IMPORTED:
            self.report.imported.append(result.path)
            if result.message:
                self.report.warnings.append((result.path, result.message))
        elif result.outcome is Outcome.REIMPORTED:
            summary, *claims = result.message.splitlines()
            self.report.new_versions.append((result.path, summary))
            self.report.claim_lines += claims
            self.report.to_review += sum(1 for c in claims if c.startswith(("changed", "orphaned")))
        elif result.outcome is Outcome.DUPLICATE:
            self.report.duplicates.append(result.path)
        else:
            self.report.failed.append((result.path, result.message))

    def _failed(self, message: str) -> None:
        self.report.failed.append((Path("(import)"), message))
        self._done()

    def _done(self) -> None:
        self.task = None
        self.session.index_for_search()
        self.session.project.end_batch()
        self.session.project.end_deferred_sync()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        icon = QMessageBox.Icon.Warning if self.report.failed else QMessageBox.Icon.Information
        box = QMessageBox(
            icon,
            self.tr("Import finished"),
            self.report.text(),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setObjectName("importReport")
        if self.report.to_review:
            review = box.addButton(self.tr("Review claims…"), QMessageBox.ButtonRole.ActionRole)
            review.clicked.connect(self.review_requested.emit)
        box.open()
        self.result_box = box
        self.finished.emit(self.report)
