"""The Tweede Kamer's "1)" notes, as the robustness probe found them (failure 1)."""

from __future__ import annotations

from parsing_helpers import assert_tiles

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_text
from naast.core.parsing.structure import segment

_NRC = "NRC, 3 januari 2025, 'Deze man nooit je opvang binnenlaten', https://www.nrc.nl/nieuws/2025/01/03/a4878200"
_QUESTIONS = (
    "2025Z00029\n\n"
    "Vragen van het lid Van Nispen (SP) aan de minister van Asiel en Migratie over het tegen betaling "
    "laten vertrekken van criminele asielzoekers (ingezonden 6 januari 2025).\n\n"
    "1\nBent u bekend met het onderzoek van NRC over het aanbieden van geld en spullen aan criminele "
    "asielzoekers zodat ze vertrekken? 1) Wat is uw reactie hierop?\n\n"
    "2\nKloppen de beweringen en feiten zoals vermeld ten aanzien van deze man?\n\n"
    "3\nGaat het inderdaad om 900 vreemdelingen zoals NRC vermeldt? Hoe verhoudt zich dit tot uw "
    "eerdere antwoorden? 2)\n\n"
    "4\nBent u bereid deze vragen één voor één en binnen drie weken te beantwoorden?\n\n"
    f"1) {_NRC}\n"
    "2) Aanhangsel Handelingen II 2023/24, nr. 1234\n"
)


def test_paren_notes_of_submitted_questions() -> None:
    doc = parse_text(_QUESTIONS)
    assert_tiles(doc)
    assert doc.doc_type is DocType.QUESTIONS
    assert [u.numbers for u in doc.units if u.kind is UnitKind.QUESTION] == [(1,), (2,), (3,), (4,)]
    assert not [u for u in doc.units if u.kind is UnitKind.ANSWER]
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1)", _NRC),
        ("2)", "Aanhangsel Handelingen II 2023/24, nr. 1234"),
    ]
    assert [f.anchor for f in doc.footnotes] == [doc.text.index("1) Wat"), doc.text.index("2)")]
    assert "Aanhangsel Handelingen II" not in doc.text


def test_paren_notes_left_in_the_text_are_not_answers() -> None:
    """A Word file keeps typed notes as paragraphs: they close the document, they answer nothing."""
    text = _QUESTIONS.replace("2025Z00029\n\n", "")
    units = segment(text)
    assert [u.kind for u in units].count(UnitKind.ANSWER) == 0
    assert units[-1].kind is UnitKind.CLOSING
    assert text[units[-1].start :].startswith("1) NRC")


def test_paren_note_beside_a_word_footnote() -> None:
    """An answer document quoting the questions with their "1)" note beside its own Word note:
    both are footnotes, numbered apart (the corpus Faber answers)."""
    text = (
        "Vragen van het lid Van Nispen (SP) aan de minister van Asiel en Migratie over het tegen "
        "betaling laten vertrekken van criminele asielzoekers (ingezonden 6 januari 2025).\n\n"
        "Vraag 1\nBent u bekend met het onderzoek van NRC over het aanbieden van geld aan criminele "
        "asielzoekers zodat ze vertrekken? 1) Wat is uw reactie hierop?\n\n"
        "Antwoord op vraag 1\nHet kader heb ik geschetst in mijn brief van 26 september jl."
        "[footnoteRef:1] [1:  Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 889]\n\n"
        "Vraag 2\nKloppen de beweringen?\n\n"
        "Antwoord op vraag 2\nIk kan niet ingaan op individuele zaken.\n\n\n"
        f"1) {_NRC}\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    notes = {f.marker: f for f in doc.footnotes}
    assert notes["1"].text == "Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 889"
    assert notes["1"].anchor == doc.text.index("jl.1") + 3
    assert notes["1)"].text == _NRC
    assert notes["1)"].anchor == doc.text.index("vertrekken? 1)") + len("vertrekken? ")
    assert "NRC, 3 januari" not in doc.text
    assert [u.kind for u in doc.units].count(UnitKind.ANSWER) == 2


def test_paren_notes_then_plain_notes_are_not_cut_as_one_block() -> None:
    text = (
        _QUESTIONS.replace("eerdere antwoorden? 2)", "eerdere antwoorden?2")
        + "\n2 Kamerstuk 19 637, nr. 3250.\n"
    )
    doc = parse_text(text)
    assert [(f.marker, f.text) for f in doc.footnotes] == [("2", "Kamerstuk 19 637, nr. 3250.")]
    assert f"1) {_NRC}" in doc.text


def test_a_numbered_list_with_parens_is_not_footnotes() -> None:
    text = (
        "Geachte voorzitter,\n\n"
        "Ik zie twee mogelijkheden: 1) een hogere bijdrage en 2) een kortere termijn.\n\n"
        "1) Een hogere bijdrage kost naar schatting 20 miljoen euro per jaar.\n"
        "2) Een kortere termijn vraagt om extra personeel bij de IND.\n\n"
        "Ik kom hier in het voorjaar op terug.\n"
    )
    doc = parse_text(text)
    assert doc.footnotes == ()
    assert "1) Een hogere bijdrage" in doc.text


def test_a_footnote_citing_a_kamerstuk_is_no_running_foot() -> None:
    """ "1 Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 889" reads like the foot of a
    Kamerstuk page; with its footnote number in front it is a note, and no page ends there."""
    text = (
        "Vragen van het lid Van Nispen (SP) aan de minister van Asiel en Migratie over terugkeer "
        "(ingezonden 6 januari 2025).\n\nVraag 1\nBent u bekend met het onderzoek van NRC? 1)\n\n"
        "Antwoord 1\nHet kader heb ik geschetst in mijn brief van 26 september jl.1\n\n"
        "1 Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 889\n"
        f"1) {_NRC}\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    assert {f.marker: f.text for f in doc.footnotes} == {
        "1": "Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 889",
        "1)": _NRC,
    }
    assert doc.pages == ()
