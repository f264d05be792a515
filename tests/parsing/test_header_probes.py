"""Header spellings found in ministry Word documents (robustness probe, failure 2 and 17)."""

from __future__ import annotations

from parsing_helpers import assert_tiles, qa_groups

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_text
from naast.core.parsing.headers import answer_numbers, inline_header

_HEAD = (
    "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Economische Zaken over "
    "datacenters (ingezonden 14 mei 2024).\n\n"
    "Antwoord van Minister Adriaansens (Economische Zaken en Klimaat) (ontvangen 4 juni 2024).\n\n"
)


def _labels(text: str, kind: UnitKind) -> list[str]:
    doc = parse_text(text)
    assert_tiles(doc)
    return [unit.label for unit in doc.units if unit.kind is kind]


def test_bare_antwoord_after_a_numbered_vraag() -> None:
    text = (
        "Vragen van de leden Van Zanten (BBB) en Podt (D66) aan de staatssecretaris van Justitie en "
        "Veiligheid over wachttijden bij de IND (ingezonden 10 september 2024).\n\n"
        "Vraag 1\nBent u bekend met het bericht «Gezinshereniging duurt twee jaar»?\n\n"
        "Antwoord\nJa.\n\n"
        "Vraag 2\nHoeveel aanvragen voor nareis liggen er op dit moment bij de IND?\n\n"
        "Antwoord\nOp 1 september 2024 lagen er circa 11.000 aanvragen.\n\n"
        "Vraag 3\nWat is de gemiddelde beslistermijn?\n\n"
        "Antwoord\nDe gemiddelde beslistermijn bedraagt 42 weken.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,), (3,)], [(1,), (2,), (3,)])
    assert doc.doc_type is DocType.ANSWERS
    answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER and u.answers == (2,))
    assert doc.text[answer.start : answer.end].startswith("Antwoord\nOp 1 september")


def test_antwoord_vraag_without_preposition() -> None:
    assert answer_numbers("Antwoord vraag 9") == (9,)
    assert answer_numbers("Antwoord vragen 2 en 3") == (2, 3)
    assert answer_numbers("Antwoord vraag") is None


def test_tab_after_the_header() -> None:
    text = _HEAD + (
        "Vraag 1\tBent u bekend met het bericht «Datacenter slurpt stroom van woonwijk»?\n"
        "Antwoord 1\tJa.\n\n"
        "Vraag 2\tHoeveel datacenters wachten op een aansluiting op het stroomnet?\n"
        "Antwoord 2\tNetbeheerders houden geen landelijk overzicht bij van wachtende datacenters.\n\n"
        "Vraag 3\tBent u bereid de Kamer hierover voor de zomer te informeren?\n"
        "Antwoord 3\tJa, dat zal ik doen in de voortgangsbrief netcongestie.\n"
    )
    assert _labels(text, UnitKind.QUESTION) == ["Vraag 1", "Vraag 2", "Vraag 3"]
    assert _labels(text, UnitKind.ANSWER) == ["Antwoord 1", "Antwoord 2", "Antwoord 3"]


def test_header_then_text_without_colon_is_not_prose() -> None:
    assert inline_header("Vraag 1 Bent u bekend met het bericht?") == ("question", (1,), "Vraag 1")
    assert inline_header("Antwoord 2 Nee.") == ("answer", (2,), "Antwoord 2")
    assert inline_header("Vraag 2 en 3 liggen in elkaars verlengde.") is None
    assert inline_header("Vraag 2 is al beantwoord.") is None


def test_inline_antwoord_after_numbered_questions() -> None:
    text = (
        "Vragen van het lid Grinwis (ChristenUnie) aan de Minister van Infrastructuur en Waterstaat "
        "over de spoorverbinding Zwolle–Enschede (ingezonden 8 april 2024).\n\n"
        "Antwoord van Minister Harbers (Infrastructuur en Waterstaat) (ontvangen 29 april 2024).\n\n"
        "1. Bent u bekend met de storingen op het traject Zwolle–Enschede?\n"
        "Antwoord: Ja.\n\n"
        "2. Wat is de oorzaak van deze storingen?\n"
        "Antwoord: De storingen worden veroorzaakt door verouderde beveiligingssystemen.\n\n"
        "3. Wanneer worden deze systemen vervangen?\n"
        "Antwoord: ProRail vervangt de systemen in 2026.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,), (3,)], [(1,), (2,), (3,)])
    answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER and u.answers == (3,))
    assert doc.text[answer.start : answer.end].strip() == "Antwoord: ProRail vervangt de systemen in 2026."


def test_inline_antwoord_after_a_vraag_header() -> None:
    text = _HEAD + (
        "Vraag 1\nBent u bekend met het bericht?\nAntwoord: Ja.\n\n"
        "Vraag 2\nWilt u de Kamer informeren?\nAntwoord: Dat zal ik doen.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])


def test_lettered_questions_stay_apart() -> None:
    text = _HEAD + (
        "Vraag 1\nKent u het onderzoek?\n\nAntwoord 1\nJa.\n\n"
        "Vraag 2a\nHoeveel meldingen zijn er gedaan?\n\n"
        "Vraag 2b\nHoeveel daarvan gingen over werving?\n\n"
        "Antwoord 2a en 2b\nIn 2023 zijn 3.400 meldingen gedaan.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    questions = [u for u in doc.units if u.kind is UnitKind.QUESTION]
    assert [u.label for u in questions] == ["Vraag 1", "Vraag 2a", "Vraag 2b"]
    assert [u.numbers for u in questions] == [(1,), (2,), (2,)]
    assert _labels(text, UnitKind.ANSWER) == ["Antwoord 1", "Antwoord 2a en 2b"]


def test_header_wrapped_over_two_lines() -> None:
    text = _HEAD + (
        "Vraag 1\nBent u bekend met het bericht?\n\nAntwoord 1\nJa.\n\n"
        "Vraag 2, 3\nen 4\n\nWat is de gemiddelde wachttijd? Wat is de langste? Wat zijn de gevolgen?\n\n"
        "Antwoord 2, 3 en 4\nDe gemiddelde wachttijd bedraagt 94 dagen.\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2, 3, 4)], [(1,), (2, 3, 4)])
    assert _labels(text, UnitKind.QUESTION)[-1] == "Vraag 2, 3 en 4"
