"""The four sample documents of the shared corpus: metadata, structure, footnotes, text."""

from __future__ import annotations

import re

import pytest
from parsing_corpus import (
    ANSWERS_2019,
    FABER_2025,
    LETTER_2021,
    REKENKAMER_2021,
    SAMPLES,
    corpus_file,
)
from parsing_helpers import FURNITURE_RE, assert_tiles, qa_groups, question_numbers, unit_for

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file, parse_text


@pytest.fixture(scope="module")
def docs():
    return {name: parse_file(corpus_file(name)) for name in SAMPLES}


def test_2019_metadata(docs) -> None:
    doc = docs[ANSWERS_2019]
    assert doc.doc_type is DocType.ANSWERS
    assert [(p.name, p.party) for p in doc.askers] == [("Van Wijngaarden", "VVD"), ("Weverling", "VVD")]
    responder = doc.answered_by
    assert responder is not None
    assert (responder.name, responder.role, responder.ministry) == (
        "Broekers-Knol",
        "Staatssecretaris",
        "Justitie en Veiligheid",
    )
    assert responder.on_behalf_of == (
        "Minister van Buitenlandse Zaken",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    )
    assert doc.date_submitted == "2019-10-02"
    assert doc.date_received == "2019-11-21"
    assert doc.addressees == (
        "Staatssecretaris van Justitie en Veiligheid",
        "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    )
    assert "Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 487" in doc.references
    assert doc.extra["see_also"] == "Aanhangsel Handelingen, vergaderjaar 2019–2020, nr. 487"


def test_2019_structure(docs) -> None:
    doc = docs[ANSWERS_2019]
    assert_tiles(doc)
    assert question_numbers(doc) == list(range(1, 11))
    questions, answers = qa_groups(doc)
    assert answers == [(1,), (2, 3), (4,), (5,), (6,), (7,), (8,), (9,), (10,)]
    assert questions[1] == (2, 3)
    answer_10 = unit_for(doc, UnitKind.ANSWER, 10)
    assert "Vraag 2 en 3 liggen in elkaars verlengde" in doc.text[answer_10.start : answer_10.end]


def test_2019_footnotes_keep_lost_markers(docs) -> None:
    doc = docs[ANSWERS_2019]
    notes = {f.marker: f for f in doc.footnotes}
    assert sorted(notes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert notes["1"].text.startswith("https://www.telegraaf.nl/")
    assert notes["1"].text.endswith("terroriseren-harderwijk")
    assert notes["2"].text.endswith("Harderwijk-is-diefstallen-door-asielzoekers-beu")
    assert notes["5"].text == "Kamerstuk 19 637, nr. 2375."
    assert notes["6"].text.startswith("Aanhangsel Handelingen")
    assert notes["3"].text == "" and notes["4"].text == ""
    for note in doc.footnotes:
        assert note.anchor is not None
        assert doc.text[note.anchor : note.anchor + len(note.marker)] == note.marker
    assert "telegraaf" not in doc.text  # bodies are cut from the running text


def test_2019_hyphens(docs) -> None:
    text = docs[ANSWERS_2019].text
    for joined in ("onderdanen", "incidentenoverzicht", "eerstvolgende", "Middellandse", "capaciteitsopbouw"):
        assert joined in text
    for real in ("EU-Dublinverordening", "wet- en regelgeving", "COA-locatie", "EU-lidstaat"):
        assert real in text
    assert "in deze periode – geheel of gedeeltelijk" in text  # joined across the cut footnotes


def test_2021_rekenkamer(docs) -> None:
    doc = docs[REKENKAMER_2021]
    assert doc.doc_type is DocType.ANSWERS
    assert doc.askers == ()
    responder = doc.answered_by
    assert responder is not None
    assert (responder.name, responder.role, responder.ministry) == (
        "Broekers-Knol",
        "Staatssecretaris",
        "Justitie en Veiligheid",
    )
    assert doc.date_received == "2021-10-05"
    assert_tiles(doc)
    questions, answers = qa_groups(doc)
    assert questions == [(n,) for n in range(1, 16)]
    assert answers == [(n,) for n in range(1, 16)]
    question_9 = unit_for(doc, UnitKind.QUESTION, 9)
    assert "Werkt Nederland samen met de EU" in doc.text[question_9.start : question_9.end]
    assert [f.text for f in doc.footnotes] == ["Kamerstuk 35 300 VI, nr. 37"]


def test_2021_letter(docs) -> None:
    doc = docs[LETTER_2021]
    assert doc.doc_type is DocType.LETTER
    assert doc.answered_by is not None
    assert doc.answered_by.name == "Broekers-Knol"
    assert doc.answered_by.role == "Staatssecretaris"
    assert_tiles(doc)
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [u.numbers for u in sections] == [(n,) for n in range(1, 12)]
    assert sections[0].title == "Toewerken naar partnerlandenstrategie naar Deens voorbeeld"
    assert sections[6].title == "Stopzetten ontwikkelingshulp aan tegenwerkende herkomstlanden"
    assert sections[7].title == (
        "Intrekken landingsrechten van vliegmaatschappijen uit tegenwerkende herkomstlanden"
    )
    assert sections[10].title == "Strafbaarstelling illegaliteit"
    assert [f.marker for f in doc.footnotes] == [str(n) for n in range(1, 19)]
    assert all(f.text for f in doc.footnotes)
    assert doc.footnotes[12].text.endswith("Working on return together, juli 2021.")
    assert doc.units[-1].kind is UnitKind.CLOSING


def test_2025_faber(docs) -> None:
    doc = docs[FABER_2025]
    assert doc.doc_type is DocType.ANSWERS
    assert [(p.name, p.party) for p in doc.askers] == [("Van Nispen", "SP")]
    responder = doc.answered_by
    assert responder is not None
    assert (responder.name, responder.role, responder.ministry) == (
        "Faber-van de Klashorst",
        "Minister",
        "Asiel en Migratie",
    )
    assert doc.date_submitted == "2025-01-06"
    assert doc.kenmerk == "2025Z00029"
    assert_tiles(doc)
    assert question_numbers(doc) == list(range(1, 12))
    _, answers = qa_groups(doc)
    assert answers == [(1,), (2,), (3, 4), (5, 6), (7,), (8,), (9,), (10,), (11,)]
    assert "[bookmark:" not in doc.text and "[footnoteRef:" not in doc.text
    assert doc.footnotes[0].text == "Tweede Kamer, vergaderjaar 2024–2025, 32 317, nr. 889"


@pytest.mark.parametrize("name", SAMPLES)
def test_no_line_end_hyphens_or_furniture(docs, name: str) -> None:
    text = docs[name].text
    assert not re.search(r"[^\W\d_]-\n", text)
    assert not FURNITURE_RE.search(text)
    assert "\r" not in text and "\n\n\n" not in text


@pytest.mark.parametrize("name", SAMPLES)
def test_parse_text_matches_parse_file(docs, name: str) -> None:
    doc = parse_text(corpus_file(name).read_text(encoding="utf-8"), source_name=name)
    assert doc.text == docs[name].text
    assert doc.units == docs[name].units
