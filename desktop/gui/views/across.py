"""Across ministers: actor × stance heat map for a topic or proposition, a timeline, the claims behind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
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

from naast.gui.models.heatmap_model import ActorRow, HeatmapModel, StanceColumn
from naast.gui.session import Session
from naast.gui.style import glyph
from naast.gui.widgets.timeline import Dot, Timeline, parse_date
from naast.store.claims import ActorRecord, ClaimFilter, TimelinePoint


class AcrossMinisters(QWidget):
    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.stale = False  # claims changed while hidden: refresh when shown
        self.by = QComboBox()
        self.by.addItem(self.tr("Topic"), "topic")
        self.by.addItem(self.tr("Proposition"), "proposition")
        self.subject = QComboBox()
        self.subject.setMinimumWidth(260)
        self.date_from = QLineEdit(placeholderText=self.tr("from yyyy-mm-dd"), clearButtonEnabled=True)
        self.date_to = QLineEdit(placeholderText=self.tr("to yyyy-mm-dd"), clearButtonEnabled=True)
        self.summary = QLabel()
        self.model = HeatmapModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(56)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.timeline = Timeline()
        self.cell_claims = QListWidget()
        self.cell_claims.setWordWrap(True)
        self.cell_claims.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cell_claims.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.cell_claims.setSpacing(3)
        self.cell_label = QLabel(
            self.tr("Click a cell or a dot to list its claims; double-click a claim to read it.")
        )
        self.cell_label.setWordWrap(True)
        self._build_layout()
        self.by.currentIndexChanged.connect(lambda _i: self._fill_subjects())
        self.subject.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.editingFinished.connect(self.refresh)
        self.date_to.editingFinished.connect(self.refresh)
        self.table.clicked.connect(self._cell_clicked)
        self.timeline.claim_clicked.connect(lambda claim_id: self._list_claims((claim_id,), ""))
        self.timeline.claims_clicked.connect(lambda ids: self._list_claims(ids, self.timeline.undated_text()))
        self.cell_claims.itemActivated.connect(self._claim_activated)
        self.cell_claims.itemDoubleClicked.connect(self._claim_activated)

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Compare by")),
            self.by,
            self.subject,
            QLabel(self.tr("Dates")),
            self.date_from,
            self.date_to,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cell_label)
        lower_layout.addWidget(self.cell_claims)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.table)
        upper.addWidget(lower)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 240])
        upper.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self._fill_subjects()

    def mark_stale(self) -> None:
        if self.isVisible():
            self._fill_subjects()
        else:
            self.stale = True

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self._fill_subjects()

    def _fill_subjects(self) -> None:
        self.subject.blockSignals(True)
        current = self.subject.currentData()
        self.subject.clear()
        if self.session is not None:
            if self.by.currentData() == "topic":
                self.subject.addItem(self.tr("All topics"), None)
                for roots in self.session.topic_tree():
                    for node in roots.walk():
                        if node.total_count:
                            label = self.session.topic_label(node)
                            self.subject.addItem(f"{label} ({node.total_count})", node.id)
            else:
                self.subject.addItem(self.tr("All propositions"), None)
                for prop in self.session.propositions():
                    self.subject.addItem(f"{prop.text} ({prop.claim_count})", prop.id)
        self.subject.setCurrentIndex(max(self.subject.findData(current), 0))
        self.subject.blockSignals(False)
        self.refresh()

    def choose(self, by: str, subject: int | None) -> None:
        self.by.setCurrentIndex(self.by.findData(by))
        self.subject.setCurrentIndex(max(self.subject.findData(subject), 0))

    def claim_filter(self) -> ClaimFilter:
        subject = self.subject.currentData()
        topic = subject if self.by.currentData() == "topic" else None
        proposition = subject if self.by.currentData() == "proposition" else None
        return ClaimFilter(
            topic_id=topic,
            proposition_id=proposition,
            date_from=_iso(self.date_from.text()),
            date_to=_iso(self.date_to.text()),
        )

    def refresh(self) -> None:
        if self.session is None:
            self.model.set_data([], [])
            self.timeline.set_dots([])
            return
        where = self.claim_filter()
        points = self.session.timeline(where)
        columns = [
            StanceColumn(s.id, self.session.stance_label(s), s.colour, s.shape)
            for s, _n in self.session.stances()
        ]
        rows = _actor_rows(points, self.session)
        if any(None in r.cells for r in rows):
            columns.append(StanceColumn(None, self.tr("no stance"), "#777777", "square"))
        self.model.set_data(rows, columns)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(0, 250)
        metrics = header.fontMetrics()
        for column in range(1, self.model.columnCount()):  # wide enough for "◆ voorwaardelijk"
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(76, metrics.horizontalAdvance(label) + 28))
        self.table.resizeRowsToContents()
        self.timeline.set_dots(self._dots(points))
        self.summary.setText(self.tr("{n} claims by {a} actors").format(n=len(points), a=len(rows)))
        self.cell_claims.clear()

    def _dots(self, points: list[TimelinePoint]) -> list[Dot]:
        dots: list[Dot] = []
        for p in points:
            when = parse_date(p.date)  # None: counted under the axis as a claim without a date
            stance = p.stance
            name = self.session.stance_label(stance) if stance and self.session else ""
            mark = glyph(stance.shape) if stance else ""
            tip = f"{p.date or '—'} · {p.actor or '?'} · {mark} {name}\n“{p.quote}”"
            dots.append(
                Dot(
                    p.claim_id,
                    p.actor or self.tr("(unknown)"),
                    when,
                    stance.colour if stance else "#777777",
                    stance.shape if stance else "square",
                    tip,
                )
            )
        return dots

    def _cell_clicked(self, index: QModelIndex) -> None:
        ids = self.model.claims_at(index.row(), index.column())
        stance = self.model.stance_of(index.column())
        head = stance.label if stance else self.tr("all stances")
        actor = self.model.rows[index.row()].label if index.row() < len(self.model.rows) else ""
        self._list_claims(ids, f"{actor} · {head}")

    def _list_claims(self, ids: tuple[int, ...], heading: str) -> None:
        self.cell_claims.clear()
        if self.session is None or not ids:
            return
        records = self.session.claims(ClaimFilter(claim_ids=tuple(ids)))
        self.cell_label.setText(heading or self.tr("{n} claims").format(n=len(records)))
        for rec in records:
            stance = f"{glyph(rec.stance.shape)} " if rec.stance else ""
            title = rec.document_title or ""
            title = title if len(title) <= 50 else title[:49] + "…"
            where = " · ".join(x for x in (rec.date, rec.unit_label, title) if x)
            quote = " ".join(rec.quote.split())
            quote = quote if len(quote) <= 220 else quote[:219] + "…"
            item = QListWidgetItem(f"“{quote}”\n{stance}{where}")
            item.setData(Qt.ItemDataRole.UserRole, (rec.document_id, rec.start, rec.end))
            item.setToolTip(rec.quote)
            self.cell_claims.addItem(item)

    def _claim_activated(self, item: QListWidgetItem) -> None:
        doc, start, end = item.data(Qt.ItemDataRole.UserRole)
        if doc is not None:
            self.jump_requested.emit(doc, start, end)


def _iso(text: str) -> str | None:
    value = parse_date(text.strip())
    return value.isoformat() if value else None


def _actor_rows(points: list[TimelinePoint], session: Session) -> list[ActorRow]:
    actors = {a.id: a for a in session.actors()}
    grouped: dict[int | None, dict[int | None, list[int]]] = {}
    dates: dict[int | None, list[str]] = {}
    for p in points:
        cell = grouped.setdefault(p.actor_id, {})
        cell.setdefault(p.stance.id if p.stance else None, []).append(p.claim_id)
        if p.date:
            dates.setdefault(p.actor_id, []).append(p.date)
    rows: list[ActorRow] = []
    for actor_id, cells in grouped.items():
        record = actors.get(actor_id) if actor_id is not None else None
        label = _actor_label(record) if record else "(no claimant)"
        when = sorted(dates.get(actor_id, []))
        if when:
            span = when[0][:4] if when[0][:4] == when[-1][:4] else f"{when[0][:4]}–{when[-1][:4]}"
            label = f"{label} · {span}"
        rows.append(ActorRow(actor_id, label, {s: tuple(ids) for s, ids in cells.items()}))
    return sorted(rows, key=lambda r: (-r.total(), r.label))


def _actor_label(actor: ActorRecord) -> str:
    """ "Broekers-Knol (Staatssecretaris, Justitie en Veiligheid)"."""
    office = ", ".join(x for x in (actor.role, actor.ministry) if x)
    party = f" ({actor.party})" if actor.party else ""
    return f"{actor.name}{party}" + (f" — {office}" if office else "")
