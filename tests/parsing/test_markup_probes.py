"""KOOP XML and HTML markup: inline elements inside a paragraph, the older vraagdoc schema's
"Antwoord van …" line, and footnotes in the KOOP HTML rendering."""

from __future__ import annotations

from pathlib import Path

from parsing_helpers import assert_tiles, qa_groups

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file

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


KOOP_HTML = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Aanhangsel</title></head>
<body>
<div id="broodkruimel">Home › Zoeken › Kamervragen (Aanhangsel)</div>
<div class="stuk">
<h1 class="kamervraagomschrijving_kop">Vragen van de leden Van Zanten (BBB) en Podt (D66) aan de
Staatssecretaris van Justitie en Veiligheid over wachttijden bij de IND (ingezonden 10 september 2024).</h1>
<p class="kamervraagomschrijving">Antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen
1 oktober 2024).</p>
<div class="vraag"><h2>Vraag 1</h2><p>Bent u bekend met het bericht «Gezinshereniging duurt twee jaar»?<sup>
<a href="#ID-1" class="nootnum supernote-click-ID-1">1</a></sup></p></div>
<div class="antwoord"><h2>Antwoord 1</h2><p>Ja.</p></div>
<div class="vraag"><p class="nummer">Vraag 2</p><p>Hoeveel aanvragen liggen er?</p></div>
<div class="antwoord"><p class="nummer">Antwoord 2</p><p>Er liggen circa 11.000 aanvragen.<sup><a
href="#ID-2" class="nootnum">2</a></sup> Dat is veel.</p></div>
<div class="voet noot" id="ID-1"><span class="nootnum">1</span> <p>NOS, 8 september 2024.</p></div>
<div class="voet noot" id="ID-2"><a class="nootnum" href="#ID-2-r">2</a><p>Kamerstuk 19 637,<br>nr. 3250.</p>
</div>
</div>
</body></html>
"""


def test_koop_html_footnotes_are_footnotes_at_their_markers(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "ah-tk-20242025-245.html", KOOP_HTML))
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1", "NOS, 8 september 2024."),
        ("2", "Kamerstuk 19 637, nr. 3250."),
    ]
    first, second = doc.footnotes
    assert doc.text[first.anchor - 2 : first.anchor + 1] == "»?1"
    assert doc.text[second.anchor - 10 : second.anchor + 1] == "aanvragen.2"
    assert "NOS, 8 september" not in doc.text and "Home › Zoeken" not in doc.text
    assert doc.text.rstrip().endswith("Dat is veel.")
    assert_tiles(doc)
