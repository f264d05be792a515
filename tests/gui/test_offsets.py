"""Code points in the core, UTF-16 in Qt: a claim after an emoji highlights exactly its text."""

from __future__ import annotations

from pathlib import Path

from gui_fixtures import add_document
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from naast.core.claims.commands import CreateClaim
from naast.core.model import DocType, ParsedDocument, Unit, UnitKind
from naast.gui.main_window import MainWindow
from naast.gui.offsets import OffsetMap
from naast.store.claims import seed_defaults
from naast.store.codebook import topic_tree
from naast.store.project import Project, now_iso


@given(st.text(alphabet=st.sampled_from("ab😀🇳🇱é\n𝄞"), max_size=40))
def test_offset_map_round_trips(text: str) -> None:
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        qt = offsets.to_qt(i)
        assert qt == len(text[:i].encode("utf-16-le")) // 2
        assert offsets.from_qt(qt) == i


def _emoji_project(tmp_path: Path) -> tuple[Path, int, int, int]:
    text = (
        "Vraag 1\nIs het beleid 😀 goed? 🇳🇱 Ja.\nAntwoord 1\nDe minister 🙂 steunt terugkeer 😀 volledig.\n"
    )
    units = (
        Unit(UnitKind.QUESTION, 0, text.index("Antwoord"), "Vraag 1", (1,)),
        Unit(UnitKind.ANSWER, text.index("Antwoord"), len(text), "Antwoord 1", (1,), (1,)),
    )
    parsed = ParsedDocument(
        text=text, doc_type=DocType.ANSWERS, units=units, title="Emoji", source_name="e.txt"
    )
    path = tmp_path / "emoji.naast"
    start = text.index("steunt terugkeer")
    end = start + len("steunt terugkeer")
    with Project.create(path) as project:
        seed_defaults(project)
        doc_id = add_document(project, parsed)
        topic = topic_tree(project)[0].id
        project.apply(CreateClaim(doc_id, start, end, now_iso(), topics=(topic,)))
    return path, doc_id, start, end


def test_claim_after_emoji_highlights_exactly_its_text(window: MainWindow, tmp_path: Path) -> None:
    path, doc_id, start, _end = _emoji_project(tmp_path)
    window.open_project(path)
    window.open_document(doc_id)
    text = window.reader.text
    block = text.document().findBlock(text.offsets.to_qt(start))
    highlighted = [
        r for r in block.layout().formats() if r.format.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert len(highlighted) == 1
    utf16 = block.text().encode("utf-16-le")  # format ranges count UTF-16 units
    first = highlighted[0]
    shown = utf16[2 * first.start : 2 * (first.start + first.length)].decode("utf-16-le")
    assert shown == "steunt terugkeer"


def test_selection_after_emoji_tags_the_selected_words(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path, doc_id, _start, _end = _emoji_project(tmp_path)
    window.open_project(path)
    window.open_document(doc_id)
    text = window.reader.text
    qt_text = text.toPlainText()
    before = qt_text[: qt_text.index("volledig")]
    qt_start = len(before.encode("utf-16-le")) // 2  # Qt positions count 😀 and 🙂 as two
    cursor = text.textCursor()
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + len("volledig"), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
    created = [m for m in text.marks() if text.parsed.text[m.start : m.end] == "volledig"]
    assert len(created) == 1
