"""Line-end hyphens by Dutch spelling: real hyphens after initialisms and the prefixes niet-, oud-,
ex- and single letters (e-mail); a break that dropped a trema (be-eindigd) rejoins with it."""

from __future__ import annotations

import pytest

from naast.core.parsing.hyphens import WordIndex, join_hyphenated


def _join(left: str, right: str, *context: str) -> str:
    lines = [*context, left, right]
    return join_hyphenated(left, right, WordIndex(lines))


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("via de e-", "mail van", "via de e-mail van"),
        ("op de x-", "as staat", "op de x-as staat"),
        ("een oud-", "minister", "een oud-minister"),
        ("met niet-", "gouvernementele", "met niet-gouvernementele"),
        ("meer vmbo-", "leerlingen", "meer vmbo-leerlingen"),
        ("de wmo-", "voorziening", "de wmo-voorziening"),
        ("het mbo-", "diploma", "het mbo-diploma"),
        ("de oud-", "heid van", "de oudheid van"),
        ("de ex-", "port van", "de export van"),
        ("de ver-", "antwoordelijkheid", "de verantwoordelijkheid"),
        ("de terug-", "keer", "de terugkeer"),
        ("de onderda-", "nen", "de onderdanen"),
        ("de zee-", "eend", "de zee-eend"),
        ("de auto-", "ongelukken", "de auto-ongelukken"),
    ],
)
def test_real_hyphens_and_broken_words(left: str, right: str, joined: str) -> None:
    assert _join(left, right) == joined


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("voortijdig be-", "eindigd, waarna", "voortijdig beëindigd, waarna"),
        ("door de Inspectie ge-", "informeerd.", "door de Inspectie geïnformeerd."),
        ("de financi-", "ele middelen", "de financiële middelen"),
        ("het ide-", "ele doel", "het ideële doel"),
        ("de pati-", "ent", "de patiënt"),
        ("het financi-", "eel kader", "het financieel kader"),
        ("zijn ge-", "opend", "zijn geopend"),
        ("is be-", "oordeeld", "is beoordeeld"),
    ],
)
def test_a_trema_dropped_at_the_break_comes_back(left: str, right: str, joined: str) -> None:
    assert _join(left, right) == joined


def test_evidence_from_the_document() -> None:
    # the ex- prefix before a word the document uses on its own
    assert _join("een ex-", "minister", "De minister antwoordt.") == "een ex-minister"
    # an initialism the document hyphenates in another compound
    assert _join("de cao-", "afspraken", "De cao-partijen zijn het eens.") == "de cao-afspraken"
    assert _join("de havo-", "leerlingen", "Het havo-diploma telt.") == "de havo-leerlingen"
    # without that evidence a lower-case continuation is a broken word
    assert _join("de onderhande-", "lingen") == "de onderhandelingen"
    # but the document writing the joined form decides, also after a known initialism
    assert _join("de cao-", "afspraken", "De caoafspraken zijn rond.") == "de caoafspraken"


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("de cao-", "afspraken", "de cao-afspraken"),
        ("meer havo-", "leerlingen", "meer havo-leerlingen"),
        ("de Cao-", "partijen", "de Cao-partijen"),
        ("de ov-", "chipkaart", "de ov-chipkaart"),
        ("de aow-", "leeftijd", "de aow-leeftijd"),
        ("het uwv-", "kantoor", "het uwv-kantoor"),
        ("de eu-", "ro", "de euro"),  # not an initialism here: "eu-ro" is how euro is broken
    ],
)
def test_lower_case_initialisms_keep_their_hyphen(left: str, right: str, joined: str) -> None:
    assert _join(left, right) == joined
