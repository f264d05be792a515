"""A claim's details: claimant, addressee, proposition, note, and its links to other claims.

Fields are saved together on OK as one command; links are added and removed at once (each its
own command), so the list always shows what the project holds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs.buttons import ok_cancel
from desktop.store.claims import ActorRecord, ClaimRecord, LinkRecord

LINK_KINDS = ("answers", "agrees", "contradicts", "repeats")


def short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ClaimDialog(QDialog):
    saved = Signal(int, dict)  # claim id, the fields that changed (EditClaim keywords)
    link_added = Signal(int, int, str)  # source claim, target claim, kind
    link_removed = Signal(int)  # link id

    def __init__(
        self,
        claim: ClaimRecord,
        actors: list[ActorRecord],
        propositions: list[str],
        others: list[ClaimRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.claim = claim
        self._quotes = {c.id: c for c in others}
        self.setWindowTitle(self.tr("Claim details"))
        heading = QLabel(f"“{short(claim.quote, 200)}”")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        source = QLabel(" · ".join(x for x in (claim.document_title, claim.unit_label) if x))
        source.setWordWrap(True)
        self.claimant = self._actor_combo(actors, claim.claimant_id, self.tr("(nobody)"))
        self.addressee = self._actor_combo(actors, claim.addressee_id, self.tr("(none)"))
        self.proposition = QComboBox()
        self.proposition.setEditable(True)
        self.proposition.addItems(["", *propositions])
        self.proposition.setCurrentText(claim.proposition or "")
        self.note = QPlainTextEdit(claim.note)
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Claimant"), self.claimant)
        form.addRow(self.tr("Addressee"), self.addressee)
        form.addRow(self.tr("Proposition"), self.proposition)
        form.addRow(self.tr("Note"), self.note)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self._links_box(others))
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _actor_combo(self, actors: list[ActorRecord], current: int | None, empty: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, None)
        for actor in actors:
            combo.addItem(actor.display, actor.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _links_box(self, others: list[ClaimRecord]) -> QGroupBox:
        box = QGroupBox(self.tr("Links to other claims"))
        self.links = QListWidget()
        self.kind = QComboBox()
        for kind in LINK_KINDS:
            self.kind.addItem(self.kind_label(kind), kind)
        self.target = QComboBox()
        for other in others:
            if other.id != self.claim.id:
                who = other.claimant or "?"
                self.target.addItem(f"{other.date or '—'} · {who} · “{short(other.quote, 60)}”", other.id)
        add = QPushButton(self.tr("Add link"))
        add.clicked.connect(self._add_link)
        remove = QPushButton(self.tr("Remove link"))
        remove.clicked.connect(self._remove_link)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.target, 1)
        row.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.links)
        layout.addLayout(row)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def kind_label(self, kind: str) -> str:
        labels = {
            "answers": self.tr("answers"),
            "agrees": self.tr("agrees with"),
            "contradicts": self.tr("contradicts"),
            "repeats": self.tr("repeats"),
        }
        return labels.get(kind, kind)

    def show_links(self, links: list[LinkRecord]) -> None:
        self.links.clear()
        for link in links:
            outgoing = link.source_id == self.claim.id
            other = self._quotes.get(link.target_id if outgoing else link.source_id)
            quote = f"“{short(other.quote, 60)}”" if other else "?"
            if outgoing:
                text = f"{self.tr('This claim')} {self.kind_label(link.kind)} {quote}"
            else:
                text = f"{quote} {self.kind_label(link.kind)} {self.tr('this claim')}"
            item = QListWidgetItem(text)
            item.setData(256, link.id)
            self.links.addItem(item)

    def _add_link(self) -> None:
        target = self.target.currentData()
        if target is not None:
            self.link_added.emit(self.claim.id, int(target), str(self.kind.currentData()))

    def _remove_link(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            self.link_removed.emit(int(item.data(256)))

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the claim as opened."""
        found: dict[str, Any] = {}
        if self.claimant.currentData() != self.claim.claimant_id:
            found["claimant_id"] = self.claimant.currentData()
        if self.addressee.currentData() != self.claim.addressee_id:
            found["addressee_id"] = self.addressee.currentData()
        proposition = self.proposition.currentText().strip() or None
        if proposition != (self.claim.proposition or None):
            found["proposition"] = proposition
        note = self.note.toPlainText().strip()
        if note != self.claim.note:
            found["note"] = note
        return found

    def accept(self) -> None:
        changed = self.changes()
        if changed:
            self.saved.emit(self.claim.id, changed)
        super().accept()
