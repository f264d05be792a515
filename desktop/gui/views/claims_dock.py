"""The claims dock: a sortable table with filters; double-click jumps to the claim's text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from naast.gui.models.claims_model import STANCE, TOPICS, WHERE, ClaimsModel
from naast.store.claims import ClaimFilter, ClaimRecord

#: Columns sized to their contents on every refresh: (narrowest, widest) in pixels.
_FITTED = {WHERE: (60, 170), STANCE: (50, 160), TOPICS: (70, 170)}
#: When the three do not fit, Topics and Stance give way (their tooltips say the whole), each in
#: proportion to what it has above this width; Where stays whole.
_GIVES_WAY = {TOPICS: 96, STANCE: 96}


class ClaimsDock(QWidget):
    jump_requested = Signal(int, int, int)  # document id, start, end
    delete_requested = Signal(int)  # claim id
    edit_requested = Signal(int)  # claim id
    note_requested = Signal(int)  # claim id
    details_requested = Signal(int)  # claim id
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.model = ClaimsModel(self, language)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # Qt's default indicator is the first column, descending: show document order instead.
        self.table.sortByColumn(WHERE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # rows measured when fitting
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate((150, 120, 100, 260, 120, 120, 84, 200, 70)):
            self.table.setColumnWidth(column, width)
        self.count = QLabel()
        self.scope = QComboBox()
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("Whole project"), "project")
        self.topic = QComboBox()
        self.stance = QComboBox()
        self.actor = QComboBox()
        self.text_filter = QLineEdit(placeholderText=self.tr("Filter quotes…"), clearButtonEnabled=True)
        self._build_layout()
        self.text_filter.textChanged.connect(self._text_filter)
        for combo in (self.scope, self.topic, self.stance, self.actor):
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        self._wanted: dict[int, int] = {}  # fitted columns' widths for their contents
        self.table.viewport().installEventFilter(self)  # a resized dock fits its columns again
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Show")), 0, 0)
        grid.addWidget(self.scope, 0, 1)
        grid.addWidget(QLabel(self.tr("Topic")), 1, 0)
        grid.addWidget(self.topic, 1, 1)
        grid.addWidget(QLabel(self.tr("Stance")), 2, 0)
        grid.addWidget(self.stance, 2, 1)
        grid.addWidget(QLabel(self.tr("Claimant")), 3, 0)
        grid.addWidget(self.actor, 3, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.text_filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def set_choices(
        self, topics: list[tuple[int, str]], stances: list[tuple[int, str]], actors: list[tuple[int, str]]
    ) -> None:
        for combo, items in ((self.topic, topics), (self.stance, stances), (self.actor, actors)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for key, label in items:
                combo.addItem(label, key)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def claim_filter(self, document_id: int | None) -> ClaimFilter | None:
        """The filter the controls describe; None when they select nothing (no document open)."""
        in_document = self.scope.currentData() == "document"
        if in_document and document_id is None:
            return None
        return ClaimFilter(
            document_id=document_id if in_document else None,
            topic_id=self.topic.currentData(),
            stance_id=self.stance.currentData(),
            actor_id=self.actor.currentData(),
        )

    def set_records(self, records: list[ClaimRecord]) -> None:
        self.model.set_records(records)
        self._measure_columns()
        self._fit_columns()
        n = len(records)
        self.count.setText(self.tr("1 claim") if n == 1 else self.tr("{n} claims").format(n=n))

    def _measure_columns(self) -> None:
        """How wide Where, Topics and Stance want to be for what they now hold (within bounds)."""
        for column, (least, most) in _FITTED.items():
            self.table.resizeColumnToContents(column)
            self._wanted[column] = max(least, min(most, self.table.columnWidth(column)))

    def _fit_columns(self) -> None:
        """Where, Topics and Stance as wide as they want to be, so that in a narrow dock all three
        are in view without scrolling; Quote and the rest follow. A resize only shares them out
        again; the contents are measured when they change."""
        for column, width in self._wanted.items():
            self.table.setColumnWidth(column, width)
        excess = sum(self.table.columnWidth(c) for c in _FITTED) - self.table.viewport().width()
        spare = {c: max(0, self.table.columnWidth(c) - least) for c, least in _GIVES_WAY.items()}
        if excess > 0 and sum(spare.values()):
            cut = min(1.0, excess / sum(spare.values()))
            for column, room in spare.items():
                self.table.setColumnWidth(column, self.table.columnWidth(column) - round(room * cut))

    def select_claim(self, claim_id: int) -> None:
        row = self.model.row_of(claim_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _text_filter(self, text: str) -> None:
        self.model.set_filter(text)

    def _activated(self, index: QModelIndex) -> None:
        rec = self.model.record(index.row())
        if rec is not None and rec.document_id is not None:
            self.jump_requested.emit(rec.document_id, rec.start, rec.end)

    def selected_claim(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        rec = self.model.record(rows[0].row()) if rows else None
        return rec.id if rec is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Delete, E, N and D on the table's selected claim (the table would take letters for its search)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            claim = self.selected_claim()
            if claim is not None and event.key() == Qt.Key.Key_Delete:  # type: ignore[attr-defined]
                self.delete_requested.emit(claim)
                return True
            if claim is not None and event.key() == Qt.Key.Key_E:  # type: ignore[attr-defined]
                self.edit_requested.emit(claim)
                return True
            if claim is not None and event.key() == Qt.Key.Key_N:  # type: ignore[attr-defined]
                self.note_requested.emit(claim)
                return True
            if claim is not None and event.key() == Qt.Key.Key_D:  # type: ignore[attr-defined]
                self.details_requested.emit(claim)
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, point) -> None:
        index = self.table.indexAt(point)
        rec = self.model.record(index.row()) if index.isValid() else None
        if rec is None:
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Go to the text"), lambda: self._activated(index))
        menu.addAction(self.tr("Edit topic and stance…"), lambda: self.edit_requested.emit(rec.id))
        menu.addAction(self.tr("Note…"), lambda: self.note_requested.emit(rec.id))
        menu.addAction(self.tr("Details and links…"), lambda: self.details_requested.emit(rec.id))
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(rec.id))
        menu.popup(self.table.viewport().mapToGlobal(point))
