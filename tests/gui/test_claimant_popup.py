"""The popup names the speaker of the unit, and the claim gets that claimant (issue 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from naast.gui.main_window import MainWindow
from naast.store.claims import claims_of_document
from naast.store.project import Project, now_iso


def test_t_on_a_question_without_asker_names_nobody(
    window: MainWindow, tmp_path: Path, corpus: Path, qtbot
) -> None:
    """The 2021 Rekenkamer answers name no asker: a claim in "Vraag 8" is nobody's, not Broekers-Knol's."""
    from naast.core.documents import ImportDocument
    from naast.core.parsing import content_hash, parse_text
    from naast.store.claims import seed_defaults

    name = "2021-answers-broekers-knol-rekenkamer-terugkeer.txt"
    raw = (corpus / name).read_text(encoding="utf-8")
    path = tmp_path / "bk2021.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        changes = project.apply(
            ImportDocument(parse_text(raw, source_name=name), content_hash(raw.encode()), now_iso())
        )
        doc = next(iter(changes.ids["documents"]))
    window.open_project(path)
    window.open_document(doc)
    text = window.reader.text
    phrase = "Gezien het feit dat het rapport van de Europese Rekenkamer concludeert"
    start = text.parsed.text.index(phrase)
    assert text.parsed.unit_at(start).label == "Vraag 8"
    text.select_range(start, start + len(phrase))
    qtbot.keyClick(text, Qt.Key.Key_T)
    popup = window.tagging.popup
    assert popup.heading.text().endswith("Claimant: —")
    qtbot.keyClick(popup.filter, Qt.Key.Key_4)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    answer = text.parsed.text.index("Antwoord", start)
    text.select_range(answer + 30, answer + 60)
    qtbot.keyClick(text, Qt.Key.Key_T)
    assert popup.heading.text().endswith("Claimant: Broekers-Knol")  # the answer is hers
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)
    with Project.open(path, read_only=True) as project:
        [claim] = claims_of_document(project, doc)
        assert claim.claimant is None and claim.unit_label == "Vraag 8"
