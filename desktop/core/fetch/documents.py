"""One listed publication to one document ready to import: download, parse, apply official facts.

The official XML is read as it is (the structure from XML is exact); where a publication has no
XML manifestation the PDF is used. ``metadata.xml`` is kept apart from the XML in the cache so
that the parse reads only the document, and the official values are applied afterwards with
their provenance (see ``provenance``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from naast.core.errors import ImportFailed
from naast.core.fetch.http import PoliteClient
from naast.core.fetch.odata import CaseInfo
from naast.core.fetch.provenance import Official, Provenance, merge
from naast.core.fetch.query import FetchQuery
from naast.core.fetch.settings import REPOSITORY_URL
from naast.core.fetch.sru import Record
from naast.core.model import DocType, ParsedDocument, Person
from naast.core.parsing import content_hash, parse_file
from naast.core.parsing.xml_meta import read_metadata_file

SERVICE = "KOOP repository"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_KIND_TYPE = {
    "answers": DocType.ANSWERS,
    "questions": DocType.QUESTIONS,
    "notices": DocType.NOTICE,
    "letters": DocType.LETTER,
}


@dataclass(frozen=True, slots=True)
class FetchedDocument:
    identifier: str
    document: ParsedDocument
    content_hash: str
    provenance: tuple[Provenance, ...]
    case: CaseInfo | None
    case_key: str | None

    @property
    def case_role(self) -> str:
        value = self.document.doc_type.value
        return value if value in ("questions", "notice", "answers") else "other"


def fetch_document(
    client: PoliteClient, record: Record, cache: Path, find_case: Callable[[str], CaseInfo | None]
) -> FetchedDocument:
    folder = cache / _SAFE_NAME.sub("_", record.identifier)
    manifestation = "xml" if "xml" in record.urls else "pdf" if "pdf" in record.urls else None
    if manifestation is None:
        raise ImportFailed(record.identifier, "the repository lists neither an XML nor a PDF of it")
    url = mirror(record.urls[manifestation], client.settings.repository_url)
    name = _SAFE_NAME.sub("_", url.rsplit("/", 1)[-1]) or f"{record.identifier}.{manifestation}"
    path = folder / name
    data = client.download(url, path, service=SERVICE, expect=manifestation)
    official_meta: dict[str, str] = {}
    if "metadata" in record.urls:
        meta_path = folder / "metadata" / "metadata.xml"
        client.download(
            mirror(record.urls["metadata"], client.settings.repository_url),
            meta_path,
            service=SERVICE,
            expect="xml",
        )
        official_meta = read_metadata_file(meta_path)
    parsed = parse_file(path, data=data)
    kenmerk = official_meta.get("kenmerk") or record.kenmerk or parsed.kenmerk
    case = find_case(kenmerk) if kenmerk else None
    official = _official(record, official_meta, case)
    document, provenance = merge(parsed, official)
    extra = dict(document.extra)
    extra.update({f"official:{k[5:]}": v for k, v in official_meta.items() if k.startswith("meta:")})
    extra["fetched_from"] = url
    if case is not None and case.zaak_id:
        extra["zaak_id"] = case.zaak_id
    document = replace(document, extra=extra)
    case_key = case.number if case is not None and case.number else document.kenmerk
    return FetchedDocument(record.identifier, document, content_hash(data), provenance, case, case_key)


def matches(query: FetchQuery, document: ParsedDocument) -> str | None:
    """Why a fetched document falls outside the query (None when it fits): the search is by words,
    the names and the kind are checked on the document's own metadata."""
    if query.kind and document.doc_type is not _KIND_TYPE[query.kind]:
        return f"it is {document.doc_type.value}, not {query.kind}"
    answered = document.answered_by
    if query.ministry and not _contains(
        query.ministry,
        answered.ministry if answered else None,
        *document.addressees,
        *(answered.on_behalf_of if answered else ()),
    ):
        return f"it is not from or to {query.ministry}"
    if query.by and not _contains(query.by, answered.name if answered else None):
        return f"it was not answered by {query.by}"
    if query.asker and not _contains(query.asker, *(p.name for p in document.askers)):
        return f"it was not asked by {query.asker}"
    if query.party and not any(_fold(query.party) == _fold(p.party or "") for p in document.askers):
        return f"no asker is of {query.party}"
    return None


def mirror(url: str, base: str) -> str:
    """A repository URL with its address replaced by the configured one (a mirror, a test server)."""
    if base.rstrip("/") != REPOSITORY_URL and url.startswith(REPOSITORY_URL):
        return base.rstrip("/") + url[len(REPOSITORY_URL) :]
    return url


def _official(record: Record, meta: dict[str, str], case: CaseInfo | None) -> Official:
    values: dict[str, tuple[str, str]] = {}
    for name in (
        "identifier",
        "kenmerk",
        "aanhangsel_number",
        "vergaderjaar",
        "date_submitted",
        "date_received",
        "title",
    ):
        if meta.get(name):
            values[name] = (meta[name], "metadata.xml")
    values.setdefault("identifier", (record.identifier, "SRU record"))
    if record.kenmerk:
        values.setdefault("kenmerk", (record.kenmerk, "SRU record"))
    if case is not None and case.number:
        values.setdefault("kenmerk", (case.number, "OData Zaak"))
    doc_type = meta.get("doc_type") or _case_type(record.identifier, case)
    if doc_type:
        values["doc_type"] = (doc_type, "metadata.xml" if meta.get("doc_type") else "OData Zaak")
    if case is not None and case.askers:
        askers = tuple(Person(name, party) for name, party in case.askers)
        return Official(values, askers, "OData Zaak", case.answerers[0] if case.answerers else None)
    names = [n for n in meta.get("askers", "").split("|") if n]
    answerer = case.answerers[0] if case is not None and case.answerers else None
    return Official(values, tuple(Person(n) for n in names), "metadata.xml", answerer)


def _case_type(identifier: str, case: CaseInfo | None) -> str | None:
    if case is None:
        return None
    for document in case.documents:
        if document.koop_identifier(case.number) == identifier and document.doc_type:
            return document.doc_type
    return None


def _contains(needle: str, *values: str | None) -> bool:
    folded = _fold(needle)
    return any(folded in _fold(v) for v in values if v)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
