"""The export dialog: a Word memo or a CSV of claims, written off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naast.core.errors import NaastError
from naast.export.docx_writer import write_memo
from naast.export.from_project import Selection, claim_rows, memo_plan_from_project
from naast.export.plan import DEFAULT_GROUPING
from naast.export.tabular import write_csv
from naast.gui.session import Session
from naast.gui.workers import Task, start

FORMATS = (("memo", "Word memo (.docx)", ".docx"), ("csv", "Claims as CSV (.csv)", ".csv"))
GROUP_CHOICES = (  # which claims of different actors share a row of the memo (``--group``)
    ("proposition", "Same proposition side by side"),
    ("question", "Aligned answers side by side"),
    ("none", "Every claim in its own row"),
)


class ExportDialog(QDialog):
    exported = Signal(Path)

    def __init__(self, session: Session, parent: QWidget | None = None, topic: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.written: Path | None = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox()
        for key, label, _suffix in FORMATS:
            self.kind.addItem(self.tr(label), key)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), None)
        for node in session.topics():
            if node.total_count:
                self.topic.addItem(session.topic_label(node), node.code or session.topic_label(node))
        if topic is not None:
            self.topic.setCurrentIndex(max(self.topic.findData(topic), 0))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(1 if session.language == "nl" else 0)
        self.group = QComboBox()
        for key, text in GROUP_CHOICES:
            self.group.addItem(self.tr(text), key)
        self.group.setCurrentIndex(self.group.findData(DEFAULT_GROUPING))
        self.toc = QCheckBox(self.tr("Table of contents"))
        self.title = QLineEdit(placeholderText=self.tr("Memo title (optional)"))
        default = session.path.with_name(session.path.stem + "-memo.docx")
        self.target = QLineEdit(str(default))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Rows"), self.group)
        form.addRow("", self.toc)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Save as"), target_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._suffix)
        self.resize(520, 260)

    def _suffix(self) -> None:
        suffix = FORMATS[self.kind.currentIndex()][2]
        self.target.setText(str(Path(self.target.text()).with_suffix(suffix)))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.target.text())
        if name:
            self.target.setText(name)

    def selection(self) -> Selection:
        topic = self.topic.currentData()
        return Selection(
            topics=(topic,) if topic else (),
            language=self.language.currentData(),
            title=self.title.text().strip() or None,
            author=self.session.coder or None,
            group=self.group.currentData(),
            toc=self.toc.isChecked(),
        )

    def run_export(self) -> None:
        """Read the claims here (the project belongs to this thread); write the file on a worker."""
        if self.task is not None:
            return
        target = Path(self.target.text()).expanduser()
        selection = self.selection()
        try:
            work = self._work(target, selection)
        except NaastError as exc:
            self._show_error(str(exc))
            return
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Writing {name}…").format(name=target.name))
        task = Task(work)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._show_error)
        task.signals.cancelled.connect(self.reject)
        self.task = start(task)

    def _work(self, target: Path, selection: Selection):
        """The writer to run off the UI thread, with its data read now."""
        if self.kind.currentData() == "memo":
            plan = memo_plan_from_project(self.session.project, selection)

            def write(task: Task) -> Path:
                return write_memo(
                    plan, target, progress=task_progress(task), cancelled=lambda: task.is_cancelled
                )

            return write
        rows = claim_rows(self.session.project, selection)

        def write_rows(task: Task) -> Path:
            return write_csv(
                rows,
                target,
                language=selection.language,
                progress=task_progress(task),
                cancelled=lambda: task.is_cancelled,
            )

        return write_rows

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, path: Path) -> None:
        self.task = None
        self.written = Path(path)
        self.message.setText(self.tr("Saved {path}").format(path=path))
        self.exported.emit(self.written)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.task = None
        self.error = message
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("The export did not finish: {why}").format(why=message))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()


def task_progress(task: Task):
    return lambda done, total: task.signals.progress.emit(done, total, "")
