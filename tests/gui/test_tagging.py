"""Tagging a claim from the keyboard, undo and redo, delete; the Edit menu names each action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from naast.gui.main_window import MainWindow
from naast.gui.models.claims_model import COLUMNS, QUOTE
from naast.store.claims import claims_of_document, links_of
from naast.store.project import Project


def _first_document(window: MainWindow) -> int:
    model = window.browser.model
    return model.document_at(model.index(0, 0, model.index(0, 0))).id


def _open(window: MainWindow, path: Path) -> int:
    window.open_project(path)
    doc_id = _first_document(window)
    window.open_document(doc_id)
    return doc_id


def test_tag_unit_from_keyboard_then_undo_redo(
    window: MainWindow, small_project: Path, qtbot, qtmodeltester
) -> None:
    doc_id = _open(window, small_project)
    text = window.reader.text
    parsed = text.parsed
    answer = next(u for u in parsed.units if u.label == "Antwoord 1")
    text.select_range(answer.start + 12, answer.start + 12)
    qtbot.keyClick(text, Qt.Key.Key_U)
    start, end = text.selection()
    assert parsed.text[start:end].startswith("Gecontroleerd vertrek")
    qtbot.keyClick(text, Qt.Key.Key_T)
    popup = window.tagging.popup
    assert popup.isVisible()
    assert "Claimant: Broekers-Knol" in popup.heading.text()
    qtbot.keyClicks(popup.filter, "immigr")
    assert popup.topics.currentItem().text().endswith("Immigration")
    qtbot.keyClick(popup.filter, Qt.Key.Key_1)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    assert not popup.isVisible()
    marks = text.marks()
    assert len(marks) == 1 and (marks[0].start, marks[0].end) == (start, end)
    assert marks[0].stance_shape.replace("_", "-") == "triangle-up"
    assert window.actions.undo.text() == "&Undo Tag claim"
    qtbot.waitUntil(lambda: window.claims.model.rowCount() == 1)  # the table follows the highlight
    assert "Gecontroleerd" in window.claims.model.data(window.claims.model.index(0, QUOTE))
    qtmodeltester.check(window.claims.model)  # Qt's own model tester
    beyond = len(COLUMNS)  # a header view asks for sections a reset has just taken away
    assert window.claims.model.headerData(beyond, Qt.Orientation.Horizontal) is None
    assert window.claims.model.data(window.claims.model.createIndex(5, 0)) is None
    assert "1 claim" in window.status.text()
    window.actions.undo.trigger()
    assert text.marks() == []
    assert window.actions.redo.text() == "&Redo Tag claim"
    window.actions.redo.trigger()
    assert len(text.marks()) == 1
    window.close_project()
    with Project.open(small_project, read_only=True) as project:
        claims = claims_of_document(project, doc_id)
        assert [c.quote[:13] for c in claims] == ["Gecontroleerd"]
        assert claims[0].claimant == "Broekers-Knol"


def test_escape_cancels_and_delete_removes(window: MainWindow, small_project: Path, qtbot) -> None:
    _open(window, small_project)
    text = window.reader.text
    start = text.parsed.text.find("De Dienst")
    text.select_range(start, start + 30)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Escape)
    assert text.marks() == []
    text.select_range(start, start + 30)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_2)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Enter)
    assert len(text.marks()) == 1
    text.select_range(start + 5, start + 5)
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    assert text.marks() == []
    assert window.actions.undo.text() == "&Undo Delete claim"


def test_overlapping_claims_stay_visible(window: MainWindow, small_project: Path, qtbot) -> None:
    _open(window, small_project)
    text = window.reader.text
    start = text.parsed.text.find("Gecontroleerd")
    for a, b in ((start, start + 40), (start + 14, start + 60)):
        text.select_range(a, b)
        qtbot.keyClick(text, Qt.Key.Key_T)
        qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
    block = text.document().findBlock(text.offsets.to_qt(start))
    ranges = block.layout().formats()
    underlined = [r for r in ranges if r.format.fontUnderline()]
    assert underlined, "the overlap is drawn with an underline in the second claim's colour"
    qtbot.waitUntil(lambda: len(text.margin.placed()) == 2)


def test_edit_claim_from_the_keyboard_and_from_the_table(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    _open(window, small_project)
    text = window.reader.text
    start = text.parsed.text.find("Gecontroleerd")
    text.select_range(start, start + 30)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClicks(window.tagging.popup.filter, "immigration")
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_1)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
    text.select_range(start + 3, start + 3)
    qtbot.keyClick(text, Qt.Key.Key_E)
    popup = window.tagging.popup
    assert popup.heading.text().startswith("Edit “Gecontroleerd")
    assert popup.topics.currentItem().text().endswith("Immigration")
    assert popup.stance is not None and popup.stance.label == "supports"
    qtbot.keyClick(popup.filter, Qt.Key.Key_4)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    assert text.marks()[0].stance_shape.replace("_", "-") == "triangle-down"
    assert window.actions.undo.text() == "&Undo Edit claim"
    qtbot.waitUntil(lambda: window.claims.model.rowCount() == 1)
    window.claims.table.selectRow(0)
    qtbot.keyClick(window.claims.table, Qt.Key.Key_E)
    assert popup.isVisible() and popup.heading.text().startswith("Edit")
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)
    window.claims.table.selectRow(0)
    qtbot.keyClick(window.claims.table, Qt.Key.Key_Delete)
    assert text.marks() == []


def test_note_from_the_keyboard_is_saved_and_undone(window: MainWindow, small_project: Path, qtbot) -> None:
    doc_id = _open(window, small_project)
    text = window.reader.text
    start = text.parsed.text.find("De Dienst")
    text.select_range(start, start + 30)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_2)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
    text.select_range(start + 5, start + 5)
    qtbot.keyClick(text, Qt.Key.Key_N)
    dialog = window.tagging.note_dialog
    assert dialog is not None and dialog.isVisible()
    note = "Vergelijk met het antwoord van 2025."
    qtbot.keyClicks(dialog.editor, note)
    dialog.accept()
    assert window.actions.undo.text() == "&Undo Edit note"
    with Project.open(small_project, read_only=True) as project:
        assert [c.note for c in claims_of_document(project, doc_id)] == [note]
    window.actions.undo.trigger()
    with Project.open(small_project, read_only=True) as project:
        assert [c.note for c in claims_of_document(project, doc_id)] == [""]


def test_claim_details_change_claimant_proposition_and_links(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    doc_id = _open(window, small_project)
    text = window.reader.text
    spans = []
    for phrase in ("De Dienst", "Gecontroleerd vertrek"):
        start = text.parsed.text.find(phrase)
        text.select_range(start, start + 20)
        qtbot.keyClick(text, Qt.Key.Key_T)
        qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_1)
        qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
        spans.append(start)
    text.select_range(spans[0] + 3, spans[0] + 3)
    qtbot.keyClick(text, Qt.Key.Key_D)
    dialog = window.tagging.claim_dialog
    assert dialog is not None and dialog.isVisible()
    names = [dialog.claimant.itemText(i) for i in range(dialog.claimant.count())]
    dialog.claimant.setCurrentIndex(next(i for i, name in enumerate(names) if "Nispen" in name))
    dialog.proposition.setCurrentText("Gedwongen vertrek heeft voorrang")
    assert dialog.target.count() == 1  # the other claim, not this one
    dialog.kind.setCurrentIndex(dialog.kind.findData("contradicts"))
    dialog._add_link()
    assert dialog.links.count() == 1 and "contradicts" in dialog.links.item(0).text()
    dialog.accept()
    assert window.actions.undo.text() == "&Undo Edit claim"
    with Project.open(small_project, read_only=True) as project:
        claims = sorted(claims_of_document(project, doc_id), key=lambda c: c.start)
        first = next(c for c in claims if c.start == spans[0])
        assert first.claimant == "Van Nispen"
        assert first.proposition == "Gedwongen vertrek heeft voorrang"
        [link] = links_of(project, first.id)
        assert link.kind == "contradicts" and link.source_id == first.id
    window.actions.undo.trigger()  # the edit and its link: one step (issue 23)
    with Project.open(small_project, read_only=True) as project:
        first = next(c for c in claims_of_document(project, doc_id) if c.start == spans[0])
        assert first.claimant == "Broekers-Knol" and first.proposition is None
        assert links_of(project, first.id) == []
    assert window.actions.undo.text() == "&Undo Tag claim"


def _two_claims_details(window: MainWindow, small_project: Path, qtbot):
    _open(window, small_project)
    text = window.reader.text
    spans = []
    for phrase in ("De Dienst", "Gecontroleerd vertrek"):
        start = text.parsed.text.find(phrase)
        text.select_range(start, start + 20)
        qtbot.keyClick(text, Qt.Key.Key_T)
        qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
        spans.append(start)
    text.select_range(spans[0] + 3, spans[0] + 3)
    qtbot.keyClick(text, Qt.Key.Key_D)
    return window.tagging.claim_dialog


def test_claim_details_cancel_keeps_no_link(window: MainWindow, small_project: Path, qtbot) -> None:
    """Issue 23: Add link wrote the link at once, so Cancel kept it."""
    dialog = _two_claims_details(window, small_project, qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData("agrees"))
    dialog._add_link()
    assert dialog.links.count() == 1 and "(new)" in dialog.links.item(0).text()
    assert links_of(window.session.project) == []  # nothing written before OK
    dialog.reject()
    assert links_of(window.session.project) == []
    assert window.actions.undo.text() == "&Undo Tag claim"


def test_claim_details_link_removal_waits_for_ok_and_undoes(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    dialog = _two_claims_details(window, small_project, qtbot)
    dialog._add_link()
    dialog.accept()
    assert window.actions.undo.text() == "&Undo Edit links"
    [link] = links_of(window.session.project)
    window.reader.text.setFocus()
    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    dialog = window.tagging.claim_dialog
    dialog.links.setCurrentRow(0)
    dialog._remove_link()
    assert dialog.links.count() == 0
    assert links_of(window.session.project) == [link]  # still there until OK
    dialog.reject()
    assert links_of(window.session.project) == [link]
    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    dialog = window.tagging.claim_dialog
    dialog.links.setCurrentRow(0)
    dialog._remove_link()
    dialog._add_link()  # removed and added again: nothing to do
    dialog.links.setCurrentRow(0)
    dialog._remove_link()
    dialog.accept()
    assert links_of(window.session.project) == []
    window.actions.undo.trigger()
    assert links_of(window.session.project) == [link]
