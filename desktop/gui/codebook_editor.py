"""Editing the codebook from its dock: add, rename and recolour, move, merge and delete topics.

Every change is one command (undoable, named in the Edit menu); deleting first shows what happens
to the claims that carry the topic.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from naast.core.claims.codebook_commands import AddTopic, DeleteTopic, EditTopic, MergeTopics, MoveTopic
from naast.gui.dialogs.topic_dialogs import TopicDialog, TopicPicker
from naast.gui.session import Session
from naast.store.codebook import TopicNode

NEW_TOPIC_COLOUR = "#D9D9D9"


class CodebookEditor(QObject):
    """Turns the codebook dock's requests into dialogs and commands for the current session."""

    added = Signal(int)  # a topic was added: the dock expands its parent and selects it

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.session: Session | None = None
        self.dialog: QDialog | None = None  # the open dialog, for tests and to keep it alive

    def request(self, action: str, topic_id: int) -> QDialog | None:
        """``action`` is add, rename, move, merge or delete; ``topic_id`` -1 means the top level."""
        if self.session is None or self.session.read_only:
            return None
        handlers = {
            "add": self._add,
            "rename": self._rename,
            "move": self._move,
            "merge": self._merge,
            "delete": self._delete,
        }
        self.dialog = handlers[action](topic_id)
        self.dialog.open()
        return self.dialog

    def _nodes(self) -> dict[int, TopicNode]:
        assert self.session is not None
        return {n.id: n for root in self.session.topic_tree() for n in root.walk()}

    def _label(self, node: TopicNode) -> str:
        assert self.session is not None
        label = self.session.topic_label(node)
        return f"{node.code}  {label}" if node.code else label

    def _apply(self, command: object) -> None:
        assert self.session is not None
        changes = self.session.apply(command)  # type: ignore[arg-type]
        if changes is not None and isinstance(command, AddTopic):
            for topic_id in changes.ids.get("topics", ()):
                self.added.emit(int(topic_id))

    def _add(self, parent_id: int) -> QDialog:
        parent = None if parent_id < 0 else parent_id
        title = self.tr("New topic") if parent is None else self.tr("New subtopic")
        colour = self._nodes()[parent].colour if parent is not None else NEW_TOPIC_COLOUR
        dialog = TopicDialog(title, "", "", colour, self._parent)
        fields: dict[str, str] = {}
        dialog.saved.connect(lambda en, nl, c: fields.update(en=en, nl=nl, colour=c))
        dialog.described.connect(
            lambda text: self._apply(
                AddTopic(fields["en"], fields["nl"], fields["colour"], parent_id=parent, description=text)
            )
        )
        return dialog

    def _rename(self, topic_id: int) -> QDialog:
        node = self._nodes()[topic_id]
        dialog = TopicDialog(
            self.tr("Edit topic"), node.label_en, node.label_nl, node.colour, self._parent, node.description
        )
        fields: dict[str, str] = {}
        dialog.saved.connect(lambda en, nl, c: fields.update(en=en, nl=nl, colour=c))
        dialog.described.connect(
            lambda text: self._apply(
                EditTopic(
                    topic_id,
                    label_en=fields["en"],
                    label_nl=fields["nl"],
                    colour=fields["colour"],
                    description=text,
                )
            )
        )
        return dialog

    def _others(self, topic_id: int) -> list[tuple[int | None, str]]:
        """Every topic but this one and those below it."""
        nodes = self._nodes()
        below = {n.id for n in nodes[topic_id].walk()}
        return [(n.id, self._label(n)) for n in nodes.values() if n.id not in below]

    def _move(self, topic_id: int) -> QDialog:
        node = self._nodes()[topic_id]
        choices = [(None, self.tr("(top level)")), *self._others(topic_id)]
        prompt = self.tr("Move “{topic}” under:").format(topic=self._label(node))
        dialog = TopicPicker(self.tr("Move topic"), prompt, choices, self._parent)
        dialog.chosen.connect(lambda parent: self._apply(MoveTopic(topic_id, parent)))
        return dialog

    def _merge(self, topic_id: int) -> QDialog:
        node = self._nodes()[topic_id]
        prompt = self.tr("Merge “{topic}” into (its claims and subtopics move there):").format(
            topic=self._label(node)
        )
        dialog = TopicPicker(self.tr("Merge topics"), prompt, self._others(topic_id), self._parent)
        dialog.chosen.connect(lambda target: self._apply(MergeTopics(topic_id, target)))
        return dialog

    def _delete(self, topic_id: int) -> QDialog:
        assert self.session is not None
        fate = self.session.topic_fate(topic_id)
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete topic"))
        box.setText(self.tr("Delete the topic “{topic}”?").format(topic=fate.label))
        box.setInformativeText(fate.describe() + " " + self.tr("You can undo this."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._apply(DeleteTopic(topic_id)))
        return box
