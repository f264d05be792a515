"""The Agreement view: figures for two coders, every disagreement, and settling them.

The figures are ``naast agreement``'s (``naast.core.team.agreement``). The list holds each
disagreement of coder A and coder B; choosing one shows both codings side by side in the
document's text. Keep A's, Keep B's and Consensus claim are undoable commands
(``naast.core.team.settle``); the figures and the list follow every change and every undo.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from naast.core.commands import Changes
from naast.core.team.matching import CodedClaim
from naast.core.team.settle import CONSENSUS, ConsensusClaim, Disagreement, KeepCoding, disagreements
from naast.gui.session import Session
from naast.store.project import now_iso

_CONTEXT = 160  # characters of text shown around a disagreement


def _number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


class AgreementView(QWidget):
    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.stale = False  # claims changed while hidden: measured again when shown
        self.report: dict[str, Any] | None = None
        self.items: list[Disagreement] = []
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        self.figures = QLabel(wordWrap=True)
        self.figures.setObjectName("agreementFigures")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Passage"), self.tr("Differs in"), ""]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.pane_a, self.pane_b = QTextBrowser(), QTextBrowser()
        self.keep_a = QPushButton(self.tr("Keep A's"))
        self.keep_b = QPushButton(self.tr("Keep B's"))
        self.consensus = QPushButton(self.tr("Consensus claim"))
        self._build_layout()
        self.coder_a.currentIndexChanged.connect(lambda _i: self.refresh())
        self.coder_b.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._jump(row))
        self.keep_a.clicked.connect(lambda: self.settle("A"))
        self.keep_b.clicked.connect(lambda: self.settle("B"))
        self.consensus.clicked.connect(self.make_consensus)

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Coder A")), self.coder_a, QLabel(self.tr("Coder B")), self.coder_b):
            controls.addWidget(widget)
        controls.addStretch(1)
        panes = QSplitter(Qt.Orientation.Horizontal)
        for title, pane in ((self.tr("A's coding"), self.pane_a), (self.tr("B's coding"), self.pane_b)):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(title))
            layout.addWidget(pane)
            panes.addWidget(box)
        buttons = QHBoxLayout()
        for button in (self.keep_a, self.keep_b, self.consensus):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(panes, 1)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.figures)
        layout.addWidget(splitter, 1)

    # -- session -----------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changes)
        self.session = session
        if session is not None:
            session.changed.connect(self._on_changes)
        if self.isVisible() or session is None:
            self._fill_coders()
        else:
            self.stale = True

    def _on_changes(self, changes: Changes) -> None:
        """Measure again now if the view is shown, else when it is (tagging stays quick)."""
        if changes.touches("claims", "claim_topics", "topics", "stances", "actors", "documents"):
            if self.isVisible():
                self._fill_coders()
            else:
                self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self._fill_coders()

    def _fill_coders(self) -> None:
        from naast.store.team import coders_of

        coders = (
            [] if self.session is None else [c for c in coders_of(self.session.project) if c != CONSENSUS]
        )
        for box, fallback in ((self.coder_a, 0), (self.coder_b, 1)):
            box.blockSignals(True)
            current = box.currentText()
            box.clear()
            box.addItems(coders)
            index = box.findText(current)
            box.setCurrentIndex(index if index >= 0 else min(fallback, len(coders) - 1))
            box.blockSignals(False)
        self.refresh()

    # -- figures and the list ---------------------------------------------------------------------

    def coders(self) -> tuple[str, str] | None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        return (a, b) if a and b and a != b else None

    def refresh(self) -> None:
        pair = self.coders()
        if self.session is None or pair is None:
            self.report, self.items = None, []
            self.figures.setText(self.tr("Agreement needs the claims of two coders."))
            self._fill_table()
            return
        from naast.core.team.agreement import agreement_report
        from naast.store.team import Selection, coded_claims, continua, measured_documents

        project = self.session.project
        selection = Selection(coders=(*pair, CONSENSUS))
        claims = coded_claims(project, selection)
        measured = [c for c in claims if c.coder != CONSENSUS]
        documents = measured_documents(project, measured, Selection(coders=pair))
        self.report = agreement_report(measured, continua(project, documents), list(pair), detail=False)
        self.items = disagreements(claims, *pair)
        self.figures.setText(self._figures_text(self.report))
        self._fill_table()

    def _figures_text(self, report: dict[str, Any]) -> str:
        units, fields = report["units"], report["fields"]
        open_ = sum(1 for d in self.items if not d.settled)
        return self.tr(
            "Where claims are: αu {units} ({matched} matched, {single} by one coder only) · "
            "stance α {stance} ({sp} % agree) · topics α {topics} · claimant α {claimant} · "
            "{open} disagreements open"
        ).format(
            units=_number(units["alpha"]),
            matched=units["matched"],
            single=units["only_one"],
            stance=_number(fields["stance"]["alpha"]),
            sp=_number(fields["stance"]["percent"], 0),
            topics=_number(fields["topic"]["alpha"]),
            claimant=_number(fields["claimant"]["alpha"]),
            open=open_,
        )

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.items))
        titles: dict[int, str] = {}
        for row, item in enumerate(self.items):
            if item.document_id not in titles and self.session is not None:
                titles[item.document_id] = self.session.summary(item.document_id).display_title
            claim = item.a or item.b
            quote = self._text(item.document_id, claim.start, claim.end) if claim else ""
            cells = [
                titles.get(item.document_id, ""),
                quote[:90],
                ", ".join(self._kind(k) for k in item.kinds),
                self.tr("settled") if item.settled else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        has = bool(self.items)
        for button in (self.keep_a, self.keep_b, self.consensus):
            button.setEnabled(has and not (self.session is not None and self.session.read_only))
        if has:
            self.table.selectRow(0)
        else:
            self.pane_a.clear()
            self.pane_b.clear()

    def _kind(self, kind: str) -> str:
        names = {
            "only A": self.tr("only A marked it"),
            "only B": self.tr("only B marked it"),
            "topic": self.tr("topic"),
            "stance": self.tr("stance"),
            "claimant": self.tr("claimant"),
        }
        return names.get(kind, kind)

    def _text(self, document_id: int, start: int, end: int) -> str:
        assert self.session is not None
        return self.session.document(document_id).parsed.text[start:end]

    def selected(self) -> Disagreement | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _show_selected(self) -> None:
        item = self.selected()
        if item is None or self.session is None:
            return
        self.pane_a.setHtml(self._coding_html(item, item.a))
        self.pane_b.setHtml(self._coding_html(item, item.b))

    def _coding_html(self, item: Disagreement, claim: CodedClaim | None) -> str:
        assert self.session is not None
        text = self.session.document(item.document_id).parsed.text
        lo, hi = max(0, item.start - _CONTEXT), min(len(text), item.end + _CONTEXT)
        if claim is None:
            passage = html.escape(text[lo:hi])
            facts = self.tr("(marked nothing here)")
        else:
            passage = (
                html.escape(text[lo : claim.start])
                + f"<span style='background:#ffe08a'>{html.escape(text[claim.start : claim.end])}</span>"
                + html.escape(text[claim.end : hi])
            )
            facts = " · ".join(
                html.escape(x)
                for x in (
                    ", ".join(sorted(claim.topics)) or self.tr("no topic"),
                    claim.stance or self.tr("no stance"),
                    claim.claimant or self.tr("no claimant"),
                )
            )
        return f"<p><b>{facts}</b></p><p>{'…' if lo else ''}{passage}{'…' if hi < len(text) else ''}</p>"

    def _jump(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.jump_requested.emit(item.document_id, item.start, item.end)

    # -- settling ----------------------------------------------------------------------------------

    def settle(self, whose: str) -> None:
        item, pair = self.selected(), self.coders()
        if item is None or pair is None or self.session is None:
            return
        keep, other = (item.a, item.b) if whose == "A" else (item.b, item.a)
        other_coder = pair[1] if whose == "A" else pair[0]
        self.session.apply(
            KeepCoding(keep.id if keep else None, other.id if other else None, other_coder, now_iso(), whose)
        )

    def make_consensus(self) -> None:
        item = self.selected()
        if item is None or self.session is None:
            return
        source = item.a or item.b
        if source is not None:
            self.session.apply(ConsensusClaim(source.id, now_iso()))
