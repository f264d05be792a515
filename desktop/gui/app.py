"""Start-up: the QApplication, translations, preferences, and the main window on a project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from naast import __version__
from naast.gui.icons import application_icon
from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences
from naast.paths import translations_dir
from naast.user_settings import settings_path

ORGANISATION = "Naast"
APPLICATION = "Naast"
TRANSLATIONS = translations_dir()  # from the package: also right in an installed wheel


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
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


def user_settings() -> QSettings:
    """The settings file the CLI reads too (``naast.user_settings``), in INI format everywhere."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def build_window(project_path: Path | None, settings: QSettings | None = None) -> MainWindow:
    prefs = Preferences(settings if settings is not None else user_settings())
    window = MainWindow(prefs)
    if project_path is not None:
        window.open_project(Path(project_path))
    return window


def set_language(app: QApplication, language: str) -> list[QTranslator]:
    """Replace the installed translations with those of ``language``."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    return install_translation(app, language)


class WindowKeeper:
    """Holds the one main window; a change of language rebuilds it with the project and document
    that were open, at the same place and size, so that every label is in the new language."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app = app
        self.window = window
        window.language_changed.connect(self.switch)

    def switch(self, language: str) -> MainWindow:
        old = self.window
        set_language(self.app, language)
        project = old.session.path if old.session is not None else None
        read_only = bool(old.session and old.session.read_only)
        document = old.reader.text.document_id
        old.save_layout()
        old.close_project()  # the new window takes the project's lock
        new = MainWindow(old.prefs)
        if project is not None and new.open_project(project, read_only=read_only) and document is not None:
            new.open_document(document)
        new.show()  # before the old one closes, or the application would quit with its last window
        new.language_changed.connect(self.switch)
        self.window = new
        old.close()
        old.deleteLater()
        return new


def project_to_open(asked: Path | None, prefs: Preferences) -> Path | None:
    """The project named on the command line, else (plain ``naast``) the one open last time."""
    return asked if asked is not None else prefs.last_project()


def run(project_path: Path | None) -> int:
    """The entry point of ``naast open``: returns the application's exit code."""
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    app = make_application()
    prefs = Preferences(user_settings())
    translators = install_translation(app, prefs.language)
    window = build_window(project_to_open(project_path, prefs), prefs.settings)
    keeper = WindowKeeper(app, window)
    window.show()
    from naast.gui.first_start import ask_coder

    ask_coder(window)  # first start: who is coding?
    code = app.exec()
    del translators, keeper
    return int(code)
