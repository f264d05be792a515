"""Desktop conventions a researcher expects from a day of use: standard keys, close, save a copy,
print to PDF, help, drops, recent projects, the layout after quitting from any view."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton

from naast.core.claims.commands import CreateClaim
from naast.gui.app import project_to_open
from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences
from naast.gui.style import highlight_colour
from naast.store.documents import list_documents
from naast.store.project import Project, now_iso


def _first_document(window: MainWindow) -> int:
    doc = window.session.documents()[0].id
    window.open_document(doc)
    return doc


def test_quitting_from_side_by_side_keeps_the_reading_docks(
    settings: QSettings, small_project: Path, qtbot
) -> None:
    first = MainWindow(Preferences(settings))
    qtbot.addWidget(first)
    first.show()
    first.open_project(small_project)
    assert first.claims_dock.isVisible() and first.outline_dock.isVisible()
    first.tabs.setCurrentWidget(first.side)
    assert not first.claims_dock.isVisible()  # they step aside for the comparison
    first.close()
    settings.sync()
    second = MainWindow(Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    second.show()
    assert (
        second.claims_dock.isVisible()
        and second.codebook_dock.isVisible()
        and second.outline_dock.isVisible()
    )


def test_redo_answers_both_platform_keys_and_edit_keys_are_standard(window: MainWindow) -> None:
    a = window.actions
    redo = {k.toString() for k in a.redo.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= redo
    assert a.undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert a.close_project.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    assert a.manual.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
    assert a.print_document.shortcut().toString() == "Ctrl+P"


def test_close_project_leaves_an_empty_window_that_says_what_to_do(
    window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    assert window.reader.title.text() == "No document open"  # open, and no document chosen yet
    assert "Ctrl+I" in window.reader.subtitle.text()
    window.actions.close_project.trigger()
    assert window.session is None
    assert window.reader.title.text() == "No project open"
    assert "Ctrl+I" not in window.reader.subtitle.text()  # importing needs a project first
    assert not window.actions.import_files.isEnabled() and not window.actions.close_project.isEnabled()
    assert window.windowTitle() == "Naast"


def test_save_a_copy_writes_a_whole_project_and_keeps_this_one_open(
    window: MainWindow, small_project: Path, tmp_path: Path
) -> None:
    window.open_project(small_project)
    target = tmp_path / "copy.naast"
    assert window.files.save_copy(target) == target
    assert window.session is not None and window.session.path == small_project
    with Project.open(target) as copy:
        assert copy.counts()["documents"] == 2
        assert [tuple(r) for r in copy.query("PRAGMA integrity_check")] == [("ok",)]
    assert not list(tmp_path.glob(".naast-*.naast"))  # no half-written copy left
    assert window.files.save_copy(small_project) is None  # never over the project itself
    assert "cannot replace the project itself" in window.last_error.text()
    window.last_error.close()


def test_export_document_as_pdf_with_its_highlights(
    window: MainWindow, small_project: Path, tmp_path: Path
) -> None:
    with Project.open(small_project) as project:
        doc = list_documents(project)[0]
        topic = project.query("SELECT id, colour FROM topics WHERE parent_id IS NULL ORDER BY id LIMIT 1")[0]
        project.apply(CreateClaim(doc.id, 60, 120, now_iso(), (topic[0],)))
    window.open_project(small_project)
    window.open_document(doc.id)
    target = tmp_path / "document.pdf"
    assert window.files.export_pdf(target) == target
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Gecontroleerd vertrek heeft de voorkeur" in " ".join(text.split())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(target), str(tmp_path / "p")], check=True
    )
    page = QImage(str(next(tmp_path.glob("p*.png"))))
    shade = highlight_colour(topic[1], QApplication.style().standardPalette())
    alpha = shade.alphaF()  # the highlight as it lies on white paper
    wanted = [round(c * alpha + 255 * (1 - alpha)) for c in (shade.red(), shade.green(), shade.blue())]
    pixels = (page.pixelColor(x, y) for x in range(0, page.width(), 2) for y in range(0, page.height(), 2))
    near = sum(
        1
        for c in pixels
        if max(abs(a - b) for a, b in zip((c.red(), c.green(), c.blue()), wanted, strict=True)) <= 4
    )
    assert near > 50  # the claim is highlighted in its topic's colour on the page


def test_help_about_and_the_shortcut_sheet(window: MainWindow) -> None:
    about = window.files.show_about()
    text = about.text.text()
    assert "Naast 0." in text and "Qt " in text and "Python " in text and "MIT" in text
    sheet = window.files.show_shortcuts()
    rows = {
        sheet.table.item(r, 0).text(): sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())
    }
    assert any("Ctrl+Z" in keys for keys in rows) and "S" in rows and "P" in rows and "T" in rows
    manual = window.files.show_manual()
    assert "Naast in five minutes" in manual.browser.toPlainText()


def test_a_dropped_project_is_opened_not_imported(
    window: MainWindow, small_project: Path, tmp_path: Path
) -> None:
    window.open_project(small_project)
    other = tmp_path / "other.naast"
    Project.create(other).close()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.session is not None and window.session.path == other
    assert window.session.counts()["documents"] == 0


def test_recent_projects_show_full_paths_and_can_be_cleared(window: MainWindow, small_project: Path) -> None:
    window.open_project(small_project)
    window.files.fill_recent(window.recent_menu)
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any(str(small_project.resolve()) in t for t in texts)
    clear = next(a for a in window.recent_menu.actions() if a.text() == "Clear recent projects")
    clear.trigger()
    assert window.prefs.recent_projects() == []


def test_plain_naast_reopens_the_last_project(
    prefs: Preferences, small_project: Path, tmp_path: Path
) -> None:
    assert project_to_open(None, prefs) is None
    prefs.add_recent(small_project)
    assert project_to_open(None, prefs) == small_project.resolve()
    named = tmp_path / "named.naast"
    assert project_to_open(named, prefs) == named
    small_project.unlink()
    assert project_to_open(None, prefs) is None  # gone: start empty, do not fail


def test_find_in_document_counts_its_hits(window: MainWindow, small_project: Path) -> None:
    window.open_project(small_project)
    _first_document(window)
    window.actions.find_in_document.trigger()
    window.reader.find_box.setText("vertrek")
    window.reader.find_box.returnPressed.emit()
    assert window.reader.find_count.text() == "1 of 3"  # "vertrek" twice, "Vertrek" once
    window.reader.find_box.returnPressed.emit()
    assert window.reader.find_count.text() == "2 of 3"
    assert not window.reader.find("nergens te vinden")
    assert window.reader.find_count.text() == "not found"


def test_compare_with_fits_the_screen_and_ctrl_2_asks_first(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    with Project.open(small_project) as project:
        project.conn.execute("UPDATE documents SET title = ? WHERE id = 2", ["Antwoord " * 120])
    window.open_project(small_project)
    _first_document(window)
    window.actions.show_side_by_side.trigger()  # one document open, nothing compared yet
    dialog = window.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.tabs.currentWidget() is window.reader
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= screen.width()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.geometry().left() + ok.geometry().right() <= screen.right() + 1
    dialog.accept()
    assert window.tabs.currentWidget() is window.side and window.side.both_loaded()


def test_toolbar_buttons_stay_put_when_the_undo_label_changes(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    window.open_project(small_project)

    def positions() -> list[int]:
        return [b.geometry().x() for b in window.toolbar.findChildren(QToolButton) if b.isVisible()]

    before = positions()
    with pytest.raises(StopIteration):
        next(
            b
            for b in window.toolbar.findChildren(QToolButton)
            if b.isVisible() and b.text() == "Undo Tag claim"
        )
    doc = _first_document(window)
    window.session.apply(CreateClaim(doc, 60, 90, now_iso()))
    qtbot.wait(10)
    assert window.actions.undo.text() == "&Undo Tag claim"
    assert positions() == before


def test_a_new_language_applies_at_once_with_the_same_project_and_document(
    prefs: Preferences, small_project: Path, qtbot
) -> None:
    from naast.gui.app import WindowKeeper, set_language

    app = QApplication.instance()
    first = MainWindow(prefs)
    first.show()
    first.open_project(small_project)
    doc = _first_document(first)
    keeper = WindowKeeper(app, first)
    try:
        prefs.language = "nl"
        first.apply_preferences(language_before="en")  # what OK in Preferences does
        second = keeper.window
        qtbot.addWidget(second)
        assert second is not first
        assert [a.text() for a in second.menuBar().actions()][:3] == ["&Bestand", "Be&werken", "Beel&d"]
        assert second.session is not None and second.session.path == small_project
        assert second.reader.text.document_id == doc
    finally:
        set_language(app, "en")
        keeper.window.close()


def test_the_browser_keeps_its_share_as_the_window_grows(window: MainWindow, qtbot) -> None:
    window.resize(1000, 700)
    qtbot.wait(20)
    share = window.browser_dock.width() / window.width()
    window.resize(1800, 900)
    qtbot.wait(20)
    assert window.browser_dock.width() / window.width() == pytest.approx(share, abs=0.03)
    assert window.browser_dock.width() > 1.5 * 0.9 * share * 1000


def test_file_dialogs_start_where_documents_are_not_in_the_working_folder(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    assert window.files.start_folder() == str(tmp_path / "Documents")
    papers = tmp_path / "kamervragen"
    papers.mkdir()
    window.files.remember_folder(papers)
    assert window.files.start_folder() == str(papers)


def test_heat_map_headers_fit_their_stance_names(window: MainWindow, small_project: Path) -> None:
    window.open_project(small_project)
    window.actions.show_across.trigger()
    across = window.across
    across.choose("topic", None)
    header = across.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(1, across.model.columnCount()):
        label = across.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(label) + 12, label


def test_find_in_project_names_untitled_documents_and_moves_off_the_hit(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    from PySide6.QtCore import QRect

    with Project.open(small_project) as project:
        project.conn.execute("UPDATE documents SET title = NULL")
    window.open_project(small_project)
    dialog = window.tools.find_in_project()
    dialog.query.setText("Terugkeer")
    dialog.run()
    assert dialog.wait_for_ranking()
    headings = [t.split("<br>")[0] for t in dialog.hit_texts()]
    assert headings and all(h.removeprefix("<b>").removesuffix("</b>").strip() for h in headings)
    frame = dialog.frameGeometry()
    hit = QRect(frame.center().x() - 50, frame.center().y() - 10, 100, 20)
    dialog.keep_clear_of(hit)
    assert not dialog.frameGeometry().intersects(hit)
