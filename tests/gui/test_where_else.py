"""Where else in the window: places listed as a worker checks them, the newest question wins."""

from __future__ import annotations

import random
from pathlib import Path

from gui_fixtures import add_document, qa_document
from PySide6.QtCore import Qt

from naast.gui.main_window import MainWindow
from naast.store import reuse_queries
from naast.store.project import Project

SHARED = (
    "Het kabinet zet onverminderd in op het bevorderen van zelfstandige terugkeer van vreemdelingen "
    "naar het land van herkomst en spreekt daarover met de betrokken autoriteiten."
)


def _project(path: Path, sharing: int) -> list[int]:
    rng = random.Random(5)
    vocabulary = [f"woord{k}" for k in range(500)]
    ids = []
    with Project.create(path) as project:
        for n in range(sharing):
            filler = " ".join(rng.choice(vocabulary) for _ in range(40))
            doc = qa_document([f"{filler}. {SHARED}", "Anders."], prefix=f"Stuk {n}.\n", minister=f"M{n}")
            ids.append(add_document(project, doc))
    return ids


def _select_shared(window: MainWindow, path: Path, document: int) -> tuple[int, int]:
    """Open ``path`` at ``document`` and select the shared sentence; its (start, end)."""
    window.open_project(path)
    window.open_document(document)
    text = window.reader.text
    start = text.parsed.text.find(SHARED)
    text.select_range(start, start + len(SHARED))
    return start, start + len(SHARED)


def test_places_are_listed_batch_by_batch_until_all_are_there(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(reuse_queries, "FIRST_BATCH", 3)
    ids = _project(tmp_path / "many.naast", 18)  # within the cap: 20 documents
    _select_shared(window, tmp_path / "many.naast", ids[0])
    dialog = window.tools.where_else()
    shown: list[int] = []
    dialog.places_shown.connect(shown.append)
    qtbot.waitUntil(lambda: dialog.looked, timeout=10_000)
    assert dialog.failure is None
    assert shown == [3, 17]  # three documents first, then the other fourteen
    assert dialog.results.count() == 17
    assert dialog.status.text().startswith("17 places")
    assert len({dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(17)}) == 17
    assert dialog.results.currentRow() == 0  # Enter opens the first place
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.reader.text.document_id != ids[0]
    s0, s1 = window.reader.text.selection()
    assert window.reader.text.parsed.text[s0:s1].startswith("Het kabinet")


def test_a_new_question_replaces_the_list_of_the_last(window: MainWindow, tmp_path: Path, qtbot) -> None:
    ids = _project(tmp_path / "two.naast", 3)
    start, _ = _select_shared(window, tmp_path / "two.naast", ids[0])
    text = window.reader.text
    first = window.tools.where_else()
    qtbot.waitUntil(lambda: first.looked, timeout=10_000)
    text.select_range(start, start + 60)
    second = window.tools.where_else()
    assert second is not first and second.isVisible()
    qtbot.waitUntil(lambda: second.looked, timeout=10_000)
    assert second.results.count() == 2 and second.failure is None
    assert window.tools.where_else_dialog is second
    open_dialogs = [w for w in window.findChildren(type(second)) if w.isVisible()]
    assert open_dialogs == [second]
