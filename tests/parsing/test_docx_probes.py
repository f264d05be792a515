"""Word layouts the robustness probe found (failures 2 and 14): a header ended by Shift-Enter
(w:br) in the paragraph of its text, and questions and answers laid out in a table."""

from __future__ import annotations

from pathlib import Path

import docx
from parsing_helpers import assert_tiles, qa_groups

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file

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


def _table_docx(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Path:
    document = docx.Document()
    document.add_paragraph(_ASKED)
    document.add_paragraph(_ANSWERED + ".")
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def test_questions_and_answers_in_a_table(tmp_path: Path) -> None:
    rows = [
        ("1", "Klopt het dat de AOW-leeftijd in 2030 stijgt naar 67 jaar en 3 maanden?", "Ja."),
        ("2", "Hoeveel mensen worden hierdoor geraakt?", "Naar schatting 190.000 mensen per jaar."),
        ("3", "Wanneer wordt de Kamer geïnformeerd?", "Voor de zomer."),
    ]
    doc = parse_file(_table_docx(tmp_path / "lijst.docx", ("Nr.", "Vraag", "Antwoord"), rows))
    assert_tiles(doc)
    assert doc.doc_type is DocType.ANSWERS
    assert qa_groups(doc) == ([(1,), (2,), (3,)], [(1,), (2,), (3,)])
    answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER and u.answers == (2,))
    assert "Naar schatting 190.000 mensen per jaar." in doc.text[answer.start : answer.end]
    question = next(u for u in doc.units if u.kind is UnitKind.QUESTION and u.numbers == (3,))
    assert "Wanneer wordt de Kamer geïnformeerd?" in doc.text[question.start : question.end]


def test_table_without_a_number_column_counts_its_rows(tmp_path: Path) -> None:
    rows = [("Klopt het bericht?", "Ja."), ("Wat gaat u doen?", "Ik informeer de Kamer voor de zomer.")]
    doc = parse_file(_table_docx(tmp_path / "twee.docx", ("Vragen", "Antwoorden"), rows))
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])


def test_other_tables_stay_rows(tmp_path: Path) -> None:
    rows = [("2023", "4.700"), ("2024", "5.100")]
    doc = parse_file(_table_docx(tmp_path / "cijfers.docx", ("Jaar", "Vertrokken"), rows))
    assert "2023 | 4.700" in doc.text
    assert not [u for u in doc.units if u.kind in (UnitKind.QUESTION, UnitKind.ANSWER)]
