"""Second robustness probe: footnote anchors, ligatures, header variants and Word text boxes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from parsing_helpers import assert_tiles, qa_groups

from naast.core.model import UnitKind
from naast.core.parsing import parse_file, parse_text
from naast.core.parsing.footnotes import find_marker, place_markers
from naast.core.parsing.headers import inline_header, is_header

_DECIMALS = (
    "Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van Financiën over de "
    "staatsschuld (ingezonden 10 januari 2025).\n\n"
    "Antwoord van Minister Heinen (Financiën) (ontvangen 31 januari 2025).\n\n"
    "Vraag 1\nKent u het rapport van het CPB over de overheidsfinanciën?1\n\n"
    "Antwoord 1\nJa. Het CPB raamt het tekort voor 2025 op 2,2% bbp, en de schuld stijgt naar 47,3% bbp. "
    "De rente-uitgaven nemen toe met € 1,2 miljard, zie artikel 5.4 van de wet. Het kabinet neemt "
    "maatregelen om het tekort te beperken.2 Daarnaast volgt een nieuwe raming in maart.3 "
    "Zie ook paragraaf 4.4 van het rapport.\n\n"
    "Vraag 2\nBent u bereid deze vragen afzonderlijk te beantwoorden?\n\n"
    "Antwoord 2\nJa, de raming volgt in 2026.4 Meer kan ik nu niet zeggen.\n\n"
    "1 CPB, Centraal Economisch Plan 2025.\n"
    "2 Kamerstuk 36 600, nr. 12.\n"
    "3 CPB, Maartraming 2025 (verwacht).\n"
    "4 CPB, Middellangetermijnverkenning.\n"
)


def _anchored(doc, marker: str) -> str:
    note = next(f for f in doc.footnotes if f.marker == marker)
    assert note.anchor is not None, marker
    return doc.text[max(0, note.anchor - 12) : note.anchor + len(marker)]


def test_markers_are_not_read_inside_decimal_or_section_numbers() -> None:
    doc = parse_text(_DECIMALS)
    assert_tiles(doc)
    assert [f.marker for f in doc.footnotes] == ["1", "2", "3", "4"]
    assert _anchored(doc, "2").endswith("beperken.2")
    assert _anchored(doc, "3").endswith("maart.3")
    assert _anchored(doc, "4").endswith(" 2026.4")  # a year ends the sentence, then a new one starts
    assert "Kamerstuk 36 600" not in doc.text


def test_find_marker_skips_numbers() -> None:
    text = "artikel 5.4 van de wet, 4,4% en hoofdstuk 2.4: niets. Het einde.4"
    assert find_marker(text, "4") == len(text) - 1
    assert find_marker("in 2018.4 Daarna", "4") == 8
    assert find_marker("in 2018,4 miljoen", "4") is None
    assert find_marker("in 2018.4% meer", "4") is None


def test_section_number_is_not_a_marker() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 14 november 2024\nBetreft Opvang\n\n"
        "1. Inleiding\n\nIn deze brief informeer ik uw Kamer over de opvang van asielzoekers.1\n\n"
        "2. Opvang\n\n2.1 Reguliere opvang\n\nDe bezetting is hoog.\n\n"
        "2.2 Noodopvang\n\nGemeenten bieden op dit moment ruim 13.000 noodopvangplekken aan.2 "
        "Ik ben hen daar zeer erkentelijk voor.\n\n"
        "1 COA, Bezettingscijfers november 2024.\n"
        "2 Kamerstuk 19 637, nr. 3301.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert _anchored(doc, "2").endswith("aan.2")


def test_ligatures_become_letters() -> None:
    """PDF text layers keep typographic ligatures; a search for "financiering" must find them."""
    text = (
        "Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van Financiën over de "
        "\ufb01nanciering van de zorg (ingezonden 10 januari 2025).\n\n"
        "Vraag 1\nKent u het bericht dat de \ufb01nanciering \ufb02opt en de e\ufb00ecten "
        "o\ufb03ciële cijfers a\ufb04uw en e\ufb03ciënt zijn? Eer\ufb06e \ufb05raat.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert "financiering van de zorg" in (doc.title or "")
    assert "financiering flopt en de effecten officiële cijfers affluw en efficiënt zijn? Eerste straat." in (
        doc.text
    )
    assert not any("\ufb00" <= char <= "\ufb06" for char in doc.text)


def test_headers_closed_by_a_parenthesis_or_a_dash() -> None:
    text = (
        "Vragen van het lid Grinwis (ChristenUnie) aan de Minister van Infrastructuur en Waterstaat over "
        "de Afsluitdijk (ingezonden 2 december 2024).\n\n"
        "Antwoord van Minister Madlener (Infrastructuur en Waterstaat) (ontvangen 20 december 2024).\n\n"
        "Vraag 1)\nKent u het bericht?\n\nAntwoord 1)\nJa.\n\n"
        "Vraag 2 –\nWat is de planning?\n\nAntwoord 2 –\nDe werkzaamheden zijn in 2026 gereed.\n\n"
        "Vraag 3) Wat zijn de kosten?\n\nAntwoord 3 – De kosten bedragen € 800 miljoen.\n\n"
        "Vraag 4 - Bent u bereid de vragen afzonderlijk te beantwoorden?\n\nAntwoord 4 -\nJa.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,), (3,), (4,)], [(1,), (2,), (3,), (4,)])
    assert [u.label for u in doc.units if u.kind is UnitKind.ANSWER][:2] == ["Antwoord 1)", "Antwoord 2 –"]


def test_a_dash_after_a_header_number_in_prose_is_no_header() -> None:
    assert inline_header("Vraag 2 – die over de kosten ging – is al beantwoord.") is None
    assert not is_header("Vraag 2) en 3) zijn al beantwoord.")


_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box_content(lines: list[str]) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return f"<w:txbxContent>{paragraphs}</w:txbxContent>"


def _text_box_run(lines: list[str]) -> str:
    """A run holding a text box as Word writes it: a DrawingML choice and a VML fallback."""
    content = _box_content(lines)
    return (
        f"<w:r {_NS}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing>'
        f"</mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox>{content}</v:textbox></v:rect></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _letter_with_text_box(path: Path) -> Path:
    document = docx.Document()
    first = document.add_paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    first._p.append(parse_xml(_text_box_run(["Directoraat-Generaal Migratie", "Datum", "14 november 2024"])))
    for text in (
        "Betreft Voortgang terugkeerbeleid",
        "Geachte voorzitter,",
        "Met deze brief informeer ik uw Kamer over de voortgang van het terugkeerbeleid.",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cel"
    table.cell(0, 0).paragraphs[0]._p.append(parse_xml(_text_box_run(["In een cel"])))
    table.cell(0, 1).text = "Rechts"
    document.add_paragraph("De Staatssecretaris van Justitie en Veiligheid,")
    document.add_paragraph("I. Coenradie")
    document.save(path)
    return path


def test_text_box_is_read_once_on_lines_of_its_own(tmp_path: Path) -> None:
    doc = parse_file(_letter_with_text_box(tmp_path / "letter.docx"))
    assert_tiles(doc)
    assert doc.text.count("Directoraat-Generaal Migratie") == 1
    assert doc.text.count("In een cel") == 1
    lines = doc.text.split("\n")
    assert "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal" in lines
    for line in ("Directoraat-Generaal Migratie", "Datum", "14 november 2024", "Cel | Rechts", "In een cel"):
        assert line in lines, line
    assert lines.index("Directoraat-Generaal Migratie") > lines.index(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    )


_ENDNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
_ENDNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"


def _with_endnotes(source: Path, target: Path, bodies: list[str], settings: str = "") -> Path:
    """A python-docx file given an endnotes part, as Word stores it, and "ENDNOTEn" turned into references."""
    notes = "".join(
        f'<w:endnote w:id="{n}"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> {body}</w:t>'
        "</w:r></w:p></w:endnote>"
        for n, body in enumerate(bodies, 1)
    )
    part = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes {_NS}>'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        f"{notes}</w:endnotes>"
    )
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if not item.filename.endswith((".xml", ".rels")):
                zout.writestr(item, zin.read(item.filename))
                continue
            data = zin.read(item.filename).decode()
            if item.filename == "word/document.xml":
                for n in range(1, len(bodies) + 1):
                    data = data.replace(
                        f"ENDNOTE{n}</w:t></w:r>", f'</w:t></w:r><w:r><w:endnoteReference w:id="{n}"/></w:r>'
                    )
            elif item.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/endnotes.xml" ContentType="{_ENDNOTES_TYPE}"/>'
                data = data.replace("</Types>", override + "</Types>")
            elif item.filename == "word/_rels/document.xml.rels":
                rel = f'<Relationship Id="rIdEn1" Type="{_ENDNOTES_REL}" Target="endnotes.xml"/>'
                data = data.replace("</Relationships>", rel + "</Relationships>")
            elif item.filename == "word/settings.xml" and settings:
                data = data.replace("</w:settings>", settings + "</w:settings>")
            zout.writestr(item, data)
        zout.writestr("word/endnotes.xml", part)
    return target


def _answers_with_endnotes(tmp_path: Path, settings: str = "") -> Path:
    document = docx.Document()
    for text in (
        "Vragen van het lid Dobbe (SP) aan de Minister van Justitie en Veiligheid over geweld tegen "
        "ambulancepersoneel (ingezonden 3 maart 2025).",
        "Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 24 maart 2025).",
        "Vraag 1",
        "Bent u bekend met het bericht «Ambulancepersoneel steeds vaker bedreigd»?ENDNOTE1",
        "Antwoord 1",
        "Ja.",
        "Vraag 2",
        "Hoeveel meldingen zijn er gedaan?",
        "Antwoord 2",
        "In 2024 zijn 1.450 meldingen gedaan.ENDNOTE2",
    ):
        document.add_paragraph(text)
    document.save(tmp_path / "plain.docx")
    return _with_endnotes(
        tmp_path / "plain.docx",
        tmp_path / "endnotes.docx",
        ["NOS, 1 maart 2025.", "Kamerstuk 28 684, nr. 750."],
        settings,
    )


def test_word_endnotes_are_notes_marked_as_word_prints_them(tmp_path: Path) -> None:
    doc = parse_file(_answers_with_endnotes(tmp_path))
    assert_tiles(doc)
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("i", "NOS, 1 maart 2025."),
        ("ii", "Kamerstuk 28 684, nr. 750."),
    ]
    first, second = doc.footnotes
    assert doc.text[first.anchor - 10 : first.anchor + 1] == "bedreigd»?i"
    assert doc.text[second.anchor - 7 : second.anchor + 2] == "gedaan.ii"
    assert "ENDNOTE" not in doc.text


def test_endnote_number_format_from_the_settings(tmp_path: Path) -> None:
    settings = '<w:endnotePr><w:numFmt w:val="upperLetter"/></w:endnotePr>'
    doc = parse_file(_answers_with_endnotes(tmp_path, settings))
    assert [f.marker for f in doc.footnotes] == ["A", "B"]


def test_lettered_notes_keep_the_order_of_their_references() -> None:
    """Roman or letter markers do not sort as text ("ix" before "v"): their places in the text count."""
    text = "een.iv twee.v drie.ix vier.x"
    exact = {marker: text.index(f".{marker}") + 1 for marker in ("iv", "v", "ix", "x")}
    notes = place_markers(text, [], exact, [])
    assert [f.marker for f in notes] == ["iv", "v", "ix", "x"]
