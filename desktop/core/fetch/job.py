"""Running a fetch: list what the query finds, then fetch, parse and import each in turn.

The job's state lives in the project (through the ``Ledger`` the store provides), so a fetch
stopped at any point — cancelled, a fault, the process killed — resumes where it was: listed
publications are kept, each document is imported in one transaction and then marked done, and a
document found in the project already (by identifier or content) is skipped. A fault of a source
stops the job with one sentence and leaves it resumable; a document that cannot be parsed is
marked failed and the others go on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from naast.core.errors import ImportFailed
from naast.core.fetch import odata, sru
from naast.core.fetch.commands import ImportFetched
from naast.core.fetch.documents import fetch_document, matches
from naast.core.fetch.errors import FetchCancelled, FetchError
from naast.core.fetch.http import PoliteClient
from naast.core.fetch.odata import CaseInfo
from naast.core.fetch.query import FetchQuery, identifier_cql


class Ledger(Protocol):
    """What a job needs of the project; ``naast.store.fetch_jobs.ProjectLedger`` is one."""

    def add_items(self, records: Iterable[tuple[str, dict[str, Any]]]) -> int: ...
    def pending(self) -> list[tuple[str, dict[str, Any]]]: ...
    def counts(self) -> dict[str, int]: ...
    def mark(self, identifier: str, state: str, message: str = "") -> None: ...
    def set_state(self, state: str, message: str = "", total: int | None = None) -> None: ...
    def discovered(self) -> bool:
        """Whether the listing ended (a run stopped while listing lists again, keeping what it had)."""
        ...

    def present(self, identifier: str, content_hash: str | None = None) -> int | None: ...
    def import_fetched(self, command: ImportFetched) -> int | None: ...


@dataclass(slots=True)
class Progress:
    """Counts, rate and time left, as the terminal bar and the dialog show them."""

    total: int = 0
    done: int = 0
    imported: int = 0
    present: int = 0
    skipped: int = 0
    failed: int = 0
    current: str = ""
    started: float = field(default_factory=time.monotonic)
    done_at_start: int = 0

    @property
    def rate(self) -> float:
        """Documents per second in this run."""
        elapsed = time.monotonic() - self.started
        return (self.done - self.done_at_start) / elapsed if elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None


ProgressCallback = Callable[[Progress], None]


def discover(client: PoliteClient, query: FetchQuery) -> Iterator[list[sru.Record]]:
    """The publications the query lists, page by page (identifiers first, then the search)."""
    identifiers = list(query.koop_identifiers())
    for number in query.tk_numbers():
        zaken = [number] if number[4] == "Z" else odata.cases_of_document(client, number)
        for zaak in zaken:
            case = odata.find_case(client, zaak)
            identifiers.extend(case.koop_identifiers() if case else [])
    for identifier in dict.fromkeys(identifiers):
        page = sru.fetch_page(client, identifier_cql(identifier), 1, 10)
        yield [r for r in page.records if r.identifier == identifier]
    cql = query.search_cql()
    if cql is not None:
        for page in sru.search(client, cql, page_size=client.settings.page_size):
            yield list(page.records)


def run_job(
    ledger: Ledger,
    client: PoliteClient,
    query: FetchQuery,
    cache: Path,
    *,
    progress: ProgressCallback | None = None,
    now: Callable[[], str],
) -> Progress:
    """Carry the job to its end; raises a FetchError (the job then resumable) on a source's fault."""
    state = Progress()
    try:
        if not ledger.discovered():
            for records in discover(client, query):
                ledger.add_items((r.identifier, r.to_json()) for r in records)
        counts = ledger.counts()
        ledger.set_state("running", total=sum(counts.values()))
        _count(state, counts)
        state.done_at_start = state.done
        _report(progress, state)
        cases = _CaseCache(client)
        while pending := ledger.pending():  # completing cases may list more
            for identifier, data in pending:
                state.current = identifier
                via_case = bool(data.pop("via_case", False))
                record = sru.Record.from_json(data)
                if query.complete_cases and not via_case:
                    state.total += _list_case(ledger, client, record, cases)
                outcome, message = _one(ledger, client, query, record, cache, cases, now, via_case)
                ledger.mark(identifier, outcome, message)
                setattr(state, outcome, getattr(state, outcome) + 1)
                state.done += 1
                _report(progress, state)
    except FetchCancelled as exc:
        ledger.set_state("cancelled", str(exc))
        raise
    except FetchError as exc:
        ledger.set_state("interrupted", str(exc))
        raise
    except BaseException:  # KeyboardInterrupt and the like: the job stays resumable
        ledger.set_state("cancelled", "The fetch was stopped.")
        raise
    state.current = ""
    ledger.set_state("done")
    return state


def _one(
    ledger: Ledger,
    client: PoliteClient,
    query: FetchQuery,
    record: sru.Record,
    cache: Path,
    cases: _CaseCache,
    now: Callable[[], str],
    via_case: bool = False,
) -> tuple[str, str]:
    if ledger.present(record.identifier) is not None:
        return "present", "already in the project"
    try:
        fetched = fetch_document(client, record, cache, cases.get)
    except ImportFailed as exc:
        return "failed", exc.reason
    if ledger.present(record.identifier, fetched.content_hash) is not None:
        return "present", "already in the project"
    outside = None if via_case else matches(query, fetched.document)
    if outside is not None:
        return "skipped", outside
    ledger.import_fetched(ImportFetched(fetched, now()))
    return "imported", ""


def _list_case(ledger: Ledger, client: PoliteClient, record: sru.Record, cases: _CaseCache) -> int:
    """List the other publications of the record's case (before it is imported, so that a run
    stopped in between lists them again on resuming); returns how many were new."""
    case = cases.get(record.kenmerk) if record.kenmerk else None
    if case is None:
        return 0
    added = 0
    for identifier in case.koop_identifiers():
        if identifier == record.identifier:
            continue
        page = sru.fetch_page(client, identifier_cql(identifier), 1, 10)
        found = [r for r in page.records if r.identifier == identifier]
        added += ledger.add_items((r.identifier, {**r.to_json(), "via_case": True}) for r in found)
    return added


class _CaseCache:
    """One OData question per case in a run: the questions, notice and answers share it."""

    def __init__(self, client: PoliteClient) -> None:
        self.client = client
        self.known: dict[str, CaseInfo | None] = {}

    def get(self, number: str) -> CaseInfo | None:
        if not self.client.settings.enrich:
            return None
        if number not in self.known:
            self.known[number] = odata.find_case(self.client, number)
        return self.known[number]


def _count(state: Progress, counts: dict[str, int]) -> None:
    state.total = sum(counts.values())
    for name in ("imported", "present", "skipped", "failed"):
        setattr(state, name, counts.get(name, 0))
    state.done = state.total - counts.get("pending", 0)


def _report(progress: ProgressCallback | None, state: Progress) -> None:
    if progress is not None:
        progress(state)
