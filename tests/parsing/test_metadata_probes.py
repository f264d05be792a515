"""Metadata read from the head of realistic documents: who answered on whose behalf, the
kenmerk, addressees, ministries with commas, numeric dates, titles and "Nader antwoord"."""

from __future__ import annotations

from naast.core.parsing import parse_text
from naast.core.parsing.dates import parse_date
from naast.core.parsing.people import offices_at, parse_askers, split_offices

COVER_LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA  DEN HAAG

Datum\t1 oktober 2024
Betreft\tAntwoorden Kamervragen over wachttijden bij de IND

Hierbij bied ik u, mede namens de minister van Buitenlandse Zaken, de antwoorden aan op de schriftelijke \
vragen van de leden Van Zanten (BBB) en Podt (D66) over wachttijden bij de IND.

De Staatssecretaris van Justitie en Veiligheid,

I. Coenradie

Vragen van de leden Van Zanten (BBB) en Podt (D66) aan de staatssecretaris van Justitie en Veiligheid \
over wachttijden bij de IND (ingezonden 10 september 2024)

Vraag 1
Bent u bekend met het bericht «Gezinshereniging duurt twee jaar»?

Antwoord 1
Ja.
"""

LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Datum 14 november 2024
Betreft Voortgangsbrief opvang asielzoekers

Met deze brief informeer ik uw Kamer, mede namens de Minister van Volkshuisvesting en Ruimtelijke \
Ordening en de Staatssecretaris van Justitie en Veiligheid, over de voortgang van de opvang.

Het COA heeft op 1 november 2024 ruim 65.000 mensen in de opvang.

De Minister van Asiel en Migratie,

M.H.M. Faber-Van de Klashorst
"""


def test_mede_namens_in_a_cover_letter_holds_only_the_office() -> None:
    doc = parse_text(COVER_LETTER)
    assert doc.answered_by is not None
    assert doc.answered_by.name == "Coenradie"
    assert doc.answered_by.on_behalf_of == ("Minister van Buitenlandse Zaken",)


def test_mede_namens_in_a_letter_body_stops_at_the_sentence_going_on() -> None:
    doc = parse_text(LETTER)
    assert doc.answered_by is not None
    assert doc.answered_by.on_behalf_of == (
        "Minister van Volkshuisvesting en Ruimtelijke Ordening",
        "Staatssecretaris van Justitie en Veiligheid",
    )


def test_offices_at_reads_only_offices_and_names() -> None:
    assert offices_at("de minister-president, over de stand van zaken") == ("Minister-president",)
    assert offices_at("minister Schouten (SZW) en staatssecretaris Van Ooijen (VWS), de antwoorden") == (
        "Minister Schouten (SZW)",
        "Staatssecretaris Van Ooijen (VWS)",
    )
    assert offices_at("de ministers van Buitenlandse Zaken en van Defensie. Ik") == (
        "Minister van Buitenlandse Zaken",
        "Minister van Defensie",
    )
    assert offices_at("de Minister van Onderwijs, Cultuur en Wetenschap en het kabinet") == (
        "Minister van Onderwijs, Cultuur en Wetenschap",
    )
    assert offices_at("het kabinet") == ()


KOOP_ANSWER_CITING = """Vragen van het lid Bontenbal (CDA) aan de Minister van Klimaat en Groene Groei \
over de salderingsregeling (ingezonden 4 november 2024).

Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 25 november 2024).

Vraag 1
Bent u bekend met het bericht «Zonnepanelen leveren straks minder op»?

Antwoord 1
Ja. Ik verwijs naar mijn antwoorden op eerdere vragen van het lid Kröger (GroenLinks-PvdA) (2024Z15873).

Vraag 2
Wanneer wordt de Kamer geïnformeerd?

Antwoord 2
Voor het kerstreces (zie https://www.tweedekamer.nl/kamerstukken/detail?id=2024Z16001&did=2024D42012).
"""


def test_kenmerk_cited_in_the_body_is_not_the_documents_own() -> None:
    assert parse_text(KOOP_ANSWER_CITING).kenmerk is None


def test_kenmerk_from_the_ingezonden_parentheses() -> None:
    submitted = "(ingezonden 4 november 2024"
    text = KOOP_ANSWER_CITING.replace(submitted, submitted + ", 2024Z18012")
    assert parse_text(text).kenmerk == "2024Z18012"


def test_kenmerk_from_a_cover_letter() -> None:
    letter = COVER_LETTER.replace("Datum\t", "Uw kenmerk\t2024Z13577\nDatum\t")
    assert parse_text(letter).kenmerk == "2024Z13577"
    sentence = "Deze vragen werden ingezonden op 10 september 2024 met kenmerk 2024Z13578.\n\n"
    assert parse_text(sentence + COVER_LETTER).kenmerk == "2024Z13578"


def test_a_kenmerk_in_the_head_that_belongs_to_other_questions_is_not_taken() -> None:
    text = KOOP_ANSWER_CITING.replace(
        "(ontvangen 25 november 2024).",
        "(ontvangen 25 november 2024). Zie ook de vragen van het lid Kröger (2024Z15873).",
    )
    assert parse_text(text).kenmerk is None


def test_addressees_broken_over_lines_are_one_office_each() -> None:
    to = "de Ministers van Landbouw,\n\nNatuur en Voedselkwaliteit en voor Natuur\nen Stikstof"
    assert split_offices(to) == (
        "Minister van Landbouw, Natuur en Voedselkwaliteit",
        "Minister voor Natuur en Stikstof",
    )
    askers = parse_askers("Bikker\nen Ceder (beiden\nChristenUnie)")
    assert [(p.name, p.party) for p in askers] == [("Bikker", "ChristenUnie"), ("Ceder", "ChristenUnie")]


QA = """

Vraag 1
Bent u bekend met het bericht?

Antwoord 1
Ja.
"""


def test_answering_office_whose_ministry_has_commas() -> None:
    doc = parse_text(
        "Vragen van het lid Van der Plas (BBB) aan de Minister van Landbouw, Natuur en Voedselkwaliteit "
        "over mestexport (ingezonden 2 mei 2023).\n\nAntwoord van de Minister van Landbouw, Natuur en "
        "Voedselkwaliteit, mede namens de Minister van Infrastructuur en Waterstaat (ontvangen 30 mei 2023)."
        + QA
    )
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.ministry) == ("", "Landbouw, Natuur en Voedselkwaliteit")
    assert doc.answered_by.on_behalf_of == ("Minister van Infrastructuur en Waterstaat",)


def test_nader_antwoord_names_who_answered() -> None:
    doc = parse_text(
        "Vragen van het lid Van Nispen (SP) aan de Minister van Justitie en Veiligheid over het OM "
        "(ingezonden 7 februari 2024).\n\nNader antwoord van Minister Yeşilgöz-Zegerius (Justitie en "
        "Veiligheid) (ontvangen 19 april 2024)." + QA
    )
    assert doc.answered_by is not None
    assert (doc.answered_by.name, doc.answered_by.role) == ("Yeşilgöz-Zegerius", "Minister")
    assert doc.date_received == "2024-04-19"


def test_numeric_and_ordinal_dates() -> None:
    assert parse_date("Datum: 14-11-2024") == "2024-11-14"
    assert parse_date("ingezonden 4/3/2024") == "2024-03-04"
    assert parse_date("op 1e maart 2024") == "2024-03-01"
    assert parse_date("de 2de juni 2023") == "2023-06-02"
    assert parse_date("31-02-2024") is None
    assert parse_date("vergaderjaar 2023-2024") is None


def test_title_without_parentheses_leaves_out_ingezonden() -> None:
    doc = parse_text(
        "Vragen van het lid Eerdmans (JA21) aan de Minister van Asiel en Migratie over de instroom van "
        "asielzoekers, ingezonden 1 november 2024.\n\nAntwoord van Minister Faber-Van de Klashorst (Asiel "
        "en Migratie) (ontvangen 21 november 2024)." + QA
    )
    assert doc.title == (
        "Vragen van het lid Eerdmans (JA21) aan de Minister van Asiel en Migratie "
        "over de instroom van asielzoekers"
    )
    assert doc.extra["subject"] == "de instroom van asielzoekers"
    assert doc.date_submitted == "2024-11-01"
