"""Opening a project of an older format in the window: the backup and the migrations run on a
thread behind a busy dialog (at 100,000 documents they froze the window for half a minute), and
the project opens as before, at this version's schema."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog
from sqlite_utils import Database

from naast.gui.main_window import MainWindow
from naast.store import files
from naast.store import project as project_module
from naast.store.project import Project
from naast.store.schema import migrations
from naast.store.version import SCHEMA_VERSION

SLOW_S = 0.4  # the migrations of a large file take long: each step is made to take this more


def _older(path: Path) -> None:
    """An empty project as Naast left it before schema step 14."""
    conn = files.connect(path, read_only=False)
    migrations.apply(Database(conn), stop_before="m014_reuse_tops")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_an_older_project_is_brought_up_to_date_while_the_window_keeps_drawing(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "older.naast"
    _older(path)
    older = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert older < SCHEMA_VERSION and Project.needs_upgrade(path)

    migrate = project_module._migrate

    def slow_migrate(conn: sqlite3.Connection) -> None:
        time.sleep(SLOW_S)
        migrate(conn)

    monkeypatch.setattr(project_module, "_migrate", slow_migrate)
    ticks: list[float] = []
    busy_seen: list[str] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        busy_seen.extend(d.labelText() for d in window.findChildren(QProgressDialog) if d.isVisible())

    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    began = time.perf_counter()
    assert window.open_project(path)
    took = time.perf_counter() - began
    timer.stop()
    assert took >= SLOW_S
    assert sum(1 for t in ticks if t >= began) >= 10  # the window's loop kept turning
    assert busy_seen and "older.naast" in busy_seen[0]
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert window.session is not None and window.session.project.schema_version == SCHEMA_VERSION
    assert not Project.needs_upgrade(path)


def test_a_project_that_cannot_be_upgraded_gives_one_sentence_and_stays_as_it_was(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "older.naast"
    _older(path)
    before = path.read_bytes()

    def failing_migrate(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(project_module, "_migrate", failing_migrate)
    assert not window.open_project(path)
    assert window.session is None
    message = window.last_error.text()
    assert "could not be opened" in message and "\n" not in message.strip()
    assert path.read_bytes() == before
