"""Official PDFs, their pdftotext copies, another extraction and KOOP XML fragments from
``corpus/real`` (read in place), checked against the hand-checked facts in the corpus README."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from parsing_corpus import real_file
from parsing_helpers import FURNITURE_RE, assert_tiles, qa_groups, question_numbers, unit_for

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file


@dataclass(frozen=True)
class Facts:
    askers: tuple[tuple[str, str | None], ...]
    responder: tuple[str, str, str] | None
    dates: tuple[str | None, str | None]
    counts: tuple[int, int, int]  # distinct question numbers, question headers, answer headers
    footnotes: int
    on_behalf_of: tuple[str, ...] = ()


KOEKKOEK = Facts(
    (("Koekkoek", "Volt"),),
    ("Van Huffelen", "Staatssecretaris", "Binnenlandse Zaken en Koninkrijksrelaties"),
    ("2024-02-12", "2024-04-11"),
    (6, 6, 5),
    3,
    ("Staatssecretaris van Volksgezondheid, Welzijn en Sport", "Staatssecretaris van Justitie en Veiligheid"),
)
VAN_DER_LEE = Facts(
    (("Van der Lee", "GroenLinks-PvdA"),),
    ("Heinen", "Minister", "Financiën"),
    ("2024-06-28", "2024-08-29"),
    (12, 5, 5),
    4,
)
MUTLUER = Facts(
    (("Mutluer", "GroenLinks-PvdA"), ("Kostić", "PvdD")),
    ("Dijkgraaf", "Minister", "Onderwijs, Cultuur en Wetenschap"),
    ("2024-03-06", "2024-03-25"),
    (6, 4, 4),
    2,
)
BROMET = Facts(
    (("Bromet", "GroenLinks"),),
    ("Van der Wal-Zeggelink", "Minister", "Natuur en Stikstof"),
    ("2023-07-04", "2023-09-14"),
    (14, 14, 14),
    6,
)

TEXT_CASES = {
    "ah-tk-20232024-1481.pdf": KOEKKOEK,
    "ah-tk-20232024-1481.pdftotext-layout.txt": KOEKKOEK,
    "ah-tk-20232024-2367.pdf": VAN_DER_LEE,
    "ah-tk-20232024-2367.pdftotext-layout.txt": VAN_DER_LEE,
    "ah-tk-20232024-1314.pdf": MUTLUER,
    "ah-tk-20232024-1314.pdftotext-layout.txt": MUTLUER,
    "ah-tk-20222023-3649.extracted.txt": BROMET,
}


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_text_documents_match_hand_checked_facts(name: str) -> None:
    facts = TEXT_CASES[name]
    doc = parse_file(real_file(name))
    assert doc.doc_type is DocType.ANSWERS
    assert tuple((p.name, p.party) for p in doc.askers) == facts.askers
    responder = doc.answered_by
    assert responder is not None
    assert (responder.name, responder.role, responder.ministry) == facts.responder
    assert responder.on_behalf_of == facts.on_behalf_of
    assert (doc.date_submitted, doc.date_received) == facts.dates
    questions, answers = qa_groups(doc)
    assert (len(question_numbers(doc)), len(questions), len(answers)) == facts.counts
    assert [f.marker for f in doc.footnotes] == [str(n) for n in range(1, facts.footnotes + 1)]
    assert all(f.text and f.anchor is not None for f in doc.footnotes)
    assert_tiles(doc)
    assert not FURNITURE_RE.search(doc.text)
    identifier = "ah-tk-" + name.split("ah-tk-")[1][:13]
    assert doc.identifier == identifier
    assert doc.aanhangsel_number == identifier.rsplit("-", 1)[1]
    assert doc.vergaderjaar == f"{identifier[6:10]}-{identifier[10:14]}"
    assert doc.text.startswith("Vragen van "), doc.text[:40]  # the Aanhangsel number is furniture


@pytest.mark.parametrize("name", ["ah-tk-20232024-1481.pdf", "ah-tk-20232024-1481.pdftotext-layout.txt"])
def test_answer_continues_after_footnote_and_page_foot(name: str) -> None:
    doc = parse_file(real_file(name))
    answer_1 = unit_for(doc, UnitKind.ANSWER, 1)
    body = doc.text[answer_1.start : answer_1.end]
    assert "aangehaald." in body and "De Staatssecretaris van Justitie en Veiligheid heeft 14, 15" in body
    assert "Kamerstuk 36 200 IV" not in body
    _, answers = qa_groups(doc)
    assert answers[-1] == (5, 6)
    assert [u.numbers for u in doc.units if u.kind is UnitKind.QUESTION][-2:] == [(5,), (6,)]


def test_pdf_pages_and_hyphens() -> None:
    doc = parse_file(real_file("ah-tk-20232024-2367.pdf"))
    assert [p.page for p in doc.pages] == [1, 2, 3]
    assert doc.page_at(len(doc.text) - 1) == 3
    _, answers = qa_groups(doc)
    assert answers == [(1,), (2,), (3, 4, 5, 6), (7, 8, 9, 10, 11), (12,)]
    marker = doc.footnotes[0]
    assert doc.text[marker.anchor : marker.anchor + 2] == "1?"  # the mark before the "?" on the next line
    for joined in ("verantwoordelijkheid", "organisatorische", "Betaalgegevens", "persoonsgegevens"):
        assert joined in doc.text
    assert "-klantrekeningen-het-was-te-verleidelijk" in doc.footnotes[0].text  # URL hyphen kept


def test_pdf_question_across_page_break_and_table() -> None:
    doc = parse_file(real_file("ah-tk-20232024-1314.pdf"))
    question = unit_for(doc, UnitKind.QUESTION, 3)
    assert question.numbers == (3, 4, 5)
    body = doc.text[question.start : question.end]
    assert "Deelt u de mening dat regenboogprovincies" in body  # first line of page 2
    answer_6 = unit_for(doc, UnitKind.ANSWER, 6)
    assert "Seksuele gerichtheid" in doc.text[answer_6.start : answer_6.end]
    assert "lhbtiq+ personen, zich veilig" in doc.text  # "Het …," is no signature line
    assert "Inventarisatie Regenboogbeleid Regenboogprovincies 2022" in doc.text


XML_CASES = {
    "ah-tk-20192020-2197.fragments.xml": ((9, 8, 8), "Postma", 2),
    "ah-tk-20172018-1547.fragments.xml": ((48, 48, 48), "Omtzigt", 13),
    "ah-tk-20182019-3616.fragments.xml": ((8, 8, 8), "Van Raak", 1),
}


@pytest.mark.parametrize("name", sorted(XML_CASES))
def test_koop_xml_fragments(name: str) -> None:
    counts, asker, notes = XML_CASES[name]
    doc = parse_file(real_file(name))
    assert doc.source_format == "xml"
    assert doc.doc_type is DocType.ANSWERS
    questions, answers = qa_groups(doc)
    assert (len(question_numbers(doc)), len(questions), len(answers)) == counts
    assert [q for q in questions if len(q) > 1] == [a for a in answers if len(a) > 1]
    assert doc.askers[0].name == asker
    assert doc.identifier == name.split(".")[0]
    assert len(doc.footnotes) == notes
    for note in doc.footnotes:
        assert note.text and doc.text[note.anchor : note.anchor + len(note.marker)] == note.marker
    assert_tiles(doc)


def test_xml_combined_question_keeps_both_paragraphs() -> None:
    doc = parse_file(real_file("ah-tk-20192020-2197.fragments.xml"))
    question = unit_for(doc, UnitKind.QUESTION, 5)
    assert question.numbers == (5, 6)
    body = doc.text[question.start : question.end]
    assert "gedupliceerd kenteken" in body and "verantwoordelijke wethouder" in body
    assert unit_for(doc, UnitKind.ANSWER, 6).answers == (5, 6)
    assert doc.footnotes[0].text.startswith("Nieuwsuur, 4 februari 2020")
