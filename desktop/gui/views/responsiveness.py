"""How ministers answer: the responsiveness table, its charts, and the documents behind a figure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from naast.core.measures.answers import TERM_DAYS
from naast.gui import workers
from naast.gui.models.responsiveness_model import COLUMNS, SORT_ROLE, ResponsivenessModel
from naast.gui.session import Session
from naast.gui.widgets.answer_charts import Bar, DaysStrip, Lane, ShareBars

if TYPE_CHECKING:
    from naast.core.measures import Report

GROUP_LABELS = {
    "minister": "Office holder",
    "ministry": "Ministry",
    "party": "Asker's party",
    "year": "Year",
    "cabinet": "Cabinet",
}
SHARE_KEYS = [c for c in COLUMNS if c[2] == "share"]


def _one_line(header: str) -> str:
    return " ".join(header.split())


class ResponsivenessView(QWidget):
    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.report: Report | None = None
        self.stale = True
        self._generation = 0
        self._task: workers.Task | None = None
        self.by = QComboBox()
        for key, label in GROUP_LABELS.items():
            self.by.addItem(self.tr(label), key)
        self.topic = QComboBox()
        self.party = QLineEdit(placeholderText=self.tr("party, e.g. SP"), clearButtonEnabled=True)
        self.date_from = QLineEdit(placeholderText=self.tr("from yyyy-mm-dd"), clearButtonEnabled=True)
        self.date_to = QLineEdit(placeholderText=self.tr("to yyyy-mm-dd"), clearButtonEnabled=True)
        self.share = QComboBox()
        for key, header, _kind, _n in SHARE_KEYS:
            self.share.addItem(_one_line(self.tr(header)), key)
        self.share.setCurrentIndex(self.share.findData("referral_share"))
        for combo in (self.by, self.topic, self.share):  # long names elide rather than widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ResponsivenessModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.days = DaysStrip(TERM_DAYS)
        self.bars = ShareBars()
        self.behind = QListWidget()
        self.behind.setWordWrap(True)
        self.behind_label = QLabel(self.tr("Click a figure, a dot or a bar to list what is behind it."))
        self.behind_label.setWordWrap(True)
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Group by")),
            self.by,
            QLabel(self.tr("Topic")),
            self.topic,
            QLabel(self.tr("Party")),
            self.party,
            QLabel(self.tr("Dates")),
            self.date_from,
            self.date_to,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        charts = QHBoxLayout()
        days_box = QVBoxLayout()
        days_title = QLabel(self.tr("Days from question to answer (a dot per document, | the median)"))
        days_title.setWordWrap(True)
        days_box.addWidget(days_title)
        days_box.addWidget(_scrolling(self.days))
        bars_box = QVBoxLayout()
        share_row = QHBoxLayout()
        share_row.addWidget(QLabel(self.tr("Share")))
        share_row.addWidget(self.share, 1)
        bars_box.addLayout(share_row)
        bars_box.addWidget(_scrolling(self.bars))
        charts.addLayout(days_box, 3)
        charts.addLayout(bars_box, 2)
        chart_widget = QWidget()
        chart_widget.setLayout(charts)
        behind = QWidget()
        behind_box = QVBoxLayout(behind)
        behind_box.setContentsMargins(0, 0, 0, 0)
        behind_box.addWidget(self.behind_label)
        behind_box.addWidget(self.behind)
        split = QSplitter(Qt.Orientation.Vertical)
        for part in (self.table, chart_widget, behind):
            split.addWidget(part)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.topic.currentIndexChanged.connect(lambda _i: self.refresh())
        self.share.currentIndexChanged.connect(lambda _i: self._fill_bars())
        for edit in (self.party, self.date_from, self.date_to):
            edit.editingFinished.connect(self.refresh)
        self.table.clicked.connect(self._cell_clicked)
        self.days.document_clicked.connect(self._list_document)
        self.bars.group_clicked.connect(self._bar_clicked)
        self.behind.itemActivated.connect(self._item_activated)
        self.behind.itemDoubleClicked.connect(self._item_activated)

    # -- data ------------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.report = None
        self.stale = True
        self._fill_topics()
        if self.isVisible():
            self.refresh()
        else:
            self._show(None)

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _fill_topics(self) -> None:
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("any topic"), None)
        if self.session is not None:
            for node in self.session.topics():
                self.topic.addItem(self.session.topic_label(node), node.id)
        self.topic.blockSignals(False)

    def refresh(self) -> None:
        """Gather the documents here, measure them on a worker; the newest request wins."""
        self.stale = False
        if self.session is None:
            self._show(None)
            return
        self._generation += 1
        generation = self._generation
        inputs = self.session.responsiveness_inputs(self._choices())
        if self._task is not None:
            self._task.cancel()
        self.summary.setText(self.tr("Measuring…"))
        task = workers.Task(lambda _task: _measure(inputs))
        task.signals.finished.connect(lambda report: self._measured(generation, report))
        task.signals.failed.connect(lambda message: self.summary.setText(message))
        self._task = workers.start(task)

    def _choices(self) -> dict[str, Any]:
        topic = self.topic.currentData()
        return {
            "by": self.by.currentData(),
            "date_from": self.date_from.text().strip() or None,
            "date_to": self.date_to.text().strip() or None,
            "parties": tuple(p.strip() for p in self.party.text().split(",") if p.strip()),
            "topic_id": topic,
        }

    def _measured(self, generation: int, report: Report) -> None:
        if generation == self._generation:
            self._show(report)

    def wait(self) -> None:
        """For tests and benchmarks: block until the running measurement has reported."""
        if self._task is not None:
            self._task.done.wait(30)

    def _show(self, report: Report | None) -> None:
        self.report = report
        rows = [] if report is None else [r.to_json() for r in report.rows]
        self.model.set_rows(rows)
        if report is None:
            self.summary.setText(self.tr("Open a project to see how its ministers answer."))
        else:
            documents = len(report.documents)
            text = self.tr("answered documents: %1").replace("%1", str(documents))
            self.summary.setText(" · ".join([text, *report.notes]))
        self._fill_days()
        self._fill_bars()

    def _fill_days(self) -> None:
        lanes = []
        if self.report is not None:
            for row in self.report.rows:
                docs = {d.document_id: d for d in self.report.documents}
                points = tuple(
                    (i, docs[i].days, docs[i].title) for i in row.document_ids if docs[i].days is not None
                )
                lanes.append(Lane(row.name, points, row.to_json()["median_days"]))
        self.days.set_lanes(lanes)

    def _fill_bars(self) -> None:
        key = self.share.currentData()
        count_key = next(c[3] for c in SHARE_KEYS if c[0] == key)
        bars = []
        for row in self.model.rows:
            n = row["documents"] if count_key == "documents" else row["n"][count_key]
            bars.append(Bar(row["name"], row[key], n))
        self.bars.set_bars(bars)

    # -- what is behind a figure -------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self._list_group(row["name"], COLUMNS[index.column()][0])

    def _bar_clicked(self, name: str) -> None:
        self._list_group(name, self.share.currentData())

    def _list_group(self, name: str, key: str) -> None:
        if self.report is None:
            return
        (row,) = [r for r in self.report.rows if r.name == name]
        docs = [d for d in self.report.documents if d.document_id in set(row.document_ids)]
        self.behind.clear()
        heading = f"{name} · {_one_line(self.tr(next(c[1] for c in COLUMNS if c[0] == key)))}"
        self.behind_label.setText(heading)
        for doc in docs:
            for text, start, end in _entries(doc, key):
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (doc.document_id, start, end))
                self.behind.addItem(item)

    def _list_document(self, document_id: int) -> None:
        if self.report is None:
            return
        (doc,) = [d for d in self.report.documents if d.document_id == document_id]
        self.behind.clear()
        self.behind_label.setText(doc.title)
        for text, start, end in _entries(doc, "median_days"):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (doc.document_id, start, end))
            self.behind.addItem(item)

    def _item_activated(self, item: QListWidgetItem) -> None:
        document_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.jump_requested.emit(document_id, start, end)


def _entries(doc: Any, key: str) -> list[tuple[str, int, int]]:
    """The lines listed for one document under a figure: matches for referrals and refusals,
    combined answers for that share, else the document with its dates."""
    if key in ("referral_share", "declined_share"):
        found = []
        for answer in doc.answers:
            for m in answer.referrals if key == "referral_share" else answer.declines:
                found.append((f"{doc.title} · {answer.label}: «{' '.join(m.text.split())}»", m.start, m.end))
        return found
    if key == "combined_share":
        return [(f"{doc.title} · {a.label}", a.start, a.end) for a in doc.answers if a.combined]
    days = "–" if doc.days is None else str(doc.days)
    dates = f"{doc.date_submitted or '?'} → {doc.date_received or '?'}"
    return [(f"{doc.title} · {dates} · {days} days", 0, 0)]


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def _measure(inputs: tuple[Any, ...]) -> Report:
    """The measures, on a worker (their modules load numpy: at the first measuring, not at start-up)."""
    from naast.core.measures import measure

    return measure(*inputs)
