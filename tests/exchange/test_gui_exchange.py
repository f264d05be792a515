"""The exchange in the GUI: File → Exchange with real widgets, and definitions in the codebook dock."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import claim_facts
from PySide6.QtCore import QSettings

from naast.gui.dialogs.topic_dialogs import TopicDialog
from naast.gui.main_window import MainWindow
from naast.gui.preferences import Preferences


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    prefs.coder = "anna"
    win = MainWindow(prefs)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_project()


def _wait(qtbot, window: MainWindow, task) -> None:
    assert task is not None
    qtbot.waitUntil(task.done.is_set, timeout=20000)
    qtbot.waitUntil(lambda: window.exchange.progress is None, timeout=5000)


def test_exchange_menu_lists_every_action(window: MainWindow) -> None:
    file_menu = next(
        m
        for m in window.menuBar().findChildren(type(window.exchange.menu))
        if window.exchange.menu.menuAction() in m.actions()
    )
    assert window.actions.preferences in file_menu.actions()
    names = [a.objectName() for a in window.exchange.menu.actions() if a.objectName()]
    assert names == [
        "import_claims",
        "export_claims",
        "import_codebook",
        "export_codebook",
        "import_qdpx",
        "export_qdpx",
    ]


def test_claims_and_qdpx_through_the_menus(
    window: MainWindow, qtbot, demo: Path, fresh: Path, tmp_path: Path
) -> None:
    window.open_project(demo)
    table = tmp_path / "claims.xlsx"
    _wait(qtbot, window, window.exchange.export_claims(table))
    assert "Wrote 10 claims to claims.xlsx." in window.exchange.last_message.text()
    qdpx = tmp_path / "demo.qdpx"
    _wait(qtbot, window, window.exchange.export_qdpx(qdpx))
    assert zipfile.is_zipfile(qdpx)

    window.open_project(fresh)
    window.exchange.import_claims(table)
    assert "10 added, 0 updated, 0 unchanged, 0 refused" in window.exchange.last_message.text()
    assert window.session.counts()["claims"] == 10
    assert window.actions.undo.isEnabled()
    window.exchange.import_claims(table)
    assert "0 added, 0 updated, 10 unchanged" in window.exchange.last_message.text()
    window.close_project()
    assert claim_facts(fresh) == claim_facts(demo)

    other = tmp_path / "other.naast"
    window.create_project(other)
    window.exchange.import_qdpx(qdpx)
    assert "4 documents added" in window.exchange.last_message.text()
    assert len(window.session.documents()) == 4 and window.session.counts()["claims"] == 10
    window.close_project()
    assert claim_facts(other) == claim_facts(demo)


def test_a_definition_is_edited_in_the_codebook_dock_and_travels_in_a_qdc(
    window: MainWindow, qtbot, demo: Path, fresh: Path, tmp_path: Path
) -> None:
    window.open_project(demo)
    topic = next(n for n in window.session.topic_tree() if n.code == "9")
    dialog = window.codebook_editor.request("rename", topic.id)
    assert isinstance(dialog, TopicDialog)
    dialog.description.setPlainText("Asiel, migratie, integratie en terugkeer.")
    dialog.accept()
    node = next(n for n in window.session.topic_tree() if n.code == "9")
    assert node.description == "Asiel, migratie, integratie en terugkeer."
    qtbot.waitUntil(lambda: node.description in _tooltip(window, node.id))  # the dock shows it
    qdc = tmp_path / "codebook.qdc"
    window.exchange.export_codebook(qdc)
    window.actions.undo.trigger()
    assert next(n for n in window.session.topic_tree() if n.code == "9").description == ""

    window.open_project(fresh)
    window.exchange.import_codebook(qdc)
    assert next(n for n in window.session.topic_tree() if n.code == "9").description.startswith("Asiel")
    bad = tmp_path / "bad.qdc"
    bad.write_bytes(b"\x00\x01 not xml")
    window.exchange.import_codebook(bad)
    assert window.exchange.last_message.objectName() == "errorDialog"


def _tooltip(window: MainWindow, topic_id: int) -> str:
    from PySide6.QtCore import Qt

    tree = window.codebook.tree
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.data(0, Qt.ItemDataRole.UserRole) == ("topic", topic_id):
            return item.toolTip(0)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return ""


def test_the_exchange_menu_speaks_dutch(qapp, qtbot, tmp_path: Path) -> None:
    from naast.gui.app import install_translation

    translators = install_translation(qapp, "nl")
    try:
        prefs = Preferences(QSettings(str(tmp_path / "nl.ini"), QSettings.Format.IniFormat))
        dutch = MainWindow(prefs)
        qtbot.addWidget(dutch)
        assert dutch.exchange.menu.title() == "&Uitwisselen"
        assert dutch.exchange.actions["export_qdpx"].text() == "REFI-QDA-project exporteren…"
        dialog = TopicDialog("t", "a", "b", "#FFFFFF", dutch)
        assert dialog.description.placeholderText() == "Wat onder dit onderwerp valt, en wat niet"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
