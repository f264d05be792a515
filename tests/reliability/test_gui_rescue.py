"""The GUI offers the last good backup and recovery when a project is refused as damaged."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import build_project, claims_of, corrupt_page, fingerprint, leaf_pages
from PySide6.QtCore import QSettings

from naast.gui.dialogs.damaged_dialog import DamagedProjectDialog
from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences
from naast.store.backups import BackupPolicy
from naast.store.project import Project


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(prefs)
    qtbot.addWidget(win)
    yield win
    win.close_project()


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[int, tuple]]:
    monkeypatch.setenv("NAAST_BACKUP_DIR", "")  # backups beside the project, as a user has them
    path = build_project(tmp_path / "p.naast", claims=300)
    with Project.open(path, backups=BackupPolicy()) as project:
        project.back_up()
    good = claims_of(path)
    corrupt_page(path, leaf_pages(path, "claims")[1])
    return path, good


def test_a_damaged_project_offers_its_backup(window: MainWindow, damaged) -> None:
    path, good = damaged
    before = fingerprint(path)
    assert not window.open_project(path)
    dialog = window.last_error
    assert isinstance(dialog, DamagedProjectDialog) and dialog.isVisible()
    assert dialog.backup_button is not None
    dialog.backup_button.click()
    assert window.session is not None
    restored = window.session.project.path
    assert restored.name == "p (restored).naast"
    window.close_project()
    assert claims_of(restored) == good
    assert fingerprint(path) == before


def test_a_damaged_project_can_be_recovered_from_the_dialog(
    window: MainWindow, damaged, tmp_path: Path
) -> None:
    path, good = damaged
    shutil.rmtree(tmp_path / "p-backups")  # no backup: recovery is the way
    assert not window.open_project(path)
    dialog = window.last_error
    assert isinstance(dialog, DamagedProjectDialog) and dialog.backup_button is None
    dialog.recover_button.click()
    assert window.session is not None
    recovered = window.session.project.path
    assert recovered.name == "p (recovered).naast"
    assert "Could not read 1 page(s) of claims" in dialog.follow_up.text()
    window.close_project()
    rescued = claims_of(recovered)
    assert rescued and all(good[cid] == row for cid, row in rescued.items())


def test_backups_go_to_the_folder_chosen_in_preferences(window: MainWindow, tmp_path: Path) -> None:
    from naast.core.claims import CreateClaim

    path = build_project(tmp_path / "q.naast", claims=5)
    window.prefs.backup_folder = str(tmp_path / "chosen")
    assert window.open_project(path)
    session = window.session
    doc = session.project.query("SELECT id FROM documents LIMIT 1")[0][0]
    session.apply(CreateClaim(doc, 0, 12, "2026-03-03T10:00:00+00:00"))
    window.close_project()
    made = list((tmp_path / "chosen").glob("q *.naast"))
    assert len(made) == 1 and claims_of(made[0]) == claims_of(path)
    assert not (tmp_path / "q-backups").exists()


def test_a_gui_import_is_synced_once_at_its_end(window: MainWindow, tmp_path: Path, qtbot) -> None:
    """The GUI's import defers the sync to its end; afterwards every commit is synced again."""
    path = tmp_path / "g.naast"
    Project.create(path, backups=BackupPolicy(enabled=False)).close()
    folder = tmp_path / "docs"
    folder.mkdir()
    for sample in sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.txt")):
        (folder / sample.name).write_text(sample.read_text(encoding="utf-8") + "\nKopie.\n", encoding="utf-8")
    (folder / "zero.txt").symlink_to("/dev/zero")
    assert window.open_project(path)
    importer = window.tools.importer
    importer.start(sorted(folder.iterdir()))
    qtbot.waitUntil(lambda: not importer.running, timeout=60_000)
    project = window.session.project
    assert project.query("PRAGMA synchronous")[0][0] == 2  # FULL again
    assert len(importer.report.imported) == 4
    assert [reason for _path, reason in importer.report.failed] == ["this is a device, not a document file"]
