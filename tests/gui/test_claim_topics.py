"""Every editor of a claim edits its full set of topics (issue 13, Must show 2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from naast.core.claims.commands import CreateClaim
from naast.gui.main_window import MainWindow
from naast.store.claims import claims_of_document, get_claim
from naast.store.codebook import lookups
from naast.store.documents import list_documents
from naast.store.project import Project, now_iso

PHRASE = "Gecontroleerd vertrek heeft de voorkeur."


def _two_topic_claim(path: Path) -> tuple[int, int, dict[str, int]]:
    """A claim with topics 9 and 12, as ``naast claims import`` makes it from "9; 12"."""
    with Project.open(path) as project:
        names = lookups(project)
        doc = next(d.id for d in list_documents(project) if "Broekers" in (d.title or ""))
        text = project.query("SELECT text FROM documents WHERE id = ?", [doc])[0][0]
        start = text.index(PHRASE)
        topics = {code: names.topics[code] for code in ("9", "12", "1")}
        command = CreateClaim(doc, start, start + len(PHRASE), now_iso(), (topics["9"], topics["12"]))
        claim = next(iter(project.apply(command).ids["claims"]))
    return doc, claim, topics


def _topic_codes(path: Path, claim: int) -> list[str | None]:
    with Project.open(path, read_only=True) as project:
        return [t.code for t in get_claim(project, claim).topics]


def _open_at_claim(window: MainWindow, path: Path, doc: int) -> None:
    window.open_project(path)
    window.open_document(doc)
    text = window.reader.text
    start = text.parsed.text.index(PHRASE)
    text.select_range(start + 3, start + 3)


def test_e_enter_keeps_both_topics_and_tab_adds_and_removes(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    doc, claim, topics = _two_topic_claim(small_project)
    _open_at_claim(window, small_project, doc)
    text = window.reader.text
    qtbot.keyClick(text, Qt.Key.Key_E)
    popup = window.tagging.popup
    assert popup.isVisible()
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert _topic_codes(small_project, claim) == ["9", "12"]  # E, Enter keeps both

    qtbot.keyClick(text, Qt.Key.Key_E)  # both are shown
    assert popup.chosen == [topics["9"], topics["12"]]
    chips = [b.text() for b in popup.chip_buttons]
    assert len(chips) == 2 and chips[0].startswith("9 ") and chips[1].startswith("12 ")
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)

    # add a third topic with Tab, remove 12 with its chip's button: both through the real widgets
    qtbot.keyClick(text, Qt.Key.Key_E)
    qtbot.keyClicks(popup.filter, "macro")
    assert popup.current_topic() == topics["1"]
    qtbot.keyClick(popup.filter, Qt.Key.Key_Tab)
    assert popup.chosen == [topics["9"], topics["12"], topics["1"]]
    qtbot.mouseClick(popup.chip_buttons[1], Qt.MouseButton.LeftButton)
    assert popup.chosen == [topics["9"], topics["1"]]
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    assert sorted(_topic_codes(small_project, claim), key=int) == ["1", "9"]
    window.actions.undo.trigger()
    assert _topic_codes(small_project, claim) == ["9", "12"]

    # a topic removed in the popup is not added back by Enter while it is highlighted
    qtbot.keyClick(text, Qt.Key.Key_E)
    assert popup.current_topic() == topics["9"]
    qtbot.keyClick(popup.filter, Qt.Key.Key_Tab)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    assert _topic_codes(small_project, claim) == ["12"]


def test_details_dialog_shows_adds_and_removes_topics(window: MainWindow, small_project: Path, qtbot) -> None:
    doc, claim, topics = _two_topic_claim(small_project)
    _open_at_claim(window, small_project, doc)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    dialog = window.tagging.claim_dialog
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.chosen_topics()) == {topics["9"], topics["12"]}
    assert dialog.topic_summary.text().count(";") == 1
    dialog.accept()  # nothing changed: nothing saved, both topics kept
    assert _topic_codes(small_project, claim) == ["9", "12"]

    qtbot.keyClick(window.reader.text, Qt.Key.Key_D)
    dialog = window.tagging.claim_dialog
    items = {
        dialog.topic_list.item(r).data(Qt.ItemDataRole.UserRole): dialog.topic_list.item(r)
        for r in range(dialog.topic_list.count())
    }
    items[topics["12"]].setCheckState(Qt.CheckState.Unchecked)
    items[topics["1"]].setCheckState(Qt.CheckState.Checked)
    dialog.note.setPlainText("twee onderwerpen")
    dialog.accept()
    assert sorted(_topic_codes(small_project, claim), key=int) == ["1", "9"]
    with Project.open(small_project, read_only=True) as project:
        assert [c.note for c in claims_of_document(project, doc)] == ["twee onderwerpen"]
    window.actions.undo.trigger()
    assert _topic_codes(small_project, claim) == ["9", "12"]
