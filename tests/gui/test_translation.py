"""The interface in Dutch through Qt's translation system; English stays the default."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from naast.gui.app import install_translation
from naast.gui.main_window import MainWindow
from naast.gui.models.claims_model import QUOTE
from naast.gui.preferences import Preferences


def test_dutch_when_chosen_english_by_default(qapp: QApplication, prefs: Preferences, qtbot) -> None:
    english = MainWindow(prefs)
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"
    assert install_translation(qapp, "en") == []
    translators = install_translation(qapp, "nl")
    try:
        assert translators, "naast_nl.qm is shipped in resources/translations"
        dutch = MainWindow(prefs)
        qtbot.addWidget(dutch)
        menus = [a.text() for a in dutch.menuBar().actions()]
        assert menus[:3] == ["&Bestand", "Be&werken", "Beel&d"]
        assert dutch.tabs.tabText(1) == "Naast elkaar"
        assert dutch.side.left.title.text() == "Sleep hier een document heen"
        assert dutch.browser.grouping.itemText(1) == "Wie antwoordde"
        assert "Geen project open" in dutch.status.text()
        assert (
            dutch.claims.model.headerData(
                QUOTE, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
            )
            == "Citaat"
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
