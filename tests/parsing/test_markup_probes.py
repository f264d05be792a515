"""KOOP XML and HTML markup: inline elements inside a paragraph, the older vraagdoc schema's
"Antwoord van …" line, and footnotes in the KOOP HTML rendering."""

from __future__ import annotations

from pathlib import Path

from parsing_helpers import assert_tiles, qa_groups

from desktop.core.model import DocType, UnitKind
from desktop.core.parsing import parse_file

MEDEDELING = """<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie><kamervragen>
<kamervraagnummer>512</kamervraagnummer>
<kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Idsinga</achternaam></naam> (NSC)
 aan de Minister van Financiën over fouten in box 3 (ingezonden
 <datum isodatum="2024-10-17">17 oktober 2024</datum>).</kamervraagomschrijving>
<kamervraagopmerking><al>Mededeling van Minister <naam><achternaam>Heinen</achternaam></naam>
 (<functie>Financiën</functie>) (ontvangen <datum isodatum="2024-11-08">8 november 2024</datum>)</al>
<al>De vragen van het lid Idsinga (NSC) kunnen niet binnen de gebruikelijke termijn worden beantwoord.</al>
</kamervraagopmerking>
<ondertekening><functie>De Minister van Financiën,</functie><naam>E. Heinen</naam></ondertekening>
</kamervragen></officiele-publicatie>
"""

VRAAGDOC = """<?xml version="1.0" encoding="utf-8"?>
<vraagdoc><body>
<omschr>Vragen van het lid Van Raak (SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties
 over Sint Maarten (ingezonden <datum isodatum="2012-05-15">15 mei 2012</datum>).</omschr>
<vragen>
<vraag><vraagnummer>1</vraagnummer><al>Waarom is er nog geen opheldering over de grens?</al></vraag>
<vraag><vraagnummer>2</vraagnummer><al>Welke status heeft het betreffende gebied?</al></vraag>
</vragen>
<reactie>
<omschr>Antwoord van minister Spies (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen
 <datum isodatum="2012-06-12">12 juni 2012</datum>)</omschr>
<antwoord><vraagnummer>1</vraagnummer><al>Er is een verschil van inzicht.</al></antwoord>
<antwoord><vraagnummer>2</vraagnummer><al>Het gebied heeft geen afwijkende status.</al></antwoord>
</reactie>
<toelicht><al>Toelichting: aanvulling op eerdere vragen van het lid Van Raak (SP), ingezonden 3 april
 2012 (vraagnummer 2012Z06543).</al></toelicht>
</body></vraagdoc>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_paragraph_with_a_name_element_keeps_all_its_text(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "mededeling.xml", MEDEDELING))
    assert "Mededeling van Minister Heinen (Financiën) (ontvangen 8 november 2024)" in doc.text
    assert doc.doc_type is DocType.NOTICE
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.ministry) == ("Heinen", "Financiën")
    assert doc.date_received == "2024-11-08"
    assert doc.text.endswith("De Minister van Financiën,\n\nE. Heinen")  # a signature's parts stay lines
    assert_tiles(doc)


def test_vraagdoc_answer_line_is_not_inside_a_question(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "vraagdoc.xml", VRAAGDOC))
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    for unit in doc.units:
        if unit.kind in (UnitKind.QUESTION, UnitKind.ANSWER):
            assert "Antwoord van minister" not in doc.text[unit.start : unit.end]
            assert "Toelichting" not in doc.text[unit.start : unit.end], unit
    assert doc.answered_by is not None and doc.answered_by.name == "Spies"
    assert doc.kenmerk is None  # the Toelichting cites other questions
    assert_tiles(doc)
