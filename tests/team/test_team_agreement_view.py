"""The Agreement view (Must show 3): settling a disagreement changes the figure and can be undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from team_helpers import Q_AIM, Q_DETAIN, Q_END, Q_HARD, code, coder_project, run

from naast.core.team.settle import KeepCoding
from naast.gui.dialogs.merge_dialog import merge_sources
from naast.gui.session import Session
from naast.gui.views.agreement import AgreementView
from naast.store.project import Project

ANNA = [
    (Q_HARD, "9", "supports", ""),
    (Q_END, "9", "supports", ""),
    (Q_DETAIN, "12", "conditional", ""),
    (Q_AIM, "9", "rejects", ""),
]
BOB = [(Q_HARD, "9", "supports", ""), (Q_END, "9", "rejects", ""), (Q_DETAIN, "12", "conditional", "")]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    path = coder_project(tmp_path, "anna", ANNA)
    code(path, "bob", BOB)
    opened = Session(Project.open(path), coder="anna")
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, session: Session) -> AgreementView:
    widget = AgreementView()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_session(session)
    return widget


def stance_alpha(view: AgreementView) -> float | None:
    assert view.report is not None
    return view.report["fields"]["stance"]["alpha"]


def select(view: AgreementView, kind: str) -> None:
    row = next(i for i, d in enumerate(view.items) if kind in d.kinds)
    view.table.selectRow(row)


def test_lists_every_disagreement_and_shows_both_codings(view: AgreementView) -> None:
    assert (view.coder_a.currentText(), view.coder_b.currentText()) == ("anna", "bob")
    assert sorted(k for d in view.items for k in d.kinds) == ["only A", "stance"]
    select(view, "stance")
    assert "supports" in view.pane_a.toPlainText() and "rejects" in view.pane_b.toPlainText()
    assert Q_END in view.pane_a.toPlainText() and Q_END in view.pane_b.toPlainText()
    assert "2 disagreements open" in view.figures.text()


def test_keeping_a_coding_changes_the_figure_and_undo_restores_it(
    qtbot, view: AgreementView, session: Session
) -> None:
    before, units_before = stance_alpha(view), view.report["units"]["alpha"]  # type: ignore[index]
    assert before is not None and before < 1
    select(view, "stance")
    qtbot.mouseClick(view.keep_a, Qt.MouseButton.LeftButton)
    assert stance_alpha(view) == 1.0
    assert [d.kinds for d in view.items] == [("only A",)]
    assert session.project.undo_label() == "Settle: keep A's coding"
    session.undo()
    assert stance_alpha(view) == before
    assert sorted(k for d in view.items for k in d.kinds) == ["only A", "stance"]
    select(view, "only A")  # bob never marked Q_AIM: keeping A's makes the claim for bob
    qtbot.mouseClick(view.keep_a, Qt.MouseButton.LeftButton)
    assert view.report["units"]["matched"] == 4 and view.report["units"]["only_one"] == 0  # type: ignore[index]
    assert view.report["units"]["alpha"] > units_before  # type: ignore[index]
    session.undo()
    assert view.report["units"]["alpha"] == units_before  # type: ignore[index]


def test_hidden_it_measures_again_only_when_shown(qtbot, session: Session) -> None:
    widget = AgreementView()
    qtbot.addWidget(widget)
    widget.set_session(session)
    assert widget.report is None and widget.stale  # nothing measured while hidden
    widget.show()
    assert widget.report is not None and not widget.stale
    widget.hide()
    before = stance_alpha(widget)
    claim = next(d for d in widget.items if "stance" in d.kinds)
    session.apply(KeepCoding(claim.a.id, claim.b.id, "bob", "2026-03-01"))  # type: ignore[union-attr]
    assert widget.stale and stance_alpha(widget) == before
    widget.show()
    assert stance_alpha(widget) == 1.0


def test_keep_b_and_consensus(qtbot, view: AgreementView, session: Session) -> None:
    select(view, "only A")
    qtbot.mouseClick(view.keep_b, Qt.MouseButton.LeftButton)  # B marked nothing: A's claim goes
    assert session.project.query("SELECT COUNT(*) FROM claims WHERE quote = ?", [Q_AIM])[0][0] == 0
    session.undo()
    select(view, "stance")
    qtbot.mouseClick(view.consensus, Qt.MouseButton.LeftButton)
    coders = [r[0] for r in session.project.query("SELECT coder FROM claims WHERE quote = ?", [Q_END])]
    assert sorted(coders) == ["anna", "bob", "consensus"]
    settled = next(d for d in view.items if "stance" in d.kinds)
    assert settled.settled and "1 disagreements open" in view.figures.text()
    session.undo()
    assert not any(d.settled for d in view.items)


def test_file_merge_project_merges_and_reports(qtbot, tmp_path: Path) -> None:
    anna = coder_project(tmp_path, "anna", ANNA)
    target = tmp_path / "team.naast"
    assert run("new", target) == 0
    session = Session(Project.open(target))
    try:
        box = merge_sources(session, [anna], None)
        assert box is not None and "4 added" in box.text()
        box.close()
        assert session.project.count("claims") == 4
        session.undo()
        assert session.project.count("claims") == 0
    finally:
        session.close()


def test_the_window_has_the_tab_and_the_menu_entry_in_both_languages(qtbot, qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from naast.gui.app import install_translation
    from naast.gui.main_window import MainWindow
    from naast.gui.preferences import Preferences

    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.indexOf(window.agreement)) == "Agreement"
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Merge project…" in [a.text() for a in file_menu.actions()]
    assert not window.actions.merge_project.isEnabled()  # no project open
    translators = install_translation(qapp, "nl")
    try:
        dutch = MainWindow(prefs)
        qtbot.addWidget(dutch)
        assert dutch.tabs.tabText(dutch.tabs.indexOf(dutch.agreement)) == "Overeenstemming"
        assert dutch.agreement.keep_a.text() == "Die van A behouden"
        assert dutch.actions.merge_project.text() == "Project &samenvoegen…"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
