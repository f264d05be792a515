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
from naast.store.documents import DocumentSummary


class Browser(QWidget):
    document_activated = Signal(int)
    document_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(self)
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

    def set_documents(self, docs: list[DocumentSummary]) -> None:
        self.model.set_documents(docs)
        self._expand()

    def _expand(self) -> None:
        """Open the groups when that stays quick to show; a 10,000-document project starts closed."""
        if self.model.document_count() <= 1500:
            self.tree.expandAll()
        elif self.model.rowCount() == 1:
            self.tree.expand(self.model.index(0, 0))

    def _regroup(self) -> None:
        self.model.set_grouping(self.grouping.currentData())
        self._expand()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text())
        self._expand()

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
