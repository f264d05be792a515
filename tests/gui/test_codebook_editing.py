"""Editing the codebook from its dock: every change a command, deletion shows the claims' fate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from naast.gui.dialogs.topic_dialogs import TopicDialog, TopicPicker
from naast.gui.main_window import MainWindow


def _topics(window: MainWindow) -> dict[str, int]:
    return {n.label_en: n.id for root in window.session.topic_tree() for n in root.walk()}


def test_add_rename_move_merge_and_delete_topics(window: MainWindow, small_project: Path, qtbot) -> None:
    window.open_project(small_project)
    editor = window.codebook_editor

    window.codebook.topic_action.emit("add", -1)  # as the dock's context menu does
    dialog = editor.dialog
    assert isinstance(dialog, TopicDialog) and dialog.isVisible()
    dialog.label_en.setText("Return policy")
    dialog.label_nl.setText("Terugkeerbeleid")
    dialog.colour.setText("#CFE8FF")
    dialog.accept()
    added = _topics(window)["Return policy"]
    qtbot.waitUntil(lambda: any("Return policy" in label for label in window.codebook.counts()))

    immigration = _topics(window)["Immigration"]
    picker = editor.request("move", added)
    assert isinstance(picker, TopicPicker)
    picker.combo.setCurrentIndex(picker.combo.findData(immigration))
    picker.accept()
    node = next(n for r in window.session.topic_tree() for n in r.walk() if n.id == added)
    assert node.parent_id == immigration

    rename = editor.request("rename", added)
    rename.label_en.setText("Return")
    rename.accept()
    assert "Return" in _topics(window)

    merge = editor.request("merge", added)
    assert merge.combo.findData(added) == -1  # a topic cannot be merged into itself
    merge.combo.setCurrentIndex(merge.combo.findData(immigration))
    merge.accept()
    assert "Return" not in _topics(window)
    window.actions.undo.trigger()
    assert "Return" in _topics(window)

    box = editor.request("delete", immigration)
    assert isinstance(box, QMessageBox)
    assert "claims lose the topic 'Immigration'" in box.informativeText()
    assert "subtopics move up" in box.informativeText()  # "Return" sits under it
    box.accept()
    assert "Immigration" not in _topics(window)
    window.actions.undo.trigger()
    assert "Immigration" in _topics(window)


def test_a_read_only_project_offers_no_editing(window: MainWindow, small_project: Path) -> None:
    assert window.open_project(small_project, read_only=True)
    assert window.codebook_editor.request("add", -1) is None


def test_a_new_subtopic_is_shown_and_selected(window: MainWindow, small_project: Path, qtbot) -> None:
    """Issue 23: the subtopic was added under a collapsed parent and not shown."""
    window.open_project(small_project)
    immigration = _topics(window)["Immigration"]
    tree = window.codebook.tree
    parent = next(
        tree.topLevelItem(0).child(i)
        for i in range(tree.topLevelItem(0).childCount())
        if tree.topLevelItem(0).child(i).data(0, 256) == ("topic", immigration)
    )
    parent.setExpanded(False)
    window.codebook.topic_action.emit("add", immigration)
    dialog = window.codebook_editor.dialog
    dialog.label_en.setText("Voluntary return")
    dialog.label_nl.setText("Vrijwillige terugkeer")
    dialog.accept()
    added = _topics(window)["Voluntary return"]
    qtbot.waitUntil(lambda: tree.currentItem() is not None)
    current = tree.currentItem()
    assert current.data(0, 256) == ("topic", added)
    assert current.parent().isExpanded() and current.parent().data(0, 256) == ("topic", immigration)
    assert tree.visualItemRect(current).isValid()  # on screen, not scrolled away
