"""Screenshots of the real application on the demo project, for the README and for looking at.

Run under a virtual X screen:
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m pytest tests/screenshots -m xvfb
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
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
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_project()


def _doc(window, prefix: str) -> int:
    return next(d.id for d in window.session.documents() if (d.source_name or "").startswith(prefix))


def _save(window, name: str, qtbot) -> Path:
    qtbot.wait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / name
    assert window.grab().save(str(target))
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
    main = _save(window, "main-window.png", qtbot)

    window.compare_documents(_doc(window, "2021-answers"), _doc(window, "2025-answers"))
    side = window.side
    moved = next((i for i, d in enumerate(side.diffs) if d.what == "moved"), 0)
    side.go_to(moved)
    side.word_toggle.setChecked(True)
    pair = _save(window, "side-by-side.png", qtbot)

    window.actions.show_across.trigger()
    window.across.choose("topic", None)
    window.across.table.clicked.emit(window.across.model.index(0, 1))  # list the claims of a cell
    across = _save(window, "across-ministers.png", qtbot)
    window.across_tabs.setCurrentWidget(window.responsiveness)
    qtbot.waitUntil(lambda: window.responsiveness.report is not None, timeout=10_000)
    answers = window.responsiveness
    declines = [c[0] for c in COLUMNS].index("declined_share")
    answers.table.clicked.emit(answers.proxy.index(0, declines))  # the refusals behind a figure
    how = _save(window, "how-they-answer.png", qtbot)
    for png in (main, pair, across, how):
        assert png.stat().st_size > 20_000


def test_dutch_interface_screenshot(demo_window, qtbot) -> None:
    app = QGuiApplication.instance()
    translators = install_translation(app, "nl")
    try:
        settings = QSettings(str(demo_window.session.path.with_name("nl.ini")), QSettings.Format.IniFormat)
        settings.setValue("prefs/language", "nl")  # as chosen in Preferences: labels follow too
        demo_window.close_project()
        window = build_window(demo_window.prefs.recent_projects()[0], settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.menuBar().actions()[0].text() == "&Bestand"
        model = window.browser.model
        groups = {model.index(r, 0).data() for r in range(model.rowCount())}
        assert any(g.startswith("Antwoorden") for g in groups), groups
        window.open_document(_doc(window, "2025-answers"))
        _save(window, "main-window-nl.png", qtbot)
        window.close_project()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
