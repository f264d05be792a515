"""Opening a project, browsing it and reading a document with its structure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from naast.gui.main_window import MainWindow


def test_open_project_lists_documents_grouped(window: MainWindow, small_project: Path) -> None:
    assert window.open_project(small_project)
    model = window.browser.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Answers (2)"
    window.browser.grouping.setCurrentIndex(window.browser.grouping.findData("actor"))
    names = sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))
    assert names == ["Broekers-Knol (1)", "Faber (1)"]
    assert "2 documents" in window.status.text()


def test_filter_box_narrows_the_browser(window: MainWindow, small_project: Path, qtbot) -> None:
    window.open_project(small_project)
    qtbot.keyClicks(window.browser.filter, "faber")
    qtbot.waitUntil(lambda: window.browser.model.document_count() == 1)


def test_open_document_shows_structure_and_outline(window: MainWindow, small_project: Path) -> None:
    window.open_project(small_project)
    doc = window.browser.model.document_at(window.browser.model.index(0, 0, window.browser.model.index(0, 0)))
    window.open_document(doc.id)
    text = window.reader.text
    assert text.toPlainText().startswith("Antwoord van de staatssecretaris.")
    assert "Vraag 1" in window.outline.labels()
    assert any(label.startswith("[1] Kamerstukken") for label in window.outline.labels())
    assert "Van Nispen (SP)" in window.browser.metadata.toPlainText()
    header = text.document().findBlockByNumber(1)
    formats = header.layout().formats()
    assert formats and formats[0].format.fontWeight() > 400


def test_open_missing_project_shows_plain_dialog(window: MainWindow, tmp_path: Path) -> None:
    assert not window.open_project(tmp_path / "nothing.naast")
    assert window.last_error is not None
    assert "There is no project" in window.last_error.text()
    assert "Traceback" not in window.last_error.text()
    window.last_error.close()


def test_not_a_project_shows_plain_dialog(window: MainWindow, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.naast"
    bogus.write_text("just some notes " * 20)
    assert not window.open_project(bogus)
    assert "not a Naast project" in window.last_error.text()
    window.last_error.close()


def test_locked_project_explains_itself(window: MainWindow, small_project: Path, qtbot, prefs) -> None:
    window.open_project(small_project)
    other = MainWindow(prefs)
    qtbot.addWidget(other)
    assert not other.open_project(small_project)
    assert other.last_error.windowTitle() == "Project already open"
    other.last_error.close()


def test_footnotes_on_hover_and_listed_after_the_text(window: MainWindow, small_project: Path) -> None:
    window.open_project(small_project)
    window.open_document(min(d.id for d in window.session.documents()))
    text = window.reader.text
    anchor = text.parsed.footnotes[0].anchor
    assert window.reader.footnotes.isVisible()
    assert window.reader.footnotes.item(0).text().startswith("1  Kamerstukken II")
    rect = text.cursorRect(_cursor_at(text, anchor))
    assert text.tooltip_at(rect.center()).startswith("[1] Kamerstukken II")
    window.reader.footnotes.itemClicked.emit(window.reader.footnotes.item(0))
    assert text.selection() == (anchor, anchor + 1)


def test_answer_header_links_to_its_question(window: MainWindow, small_project: Path, qtbot) -> None:
    window.open_project(small_project)
    window.open_document(min(d.id for d in window.session.documents()))
    text = window.reader.text
    answer = next(u for u in text.parsed.units if u.label == "Antwoord 2")
    point = text.cursorRect(_cursor_at(text, answer.start + 2)).center()
    assert text.tooltip_at(point) == "Go to Vraag 2"
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    question = next(u for u in text.parsed.units if u.label == "Vraag 2")
    assert text.cursor_offset() == question.start


def _cursor_at(text, offset: int):
    cursor = text.textCursor()
    cursor.setPosition(text.offsets.to_qt(offset))
    return cursor
