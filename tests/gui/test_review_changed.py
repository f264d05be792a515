"""The GUI's import report names changed claims; the review list accepts or re-places them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from naast.core.claims.commands import CreateClaim
from naast.core.documents import ImportDocument
from naast.core.parsing import content_hash, parse_text
from naast.gui.main_window import MainWindow
from naast.store.claims import get_claim, seed_defaults
from naast.store.project import Project, now_iso

FABER = "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
GEEN = (
    "Er is mij geen eerdere parlementaire correspondentie/aandacht voor maatwerkondersteuning "
    "vanuit de DTenV bekend."
)
WEL = GEEN.replace("geen", "wel")


@pytest.fixture
def faber_project(tmp_path: Path, corpus: Path) -> tuple[Path, int, Path]:
    raw = (corpus / FABER).read_text(encoding="utf-8")
    path = tmp_path / "faber.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        parsed = parse_text(raw, source_name=FABER)
        changes = project.apply(ImportDocument(parsed, content_hash(raw.encode()), now_iso()))
        doc = next(iter(changes.ids["documents"]))
        start = parsed.text.index(GEEN)
        claim = next(iter(project.apply(CreateClaim(doc, start, start + len(GEEN), now_iso())).ids["claims"]))
    newer = tmp_path / "new" / FABER
    newer.parent.mkdir()
    newer.write_text(raw.replace(GEEN, WEL), encoding="utf-8")
    return path, claim, newer


def test_import_report_names_the_claim_and_review_accepts_or_replaces(
    window: MainWindow, faber_project: tuple[Path, int, Path], qtbot
) -> None:
    path, claim, newer = faber_project
    window.open_project(path)
    window.import_paths([newer])
    importer = window.tools.importer
    qtbot.waitUntil(
        lambda: importer.result_box is not None and importer.result_box.isVisible(), timeout=20000
    )
    box: QMessageBox = importer.result_box
    report = box.text()
    assert "1 with changed words" in report
    assert (
        f"changed   claim {claim} · " in report and "Antwoord op vraag 7 · “Er is mij geen eerdere" in report
    )
    assert "1 claims changed or lost their words" in report
    review_button = next(b for b in box.findChildren(QPushButton) if b.text() == "Review claims…")
    qtbot.mouseClick(review_button, Qt.MouseButton.LeftButton)
    dialog = window.tools.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() == 1
    item = dialog.list.item(0).text()
    assert item.startswith("changed · ") and "was: “Er is mij geen" in item and "now: “Er is mij wel" in item

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0  # the list follows the project
    with Project.open(path, read_only=True) as project:
        record = get_claim(project, claim)
        assert (record.status, record.quote, record.previous_quote) == ("ok", WEL, None)
    assert window.actions.undo.text() == "&Undo Accept new wording"
    window.actions.undo.trigger()
    assert dialog.list.count() == 1

    # re-place: show the claim, select other words in the reading view, press the button
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert "Select the words" in dialog.message.text()  # nothing selected yet: nothing changed
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    text = window.reader.text
    start = text.parsed.text.index("Er is mij wel eerdere")
    text.select_range(start, start + len("Er is mij wel eerdere parlementaire correspondentie"))
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    with Project.open(path, read_only=True) as project:
        record = get_claim(project, claim)
        assert record.status == "ok" and record.quote == "Er is mij wel eerdere parlementaire correspondentie"
    assert window.actions.undo.text() == "&Undo Re-place claim"
