"""The small rules underneath: header numbers, hyphens, dates, names, and invariants that must
hold for any text at all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from parsing_helpers import assert_tiles

from naast.core.parsing import content_hash, parse_text
from naast.core.parsing.dates import parse_date, vergaderjaar_of
from naast.core.parsing.headers import answer_numbers, inline_header, parse_numbers, question_numbers
from naast.core.parsing.hyphens import WordIndex, join_hyphenated
from naast.core.parsing.people import clean_name, parse_askers, split_offices


@pytest.mark.parametrize(
    ("header", "numbers"),
    [
        ("Vraag 2 en 3", (2, 3)),
        ("Vraag 3, 4 en 5", (3, 4, 5)),
        ("Vraag 7, 8, 9 10 en 11", (7, 8, 9, 10, 11)),
        ("Vraag 5, 6", (5, 6)),
        ("Vragen 1 t/m 3", (1, 2, 3)),
        ("Vraag 12:", (12,)),
    ],
)
def test_question_headers(header: str, numbers: tuple[int, ...]) -> None:
    assert question_numbers(header) == numbers


@pytest.mark.parametrize(
    ("header", "numbers"),
    [
        ("Antwoord op vragen 3 en 4", (3, 4)),
        ("Antwoord 5, 6", (5, 6)),
        ("Antwoord op vraag 1", (1,)),
        ("Antwoord 5 en 6", (5, 6)),
        ("Antwoorden op de vragen 2 tot en met 4", (2, 3, 4)),
    ],
)
def test_answer_headers(header: str, numbers: tuple[int, ...]) -> None:
    assert answer_numbers(header) == numbers


@pytest.mark.parametrize(
    "sentence",
    ["Vraag 2 en 3 liggen in elkaars verlengde.", "Vraag 4 is al beantwoord", "Antwoord 2 volgt later."],
)
def test_sentences_are_not_headers(sentence: str) -> None:
    assert question_numbers(sentence) is None and answer_numbers(sentence) is None
    assert inline_header(sentence) is None


def test_parse_numbers_keeps_order_and_drops_duplicates() -> None:
    assert parse_numbers("3, 3 en 4") == (3, 4)
    assert parse_numbers("1 - 3") == (1, 2, 3)


def _join(left: str, right: str, *context: str) -> str:
    return join_hyphenated(left, right, WordIndex([left, right, *context]))


def test_hyphen_rules() -> None:
    assert _join("de onderda-", "nen van") == "de onderdanen van"
    assert _join("de EU-", "Dublinverordening") == "de EU-Dublinverordening"
    assert _join("nationale wet-", "en regelgeving") == "nationale wet- en regelgeving"
    assert _join("de COA-", "locatie") == "de COA-locatie"
    assert _join("de htl-", "plaatsing") == "de htl-plaatsing"  # no vowel: no syllable
    assert _join("de zee-", "eend") == "de zee-eend"  # vowels that would merge
    assert _join("https://nos.nl/een-", "artikel") == "https://nos.nl/een-artikel"
    assert _join("vergaderjaar 2019-", "2020") == "vergaderjaar 2019-2020"
    # evidence in the document wins over the spelling rules
    assert _join("de terugkeer-", "samenwerking", "de terugkeersamenwerking") == "de terugkeersamenwerking"
    assert _join("de terugkeer-", "samenwerking", "de terugkeer-samenwerking") == "de terugkeer-samenwerking"


def test_dates_and_vergaderjaar() -> None:
    assert parse_date("(ontvangen 21 november 2019)") == "2019-11-21"
    assert parse_date("ingezonden 6 jan. 2025") == "2025-01-06"
    assert parse_date("31 februari 2020") is None
    assert vergaderjaar_of("2019-11-21") == "2019-2020"
    assert vergaderjaar_of("2023-09-14") == "2022-2023"  # before Prinsjesdag (19 September 2023)
    assert vergaderjaar_of("2023-09-19") == "2023-2024"


def test_names_and_offices() -> None:
    people = parse_askers("Ceder (ChristenUnie), Jasper van Dijk (SP), Piri (PvdA) en Van der Werf (D66)")
    assert [(p.name, p.party) for p in people] == [
        ("Ceder", "ChristenUnie"),
        ("Jasper van Dijk", "SP"),
        ("Piri", "PvdA"),
        ("Van der Werf", "D66"),
    ]
    assert clean_name("M.H.M. Faber- van de Klashorst") == "Faber-van de Klashorst"
    assert clean_name("M. van Raak") == "Van Raak"
    assert split_offices("de minister-president en de Minister van Financiën") == (
        "Minister-president",
        "Minister van Financiën",
    )
    assert split_offices("de Staatssecretarissen van Volksgezondheid, Welzijn en Sport en van Justitie") == (
        "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
        "Staatssecretaris van Justitie",
    )


def test_content_hash() -> None:
    assert content_hash(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


_LINES = st.sampled_from(
    [
        "Vraag 1",
        "Vraag 2 en 3",
        "Antwoord 1",
        "Antwoord op vragen 2 en 3",
        "Bent u bekend met het bericht?1",
        "1 Kamerstuk 19 637, nr. 2375.",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
        "ah-tk-20232024-1481",
        "onderda-",
        "nen uit Libië.",
        "1. Een titel",
        "De Minister van Asiel en Migratie,",
        "M.H.M. Faber- van de Klashorst",
        "[bookmark: _Hlk1]Tekst met [footnoteRef:1] [1: een noot]",
        "",
        " ",
        "\f",
        "2",
        "«Citaat»",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_LINES, st.text(max_size=80)), max_size=40))
def test_any_text_is_tiled_and_anchored(lines: list[str]) -> None:
    doc = parse_text("\n".join(lines))
    if doc.text:
        assert_tiles(doc)
    else:
        assert doc.units == ()
    for note in doc.footnotes:
        if note.anchor is not None:
            assert doc.text[note.anchor : note.anchor + len(note.marker)] == note.marker
    for brk in doc.pages:
        assert 0 <= brk.offset <= len(doc.text)


def test_converter_footnotes_and_soft_hyphens() -> None:
    doc = parse_text(
        "Vraag 1\nBent u bekend met het bericht?[^1]\nAntwoord 1\nJa, zie de brief[footnoteRef:2].\n\n"
        "[^1]: NOS, 3 januari 2025.\n[2: Kamerstuk 32 317, nr. 889]\n"
    )
    assert doc.text == "Vraag 1\nBent u bekend met het bericht?1\n\nAntwoord 1\nJa, zie de brief2."
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1", "NOS, 3 januari 2025."),
        ("2", "Kamerstuk 32 317, nr. 889"),
    ]
    assert "ondernemer die" in parse_text("Dit is een onder\u00ad\nnemer die werkt.").text


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("een financi-", "eel probleem", "een financieel probleem"),
        ("de re-", "actie", "de reactie"),
        ("de evalu-", "atie", "de evaluatie"),
        ("de politie-", "inzet", "de politie-inzet"),
        ("het auto-", "ongeluk", "het auto-ongeluk"),
    ],
)
def test_vowels_at_a_line_end_hyphen(left: str, right: str, joined: str) -> None:
    assert _join(left, right) == joined


def test_the_heading_of_questions_without_answers_is_furniture() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\nKamervragen zonder antwoord\n\n"
        "Vragen van het lid Kops (PVV) aan de Minister van Financiën over de btw (ingezonden "
        "18 oktober 2024).\n\nVraag 1\nKent u het bericht?\n"
    )
    doc = parse_text(text)
    assert doc.text.startswith("Vragen van het lid Kops"), doc.text[:40]
    assert doc.vergaderjaar == "2024-2025"
    assert_tiles(doc)


def test_furniture_pieces_joined_by_a_bar_are_all_dropped() -> None:
    text = (
        "Vragen van het lid Podt (D66) aan de Staatssecretaris van Justitie en Veiligheid over de IND "
        "(ingezonden 10 september 2024).\n\nVraag 1\nBent u bekend met het bericht?\n\nAntwoord 1\nJa.\n\n"
        "ah-tk-20242025-245 | Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel\n"
    )
    doc = parse_text(text)
    assert doc.text.endswith("Antwoord 1\nJa."), doc.text[-60:]
    assert doc.identifier == "ah-tk-20242025-245"
    assert_tiles(doc)


def test_a_cover_letter_dates_answers_that_state_no_received_date() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 1 oktober 2024\n"
        "Betreft Antwoorden Kamervragen over wachttijden bij de IND\n\n"
        "Vragen van het lid Podt (D66) aan de staatssecretaris van Justitie en Veiligheid over "
        "wachttijden bij de IND (ingezonden 10 september 2024).\n\n"
        "Vraag 1\nBent u bekend met het bericht?\n\nAntwoord 1\nJa.\n"
    )
    doc = parse_text(text)
    assert (doc.date_submitted, doc.date_received) == ("2024-09-10", "2024-10-01")
    assert doc.extra["date_received_from"] == "cover letter"
    assert doc.vergaderjaar == "2024-2025"  # received after Prinsjesdag
    questions_only = parse_text(text.split("Antwoord 1")[0])
    assert questions_only.date_received is None


def test_footnote_bodies_from_word_are_cleaned_like_the_text(tmp_path) -> None:
    import docx

    from naast.core.parsing import parse_file
    from naast.export.docx_footnotes import Footnotes

    document = docx.Document()
    paragraph = document.add_paragraph("Zie de brief over de ")
    paragraph.add_run("ﬁnanciering")
    Footnotes(document).add(paragraph, "Kamerstuk\u00a0\u00a036 200,  nr. 3 over de ﬁnanciering")
    path = tmp_path / "note.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert [f.text for f in doc.footnotes] == ["Kamerstuk 36 200, nr. 3 over de financiering"]
    assert "financiering" in doc.text
