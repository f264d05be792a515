"""Fetching documents straight from the official open data.

Entry points:
- ``FetchQuery`` (what to fetch) and ``FetchSettings`` (where the sources are, how politely);
- ``discover(client, query)``: the publications a query lists (for ``--dry-run`` and previews);
- ``run_job(ledger, client, query, cache, progress=…)``: fetch, parse and import each one;
- ``check_sources(settings)``: which of the real services answer (manual, never in tests).

Sources: the KOOP SRU service (discovery), the KOOP repository (official XML and
``metadata.xml``, the PDF where there is no XML), the Tweede Kamer's OData API (the case, its
askers with their party, the office holder addressed). HTTP happens only in this package.
"""

from naast.core.fetch.errors import FetchCancelled, FetchError
from naast.core.fetch.http import PoliteClient
from naast.core.fetch.job import Progress, discover, run_job
from naast.core.fetch.query import FetchQuery
from naast.core.fetch.settings import FetchSettings

__all__ = [
    "FetchCancelled",
    "FetchError",
    "FetchQuery",
    "FetchSettings",
    "PoliteClient",
    "Progress",
    "discover",
    "run_job",
]
