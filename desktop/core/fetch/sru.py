"""Discovery through the KOOP SRU service (SRU 2.0, record schema ``gzd``).

A response is ``searchRetrieveResponse`` with ``numberOfRecords``, ``records/record`` and, when
there are more, ``nextRecordPosition``. Each record's ``recordData/gzd`` holds ``originalData``
(the OWMS metadata: ``owmskern``, ``owmsmantel``, ``tpmeta``) and ``enrichedData`` (``url``,
``itemUrl manifestation="xml|pdf|metadata|…"``). Elements are matched by local name, so the
namespace prefixes the service uses do not matter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlencode
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from naast.core.fetch.errors import BadResponse
from naast.core.fetch.http import PoliteClient

SERVICE = "KOOP SRU service"
_MAX_RECORDS = 10_000


@dataclass(frozen=True, slots=True)
class Record:
    """One publication as the search lists it."""

    identifier: str
    title: str = ""
    date: str | None = None  # dt.date: the date of the document
    available: str | None = None
    publication: str = ""  # publicatienaam
    doc_types: tuple[str, ...] = ()
    kenmerk: str | None = None  # tpmeta vraagnummer
    aanhangsel_number: str | None = None
    vergaderjaar: str | None = None
    urls: dict[str, str] = field(default_factory=dict)  # manifestation -> URL

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["doc_types"] = list(self.doc_types)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Record:
        return cls(**{**data, "doc_types": tuple(data.get("doc_types", ()))})


@dataclass(frozen=True, slots=True)
class Page:
    total: int
    records: tuple[Record, ...]
    next_position: int | None


def search(client: PoliteClient, cql: str, *, page_size: int) -> Iterator[Page]:
    """Every page of the answer to ``cql``, in order."""
    position = 1
    while True:
        page = fetch_page(client, cql, position, page_size)
        yield page
        if page.next_position is None or page.next_position <= position or page.next_position > _MAX_RECORDS:
            return
        position = page.next_position


def fetch_page(client: PoliteClient, cql: str, start: int, page_size: int) -> Page:
    params = {
        "operation": "searchRetrieve",
        "version": "2.0",
        "recordSchema": "gzd",
        "query": cql,
        "startRecord": str(start),
        "maximumRecords": str(page_size),
    }
    url = f"{client.settings.sru_url}?{urlencode(params)}"
    response = client.get(url, service=SERVICE, expect="xml")
    return parse_page(response.body)


def parse_page(body: bytes) -> Page:
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException) as exc:
        raise BadResponse(f"The {SERVICE} sent XML that cannot be read ({_first_line(exc)}).") from None
    if _local(root.tag) != "searchRetrieveResponse":
        raise BadResponse(
            f"The {SERVICE} sent {_local(root.tag)!r} where an SRU searchRetrieveResponse belongs."
        )
    diagnostic = _find(root, "diagnostics")
    if diagnostic is not None:
        message = (
            _text(_find(diagnostic, "message")) or _text(_find(diagnostic, "details")) or "no reason given"
        )
        raise BadResponse(f"The {SERVICE} refused the query ({message}).")
    count = _text(_child(root, "numberOfRecords"))
    if not count or not count.isdigit():
        raise BadResponse(f"The {SERVICE} sent an SRU answer without a number of records.")
    records_elem = _child(root, "records")
    records = tuple(
        _record(r) for r in (records_elem if records_elem is not None else ()) if _local(r.tag) == "record"
    )
    following = _text(_child(root, "nextRecordPosition"))
    next_position = int(following) if following and following.isdigit() else None
    return Page(int(count), records, next_position)


def _record(elem: Element) -> Record:
    meta = _find(elem, "originalData")
    enriched = _find(elem, "enrichedData")
    if meta is None:
        raise BadResponse(f"The {SERVICE} sent a record without its gzd originalData.")
    identifier = _text(_find(meta, "identifier"))
    if not identifier:
        raise BadResponse(f"The {SERVICE} sent a record without an identifier.")
    urls: dict[str, str] = {}
    if enriched is not None:
        for item in enriched.iter():
            if _local(item.tag) == "itemUrl" and item.get("manifestation") and item.text:
                urls.setdefault(item.get("manifestation", ""), item.text.strip())
        url = _text(_child(enriched, "url"))
        if url and "xml" not in urls and url.endswith(".xml"):
            urls["xml"] = url
    return Record(
        identifier=identifier,
        title=_text(_find(meta, "title")),
        date=_text(_find(meta, "date")) or None,
        available=_text(_find(meta, "available")) or None,
        publication=_text(_find(meta, "publicatienaam")),
        doc_types=tuple(_text(e) for e in meta.iter() if _local(e.tag) == "type" and _text(e)),
        kenmerk=_text(_find(meta, "vraagnummer")) or None,
        aanhangsel_number=_text(_find(meta, "aanhangselnummer")) or None,
        vergaderjaar=_text(_find(meta, "vergaderjaar")) or None,
        urls=urls,
    )


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(elem: Element, name: str) -> Element | None:
    return next((c for c in elem if _local(c.tag) == name), None)


def _find(elem: Element, name: str) -> Element | None:
    return next((e for e in elem.iter() if _local(e.tag) == name), None)


def _text(elem: Element | None) -> str:
    return " ".join("".join(elem.itertext()).split()) if elem is not None else ""


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]
