"""``naast fetch --check-sources``: which of the configured sources answer. Manual only: it asks
the real services (or the mirrors configured), so no test runs it."""

from __future__ import annotations

from naast.core.fetch import odata, sru
from naast.core.fetch.documents import SERVICE as REPOSITORY
from naast.core.fetch.documents import mirror
from naast.core.fetch.errors import FetchError
from naast.core.fetch.http import PoliteClient
from naast.core.fetch.query import identifier_cql
from naast.core.fetch.settings import FetchSettings

_PROBE = "ah-tk-20232024-1481"


def check_sources(settings: FetchSettings) -> list[tuple[str, bool, str]]:
    """(source, answers, what it said) for the SRU service, the repository and the OData API."""
    client = PoliteClient(settings.with_overrides(retries=1))
    results: list[tuple[str, bool, str]] = []
    record = None
    try:
        page = sru.fetch_page(client, identifier_cql(_PROBE), 1, 1)
        record = page.records[0] if page.records else None
        results.append((sru.SERVICE, True, f"{page.total} record(s) for {_PROBE}"))
    except FetchError as exc:
        results.append((sru.SERVICE, False, str(exc)))
    if record is not None and record.urls.get("metadata"):
        try:
            url = mirror(record.urls["metadata"], settings.repository_url)
            body = client.get(url, service=REPOSITORY, expect="xml").body
            results.append((REPOSITORY, True, f"metadata.xml of {_PROBE}, {len(body)} bytes"))
        except FetchError as exc:
            results.append((REPOSITORY, False, str(exc)))
    else:
        results.append((REPOSITORY, False, "not tried: the SRU service gave no record to download"))
    try:
        case = odata.find_case(client, "2024Z02101")
        results.append((odata.SERVICE, True, f"Zaak 2024Z02101: {case.title if case else 'not found'}"))
    except FetchError as exc:
        results.append((odata.SERVICE, False, str(exc)))
    return results
