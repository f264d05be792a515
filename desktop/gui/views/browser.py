"""The project browser: grouped documents, a filter box and the selected document's metadata."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from naast.core.model import ParsedDocument
from naast.gui.models.documents_model import DocumentsModel
from naast.gui.workers import Task, start
from naast.store.document_list import DocumentList, ListGroup, filtered_groups
from naast.store.documents import DocumentSummary
from naast.store.project import Project


class Browser(QWidget):
    document_activated = Signal(int)
    document_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.project: Project | None = None
        self._generation = 0  # the newest filter asked for; older answers are dropped
        self.filtering = False  # a filter's groups are being read on a worker
        self.grouping = QComboBox()
        for key, label in (
            ("type", self.tr("Type")),
            ("actor", self.tr("Who answered")),
            ("ministry", self.tr("Ministry")),
            ("year", self.tr("Year")),
            ("case", self.tr("Case")),
        ):
            self.grouping.addItem(label, key)
        self.filter = QLineEdit(placeholderText=self.tr("Filter documents…"), clearButtonEnabled=True)
        self.tree = QTreeView(headerHidden=True, uniformRowHeights=True)
        self.tree.setModel(self.model)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metadata = QTextBrowser(openLinks=False)
        self.metadata.setPlaceholderText(self.tr("Select a document to see who asked and who answered."))
        self._build_layout()
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(lambda: self._apply_filter())
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.grouping.currentIndexChanged.connect(self._regroup)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group by")))
        top.addWidget(self.grouping, 1)
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.filter)
        column.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.metadata)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def set_project(self, project: Project | None) -> None:
        """List the documents of ``project`` (None: an empty list)."""
        self.project = project
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after a change of documents), keeping the selected document."""
        current = self.model.document_at(self.tree.currentIndex())
        self._load(keep=current.id if current is not None else None)

    def _load(self, keep: int | None = None) -> None:
        self._generation += 1
        grouping, text = self.grouping.currentData(), self.filter.text().strip()
        if self.project is None:
            self.filtering = False
            self.model.set_list(None)
            return
        doc_list = DocumentList(self.project, grouping, text)
        if not text:  # the groups' counts come from an index: at once
            self.filtering = False
            self._show(doc_list, None, keep)
            return
        generation, path = self._generation, self.project.path
        self.filtering = True
        page = self.model.PAGE  # shown groups' first pages are read on the worker too
        task = Task(lambda _task: filtered_groups(path, grouping, text, page))
        task.signals.finished.connect(lambda groups: self._filtered(generation, doc_list, groups, keep))
        task.signals.failed.connect(lambda message: self._filter_failed(generation, message))
        start(task)

    def _filtered(
        self, generation: int, doc_list: DocumentList, groups: list[ListGroup], keep: int | None
    ) -> None:
        if generation != self._generation or self.project is not doc_list.source:
            return  # a newer filter, grouping or project is under way
        self.filtering = False
        self._show(doc_list, groups, keep)

    def _filter_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.filtering = False
            self.metadata.setPlainText(message)

    def _show(self, doc_list: DocumentList, groups: list[ListGroup] | None, keep: int | None) -> None:
        self.model.set_list(doc_list, groups)
        self._expand()
        if keep is not None:
            self.select_document(keep)

    def _expand(self) -> None:
        """Open the groups when that stays quick to show; a large project starts closed (a group
        opened shows its first page; more come as it is scrolled)."""
        if self.model.document_count() <= 1500:
            self.tree.expandAll()
        elif self.model.rowCount() == 1:
            self.tree.expand(self.model.index(0, 0))

    def _regroup(self) -> None:
        self._load()

    def _apply_filter(self) -> None:
        self._load()

    def select_document(self, document_id: int) -> None:
        index = self.model.index_of(document_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        doc = self.model.document_at(index)
        if doc is not None:
            self.document_activated.emit(doc.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc = self.model.document_at(current)
        if doc is not None:
            self.document_selected.emit(doc.id)

    def show_metadata(self, summary: DocumentSummary, parsed: ParsedDocument) -> None:
        self.metadata.setHtml(metadata_html(summary, parsed))


def _t(text: str) -> str:
    return QCoreApplication.translate("Browser", text)


def metadata_html(summary: DocumentSummary, parsed: ParsedDocument) -> str:
    rows: list[tuple[str, str]] = []
    if parsed.askers:
        rows.append(
            (_t("Asked by"), ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in parsed.askers))
        )
    if parsed.answered_by:
        r = parsed.answered_by
        who = " ".join(x for x in (r.role, r.name) if x)
        rows.append(
            (
                _t("Answered by") if parsed.doc_type.value != "letter" else _t("Signed by"),
                f"{who} ({r.ministry})" if r.ministry else who,
            )
        )
        if r.on_behalf_of:
            rows.append((_t("On behalf of"), "; ".join(r.on_behalf_of)))
    for label, value in (
        (_t("Submitted"), parsed.date_submitted),
        (_t("Received"), parsed.date_received),
        (_t("Kenmerk"), parsed.kenmerk),
        (_t("Aanhangsel"), parsed.aanhangsel_number),
        (_t("Vergaderjaar"), parsed.vergaderjaar),
        (_t("Identifier"), parsed.identifier),
        (_t("File"), parsed.source_name),
    ):
        if value:
            rows.append((label, value))
    cells = "".join(
        f"<tr><td style='color:palette(mid);padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"
