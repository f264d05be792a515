"""Across ministers → How they answer: the table, its charts, and the documents behind a figure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTabWidget

from naast.cli import main
from naast.gui.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _sample_project(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "samples.naast"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(SAMPLES)]) == 0
    capsys.readouterr()
    return path


def _open_view(window: MainWindow, path: Path, qtbot):
    window.open_project(path)
    window.actions.show_across.trigger()
    tabs: QTabWidget = window.across_tabs
    tabs.setCurrentWidget(window.responsiveness)
    view = window.responsiveness
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    return view


def test_the_table_sorts_by_figure_and_lists_what_is_behind_it(
    window: MainWindow, tmp_path: Path, qtbot, capsys
) -> None:
    view = _open_view(window, _sample_project(tmp_path, capsys), qtbot)
    names = [view.proxy.data(view.proxy.index(r, 0)) for r in range(view.proxy.rowCount())]
    assert names == ["Minister Faber-van de Klashorst", "Staatssecretaris Broekers-Knol"]
    column = next(
        i
        for i in range(view.model.columnCount())
        if view.model.headerData(i, Qt.Orientation.Horizontal) == "Declines"
    )
    faber = view.proxy.index(0, column)
    assert view.proxy.data(faber) == "18%"  # 2 of 11 questions
    assert "n = 11" in view.proxy.data(faber, Qt.ItemDataRole.ToolTipRole)
    view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert view.proxy.data(view.proxy.index(0, 0)) == "Staatssecretaris Broekers-Knol"  # 2 of 25 is less
    view.table.clicked.emit(view.proxy.index(1, column))
    texts = [view.behind.item(i).text() for i in range(view.behind.count())]
    assert texts[0].endswith("Antwoord op vraag 2: «kan ik niet ingaan»")
    view.behind.itemActivated.emit(view.behind.item(0))
    assert window.tabs.currentWidget() is window.reader
    cursor = window.reader.text.textCursor()
    assert cursor.selectedText() == "kan ik niet ingaan"


def test_the_days_chart_has_a_dot_per_dated_document_and_clicking_one_lists_it(
    window: MainWindow, tmp_path: Path, qtbot, capsys
) -> None:
    view = _open_view(window, _sample_project(tmp_path, capsys), qtbot)
    lanes = {lane.name: lane for lane in view.days.lanes}
    assert [d for _i, d, _t in lanes["Staatssecretaris Broekers-Knol"].points] == [50]
    assert lanes["Minister Faber-van de Klashorst"].points == ()  # no date received: no dot, no guess
    view.days.resize(700, 200)
    view.days.repaint()
    (rect, doc_id, _tip) = view.days._hits[0]
    qtbot.mouseClick(
        view.days, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y()))
    )
    assert view.behind.count() == 1 and "50 days" in view.behind.item(0).text()
    assert view.behind.item(0).data(Qt.ItemDataRole.UserRole)[0] == doc_id


def test_grouping_and_filters_refresh_the_table(window: MainWindow, tmp_path: Path, qtbot, capsys) -> None:
    view = _open_view(window, _sample_project(tmp_path, capsys), qtbot)
    view.by.setCurrentIndex(view.by.findData("party"))
    qtbot.waitUntil(lambda: view.report is not None and view.report.by == "party", timeout=10_000)
    assert sorted(r["name"] for r in view.model.rows) == ["(unknown)", "SP", "VVD"]
    view.party.setText("SP")
    view.party.editingFinished.emit()
    qtbot.waitUntil(lambda: [r["name"] for r in view.model.rows] == ["SP"], timeout=10_000)
