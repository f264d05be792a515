"""File → Fetch from the official sources…: the same fields, a preview list, then import — with
real widgets against the loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fetch_helpers import ANSWERS, new_project
from loopback import Fault, Loopback
from PySide6.QtCore import QSettings

from naast.core.fetch import FetchSettings
from naast.gui.dialogs.fetch_dialog import FetchDialog
from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(prefs)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_project()


def _dialog(window: MainWindow, loopback: Loopback, tmp_path: Path) -> FetchDialog:
    assert window.open_project(new_project(tmp_path))
    assert window.actions.fetch_sources.isEnabled()
    assert window.actions.fetch_sources in window.menuBar().actions()[0].menu().actions()
    dialog = window.tools.fetch_from_sources()
    dialog.cache = tmp_path / "cache"
    dialog._base = FetchSettings(retries=0, timeout=5)
    dialog.sru_url.setText(f"{loopback.url}/sru")
    dialog.repository_url.setText(loopback.url)
    dialog.odata_url.setText(f"{loopback.url}/OData/v4/2.0")
    dialog.rate.setValue(20)
    dialog.text.setText("terugkeer")
    dialog.date_from.setText("2024-01-01")
    dialog.date_to.setText("2024-12-31")
    dialog.kind.setCurrentIndex(dialog.kind.findData("answers"))
    return dialog


def test_preview_then_import(window: MainWindow, loopback: Loopback, tmp_path: Path, qtbot) -> None:
    dialog = _dialog(window, loopback, tmp_path)
    dialog.complete_cases.setChecked(True)
    window.session._reuse_index()  # built now, as a "where else" before the fetch would
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview_list.count() == 6, timeout=20_000)
    assert dialog.status.text().startswith("6 documents would be fetched. The other documents of their cases")
    assert [dialog.preview_list.item(i).text().split()[0] for i in range(6)] == ANSWERS
    assert window.browser.model.document_count() == 0  # a preview changes nothing
    with qtbot.waitSignal(dialog.fetched, timeout=30_000) as done:
        dialog.import_button.click()
        assert not dialog.close_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert done.args[0].imported == 8  # and the questions and Mededeling of the first case
    assert len(dialog.ledger.arrived) == 8
    # the reuse index, built before the fetch, was told of the new documents: a question of the
    # answers is found again in the questions as submitted
    answers = next(i for i in dialog.ledger.arrived if window.session.summary(i).doc_type == "answers")
    questions = next(i for i in dialog.ledger.arrived if window.session.summary(i).doc_type == "questions")
    text = window.session.document(answers).parsed.text
    start = text.index("Hoeveel uitgeprocedeerde asielzoekers")
    found = window.session.where_else(answers, start, text.index("?", start) + 1)
    assert questions in {o.doc_id for o in found}
    assert dialog.status.text().startswith("Done: 8 imported, 0 already in the project")
    assert window.browser.model.document_count() == 8
    assert window.actions.undo.text().startswith("&Undo Fetch ah-tk-")
    browser = window.browser
    browser.grouping.setCurrentIndex(browser.grouping.findData("case"))  # a case shown together
    model = browser.model
    groups = {model.index(g, 0).data(): model.index(g, 0) for g in range(model.rowCount())}
    case = groups[next(name for name in groups if name.startswith("2024Z03001"))]
    members = [model.document_at(model.index(r, 0, case)) for r in range(model.rowCount(case))]
    assert [d.doc_type for d in members] == ["questions", "notice", "answers"]
    dialog.review_button.click()
    assert dialog.status.text() == "1 documents to review."
    assert dialog.preview_list.item(0).text() == (
        "ah-tk-20242025-512   date_received: official 2024-12-03 (metadata.xml), text 2024-12-10"
    )


def test_a_fault_is_one_sentence_and_resume_finishes(
    window: MainWindow, loopback: Loopback, tmp_path: Path, qtbot
) -> None:
    dialog = _dialog(window, loopback, tmp_path)
    loopback.faults.append(Fault("/frbr/officielepublicaties/ah-tk/20232024/ah-tk-20232024-2903", "html"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.status.text().startswith("The KOOP repository sent an HTML page instead of XML for http://")
    assert "\n" not in dialog.status.text()
    assert window.browser.model.document_count() == 2
    loopback.faults.clear()
    with qtbot.waitSignal(dialog.fetched, timeout=30_000):
        dialog.resume_button.click()
    assert window.browser.model.document_count() == 6
