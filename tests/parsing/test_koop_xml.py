"""A complete KOOP ``kamervragen`` document (current schema), an older ``vraagdoc`` one, a
``metadata.xml`` beside it, and the same document through Word and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from parsing_helpers import assert_tiles, qa_groups
from parsing_roundtrip import docx_to_pdf, libreoffice_available, structure, write_docx

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file

KAMERVRAGEN = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <kamervragen>
  <kamervraagkop><tekstregel>Tweede Kamer der Staten-Generaal</tekstregel></kamervraagkop>
  <kamervraagnummer>2024Z02468</kamervraagnummer>
  <kamervraagomschrijving type="vraag">Vragen van de leden <naam><achternaam>Mutluer</achternaam></naam>
   (GroenLinks-PvdA) en <naam><achternaam>Kostić</achternaam></naam> (PvdD) aan de Minister van Onderwijs,
   Cultuur en Wetenschap over het bericht <nadruk type="cur">«Kritiek op besluit»</nadruk>
   (ingezonden <datum isodatum="2024-03-06">6 maart 2024</datum>).</kamervraagomschrijving>
  <kamervraagomschrijving type="antwoord">Antwoord van Minister Dijkgraaf (Onderwijs, Cultuur en
   Wetenschap), mede namens de Staatssecretaris van Justitie en Veiligheid (ontvangen
   <datum isodatum="2024-03-25">25 maart 2024</datum>).</kamervraagomschrijving>
  <vraag><nr status="officieel">Vraag 1</nr>
   <al>Heeft u kennisgenomen van het artikel «Kritiek op besluit»?<noot id="n1"
    type="voet"><noot.nr>1</noot.nr>
   <noot.al>NOS, 1 maart 2024, <extref soort="URL" doc="https://nos.nl/a">https://nos.nl/a</extref></noot.al></noot></al>
  </vraag>
  <antwoord><nr status="officieel">Antwoord 1</nr><al>Ja.</al></antwoord>
  <vraag><nr status="officieel">Vraag 2, 3</nr>
   <al>Wat vindt u van de voorwaarden?</al><al>Deelt u de mening dat dit beter kan?</al></vraag>
  <antwoord><nr status="officieel">Antwoord 2, 3</nr>
   <al>Vraag 2 en 3 liggen in elkaars verlengde. Ik noem drie punten:</al>
   <lijst type="expliciet"><li><li.nr>a.</li.nr><al>veiligheid;</al></li>
   <li><li.nr>b.</li.nr><al>acceptatie;<noot id="n2" type="voet"><noot.nr>2</noot.nr>
   <noot.al>Kamerstuk 36 200 VIII, nr. 12.</noot.al></noot></al></li></lijst></antwoord>
  <vraag><nr status="officieel">Vraag 4</nr><al>Kunt u dit toelichten?</al></vraag>
  <vraag><nr status="officieel">Vraag 5</nr><al>Wanneer ontvangt de Kamer de cijfers?</al></vraag>
  <antwoord><nr status="officieel">Antwoord 4 en 5</nr><al>De cijfers volgen voor de zomer.</al></antwoord>
  <ondertekening><functie>De Minister van Onderwijs, Cultuur en Wetenschap,</functie>
   <naam>R.H. Dijkgraaf</naam></ondertekening>
 </kamervragen>
</officiele-publicatie>
"""

METADATA = """<?xml version="1.0" encoding="UTF-8"?>
<metadata_gegevens>
 <metadata name="DC.identifier" content="ah-tk-20232024-1314"/>
 <metadata name="OVERHEIDop.vraagnummer" content="2024Z02468"/>
 <metadata name="OVERHEIDop.aanhangselNummer" content="232401314"/>
 <metadata name="OVERHEIDop.vergaderjaar" content="2023-2024"/>
 <metadata name="OVERHEIDop.indiener" content="A. Mutluer"/>
 <metadata name="OVERHEIDop.indiener" content="K. Kostić"/>
 <metadata name="OVERHEID.category" content="Onderwijs en wetenschap"/>
</metadata_gegevens>
"""

VRAAGDOC = """<?xml version="1.0" encoding="UTF-8"?>
<vraagdoc>
 <omschr>Vragen van het lid Van Raak (SP) aan de Minister van Buitenlandse Zaken over Sint-Maarten
  (ingezonden 3 juli 2019).</omschr>
 <body>
  <vragen><vraag><vraagnummer>1</vraagnummer><al>Wat is er gebeurd?</al></vraag>
   <vraag><vraagnummer>2</vraagnummer><al>Wat gaat u doen?</al></vraag></vragen>
  <reactie><antwoord><vraagnummer>1</vraagnummer><al>Er is overleg gevoerd.</al></antwoord>
   <antwoord><vraagnummer>2</vraagnummer><al>Ik wacht het rapport af.</al></antwoord></reactie>
 </body>
</vraagdoc>
"""


@pytest.fixture
def koop_xml(tmp_path: Path) -> Path:
    path = tmp_path / "ah-tk-20232024-1314.xml"
    path.write_text(KAMERVRAGEN, encoding="utf-8")
    return path


def test_complete_kamervragen_document(koop_xml: Path) -> None:
    doc = parse_file(koop_xml)
    assert doc.doc_type is DocType.ANSWERS
    assert [(p.name, p.party) for p in doc.askers] == [("Mutluer", "GroenLinks-PvdA"), ("Kostić", "PvdD")]
    assert doc.addressees == ("Minister van Onderwijs, Cultuur en Wetenschap",)
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.role, doc.answered_by.ministry) == (
        "Dijkgraaf",
        "Minister",
        "Onderwijs, Cultuur en Wetenschap",
    )
    assert doc.answered_by.on_behalf_of == ("Staatssecretaris van Justitie en Veiligheid",)
    assert (doc.date_submitted, doc.date_received) == ("2024-03-06", "2024-03-25")
    assert doc.kenmerk == "2024Z02468"
    questions, answers = qa_groups(doc)
    assert questions == [(1,), (2, 3), (4,), (5,)]
    assert answers == [(1,), (2, 3), (4, 5)]
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1", "NOS, 1 maart 2024, https://nos.nl/a"),
        ("2", "Kamerstuk 36 200 VIII, nr. 12."),
    ]
    assert "b. acceptatie;2" in doc.text
    assert doc.units[-1].kind is UnitKind.CLOSING
    assert doc.text.endswith("De Minister van Onderwijs, Cultuur en Wetenschap,\n\nR.H. Dijkgraaf")
    assert_tiles(doc)
    answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER and u.answers == (2, 3))
    assert "Vraag 2 en 3 liggen" in doc.text[answer.start : answer.end]


def test_metadata_xml_beside_the_document(koop_xml: Path) -> None:
    (koop_xml.parent / "metadata.xml").write_text(METADATA, encoding="utf-8")
    doc = parse_file(koop_xml)
    assert doc.identifier == "ah-tk-20232024-1314"
    assert doc.aanhangsel_number == "1314"
    assert doc.vergaderjaar == "2023-2024"
    assert doc.extra["OVERHEID.category"] == "Onderwijs en wetenschap"
    assert doc.askers[1].party == "PvdD"  # the text, with parties, wins over bare metadata names


def test_older_vraagdoc_schema(tmp_path: Path) -> None:
    path = tmp_path / "vraagdoc.xml"
    path.write_text(VRAAGDOC, encoding="utf-8")
    doc = parse_file(path)
    assert doc.doc_type is DocType.ANSWERS
    assert [(p.name, p.party) for p in doc.askers] == [("Van Raak", "SP")]
    assert doc.date_submitted == "2019-07-03"
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    assert_tiles(doc)


def _printed(doc) -> dict[str, object]:
    """The structure minus the kenmerk, which the XML states in an element, not in the text."""
    data = structure(doc)
    del data["kenmerk"]
    return data


def test_koop_xml_through_word(koop_xml: Path, tmp_path: Path) -> None:
    original = parse_file(koop_xml)
    again = parse_file(write_docx(original, tmp_path / "kamervragen.docx"))
    assert _printed(again) == _printed(original)
    assert again.text == original.text


@pytest.mark.libreoffice
@pytest.mark.skipif(not libreoffice_available(), reason="needs LibreOffice (soffice)")
def test_koop_xml_through_pdf(koop_xml: Path, tmp_path: Path) -> None:
    original = parse_file(koop_xml)
    again = parse_file(docx_to_pdf(write_docx(original, tmp_path / "kamervragen.docx"), tmp_path))
    assert _printed(again) == _printed(original)
