"""The codebook dock: the topic tree with colours and claim counts, and the stance scale."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from naast.gui.style import glyph
from naast.gui.widgets.quick_tag import swatch
from naast.store.claims import StanceRef
from naast.store.codebook import TopicNode


class CodebookDock(QWidget):
    topic_chosen = Signal(int)
    stance_chosen = Signal(int)
    topic_action = Signal(str, int)  # add | rename | move | merge | delete, topic id (-1: top level)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Claims")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self._reveal: int | None = None  # a topic to show once the tree holds it

    def reveal(self, topic_id: int) -> None:
        """Expand the topic's ancestors, select it and scroll to it (now, or after the next rebuild)."""
        self._reveal = topic_id
        self._show_pending()

    def _show_pending(self) -> None:
        item = self._find(("topic", self._reveal)) if self._reveal is not None else None
        if item is None:
            return
        self._reveal = None
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def _find(self, key: tuple[str, int]) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def set_codebook(
        self, roots: list[TopicNode], stances: list[tuple[StanceRef, int]], language: str
    ) -> None:
        expanded = self._expanded()
        self.tree.clear()
        topics = QTreeWidgetItem([self.tr("Topics"), ""])
        stance_root = QTreeWidgetItem([self.tr("Stances"), ""])
        for item in (topics, stance_root):
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        topics.setData(0, Qt.ItemDataRole.UserRole, ("topic", -1))
        self.tree.addTopLevelItems([topics, stance_root])
        for node in roots:
            topics.addChild(self._topic_item(node, language))
        for stance, count in stances:
            label = stance.label_nl if language == "nl" else stance.label_en
            item = QTreeWidgetItem([f"{glyph(stance.shape)}  {label}", str(count)])
            item.setForeground(0, QColor(stance.colour))
            item.setData(0, Qt.ItemDataRole.UserRole, ("stance", stance.id))
            stance_root.addChild(item)
        topics.setExpanded(True)
        stance_root.setExpanded(True)
        self._restore(expanded)
        self._show_pending()

    def _topic_item(self, node: TopicNode, language: str) -> QTreeWidgetItem:
        label = node.label_nl if language == "nl" else node.label_en
        text = f"{node.code}  {label}" if node.code else label
        item = QTreeWidgetItem([text, str(node.total_count) if node.total_count else ""])
        item.setIcon(0, swatch(node.colour))
        item.setData(0, Qt.ItemDataRole.UserRole, ("topic", node.id))
        hint = self.tr("Double-click to list its claims; right-click to edit the codebook")
        item.setToolTip(0, f"{node.description}\n\n{hint}" if node.description else hint)
        for child in node.children:
            item.addChild(self._topic_item(child, language))
        return item

    def _expanded(self) -> set[object]:
        found: set[object] = set()
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.isExpanded():
                found.add(item.data(0, Qt.ItemDataRole.UserRole))
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _restore(self, expanded: set[object]) -> None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            key = item.data(0, Qt.ItemDataRole.UserRole)
            if key is not None and key in expanded:
                item.setExpanded(True)
            stack.extend(item.child(i) for i in range(item.childCount()))

    def counts(self) -> dict[str, str]:
        """Label → count as shown, for tests."""
        shown: dict[str, str] = {}
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            shown[item.text(0)] = item.text(1)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return shown

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not key or key[0] != "topic":
            return
        ident = key[1]
        menu = QMenu(self)
        if ident < 0:
            menu.addAction(self.tr("Add topic…"), lambda: self.topic_action.emit("add", -1))
        else:
            entries = (
                ("add", self.tr("Add subtopic…")),
                ("rename", self.tr("Rename, recolour or define…")),
                ("move", self.tr("Move under…")),
                ("merge", self.tr("Merge into…")),
                ("delete", self.tr("Delete…")),
            )
            for action, text in entries:
                menu.addAction(text, lambda a=action: self.topic_action.emit(a, ident))
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def _activated(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if not key or key[1] < 0:
            return
        kind, ident = key
        (self.topic_chosen if kind == "topic" else self.stance_chosen).emit(ident)
