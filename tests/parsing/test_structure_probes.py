"""Letter sections as the robustness probe found them (failure 6): a numbered list in the
introduction is not the sections."""

from __future__ import annotations

from parsing_helpers import assert_tiles

from naast.core.model import UnitKind
from naast.core.parsing import parse_text

_LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 14 november 2024\nBetreft Voortgangsbrief opvang asielzoekers\n\n"
    "Met deze brief informeer ik uw Kamer over de voortgang van de opvang van asielzoekers. "
    "In deze brief ga ik in op de volgende onderwerpen:\n"
    "1. de bezetting van de opvang\n2. de spreidingswet\n3. de noodopvang\n\n"
    "1. Inleiding\n\n"
    "In de afgelopen maanden is de druk op de asielopvang onverminderd hoog gebleven.\n\n"
    "2. Bezetting van de opvang\n\n"
    "De reguliere opvangcapaciteit bedraagt 52.000 plekken. Het COA werkt aan uitbreiding:\n"
    "1. Vijfduizend extra plekken in 2025\n2. Tweeduizend plekken in paviljoens\n\n"
    "Gemeenten bieden op dit moment ruim 13.000 noodopvangplekken aan.\n\n"
    "3. Vervolg\n\n"
    "Ik informeer uw Kamer voor het kerstreces over de verdere voortgang.\n\n"
    "De Minister van Asiel en Migratie,\n\nM.H.M. Faber-Van de Klashorst\n"
)


def test_intro_list_is_not_the_sections() -> None:
    doc = parse_text(_LETTER)
    assert_tiles(doc)
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [u.title for u in sections] == ["Inleiding", "Bezetting van de opvang", "Vervolg"]
    preamble = doc.units[0]
    assert preamble.kind is UnitKind.PREAMBLE
    assert "3. de noodopvang" in doc.text[preamble.start : preamble.end]
    section_2 = doc.text[sections[1].start : sections[1].end]
    assert "2. Tweeduizend plekken in paviljoens" in section_2


def test_sections_without_any_list() -> None:
    text = _LETTER.replace("1. de bezetting van de opvang\n2. de spreidingswet\n3. de noodopvang\n", "")
    doc = parse_text(text)
    assert [u.title for u in doc.units if u.kind is UnitKind.SECTION] == [
        "Inleiding",
        "Bezetting van de opvang",
        "Vervolg",
    ]


def test_list_inside_the_first_section_is_not_a_section() -> None:
    text = _LETTER.replace("1. de bezetting van de opvang\n2. de spreidingswet\n3. de noodopvang\n", "")
    text = text.replace(
        "onverminderd hoog gebleven.\n\n",
        "onverminderd hoog gebleven. Dat heeft twee oorzaken:\n"
        "1. Meer asielaanvragen dan verwacht\n2. Een trage uitstroom naar woningen\n\n",
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert [u.title for u in doc.units if u.kind is UnitKind.SECTION] == [
        "Inleiding",
        "Bezetting van de opvang",
        "Vervolg",
    ]
