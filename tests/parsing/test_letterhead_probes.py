"""A letterhead's Postbus number read as a year with a footnote marker (robustness probe, failure 4)."""

from __future__ import annotations

from naast.core.parsing import parse_text
from naast.core.parsing.footnotes import find_marker


def test_postbus_number_is_not_a_year_with_a_marker() -> None:
    text = (
        "> Retouradres Postbus 20011 2500 EH Den Haag\n\nHet COA heeft ruim 65.000 mensen in de opvang.1 Dit"
    )
    assert find_marker(text, "1") == text.index("opvang.1") + 7
    address = "Postbus 20011\n2500 EH Den Haag. Zie het rapport uit 2019.1"
    assert find_marker(address, "1") == address.index("2019.1") + 5
    year = "Dit gebeurde in 20191 en daarna niet meer."
    assert find_marker(year, "1") == year.index("20191") + 4


def test_letterhead_keeps_footnote_1_in_the_body() -> None:
    text = (
        "> Retouradres Postbus 20011 2500 EH Den Haag\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 14 november 2024\nBetreft Voortgangsbrief opvang asielzoekers\n\n"
        "Het Centraal Orgaan opvang asielzoekers (COA) heeft op 1 november 2024 ruim 65.000 mensen "
        "in de opvang.1 Dit is meer dan de reguliere capaciteit.\n\n"
        "1 COA, Bezettingscijfers november 2024.\n\n"
        "Gemeenten bieden op dit moment ruim 13.000 noodopvangplekken aan.\n"
    )
    doc = parse_text(text)
    assert [(f.marker, f.anchor) for f in doc.footnotes] == [("1", doc.text.index("opvang.1") + 7)]
