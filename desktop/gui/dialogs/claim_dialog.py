"""A claim's details: topics, claimant, addressee, proposition, note, and its links to other claims.

Fields and links are saved together on OK, as one undoable command; until then the links list
shows what OK will leave (added links marked new), and Cancel changes nothing.
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
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naast.gui.dialogs.buttons import ok_cancel
from naast.gui.widgets.quick_tag import TopicChoice, swatch, topic_text
from naast.store.claims import ActorRecord, ClaimRecord, LinkRecord

LINK_KINDS = ("answers", "agrees", "contradicts", "repeats")


def short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


Added = tuple[int, int, str]  # source claim, target claim, kind


class ClaimDialog(QDialog):
    # claim id, the fields that changed (EditClaim keywords), link ids removed, links added
    saved = Signal(int, dict, tuple, tuple)

    def __init__(
        self,
        claim: ClaimRecord,
        actors: list[ActorRecord],
        propositions: list[str],
        others: list[ClaimRecord],
        parent: QWidget | None = None,
        topics: list[TopicChoice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.claim = claim
        self._quotes = {c.id: c for c in others}
        self._stored: list[LinkRecord] = []  # the claim's links in the project
        self.removed: list[int] = []  # stored links that OK removes
        self.added: list[Added] = []  # links that OK adds
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
        form.addRow(self.tr("Topics"), self._topics_box(topics or []))
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

    def _topics_box(self, topics: list[TopicChoice]) -> QWidget:
        """Every topic of the codebook, the claim's own checked: check to add, uncheck to remove."""
        box = QWidget()
        self.topic_filter = QLineEdit(placeholderText=self.tr("Filter topics…"), clearButtonEnabled=True)
        self.topic_list = QListWidget()
        self.topic_list.setMaximumHeight(150)
        self.topic_summary = QLabel()
        self.topic_summary.setWordWrap(True)
        own = {t.id for t in self.claim.topics}
        for topic in topics:
            item = QListWidgetItem(swatch(topic.colour), topic_text(topic))  # indented by depth
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if topic.id in own else Qt.CheckState.Unchecked)
            self.topic_list.addItem(item)
        self.topic_list.itemChanged.connect(lambda _item: self._show_topics())
        self.topic_filter.textChanged.connect(self._filter_topics)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topic_summary)
        layout.addWidget(self.topic_filter)
        layout.addWidget(self.topic_list)
        self._show_topics()
        return box

    def chosen_topics(self) -> tuple[int, ...]:
        items = (self.topic_list.item(row) for row in range(self.topic_list.count()))
        return tuple(
            int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def _show_topics(self) -> None:
        names = [
            self.topic_list.item(row).text().strip()
            for row in range(self.topic_list.count())
            if self.topic_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.topic_summary.setText("; ".join(names) if names else self.tr("(no topic)"))

    def _filter_topics(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.topic_list.count()):
            item = self.topic_list.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

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
        """The claim's links as the project holds them; pending changes start afresh."""
        self._stored = list(links)
        self.removed, self.added = [], []
        self._list_links()

    def _describe(self, source: int, target: int, kind: str) -> str:
        outgoing = source == self.claim.id
        other = self._quotes.get(target if outgoing else source)
        quote = f"“{short(other.quote, 60)}”" if other else "?"
        if outgoing:
            return f"{self.tr('This claim')} {self.kind_label(kind)} {quote}"
        return f"{quote} {self.kind_label(kind)} {self.tr('this claim')}"

    def _list_links(self) -> None:
        self.links.clear()
        for link in self._stored:
            if link.id not in self.removed:
                item = QListWidgetItem(self._describe(link.source_id, link.target_id, link.kind))
                item.setData(Qt.ItemDataRole.UserRole, ("stored", link.id))
                self.links.addItem(item)
        for index, (source, target, kind) in enumerate(self.added):
            item = QListWidgetItem(self.tr("{link} (new)").format(link=self._describe(source, target, kind)))
            item.setData(Qt.ItemDataRole.UserRole, ("new", index))
            self.links.addItem(item)

    def _add_link(self) -> None:
        target = self.target.currentData()
        if target is None:
            return
        wanted = (self.claim.id, int(target), str(self.kind.currentData()))
        stored = next((k for k in self._stored if (k.source_id, k.target_id, k.kind) == wanted), None)
        if stored is not None:
            if stored.id in self.removed:  # removed, then added again: simply kept
                self.removed.remove(stored.id)
        elif wanted not in self.added:
            self.added.append(wanted)
        self._list_links()

    def _remove_link(self) -> None:
        item = self.links.currentItem()
        if item is None:
            return
        where, key = item.data(Qt.ItemDataRole.UserRole)
        if where == "stored":
            self.removed.append(int(key))
        else:
            del self.added[int(key)]
        self._list_links()

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the claim as opened."""
        found: dict[str, Any] = {}
        if self.topic_list.count() and set(self.chosen_topics()) != {t.id for t in self.claim.topics}:
            found["topics"] = self.chosen_topics()
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
        if changed or self.removed or self.added:
            self.saved.emit(self.claim.id, changed, tuple(self.removed), tuple(self.added))
        super().accept()
