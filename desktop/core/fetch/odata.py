"""Enrichment from the Tweede Kamer's open data (Gegevensmagazijn, OData v4, JSON).

- ``Zaak?$filter=Nummer eq '2024Z02101'&$expand=ZaakActor,Document``: the case of a set of
  Kamervragen, its actors (``Relatie``: Indiener, Medeindiener, Gericht aan, and for some cases
  Beantwoorder; ``ActorNaam``, ``ActorFractie`` = the party at the time) and its documents
  (``Soort``, ``DocumentNummer``, ``Aanhangselnummer``).
- ``Document?$filter=DocumentNummer eq '2024D05555'&$expand=Zaak``: the case of a D-number.

Plain HTTP through the polite client rather than the ``tkapi`` package: tkapi fixes its own
requests session (no shared rate limit, retries, cache or cancel) and offers no ZaakActor reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from naast.core.fetch.errors import BadResponse
from naast.core.fetch.http import PoliteClient

SERVICE = "Tweede Kamer OData API"
_ASKING = ("Indiener", "Medeindiener")
_SOORT_TYPE = {
    "Schriftelijke vragen": "questions",
    "Antwoord schriftelijke vragen": "answers",
    "Antwoord schriftelijke vragen (nader)": "answers",
    "Mededeling (uitstel antwoord)": "notice",
}


@dataclass(frozen=True, slots=True)
class CaseDocument:
    soort: str
    number: str | None  # DocumentNummer
    aanhangsel: str | None  # VVVVNNNNN

    @property
    def doc_type(self) -> str | None:
        return _SOORT_TYPE.get(self.soort)

    def koop_identifier(self, zaak: str) -> str | None:
        if self.doc_type == "questions":
            return f"kv-tk-{zaak}"
        return aanhangsel_identifier(self.aanhangsel) if self.aanhangsel else None


@dataclass(frozen=True, slots=True)
class CaseInfo:
    number: str  # the Zaak number: the kenmerk
    zaak_id: str
    title: str
    askers: tuple[tuple[str, str | None], ...] = ()  # (name, party) in the order given
    addressees: tuple[str, ...] = ()
    answerers: tuple[str, ...] = ()
    documents: tuple[CaseDocument, ...] = field(default_factory=tuple)

    def koop_identifiers(self) -> list[str]:
        found = (d.koop_identifier(self.number) for d in self.documents)
        return list(dict.fromkeys(i for i in found if i))


def aanhangsel_identifier(value: str) -> str | None:
    """ "242501244" (VVVVNNNNN) -> "ah-tk-20242025-1244"; anything else -> None."""
    if len(value) < 5 or not value.isdigit():
        return None
    first, second, number = int(value[:2]), int(value[2:4]), int(value[4:])
    year = 2000 + first if first < 90 else 1900 + first
    following = 2000 + second if second < 90 else 1900 + second
    return f"ah-tk-{year}{following}-{number}"


def find_case(client: PoliteClient, number: str) -> CaseInfo | None:
    url = _url(
        client, "Zaak", f"Nummer eq '{_literal(number)}' and Verwijderd eq false", "ZaakActor,Document"
    )
    values = _values(client, url)
    return _case(values[0]) if values else None


def cases_of_document(client: PoliteClient, number: str) -> list[str]:
    url = _url(client, "Document", f"DocumentNummer eq '{_literal(number)}' and Verwijderd eq false", "Zaak")
    numbers: list[str] = []
    for document in _values(client, url):
        for zaak in _list(document, "Zaak"):
            if isinstance(zaak, dict) and zaak.get("Nummer"):
                numbers.append(str(zaak["Nummer"]))
    return list(dict.fromkeys(numbers))


def _url(client: PoliteClient, entity: str, odata_filter: str, expand: str) -> str:
    base = client.settings.odata_url.rstrip("/")
    return f"{base}/{entity}?$filter={quote(odata_filter)}&$expand={quote(expand)}"


def _values(client: PoliteClient, url: str) -> list[dict[str, Any]]:
    body = client.get(url, service=SERVICE, expect="json").body
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadResponse(f"The {SERVICE} sent JSON that cannot be read ({exc}).") from None
    values = data.get("value") if isinstance(data, dict) else None
    if not isinstance(values, list):
        raise BadResponse(f"The {SERVICE} sent an answer without an OData 'value' list.")
    return [v for v in values if isinstance(v, dict)]


def _case(zaak: dict[str, Any]) -> CaseInfo:
    actors = [a for a in _list(zaak, "ZaakActor") if isinstance(a, dict) and a.get("ActorNaam")]
    askers = tuple(  # the Indiener first, then the Medeindieners, as the questions name them
        (str(a["ActorNaam"]).strip(), a.get("ActorFractie") or None)
        for relation in _ASKING
        for a in actors
        if a.get("Relatie") == relation
    )
    documents = tuple(
        CaseDocument(str(d.get("Soort") or ""), d.get("DocumentNummer"), _str(d.get("Aanhangselnummer")))
        for d in _list(zaak, "Document")
        if isinstance(d, dict)
    )
    return CaseInfo(
        number=str(zaak.get("Nummer") or ""),
        zaak_id=str(zaak.get("Id") or ""),
        title=str(zaak.get("Titel") or zaak.get("Onderwerp") or ""),
        askers=askers,
        addressees=_named(actors, "Gericht aan"),
        answerers=_named(actors, "Beantwoorder"),
        documents=documents,
    )


def _named(actors: list[dict[str, Any]], relation: str) -> tuple[str, ...]:
    return tuple(str(a["ActorNaam"]).strip() for a in actors if a.get("Relatie") == relation)


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return value if isinstance(value, list) else []


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _literal(value: str) -> str:
    return value.replace("'", "''")
