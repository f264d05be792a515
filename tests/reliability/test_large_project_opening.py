"""Opening a large project does not read every page (issue 20): the researcher's own tables are
checked whole, the bulk of imported text is left to SQLite's reads and ``naast check``. What
issue 15 promised still holds: a damaged page gives one sentence and leaves the file as it was.

"Large" is any file above ``integrity.FULL_CHECK_BYTES``; the tests lower that bound to 0 so that
the sample project counts as large.
"""

from __future__ import annotations

import shutil

import pytest
from builders import build_project, corrupt_page, fingerprint, leaf_pages
from running import in_process, one_sentence

from naast.store import integrity

DAMAGED_WORK = {
    "claims": lambda p: corrupt_page(p, leaf_pages(p, "claims")[3]),
    "history": lambda p: corrupt_page(p, leaf_pages(p, "history")[0]),
}


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "FULL_CHECK_BYTES", 0)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory):
    return build_project(tmp_path_factory.mktemp("large") / "orig.naast", claims=1500)


@pytest.mark.parametrize("table", list(DAMAGED_WORK))
def test_damage_to_the_researchers_work_is_refused_at_opening(original, tmp_path, large, table: str) -> None:
    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    DAMAGED_WORK[table](path)
    before = fingerprint(path)
    for argv in (["info", path], ["claims", "export", path, "--format", "json"]):
        run = in_process(*argv)
        assert run.returncode != 0 and one_sentence(run.stderr), (argv, run.stderr)
    reuse = in_process("reuse", path, "--json")
    if table == "history":  # a read-only command that does not read the history: what it shows is whole
        assert reuse.returncode == 0 and reuse.stdout == in_process("reuse", original, "--json").stdout
    else:
        assert reuse.returncode != 0 and one_sentence(reuse.stderr), reuse.stderr
    assert fingerprint(path) == before


def test_damage_to_a_document_page_is_found_when_read_and_changes_nothing(original, tmp_path, large) -> None:
    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    corrupt_page(path, leaf_pages(path, "documents")[1])
    before = fingerprint(path)
    opened = in_process("info", path)  # opening no longer reads the documents' pages
    assert opened.returncode == 0, opened.stderr
    exported = in_process("export", path, tmp_path / "memo.docx")
    assert exported.returncode != 0 and one_sentence(exported.stderr), exported.stderr
    check = in_process("check", path)
    assert check.returncode == 1 and "FAILED   sqlite" in check.stdout
    assert fingerprint(path) == before


def test_a_small_project_is_still_read_whole_at_opening(original, tmp_path) -> None:
    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    corrupt_page(path, leaf_pages(path, "documents")[1])
    run = in_process("info", path)
    assert run.returncode != 0 and one_sentence(run.stderr)


@pytest.fixture
def window(tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch):
    """The real main window, its settings and backups in ``tmp_path``."""
    from PySide6.QtCore import QSettings

    from naast.gui.main_window import MainWindow
    from naast.gui.preferences import Preferences

    monkeypatch.setenv("NAAST_BACKUP_DIR", str(tmp_path / "backups"))
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    prefs.coder = "tester"
    opened = MainWindow(prefs)
    qtbot.addWidget(opened)
    yield opened
    opened.close_project()


def test_the_window_opens_a_large_file_and_finds_damaged_history_on_a_worker(
    original, tmp_path, large, qtbot, window
) -> None:
    """The window's opening check leaves the history of a large file to a worker; damage found
    there stops writing and offers the backup or recovery, and the file is left as it was."""
    from naast.core.claims.codebook_commands import AddTopic
    from naast.core.errors import ProjectDamagedWhileOpen

    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    DAMAGED_WORK["history"](path)
    before = fingerprint(path)
    assert window.open_project(path)  # opened: the history is read after opening
    check = window.deferred_check
    assert check is not None and check.task is not None
    qtbot.waitUntil(lambda: check.dialog is not None, timeout=20000)
    assert "damaged" in check.dialog.text() and "recover" in check.dialog.text()
    with pytest.raises(ProjectDamagedWhileOpen):
        window.session.project.apply(AddTopic("Late topic", "Laat onderwerp", "#336699"))
    window.close_project()
    assert fingerprint(path) == before


def test_a_whole_large_file_opens_in_the_window_without_a_warning(
    original, tmp_path, large, qtbot, window
) -> None:
    path = tmp_path / "whole.naast"
    shutil.copy(original, path)
    assert window.open_project(path)
    check = window.deferred_check
    assert check is not None and check.task is not None
    qtbot.waitUntil(check.task.done.is_set, timeout=20000)
    qtbot.wait(50)
    assert check.dialog is None
    window.close_project()
    assert window.open_project(path)  # closed at once: its check is interrupted, not waited for
    again = window.deferred_check
    window.close_project()
    assert again is not None and again.task is not None and again.task.done.is_set()
    assert again.dialog is None


def test_an_interrupted_check_reads_no_further_table(original, tmp_path, monkeypatch) -> None:
    """Closing a large project interrupts its check: SQLite stops the table being read, and the
    check goes on to none of the others (it did, and the window waited for them when closing)."""
    path = tmp_path / "closing.naast"
    shutil.copy(original, path)
    check = integrity.DeferredCheck(path)
    checked: list[str] = []
    read_table = integrity.quick_check_of

    def read_and_close(conn, table: str, **kw) -> list[str]:
        checked.append(table)
        check.interrupt()  # as the window does when the project closes while this table is read
        return read_table(conn, table, **kw)

    monkeypatch.setattr(integrity, "quick_check_of", read_and_close)
    assert sum(1 for name in _table_names(path) if integrity._left_to_later(name)) >= 2
    assert check.run() == []
    assert len(checked) == 1, checked


def _table_names(path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
