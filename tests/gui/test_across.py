"""Across ministers: the actor × stance heat map, the timeline, and jumping to a claim's text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from naast.core.claims.commands import CreateClaim
from naast.gui.main_window import MainWindow
from naast.store.codebook import list_stances, topic_tree
from naast.store.documents import list_documents, load_document
from naast.store.project import Project, now_iso


def _code_claims(path: Path) -> int:
    with Project.open(path) as project:
        topic = next(n for root in topic_tree(project) for n in root.walk() if n.label_en == "Immigration")
        supports, rejects = (s.id for s, _n in list_stances(project)[:2])
        for doc in list_documents(project):
            parsed = load_document(project, doc.id).parsed
            for unit, stance in zip(
                [u for u in parsed.units if u.kind.value == "answer"], (supports, rejects), strict=False
            ):
                start = unit.start + len("Antwoord 1\n")
                project.apply(CreateClaim(doc.id, start, start + 20, now_iso(), (topic.id,), stance))
        return topic.id


def test_heat_map_and_timeline_list_claims_and_jump(window: MainWindow, small_project: Path, qtbot) -> None:
    topic = _code_claims(small_project)
    window.open_project(small_project)
    window.actions.show_across.trigger()
    across = window.across
    across.choose("topic", topic)
    model = across.model
    assert model.rowCount() == 2
    labels = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any(label.startswith("Broekers-Knol") and label.endswith("2019") for label in labels)
    supports = model.headerData(1, Qt.Orientation.Horizontal)
    assert supports.startswith("▲")
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["1", "1"]
    assert model.data(model.index(0, model.columnCount() - 1)) == "2"
    assert across.summary.text() == "4 claims by 2 actors"
    across.timeline.repaint()
    assert len(across.timeline.placed) == 4
    across.table.clicked.emit(model.index(0, 1))
    assert across.cell_claims.count() == 1
    item = across.cell_claims.item(0)
    across.cell_claims.itemDoubleClicked.emit(item)
    assert window.tabs.currentWidget() is window.reader
    start, end = window.reader.text.selection()
    assert end - start == 20
    _rect, dot = across.timeline.placed[0]
    across.timeline.claim_clicked.emit(dot.claim_id)
    assert across.cell_claims.count() == 1
