"""The browser over a project larger than a page: groups first, documents a page at a time as
they are shown, a filter read on a worker, and a document found at its row wherever it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from naast.gui.main_window import MainWindow
from naast.store.documents import list_documents
from naast.store.importer import import_paths
from naast.store.project import Project


@pytest.fixture
def large_project(tmp_path: Path, corpus: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for s, source in enumerate(sorted(corpus.glob("*.txt"))):
        text = source.read_text(encoding="utf-8")
        for k in range(40):
            (folder / f"{s}-{k:03d}.txt").write_text(f"{text}\n\nKopie {k} van {s}.\n", encoding="utf-8")
    path = tmp_path / "large.naast"
    with Project.create(path) as project:
        list(import_paths(project, [folder]))
    return path


def _expected(path: Path, doc_type: str | None = None) -> list[int]:
    """The ids the list shows, in its order: from the summary query, not the list's own table."""
    with Project.open(path, read_only=True) as project:
        docs = sorted(list_documents(project), key=lambda d: (d.date or "", d.id))
    return [d.id for d in docs if doc_type in (None, d.doc_type)]


def _group(model, name: str) -> QModelIndex:
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    return next(i for i in rows if str(model.data(i)).startswith(name))


def test_a_group_shows_a_page_and_more_as_it_is_scrolled(
    window: MainWindow, large_project: Path, qtbot
) -> None:
    window.browser.model.PAGE = 25
    assert window.open_project(large_project)
    model = window.browser.model
    expected = _expected(large_project, "answers")
    assert model.document_count() == len(_expected(large_project)) > len(expected) > 75
    answers = _group(model, f"Answers ({len(expected)})")
    assert model.rowCount(answers) == 25  # expanded: its first page only
    tree = window.browser.tree
    tree.resize(300, 200)
    for _ in range(10):
        tree.scrollToBottom()
        qtbot.wait(20)
    assert 25 < model.rowCount(answers) <= len(expected)
    ids = [model.document_at(model.index(r, 0, answers)).id for r in range(model.rowCount(answers))]
    assert ids == expected[: len(ids)]


def test_selecting_a_late_document_fetches_the_pages_up_to_it(
    window: MainWindow, large_project: Path
) -> None:
    window.browser.model.PAGE = 25
    window.open_project(large_project)
    answers = _expected(large_project, "answers")
    window.browser.select_document(answers[-1])
    current = window.browser.model.document_at(window.browser.tree.currentIndex())
    assert current is not None and current.id == answers[-1]
    assert window.browser.model.rowCount(_group(window.browser.model, "Answers")) == len(answers)


def test_the_filter_is_read_on_a_worker_and_the_newest_wins(
    window: MainWindow, large_project: Path, qtbot
) -> None:
    window.open_project(large_project)
    browser = window.browser
    browser.filter.setText("broekers")
    browser._apply_filter()
    browser.filter.setText("faber")
    browser._apply_filter()
    qtbot.waitUntil(lambda: not browser.filtering, timeout=5000)
    qtbot.wait(50)  # the older filter's answer, if it comes late, must change nothing
    with Project.open(large_project, read_only=True) as project:
        faber = [d for d in list_documents(project) if "faber" in (d.answered_by or "").casefold()]
    assert browser.model.document_count() == len(faber) > 0
    browser.grouping.setCurrentIndex(browser.grouping.findData("actor"))
    qtbot.waitUntil(lambda: not browser.filtering, timeout=5000)
    names = [browser.model.data(browser.model.index(r, 0)) for r in range(browser.model.rowCount())]
    assert names == [f"{faber[0].answered_by} ({len(faber)})"]
    browser.filter.clear()
    browser._apply_filter()
    assert browser.model.document_count() == len(_expected(large_project))
