"""The layer boundaries of STYLE.md, checked in fresh interpreters and on the source."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import naast

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "desktop"  # the folder; it is imported as NAME (see "Import package" in README.md)
NAME = naast.__name__


def _modules_under(folder: str) -> list[str]:
    names = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        module = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        names.append(f"{NAME}.{module}".removesuffix(".__init__"))
    return names


def test_core_store_export_and_cli_never_load_qt() -> None:
    modules = _modules_under("core") + _modules_under("store") + _modules_under("export")
    modules += [m for m in _modules_under("cli") if not m.endswith("open_cmd")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from naast.cli import build_parser; build_parser()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert len(modules) > 5
    assert result.stdout.strip() == "", f"Qt was loaded: {result.stdout}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_qt_is_imported_only_in_the_gui_package() -> None:
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))
    ]
    assert offenders == []


def test_sql_lives_only_in_the_store() -> None:
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "store"
        and ({"sqlite3", "sqlite_utils"} & {n.split(".")[0] for n in _imports(path)})
    ]
    assert offenders == []


def test_the_core_does_not_import_the_store_or_the_gui() -> None:
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in (PACKAGE / "core").rglob("*.py")
        if any(n.startswith(("naast.store", "naast.gui", "naast.export")) for n in _imports(path))
    ]
    assert offenders == []


def test_the_window_starts_without_numpy_and_the_file_readers() -> None:
    """What the window needs only when it reads a file, compares or measures loads then: at start-up
    these were a third of the import time (issue 20: a cold start under 1.5 s)."""
    heavy = {"numpy", "charset_normalizer", "pypdfium2", "docx"}
    code = (
        "import sys\n"
        "import naast.gui.app, naast.gui.main_window\n"
        f"print(','.join(sorted(m for m in {sorted(heavy)!r} if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"loaded at start-up: {result.stdout}"


def test_a_thread_not_the_window_loads_what_the_first_question_needs(
    tmp_path: Path,
) -> None:
    from naast.store.project import Project

    Project.create(tmp_path / "p.naast").close()
    code = (
        "import sys, threading, time\n"
        "importers = []\n"
        "class Heard:  # tells which thread first asks for numpy; finds nothing itself\n"
        "    @staticmethod\n"
        "    def find_spec(name, path=None, target=None):\n"
        "        if name == 'numpy':\n"
        "            importers.append(threading.current_thread().name)\n"
        "sys.meta_path.insert(0, Heard)\n"
        "from PySide6.QtCore import QSettings\n"
        "from naast.gui.app import make_application\n"
        "from naast.gui.main_window import MainWindow\n"
        "from naast.gui.preferences import Preferences\n"
        "from naast.gui import preload\n"
        f"path = {str(tmp_path / 'p.naast')!r}\n"
        "app = make_application()\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "window = MainWindow(Preferences(settings))\n"
        "window.show()\n"
        "shown = time.monotonic()\n"
        "while time.monotonic() - shown < 0.6:  # what the window does once shown has run\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "before = 'numpy' in sys.modules\n"
        "window.open_project(path)\n"
        "began = time.monotonic()\n"
        "while not all(m in sys.modules for m in preload.MODULES) and time.monotonic() - began < 20:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print(before, all(m in sys.modules for m in preload.MODULES), importers[0])\n"
        "window.close_project()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True, env=env
    )
    # not on the window's thread: importing numpy there froze it 0.24 s (issue 20's longest stall)
    assert result.stdout.split() == ["False", "True", "naast-preload"], result.stderr[-2000:]
