"""The query: identifiers recognised, the CQL sent to the SRU service, names checked on each
fetched document, and the OData case read from its documented shape."""

from __future__ import annotations

import json

import pytest
from loopback import RECORDED

from naast.core.fetch.documents import matches, mirror
from naast.core.fetch.errors import QueryError
from naast.core.fetch.odata import _case, aanhangsel_identifier
from naast.core.fetch.query import FetchQuery, classify
from naast.core.parsing import parse_text

ANSWER = parse_text(
    "Vragen van de leden Podt (D66) en Van Dijk (CDA) aan de Staatssecretaris van Justitie en Veiligheid "
    "over gedwongen terugkeer (ingezonden 21 mei 2024).\n\nAntwoord van Staatssecretaris Van der Burg "
    "(Justitie en Veiligheid) (ontvangen 20 juni 2024).\n\nVraag 1\nHoeveel?\n\nAntwoord 1\nVijfendertig.\n"
)


def test_identifiers_are_recognised_and_nonsense_refused() -> None:
    assert [
        classify(i)
        for i in (
            "ah-tk-20232024-1481",
            "ah-tk-20082009-3385-n1",
            "kv-tk-2022Z18908",
            "kst-19637-1550",
            "2024Z02101",
            "2024D05555",
        )
    ] == ["koop", "koop", "koop", "koop", "zaak", "document"]
    with pytest.raises(QueryError, match="is not an identifier Naast knows"):
        classify("ah-tk-1481")
    with pytest.raises(QueryError, match="is not one of answers, questions, notices, letters"):
        FetchQuery(text="x", kind="motions")


def test_the_cql_names_each_part_of_the_query() -> None:
    query = FetchQuery(
        text="terugkeer", date_from="2015-01-01", date_to="2025-12-31", kind="questions", asker='Van "Nispen"'
    )
    assert query.search_cql() == (
        'c.product-area==officielepublicaties and w.publicatienaam=="Kamervragen zonder antwoord" and '
        'cql.textAndIndexes="terugkeer" and cql.textAndIndexes="Van Nispen" and '
        "dt.date>=2015-01-01 and dt.date<=2025-12-31"
    )
    assert FetchQuery(identifiers=("ah-tk-20232024-1481",)).search_cql() is None
    assert FetchQuery.from_json(query.to_json()) == query


def test_names_and_kind_are_checked_on_the_document_itself() -> None:
    assert matches(FetchQuery(text="x", kind="answers"), ANSWER) is None
    assert matches(FetchQuery(text="x", kind="notices"), ANSWER) == "it is answers, not notices"
    assert matches(FetchQuery(party="cda"), ANSWER) is None
    assert matches(FetchQuery(party="SP"), ANSWER) == "no asker is of SP"
    assert matches(FetchQuery(asker="podt"), ANSWER) is None
    assert matches(FetchQuery(asker="Eerdmans"), ANSWER) == "it was not asked by Eerdmans"
    assert matches(FetchQuery(by="Van der Burg"), ANSWER) is None
    assert matches(FetchQuery(by="Faber"), ANSWER) == "it was not answered by Faber"
    assert matches(FetchQuery(ministry="justitie en veiligheid"), ANSWER) is None
    assert matches(FetchQuery(ministry="Financiën"), ANSWER) == "it is not from or to Financiën"


def test_the_case_is_read_from_the_recorded_odata_shape() -> None:
    data = json.loads((RECORDED / "odata" / "Zaak" / "2024Z09003.json").read_text(encoding="utf-8"))
    case = _case(data["value"][0])
    assert case.number == "2024Z09003"
    assert case.askers == (("A.H. Podt", "D66"), ("H.M. van Dijk", "CDA"))
    assert case.addressees == ("E. van der Burg",)
    assert case.koop_identifiers() == ["ah-tk-20232024-2903"]
    assert aanhangsel_identifier("242501244") == "ah-tk-20242025-1244"
    assert aanhangsel_identifier("151601580") == "ah-tk-20152016-1580"  # FORMATS.md's examples
    assert aanhangsel_identifier("9900123") == "ah-tk-19992000-123"
    assert aanhangsel_identifier("x") is None


def test_a_mirror_replaces_the_repository_address() -> None:
    url = "https://repository.overheid.nl/frbr/officielepublicaties/ah-tk/20232024/x/1/xml/x.xml"
    assert (
        mirror(url, "http://127.0.0.1:8080/")
        == "http://127.0.0.1:8080/frbr/officielepublicaties/ah-tk/20232024/x/1/xml/x.xml"
    )
    assert mirror(url, "https://repository.overheid.nl") == url
