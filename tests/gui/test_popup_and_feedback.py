"""Issue 23: the quick-tag popup stays on screen, subtopics are indented in it, and E, N, D and
Delete say what to do when the cursor is not on a claim."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication

from naast.core.claims.codebook_commands import AddTopic
from naast.gui.main_window import MainWindow
from naast.gui.widgets import quick_tag
from naast.gui.widgets.quick_tag import QuickTag, StanceChoice, TopicChoice

HINT = "No claim under the cursor — select text and press T to tag it"


def _open(window: MainWindow, path: Path) -> None:
    window.open_project(path)
    model = window.browser.model
    window.open_document(model.document_at(model.index(0, 0, model.index(0, 0))).id)


def _screen() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def _choices() -> tuple[list[TopicChoice], list[StanceChoice]]:
    topics = [TopicChoice(1, "Migration", "#E69F00"), TopicChoice(2, "Return", "#56B4E9", depth=1)]
    stances = [StanceChoice(i, f"stance number {i}", "#009E73", "circle") for i in range(1, 6)]
    return topics, stances


def test_placed_flips_above_and_clamps_to_the_screen() -> None:
    placed = quick_tag.placed
    screen = QRect(0, 0, 1280, 800)
    size = QSize(400, 380)
    assert placed(size, QPoint(100, 100), 80, screen) == QPoint(100, 100)  # room below: unchanged
    assert placed(size, QPoint(1200, 100), 80, screen) == QPoint(880, 100)  # right edge: moved in
    assert placed(size, QPoint(100, 700), 680, screen) == QPoint(100, 300)  # no room below: above
    assert placed(size, QPoint(100, 500), 100, screen) == QPoint(100, 420)  # neither: kept on screen
    assert placed(size, QPoint(1500, 100), 80, QRect(1280, 0, 1920, 1080)) == QPoint(1500, 100)


def test_popup_near_the_bottom_right_corner_is_wholly_on_screen(qtbot) -> None:
    popup = QuickTag()
    qtbot.addWidget(popup)
    topics, stances = _choices()
    screen = _screen()
    corner = QPoint(screen.right() - 20, screen.bottom() - 10)
    popup.open_for("Tag “x”", topics, stances, corner, above=corner.y() - 30)
    frame = popup.frameGeometry()
    assert screen.contains(frame), (frame, screen)
    assert frame.bottom() <= corner.y() - 30  # flipped above the selection, not over it
    assert all(screen.contains(label.mapToGlobal(label.rect().center())) for label in popup.stance_labels)


def test_popup_from_text_at_the_right_screen_edge_stays_on_screen(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    _open(window, small_project)
    screen = _screen()
    window.resize(600, 500)
    window.move(screen.right() - 250, screen.top())  # the text's left part sits at the right edge
    qtbot.wait(50)
    text = window.reader.text
    start = text.parsed.text.find("De Dienst")
    text.select_range(start, start + 30)
    qtbot.keyClick(text, Qt.Key.Key_T)
    popup = window.tagging.popup
    assert popup.isVisible()
    assert screen.contains(popup.frameGeometry()), (popup.frameGeometry(), screen)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)


def test_subtopics_are_indented_by_depth(window: MainWindow, small_project: Path, qtbot) -> None:
    indent = quick_tag.INDENT
    _open(window, small_project)
    session = window.session
    parent = session.topics()[0]
    session.apply(AddTopic("Sub one", "Sub een", "#CC79A7", parent_id=parent.id))
    child = next(t for t in session.topics() if t.label_en == "Sub one")
    session.apply(AddTopic("Deep child", "Diep kind", "#CC79A7", parent_id=child.id))
    text = window.reader.text
    start = text.parsed.text.find("De Dienst")
    text.select_range(start, start + 30)
    qtbot.keyClick(text, Qt.Key.Key_T)
    rows = [window.tagging.popup.topics.item(r).text() for r in range(window.tagging.popup.topics.count())]
    label = session.topic_label(parent)
    assert any(r == label or (r.endswith(f"  {label}") and not r.startswith(indent)) for r in rows)
    assert [r for r in rows if r.endswith("Sub one")] == [indent + "Sub one"]
    assert [r for r in rows if r.endswith("Deep child")] == [indent * 2 + "Deep child"]
    popup = window.tagging.popup
    qtbot.keyClicks(popup.filter, "deep")
    assert popup.topics.currentItem().text() == indent * 2 + "Deep child"  # filtering still finds it
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)


def test_keys_off_a_claim_say_what_to_do(window: MainWindow, small_project: Path, qtbot) -> None:
    _open(window, small_project)
    text = window.reader.text
    start = text.parsed.text.find("De Dienst")
    for key in (Qt.Key.Key_E, Qt.Key.Key_N, Qt.Key.Key_D, Qt.Key.Key_Delete):
        window.statusBar().clearMessage()
        text.select_range(start, start)
        qtbot.keyClick(text, key)
        assert window.statusBar().currentMessage() == HINT, key
    assert text.marks() == []


def test_the_hint_is_in_dutch(qapp, prefs, small_project: Path, qtbot) -> None:
    from naast.gui.app import install_translation

    translators = install_translation(qapp, "nl")
    try:
        dutch = MainWindow(prefs)
        qtbot.addWidget(dutch)
        _open(dutch, small_project)
        text = dutch.reader.text
        text.select_range(10, 10)
        qtbot.keyClick(text, Qt.Key.Key_E)
        assert dutch.statusBar().currentMessage() == (
            "Geen claim onder de cursor — selecteer tekst en druk op T om die te coderen"
        )
        dutch.close_project()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
