"""The timeline is a true time axis: one day, one x; undated claims counted (issue 13, Must show 4)."""

from __future__ import annotations

import dataclasses
from datetime import date
from itertools import pairwise
from pathlib import Path

from gui_fixtures import add_document, qa_document
from PySide6.QtCore import Qt

from naast.core.claims.commands import CreateClaim
from naast.gui.main_window import MainWindow
from naast.store.codebook import list_stances
from naast.store.documents import list_documents, load_document
from naast.store.project import Project, now_iso


def _code(path: Path) -> dict[str, list[int]]:
    """Three claims on 2019-11-21, two on 2021-10-05, one on 2025-02-03, two in an undated document."""
    with Project.open(path) as project:
        add_document(
            project, qa_document(["Eerste antwoord van die dag.", "Tweede antwoord."], date="2021-10-05")
        )
        undated = qa_document(["Zonder datum gegeven antwoord."], minister="Faber", date="2030-01-01")
        add_document(project, dataclasses.replace(undated, date_received=None, kenmerk=None))
        stance = list_stances(project)[0][0].id
        claims: dict[str, list[int]] = {}
        wanted = {"2019-11-21": 3, "2021-10-05": 2, "2025-02-03": 1, None: 2}
        for doc in list_documents(project):
            parsed = load_document(project, doc.id).parsed
            day = parsed.date_received
            answer = next(u for u in parsed.units if u.kind.value == "answer")
            start = answer.start + len("Antwoord 1\n")
            for k in range(wanted[day]):
                command = CreateClaim(doc.id, start + k, start + k + 10, now_iso(), (), stance)
                claims.setdefault(day or "", []).append(next(iter(project.apply(command).ids["claims"])))
        return claims


def test_same_day_same_x_stacked_and_undated_counted(window: MainWindow, small_project: Path, qtbot) -> None:
    claims = _code(small_project)
    window.open_project(small_project)
    window.actions.show_across.trigger()
    across = window.across
    timeline = across.timeline
    timeline.resize(900, 400)
    timeline.repaint()
    assert across.summary.text() == "8 claims by 2 actors"  # as many as the matrix counts
    x = {dot.claim_id: rect.center().x() for rect, dot in timeline.placed}
    y = {dot.claim_id: rect.center().y() for rect, dot in timeline.placed}
    for day in ("2019-11-21", "2021-10-05"):
        ids = claims[day]
        assert len({x[i] for i in ids}) == 1, f"claims of {day} share one x"
        ys = sorted(y[i] for i in ids)
        assert all(b - a >= timeline.DOT for a, b in pairwise(ys)), "stacked, not overlapping"
    assert len(timeline.placed) == 6 and len(timeline.undated) == 2
    assert len(timeline.placed) + len(timeline.undated) == 8  # none dropped
    assert timeline.undated_text() == "2 claims without a date"
    first, middle, last = (x[claims[d][0]] for d in ("2019-11-21", "2021-10-05", "2025-02-03"))
    days = (date(2021, 10, 5) - date(2019, 11, 21)).days / (date(2025, 2, 3) - date(2019, 11, 21)).days
    assert abs((middle - first) / (last - first) - days) < 1e-6  # a true time axis

    # the undated line lists those claims when clicked
    point = timeline.undated_rect.center().toPoint()
    assert not timeline.undated_rect.isEmpty()
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point)
    assert across.cell_claims.count() == 2
    assert across.cell_label.text() == "2 claims without a date"
