"""Letters and answers from the second robustness probe (section B): short last sections,
"1)" lists at the end, letters that mention questions, signatures, notices and dates."""

from __future__ import annotations

from parsing_helpers import assert_tiles

from desktop.core.model import DocType, UnitKind
from desktop.core.parsing import parse_text

_BODY = (
    "Het kabinet hecht groot belang aan een zorgvuldige uitvoering van het beleid en werkt samen "
    "met gemeenten."
)


def _sections(text: str) -> list[str | None]:
    doc = parse_text(text)
    assert_tiles(doc)
    return [u.title for u in doc.units if u.kind is UnitKind.SECTION]


def _unit_text(text: str, kind: UnitKind, number: int | None = None) -> str:
    doc = parse_text(text)
    for unit in doc.units:
        if unit.kind is kind and (number is None or number in unit.numbers):
            return doc.text[unit.start : unit.end]
    raise AssertionError(f"no {kind} {number}")


# B2: unnumbered headings; the last section is often one short sentence.
_UNNUMBERED = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 12 maart 2025\nBetreft Voortgang aanpak wachttijden ggz\n\n"
    "Geachte voorzitter,\n\n"
    f"Met deze brief informeer ik uw Kamer over de voortgang van de aanpak. {_BODY}\n\n"
    f"Aanleiding\n\n{_BODY} {_BODY}\n\n"
    f"Maatregelen\n\n{_BODY}\n\n"
    "Vervolg\n\nIk informeer uw Kamer voor de zomer.\n\n"
    "De Staatssecretaris van Justitie en Veiligheid,\n\nI. Coenradie\n"
)


def test_short_last_unnumbered_section_is_a_unit() -> None:
    assert _sections(_UNNUMBERED) == ["Aanleiding", "Maatregelen", "Vervolg"]
    assert _unit_text(_UNNUMBERED, UnitKind.CLOSING).startswith("De Staatssecretaris")


def test_broken_paragraph_is_not_a_heading() -> None:
    # A paragraph cut at a page break: its short first part is no heading.
    text = _UNNUMBERED.replace(
        "Maatregelen\n\n", "Het kabinet neemt daarom de volgende\n\nmaatregelen in de komende maanden.\n\n"
    )
    assert _sections(text) == ["Aanleiding", "Vervolg"]


def test_roman_numbered_sections() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 10 januari 2025\n\n"
        "Hierbij stuur ik u de kabinetsreactie op het rapport van de Raad van State over het "
        "stikstofbeleid.\n\n"
        f"I. Inleiding\n\n{_BODY}\n\nII. Hoofdlijnen van het advies\n\n"
        "De Raad constateert dat het wringt.\n\n"
        "III. Reactie van het kabinet\n\nHet kabinet onderschrijft de analyse.\n\n"
        "IV. Vervolg\n\nIk informeer uw Kamer voor de zomer over de uitwerking.\n\n"
        "De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nF.M. Wiersma\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [(u.numbers, u.title) for u in sections] == [
        ((1,), "Inleiding"),
        ((2,), "Hoofdlijnen van het advies"),
        ((3,), "Reactie van het kabinet"),
        ((4,), "Vervolg"),
    ]


# B3: a "1)" list is text unless its marker stands in the text before.
_PAREN_LIST = (
    "Vragen van het lid Kops (PVV) aan de Minister van Klimaat en Groene Groei over de kosten "
    "(ingezonden 3 februari 2025).\n\n"
    "Antwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 24 februari 2025).\n\n"
    "Vraag 1\nWat zijn de totale kosten?\n\nAntwoord 1\nDat is niet precies te zeggen.\n\n"
    "Vraag 2\nWelke posten zijn er?\n\nAntwoord 2\nEr zijn drie posten:\n\n"
    "1) subsidies via de SDE++;\n\n2) investeringen in het elektriciteitsnet;\n\n3) uitvoeringskosten.\n\n"
    "Ik verwijs u naar de Klimaat- en Energieverkenning voor de bedragen.\n"
)


def test_paren_list_in_last_answer_stays_in_the_answer() -> None:
    answer = _unit_text(_PAREN_LIST, UnitKind.ANSWER, 2)
    assert "2) investeringen" in answer
    assert answer.rstrip().endswith("voor de bedragen.")


def test_paren_list_in_last_section_stays_before_the_signature() -> None:
    text = _UNNUMBERED.replace(
        "Ik informeer uw Kamer voor de zomer.\n\n",
        "Ik informeer uw Kamer voor de zomer over:\n1) de resultaten;\n2) de wachttijden.\n\n"
        "Hoogachtend,\n\n",
    )
    section = _unit_text(text, UnitKind.SECTION)
    assert section.startswith("Aanleiding")
    vervolg = parse_text(text).units[-2]
    assert vervolg.title == "Vervolg"
    assert _unit_text(text, UnitKind.CLOSING).startswith("Hoogachtend")


def test_answers_with_a_paren_list_are_answers() -> None:
    assert parse_text(_PAREN_LIST).doc_type is DocType.ANSWERS


# B4: the type follows from how the document opens, not from a phrase anywhere.
_MENTIONS_QUESTIONS = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 4 december 2024\n\n"
    "Tijdens het commissiedebat van 2 oktober 2024 heb ik in reactie op vragen van het lid Van Dijk (CDA) "
    "toegezegd uw Kamer te informeren over de stand van zaken van de gezinshereniging.\n\n"
    f"1. Inleiding\n\n{_BODY}\n\n2. Wachttijden\n\nDe gemiddelde beslistermijn bedraagt 42 weken.\n\n"
    "3. Maatregelen\n\nDe IND zet extra medewerkers in.\n\n"
    "De Minister van Asiel en Migratie,\n\nM.H.M. Faber-Van de Klashorst\n"
)
_COVER_LETTER_ONLY = (
    "> Retouradres Postbus 20301 2500 EH Den Haag\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
    "Datum 3 februari 2025\nBetreft Antwoorden Kamervragen over het bericht «Gevangenissen overvol»\n\n"
    "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het lid Van Nispen (SP) over het "
    "bericht «Gevangenissen overvol». Deze vragen werden ingezonden op 10 januari 2025 met kenmerk "
    "2025Z00321.\n\n"
    "De Staatssecretaris van Justitie en Veiligheid,\n\nI. Coenradie\n"
)


def test_letter_mentioning_questions_of_a_member_is_a_letter() -> None:
    doc = parse_text(_MENTIONS_QUESTIONS)
    assert_tiles(doc)
    assert doc.doc_type is DocType.LETTER
    assert doc.askers == ()
    assert [(u.numbers, u.title) for u in doc.units if u.kind is UnitKind.SECTION] == [
        ((1,), "Inleiding"),
        ((2,), "Wachttijden"),
        ((3,), "Maatregelen"),
    ]
    assert not [u for u in doc.units if u.kind is UnitKind.QUESTION]


def test_cover_letter_alone_is_a_letter() -> None:
    doc = parse_text(_COVER_LETTER_ONLY)
    assert doc.doc_type is DocType.LETTER
    assert doc.title == "Antwoorden Kamervragen over het bericht «Gevangenissen overvol»"
    assert doc.date_submitted == "2025-02-03"
    assert doc.kenmerk == "2025Z00321"
    assert doc.answered_by is not None and doc.answered_by.name == "Coenradie"


def test_letter_citing_a_mededeling_is_a_letter() -> None:
    text = _MENTIONS_QUESTIONS.replace(
        "Tijdens het commissiedebat",
        "Naar aanleiding van de Mededeling van de Europese Commissie en het debat",
    )
    assert parse_text(text).doc_type is DocType.LETTER


def test_questions_header_at_a_paragraph_start_makes_questions() -> None:
    text = (
        "Vragen van het lid Van Dijk (CDA) aan de Minister van Asiel en Migratie over nareizigers "
        "(ingezonden 4 december 2024).\n\n1\nHoe lang duurt de gezinshereniging?\n\n"
        "2\nWat gaat u daaraan doen?\n"
    )
    doc = parse_text(text)
    assert doc.doc_type is DocType.QUESTIONS
    assert [(p.name, p.party) for p in doc.askers] == [("Van Dijk", "CDA")]
    assert [u.numbers for u in doc.units if u.kind is UnitKind.QUESTION] == [(1,), (2,)]
