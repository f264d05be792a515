"""Selecting and acting on text as a coder does: S and P, snapping to words, a fresh drag inside an
old selection, and the right-click menu with copy-with-citation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from naast.gui.main_window import MainWindow
from naast.gui.text_menu import text_menu


def _open(window: MainWindow, small_project: Path):
    window.open_project(small_project)
    doc = window.session.documents()[0].id
    window.open_document(doc)
    text = window.reader.text
    text.setFocus()
    return text


def test_s_selects_the_sentence_and_p_the_paragraph(window: MainWindow, small_project: Path) -> None:
    text = _open(window, small_project)
    body = text.parsed.text
    inside = body.index("Terugkeer blijft")
    text.select_range(inside + 3, inside + 3)
    QTest.keyClick(text, Qt.Key.Key_S)
    start, end = text.selection()
    assert body[start:end] == "Terugkeer blijft het uitgangspunt."
    QTest.keyClick(text, Qt.Key.Key_P)
    start, end = text.selection()
    assert body[start:end] == "Gecontroleerd vertrek heeft de voorkeur. Terugkeer blijft het uitgangspunt."
    first = body.index("Gecontroleerd") + 2
    text.select_range(first, first)
    window.actions.select_sentence.trigger()  # the menu entry does the same as the key
    assert body[slice(*text.selection())] == "Gecontroleerd vertrek heeft de voorkeur."


def test_a_mouse_selection_snaps_to_whole_words(window: MainWindow, small_project: Path, qtbot) -> None:
    text = _open(window, small_project)
    body = text.parsed.text
    start = body.index("ontroleerd")
    end = body.index("voorkeur") + 3
    viewport = text.viewport()
    text.jump_to(start)
    qtbot.wait(20)

    def point(offset: int) -> QPoint:
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(text.document())
        cursor.setPosition(text.offsets.to_qt(offset))
        rect = text.cursorRect(cursor)
        return QPoint(rect.left() + 1, rect.center().y())

    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point(start))
    QTest.mouseMove(viewport, point(end))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point(end))
    assert body[slice(*text.selection())] == "Gecontroleerd vertrek heeft de voorkeur"
    # A press inside that selection begins a new selection instead of dragging the old one away.
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point(start + 10))
    assert not text.textCursor().hasSelection()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point(start + 10))


def test_the_context_menu_offers_tagging_and_copy_with_citation(
    window: MainWindow, small_project: Path
) -> None:
    text = _open(window, small_project)
    body = text.parsed.text
    start = body.index("Gecontroleerd")
    text.select_range(start, start + len("Gecontroleerd vertrek heeft de voorkeur."))
    menu = text_menu(window, text)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert actions["Tag selection…"].isEnabled()
    assert not actions["Delete claim"].isEnabled()  # no claim there yet
    actions["Copy with citation"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("“Gecontroleerd vertrek heeft de voorkeur.” (")
    assert "Antwoord 1" in copied and "2019-11-21" in copied
    text.select_range(start, start)
    menu = text_menu(window, text)
    assert not {a.text(): a for a in menu.actions() if a.text()}["Tag selection…"].isEnabled()
