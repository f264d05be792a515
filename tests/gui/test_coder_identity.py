"""One coder identity: asked on first start, kept in the settings the CLI reads too (issue 13)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from naast.cli import main
from naast.core.claims.commands import CreateClaim
from naast.gui.first_start import ask_coder, claimant_notice
from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences
from naast.store.claims import get_claim, list_claims
from naast.store.project import Project, now_iso
from naast.user_settings import ENVIRONMENT, coder_setting, resolve_coder

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "Naast.conf"), QSettings.Format.IniFormat))


def test_first_start_asks_once_and_the_cli_reads_the_same_name(
    qtbot, fresh_prefs: Preferences, tmp_path: Path, small_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fresh_prefs.coder == ""  # never the login name ("root")
    window = MainWindow(fresh_prefs)
    qtbot.addWidget(window)
    window.show()
    dialog = ask_coder(window)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is needed
    qtbot.keyClicks(dialog.name, "Bea de Vries, UvA")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert fresh_prefs.coder == "Bea de Vries, UvA"
    assert ask_coder(window) is None  # asked once
    settings_file = tmp_path / "Naast.conf"
    assert coder_setting(settings_file) == "Bea de Vries, UvA"  # read without Qt
    assert resolve_coder("Anna", settings_file) == "Anna"

    window.open_project(small_project)
    assert window.session is not None and window.session.coder == "Bea de Vries, UvA"
    assert "coder: Bea de Vries, UvA" in window.status.text()
    window.close_project()

    sheet = tmp_path / "rows.csv"
    sheet.write_text("document,quote,topics\n2019Z0001,Gecontroleerd vertrek,9\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as env:
        env.setenv(ENVIRONMENT, str(settings_file))
        assert main(["claims", "import", str(small_project), str(sheet)]) == 0
        capsys.readouterr()
        assert main(["claims", "export", str(small_project), "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [r["coder"] for r in rows] == ["Bea de Vries, UvA"]
        sheet.write_text("document,quote,topics\n2019Z0001,De Dienst Terugkeer,9\n", encoding="utf-8")
        assert main(["claims", "import", str(small_project), str(sheet), "--coder", "Cas"]) == 0
    with Project.open(small_project, read_only=True) as project:
        assert sorted(c.coder for c in list_claims(project)) == ["Bea de Vries, UvA", "Cas"]


def test_the_cli_knows_the_coder_without_loading_qt(tmp_path: Path) -> None:
    settings_file = tmp_path / "Naast.conf"
    settings_file.write_text('[prefs]\ncoder="Dirk \\"DJ\\" Jansen"\nlanguage=nl\n', encoding="utf-8")
    script = (
        "import sys; from naast.cli import build_parser; from naast.user_settings import coder_setting; "
        "build_parser(); print(coder_setting()); print('PySide6' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), ENVIRONMENT: str(settings_file), "PATH": "/usr/bin:/bin"},
    )
    assert found.stdout.splitlines() == ['Dirk "DJ" Jansen', "False"]


def test_claimant_notice_once_per_project_fixes_the_ticked(
    window: MainWindow, small_project: Path, qtbot
) -> None:
    with Project.open(small_project) as project:
        text = project.query("SELECT text FROM documents WHERE id = 1")[0][0]
        minister = project.query("SELECT actor_id FROM document_actors WHERE relation = 'answered_by'")[0][0]
        start = text.index("Wat is het beleid over onderwerp 1?")
        claim = next(
            iter(
                project.apply(CreateClaim(1, start, start + 20, now_iso(), claimant_id=minister)).ids[
                    "claims"
                ]
            )
        )
    window.open_project(small_project)
    qtbot.waitUntil(lambda: getattr(window, "claimant_dialog", None) is not None)
    dialog = window.claimant_dialog
    assert dialog.isVisible() and dialog.list.count() == 1
    assert "expected Van Nispen" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    with Project.open(small_project, read_only=True) as project:
        assert get_claim(project, claim).claimant == "Van Nispen"
    window.actions.undo.trigger()
    with Project.open(small_project, read_only=True) as project:
        assert get_claim(project, claim).claimant == "Broekers-Knol"
    window.close_project()
    window.open_project(small_project)
    assert claimant_notice(window) is None  # once per project; `naast check` lists it still
