"""Start-up: the QApplication, translations, preferences, and the main window on a project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import MainWindow
from desktop.gui.preferences import Preferences
from desktop.paths import translations_dir

ORGANISATION = "Naast"
APPLICATION = "Naast"
TRANSLATIONS = translations_dir()  # from the package: also right in an installed wheel


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """Dutch when asked for; English is the source language and needs nothing."""
    if language != "nl":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / "naast_nl.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale("nl"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def build_window(project_path: Path | None, settings: QSettings | None = None) -> MainWindow:
    prefs = Preferences(settings if settings is not None else QSettings())
    window = MainWindow(prefs)
    if project_path is not None:
        window.open_project(Path(project_path))
    return window


def run(project_path: Path | None) -> int:
    """The entry point of ``naast open``: returns the application's exit code."""
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    app = make_application()
    prefs = Preferences(QSettings())
    translators = install_translation(app, prefs.language)
    window = build_window(project_path, prefs.settings)
    window.show()
    code = app.exec()
    del translators
    return int(code)
