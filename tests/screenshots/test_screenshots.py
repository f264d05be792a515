"""Screenshots of the real application on the demo project, for the README and for looking at.

The window fills the virtual screen, whose size names the files (``…-1280x800.png``); the README's
test command runs them on a 1280×800 and on a 1920×1080 screen:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m pytest tests/screenshots -m xvfb
Popups and dialogs are separate windows, so those pictures are of the screen, not the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from naast.demo import build_demo
from naast.gui.app import build_window, install_translation
from naast.gui.models.responsiveness_model import COLUMNS

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"

pytestmark = pytest.mark.xvfb


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("screenshots need a real window: run under xvfb-run with QT_QPA_PLATFORM=xcb")
    path = build_demo(tmp_path / "demo.naast")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("prefs/coder", "anna")
    window = build_window(path, settings)
    qtbot.addWidget(window)
    _fill_screen(window)
    qtbot.waitExposed(window)
    yield window
    window.close_project()


def _fill_screen(window) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.move(area.topLeft())
    window.resize(area.size())
    window.show()


def _size() -> str:
    screen = QGuiApplication.primaryScreen().geometry()
    return f"{screen.width()}x{screen.height()}"


def _doc(window, prefix: str) -> int:
    return next(d.id for d in window.session.documents() if (d.source_name or "").startswith(prefix))


def _save(window, name: str, qtbot) -> Path:
    """The window (``screen=False``) as ``name-WxH.png``."""
    qtbot.wait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{name}-{_size()}.png"
    assert window.grab().save(str(target))
    return target


def _save_screen(name: str, qtbot) -> Path:
    """The whole screen, with whatever popup or dialog is open on it."""
    qtbot.wait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{name}-{_size()}.png"
    assert QGuiApplication.primaryScreen().grabWindow(0).save(str(target))
    return target


def test_screenshots(demo_window, qtbot) -> None:
    window = demo_window
    doc = _doc(window, "2019-answers")
    window.browser.select_document(doc)
    window.open_document(doc)
    text = window.reader.text
    start = text.parsed.text.find("Gecontroleerd vertrek")
    text.jump_to(max(0, start - 400))
    text.select_range(start, start)
    main = _save(window, "main-window", qtbot)
    claims = window.claims_dock.grab()
    assert claims.save(str(OUT / f"claims-dock-{_size()}.png"))

    window.actions.compare_with.trigger()
    qtbot.waitUntil(lambda: window.compare_dialog is not None and window.compare_dialog.isVisible())
    compare = _save_screen("compare-with", qtbot)
    window.compare_dialog.reject()

    window.compare_documents(_doc(window, "2021-answers"), _doc(window, "2025-answers"))
    side = window.side
    moved = next((i for i, d in enumerate(side.diffs) if d.what == "moved"), 0)
    side.go_to(moved)
    side.word_toggle.setChecked(True)
    pair = _save(window, "side-by-side", qtbot)
    popup = _popup_at_the_right_edge(window, qtbot)

    window.actions.show_across.trigger()
    window.across.choose("topic", None)
    window.across.table.clicked.emit(window.across.model.index(0, 1))  # list the claims of a cell
    across = _save(window, "across-ministers", qtbot)
    window.across_tabs.setCurrentWidget(window.responsiveness)
    qtbot.waitUntil(lambda: window.responsiveness.report is not None, timeout=10_000)
    answers = window.responsiveness
    declines = [c[0] for c in COLUMNS].index("declined_share")
    answers.table.clicked.emit(answers.proxy.index(0, declines))  # the refusals behind a figure
    how = _save(window, "how-they-answer", qtbot)
    for png in (main, compare, pair, popup, across, how):
        assert png.stat().st_size > 20_000


def _popup_at_the_right_edge(window, qtbot) -> Path:
    """The quick-tag popup for a selection at the right edge of the right pane, kept on screen."""
    text = window.side.right.text
    text.setFocus()
    viewport = text.viewport()
    edge = text.cursorForPosition(QPoint(viewport.width() - 12, viewport.height() // 3)).position()
    end = text.offsets.from_qt(edge)
    text.select_range(max(0, end - 12), end)
    qtbot.keyClick(text, Qt.Key.Key_T)
    popup = window.tagging.popup
    qtbot.waitUntil(popup.isVisible)
    assert QGuiApplication.primaryScreen().availableGeometry().contains(popup.frameGeometry())
    shot = _save_screen("quick-tag-right-edge", qtbot)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)
    return shot


def test_dutch_interface_screenshot(demo_window, qtbot) -> None:
    app = QGuiApplication.instance()
    translators = install_translation(app, "nl")
    try:
        settings = QSettings(str(demo_window.session.path.with_name("nl.ini")), QSettings.Format.IniFormat)
        settings.setValue("prefs/language", "nl")  # as chosen in Preferences: labels follow too
        demo_window.close_project()
        window = build_window(demo_window.prefs.recent_projects()[0], settings)
        qtbot.addWidget(window)
        _fill_screen(window)
        qtbot.waitExposed(window)
        assert window.menuBar().actions()[0].text() == "&Bestand"
        model = window.browser.model
        groups = {model.index(r, 0).data() for r in range(model.rowCount())}
        assert any(g.startswith("Antwoorden") for g in groups), groups
        window.open_document(_doc(window, "2025-answers"))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        assert window.width() <= screen.width(), (window.width(), window.minimumSizeHint().width())
        _save(window, "main-window-nl", qtbot)
        window.close_project()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
