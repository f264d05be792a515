"""Word layouts the robustness probe found (failure 2): a header ended by Shift-Enter (w:br) in
the paragraph of its text."""

from __future__ import annotations

from pathlib import Path

import docx
from parsing_helpers import assert_tiles, qa_groups

from desktop.core.parsing import parse_file

_ASKED = (
    "Vragen van het lid Van Kent (SP) aan de Minister van Sociale Zaken en Werkgelegenheid over de "
    "AOW-leeftijd (ingezonden 2 september 2024)."
)
_ANSWERED = "Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen 23 september 2024)"


def _soft_break_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(_ASKED)
    document.add_paragraph(_ANSWERED + ".")
    pairs = [
        ("Vraag 1", "Kent u het bericht «AOW-leeftijd stijgt»?", "Antwoord 1", "ja, dat bericht ken ik."),
        ("Vraag 2", "Hoeveel mensen raakt dit?", "Antwoord op vraag 2", "ca. 190.000 per jaar."),
    ]
    for header, question, answer_header, answer in pairs:
        for label, text in ((header, question), (answer_header, answer)):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(label)
            run.bold = True
            run.add_break()
            paragraph.add_run(text)
    paragraph = document.add_paragraph("Een regel met een zachte")
    paragraph.runs[0].add_break()
    paragraph.add_run("regelafbreking midden in de zin.")
    document.save(str(path))
    return path


def test_soft_break_after_a_header_ends_its_line(tmp_path: Path) -> None:
    doc = parse_file(_soft_break_docx(tmp_path / "zacht.docx"))
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    assert "Antwoord 1\nja, dat bericht ken ik." in doc.text
    assert "Antwoord op vraag 2\nca. 190.000 per jaar." in doc.text
    assert "Een regel met een zachte regelafbreking midden in de zin." in doc.text
