"""What persists (layout, recent projects, preferences), what is refused, and how files arrive."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_layout_recent_projects_and_preferences_persist(
    settings: QSettings, small_project: Path, qtbot
) -> None:
    prefs = Preferences(settings)
    prefs.coder = "bram"
    prefs.font_size = 14
    first = MainWindow(prefs)
    qtbot.addWidget(first)
    first.show()
    first.open_project(small_project)
    first.codebook_dock.hide()
    first.close()
    settings.sync()
    again = Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.recent_projects()[0] == small_project.resolve()
    assert (again.coder, again.font_size) == ("bram", 14)
    second = MainWindow(again)
    qtbot.addWidget(second)
    second.show()
    assert not second.codebook_dock.isVisible()
    assert second.reader.text.font().pointSize() == 14


def test_project_from_a_newer_naast_is_refused_in_plain_words(
    window: MainWindow, small_project: Path
) -> None:
    conn = sqlite3.connect(small_project)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()  # the last connection checkpoints the write-ahead log into the file
    assert not window.open_project(small_project)
    assert window.last_error.windowTitle() == "Cannot open the project"
    assert "newer version of Naast" in window.last_error.text()
    window.last_error.close()


def test_read_only_open_of_a_project_open_elsewhere(
    window: MainWindow, small_project: Path, prefs, qtbot
) -> None:
    window.open_project(small_project)
    other = MainWindow(prefs)
    qtbot.addWidget(other)
    assert other.open_project(small_project, read_only=True)
    assert "(read-only)" in other.windowTitle()
    assert not other.actions.tag.isEnabled()
    other.close_project()


def test_dropping_files_on_the_window_imports_them(window: MainWindow, tmp_path: Path, qtbot) -> None:
    window.create_project(tmp_path / "drop.naast")
    _drop(window, [SAMPLES / "2019-answers-broekers-knol-veilige-landers-harderwijk.txt"])
    qtbot.waitUntil(lambda: not window.tools.importer.running, timeout=60_000)
    window.tools.importer.result_box.close()
    assert window.browser.model.document_count() == 1
    assert window.session.project.pending_search() == 0  # indexed for search when the import ended


RUN = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from naast.gui import app as gui_app
from naast.gui.main_window import MainWindow

def look_and_quit():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    print("TITLE", windows[0].windowTitle(), windows[0].browser.model.document_count())
    windows[0].close()

application = gui_app.make_application()
QTimer.singleShot(300, look_and_quit)
sys.exit(gui_app.run(Path(sys.argv[1])))
"""


def test_run_starts_the_application_on_a_project(small_project: Path, tmp_path: Path) -> None:
    """``naast open PROJECT`` in a fresh process (its own settings folder): shows the project, exits 0."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(small_project)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "TITLE small.naast — Naast 2" in done.stdout
    assert (tmp_path / "Naast" / "Naast.conf").exists()  # recent projects and layout were saved


def test_cancelling_an_import_keeps_what_was_imported(window: MainWindow, tmp_path: Path, qtbot) -> None:
    window.create_project(tmp_path / "cancel.naast")
    window.import_paths([SAMPLES])
    window.tools.importer.cancel()
    qtbot.waitUntil(lambda: not window.tools.importer.running, timeout=60_000)
    report = window.tools.importer.report
    assert report.cancelled
    assert "cancelled" in window.tools.importer.result_box.text()
    assert window.browser.model.document_count() == len(report.imported) <= 4
    window.tools.importer.result_box.close()


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_one_import_of_three_files_is_one_undo_step(window: MainWindow, tmp_path: Path, qtbot) -> None:
    window.create_project(tmp_path / "three.naast")
    _drop(window, sorted(SAMPLES.glob("*.txt"))[:3])
    qtbot.waitUntil(lambda: not window.tools.importer.running, timeout=60_000)
    window.tools.importer.result_box.close()
    assert window.browser.model.document_count() == 3
    assert window.actions.undo.text() == "&Undo Import of 3 documents"
    window.actions.undo.trigger()
    assert window.browser.model.document_count() == 0
    assert not window.actions.undo.isEnabled()
    assert window.actions.redo.text() == "&Redo Import of 3 documents"
    window.actions.redo.trigger()
    assert window.browser.model.document_count() == 3


@contextmanager
def dutch_window(prefs: Preferences, project: Path, qtbot, paths: list[Path]) -> Iterator[MainWindow]:
    """A window in Dutch on a new project into which ``paths`` were imported (report closed)."""
    from PySide6.QtWidgets import QApplication

    from naast.gui.app import set_language

    app = QApplication.instance()
    set_language(app, "nl")
    prefs.language = "nl"
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    try:
        window.show()
        window.create_project(project)
        window.import_paths(paths)
        qtbot.waitUntil(lambda: not window.tools.importer.running, timeout=60_000)
        yield window
        window.close_project()
    finally:
        set_language(app, "en")
        prefs.language = "en"


def test_the_undo_label_of_an_import_is_translated(prefs: Preferences, tmp_path: Path, qtbot) -> None:
    with dutch_window(prefs, tmp_path / "drie.naast", qtbot, sorted(SAMPLES.glob("*.txt"))[:3]) as window:
        window.tools.importer.result_box.close()
        assert window.actions.undo.text() == "&Ongedaan maken: Import van 3 documenten"


def test_the_import_report_warns_of_a_file_without_structure_in_dutch(
    prefs: Preferences, tmp_path: Path, qtbot
) -> None:
    (tmp_path / "hello.txt").write_text("hello\n", encoding="utf-8")
    files = [tmp_path / "hello.txt", sorted(SAMPLES.glob("*.txt"))[0]]
    with dutch_window(prefs, tmp_path / "hallo.naast", qtbot, files) as window:
        report = window.tools.importer.result_box.text()
        window.tools.importer.result_box.close()
    assert report.splitlines()[:3] == [
        "2 document(en) geïmporteerd.",
        "1 met een waarschuwing:",
        "• hello.txt: er is geen structuur van Kamervragen, antwoorden of een brief gevonden (geen "
        "vragen, paragrafen, kenmerk, data of ondertekenaar), dus het is als gewone brief geïmporteerd",
    ]
