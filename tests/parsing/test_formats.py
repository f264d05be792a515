"""Document forms beyond the samples, written as parliament writes them: a Mededeling,
questions without answers, the older layout with numbers only, "Vraag 1:" headers on the
line of the text, an answer signed by an office, a Kamerstuk letter."""

from __future__ import annotations

import docx
from parsing_helpers import assert_tiles, qa_groups

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file, parse_text

NOTICE = """Mededeling van staatssecretaris Van der Burg (Justitie en Veiligheid) (ontvangen 12 januari 2023)

De vragen van het lid Kuik (CDA) aan de Staatssecretaris van Justitie en Veiligheid over de opvang van
minderjarigen (ingezonden 13 december 2022, 2022Z24567) kunnen tot mijn spijt niet binnen de gebruikelijke
termijn van drie weken worden beantwoord. Voor de beantwoording is afstemming met andere departementen nodig.

Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.
"""

QUESTIONS = """2024Z05678

Vragen van de leden Bikker en Ceder (beiden ChristenUnie) aan de Minister van Justitie en Veiligheid en de
Staatssecretaris van Justitie en Veiligheid over de hulp aan slachtoffers (ingezonden 3 april 2024).

1
Bent u bekend met het bericht «Slachtoffers wachten maanden op hulp»?

2
Deelt u de mening dat slachtoffers sneller geholpen moeten worden?

3
Kunt u deze vragen afzonderlijk beantwoorden?
"""

OLDER = """Vragen van het lid Van Raak (SP) aan de minister van Buitenlandse Zaken over de situatie op
Sint-Maarten (ingezonden 3 juli 2009).

1
Hebt u kennisgenomen van het bericht over de verkiezingen?

2
Wat is uw oordeel over de gang van zaken?

Antwoord van minister Verhagen (Buitenlandse Zaken) (ontvangen 28 juli 2009)

1
Ja.

2
Ik heb daarover contact gehad met de minister-president van de Nederlandse Antillen.
"""

INLINE = """Vragen van het lid Sneller (D66) aan de minister van Financiën over toeslagen
(ingezonden 1 maart 2022).

Antwoord van de Minister van Financiën (ontvangen 2 mei 2022).

Vraag 1: Bent u bekend met het bericht over de toeslagen?

Antwoord 1: Ja.

Vraag 2 en 3: Hoeveel ouders zijn getroffen? Wanneer worden zij gecompenseerd?

Antwoord 2 en 3: Vraag 2 en 3 liggen in elkaars verlengde. Ik beantwoord ze daarom samen.
"""

KAMERSTUK = """Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2021–2022
19 637 Vreemdelingenbeleid
Nr. 2800 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 14 december 2021
Hierbij informeer ik uw Kamer over de voortgang van de aanpak van overlast. Ik ga in op twee
onderwerpen.
1. Overlast in en rond de opvang
De aanpak werkt. Het aantal incidenten daalt sinds vorig jaar.
2. Terugkeer
De terugkeer van vreemdelingen uit veilige landen blijft een prioriteit van het kabinet.
De Staatssecretaris van Justitie en Veiligheid,
A. Broekers-Knol
kst-19637-2800
ISSN 0921 - 7371
’s-Gravenhage 2021 Tweede Kamer, vergaderjaar 2021–2022, 19 637, nr. 2800 1
"""


def test_notice() -> None:
    doc = parse_text(NOTICE)
    assert doc.doc_type is DocType.NOTICE
    assert [u.kind for u in doc.units] == [UnitKind.PREAMBLE, UnitKind.NOTICE]
    assert [(p.name, p.party) for p in doc.askers] == [("Kuik", "CDA")]
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.role) == ("Van der Burg", "Staatssecretaris")
    assert (doc.date_submitted, doc.date_received) == ("2022-12-13", "2023-01-12")
    assert doc.kenmerk == "2022Z24567"
    assert doc.vergaderjaar == "2022-2023"
    assert_tiles(doc)


def test_questions_without_answers() -> None:
    doc = parse_text(QUESTIONS)
    assert doc.doc_type is DocType.QUESTIONS
    assert qa_groups(doc) == ([(1,), (2,), (3,)], [])
    assert [(p.name, p.party) for p in doc.askers] == [("Bikker", "ChristenUnie"), ("Ceder", "ChristenUnie")]
    assert doc.addressees == (
        "Minister van Justitie en Veiligheid",
        "Staatssecretaris van Justitie en Veiligheid",
    )
    assert doc.kenmerk == "2024Z05678"
    assert doc.answered_by is None
    assert_tiles(doc)


def test_older_layout_with_a_bare_answer_line() -> None:
    text = OLDER.replace(
        "Antwoord van minister Verhagen (Buitenlandse Zaken) (ontvangen 28 juli 2009)", "Antwoord"
    )
    doc = parse_text(text)
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    first_answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER)
    assert doc.text[first_answer.start :].startswith("Antwoord\n")


def test_older_layout_numbers_only() -> None:
    doc = parse_text(OLDER)
    assert doc.doc_type is DocType.ANSWERS
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    first_answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER)
    assert doc.text[first_answer.start :].startswith("Antwoord van minister Verhagen")
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.ministry) == ("Verhagen", "Buitenlandse Zaken")
    assert (doc.date_submitted, doc.date_received) == ("2009-07-03", "2009-07-28")
    assert_tiles(doc)


def test_headers_with_the_text_on_their_line() -> None:
    doc = parse_text(INLINE)
    assert qa_groups(doc) == ([(1,), (2, 3)], [(1,), (2, 3)])
    assert [u.label for u in doc.units if u.kind is UnitKind.ANSWER] == ["Antwoord 1", "Antwoord 2 en 3"]
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.role, doc.answered_by.ministry) == (
        "",
        "Minister",
        "Financiën",
    )
    assert_tiles(doc)


def test_kamerstuk_letter() -> None:
    doc = parse_text(KAMERSTUK)
    assert doc.doc_type is DocType.LETTER
    assert doc.identifier == "kst-19637-2800"
    assert doc.vergaderjaar == "2021-2022"
    assert doc.date_submitted == "2021-12-14"
    assert doc.title == "Vreemdelingenbeleid"
    assert (doc.extra["dossier"], doc.extra["ondernummer"]) == ("19 637", "2800")
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [(u.numbers, u.title) for u in sections] == [
        ((1,), "Overlast in en rond de opvang"),
        ((2,), "Terugkeer"),
    ]
    assert doc.units[-1].kind is UnitKind.CLOSING
    assert doc.answered_by is not None and doc.answered_by.name == "Broekers-Knol"
    assert "ISSN" not in doc.text and "kst-" not in doc.text
    assert_tiles(doc)


def test_word_automatic_numbering_gives_section_numbers(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("Hierbij informeer ik uw Kamer over twee onderwerpen.")
    document.add_paragraph("Overlast in en rond de opvang", style="List Number")
    document.add_paragraph("De aanpak werkt.")
    document.add_paragraph("Terugkeer", style="List Number")
    document.add_paragraph("De terugkeer blijft een prioriteit.")
    document.add_paragraph("een opsomming", style="List Bullet")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    doc = parse_file(path)
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [(u.numbers, u.title) for u in sections] == [
        ((1,), "Overlast in en rond de opvang"),
        ((2,), "Terugkeer"),
    ]
    assert "• een opsomming" in doc.text


MINISTRY_LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag
Datum 14 december 2021
Betreft Reactie op het Actieplan Veiligelanders
Ons kenmerk 3654321

Tijdens de begrotingsbehandeling is mij gevraagd te reageren op het actieplan.

Ik ga hieronder op de maatregelen in.

De Staatssecretaris van Justitie en Veiligheid,

mr. dr. A.W.H. Broekers-Knol
"""

QUESTIONS_PDF_TEXT = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2022–2023
Kamervragen zonder antwoord
Vragen van het lid Omtzigt (CDA) aan de Minister van Financiën over de toeslagen (ingezonden 10 oktober
2022).
Vraag 1
Bent u bekend met het bericht over de terugbetalingen?
Vraag 2
Hoeveel ouders wachten nog op een besluit?
kv-tk-2022Z18908
ISSN 0921 - 7398
’s-Gravenhage 2022 Tweede Kamer, vergaderjaar 2022–2023, Kamervragen zonder antwoord 1
"""


def test_ministry_letter_head_and_titled_signature() -> None:
    doc = parse_text(MINISTRY_LETTER)
    assert doc.doc_type is DocType.LETTER
    assert doc.title == "Reactie op het Actieplan Veiligelanders"
    assert doc.date_submitted == "2021-12-14"
    assert doc.extra["ons_kenmerk"] == "3654321"
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.role, doc.answered_by.ministry) == (
        "Broekers-Knol",
        "Staatssecretaris",
        "Justitie en Veiligheid",
    )
    assert doc.units[-1].kind is UnitKind.CLOSING
    assert_tiles(doc)


def test_questions_without_answer_from_a_pdf() -> None:
    doc = parse_text(QUESTIONS_PDF_TEXT)
    assert doc.doc_type is DocType.QUESTIONS
    assert doc.kenmerk == "2022Z18908"
    assert doc.identifier == "kv-tk-2022Z18908"
    assert doc.date_submitted == "2022-10-10"
    assert qa_groups(doc) == ([(1,), (2,)], [])
    assert "ISSN" not in doc.text and "Kamervragen zonder antwoord 1" not in doc.text
    assert_tiles(doc)


LIST_OF_QUESTIONS = """Lijst van vragen en antwoorden

De vaste commissie voor Justitie en Veiligheid heeft vragen voorgelegd aan de Minister.

1
Hoeveel asielaanvragen zijn er in 2023 ingediend?
Antwoord
In 2023 zijn ongeveer 38.000 eerste asielaanvragen ingediend.

2
Hoe lang duurt de behandeling gemiddeld?
Antwoord
Gemiddeld duurt de behandeling 22 weken.

3
Wat kost de opvang per jaar?
Antwoord
De kosten staan in de begroting.
"""


def test_list_of_questions_with_answer_lines() -> None:
    doc = parse_text(LIST_OF_QUESTIONS)
    assert qa_groups(doc) == ([(1,), (2,), (3,)], [(1,), (2,), (3,)])
    answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER and u.answers == (2,))
    assert doc.text[answer.start : answer.end].startswith("Antwoord\nGemiddeld")
    assert_tiles(doc)


def test_word_paragraphs_are_never_joined(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("De maatregelen zijn")
    document.add_paragraph("a. meer toezicht;")
    document.add_paragraph("b. snellere procedures")
    document.add_paragraph("en betere samenwerking met gemeenten.")
    path = tmp_path / "lijst.docx"
    document.save(str(path))
    text = parse_file(path).text
    assert text.split("\n\n") == [
        "De maatregelen zijn",
        "a. meer toezicht;",
        "b. snellere procedures",
        "en betere samenwerking met gemeenten.",
    ]


def test_running_heads_found_by_repetition() -> None:
    head = "Directoraat-Generaal Migratie\nDatum 14 december 2021\nOns kenmerk 3654321\n"
    bodies = [
        "Betreft Reactie op het Actieplan Veiligelanders\n\n"
        "Ik reageer hierbij graag op het uitgebreide actieplan van het lid\n",
        "Eerdmans. Het plan kent elf maatregelen die ik hieronder bespreek.\n",
        "Ik ga op elke maatregel afzonderlijk in, waar nodig samen met andere\n",
        "bewindspersonen.\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Broekers-Knol\n",
    ]
    pages = [f"{head}{body}Pagina {i} van 4\n" for i, body in enumerate(bodies, start=1)]
    doc = parse_text("\f".join(pages))
    assert doc.text.count("Directoraat-Generaal Migratie") == 1
    assert doc.text.count("Ons kenmerk") == 1 and "Pagina" not in doc.text
    assert "uitgebreide actieplan van het lid Eerdmans. Het plan" in doc.text
    assert (doc.title, doc.date_submitted) == ("Reactie op het Actieplan Veiligelanders", "2021-12-14")
    assert [p.page for p in doc.pages] == [1, 2, 3, 4]
    assert doc.answered_by is not None and doc.answered_by.name == "Broekers-Knol"


LETTER_WITH_HEADINGS = """Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van overlast door asielzoekers uit
veilige landen en over de maatregelen die ik de komende maanden neem.

Aanleiding

Uw Kamer heeft mij gevraagd om een overzicht van de maatregelen die sinds het vorige debat zijn genomen,
en om een beeld van de effecten die deze maatregelen tot nu toe hebben gehad op de opvanglocaties.

Stand van zaken

Het aantal incidenten rond de opvanglocaties is in het afgelopen halfjaar gedaald. Gemeenten melden dat de
samenwerking met het COA en de politie verbeterd is, al blijven er zorgen in een aantal gemeenten.

Hoogachtend,

De Staatssecretaris van Justitie en Veiligheid,

E. van der Burg
"""


def test_letter_with_unnumbered_headings() -> None:
    doc = parse_text(LETTER_WITH_HEADINGS)
    assert doc.doc_type is DocType.LETTER
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [(u.numbers, u.title) for u in sections] == [((), "Aanleiding"), ((), "Stand van zaken")]
    assert doc.units[-1].kind is UnitKind.CLOSING
    assert doc.text[doc.units[-1].start :].startswith("Hoogachtend,")
    assert doc.answered_by is not None and doc.answered_by.name == "Van der Burg"
    assert_tiles(doc)


OLDEST = """Vragen van het lid Van Velzen (SP) aan de minister van Defensie over de uitzending naar Uruzgan.
(Ingezonden 12 januari 2009)

1
Is het waar dat de uitzending wordt verlengd?

2
Wanneer ontvangt de Kamer het besluit?

Antwoord
(Ontvangen 3 februari 2009)

1
Nee.

2
Voor het zomerreces.
"""


def test_oldest_layout_with_capitalised_dates() -> None:
    doc = parse_text(OLDEST)
    assert doc.doc_type is DocType.ANSWERS
    assert (doc.date_submitted, doc.date_received) == ("2009-01-12", "2009-02-03")
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    assert [(p.name, p.party) for p in doc.askers] == [("Van Velzen", "SP")]
    assert_tiles(doc)


def test_answer_line_with_capitalised_received() -> None:
    doc = parse_text(
        "Antwoord van minister Verhagen (Buitenlandse Zaken) (Ontvangen 28 juli 2009)\n\n"
        "Vraag 1\nIs het waar?\n\nAntwoord 1\nJa."
    )
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.ministry) == ("Verhagen", "Buitenlandse Zaken")
    assert doc.date_received == "2009-07-28"


def test_joint_answer_keeps_the_second_answerer() -> None:
    doc = parse_text(
        "Antwoord van minister Hoekstra (Buitenlandse Zaken) en staatssecretaris Van der Burg (Justitie en "
        "Veiligheid) (ontvangen 3 mei 2023)\n\nVraag 1\nIs dat zo?\n\nAntwoord 1\nJa."
    )
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.ministry) == ("Hoekstra", "Buitenlandse Zaken")
    assert doc.extra["co_answered_by"] == "Staatssecretaris Van der Burg (Justitie en Veiligheid)"
    assert doc.date_received == "2023-05-03"
