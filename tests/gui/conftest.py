"""Fixtures for the GUI tests: real project files, real widgets, settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_fixtures import add_document, qa_document
from PySide6.QtCore import QSettings

from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences
from naast.store.claims import seed_defaults
from naast.store.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def prefs(settings: QSettings) -> Preferences:
    p = Preferences(settings)
    p.coder = "anna"
    return p


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    path = tmp_path / "small.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        add_document(
            project,
            qa_document(
                [
                    "Gecontroleerd vertrek heeft de voorkeur. Terugkeer blijft het uitgangspunt.",
                    "De Dienst Terugkeer en Vertrek ondersteunt vreemdelingen bij hun vertrek.",
                ]
            ),
        )
        add_document(
            project,
            qa_document(
                [
                    "Zelfstandig vertrek heeft de voorkeur. Terugkeer blijft het uitgangspunt.",
                    "IOM en NGO's hebben een grote rol bij terugkeer.",
                ],
                minister="Faber",
                date="2025-02-03",
            ),
        )
    return path


@pytest.fixture
def window(qtbot, prefs: Preferences) -> Iterator[MainWindow]:
    win = MainWindow(prefs)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.close_project()
