"""``naast fetch PROJECT``: documents straight from the official open data.

    naast fetch P.naast --text terugkeer --from 2015-01-01 --to 2025-12-31 --kind answers
    naast fetch P.naast ah-tk-20232024-1481 kv-tk-2024Z02101 2024Z02101 2024D05555
    naast fetch P.naast --text terugkeer --dry-run      # the count, then the list; nothing changes
    naast fetch P.naast --resume                        # carry on the last unfinished fetch
    naast fetch P.naast --review | --cases | --jobs     # what the fetches left to look at
    naast fetch --check-sources                         # which real services answer (manual)

A progress bar (counts, rate, time left) runs on stderr when it is a terminal. A fault of a
source prints one sentence and leaves the job resumable; Ctrl+C stops it the same way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from naast.core.errors import NaastError
from naast.core.fetch import FetchQuery, FetchSettings, PoliteClient, Progress, discover, run_job
from naast.core.fetch.errors import FetchError, QueryError
from naast.core.fetch.query import KINDS
from naast.store import fetch_jobs
from naast.store.project import Project, now_iso

_BAR = 24


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("fetch", help="fetch documents from the official open data")
    parser.add_argument("project", type=Path, nargs="?", help="the project file")
    parser.add_argument(
        "identifiers", nargs="*", metavar="ID", help="ah-tk-…, kv-tk-…, kst-…, a Z- or D-number"
    )
    parser.add_argument("--text", default="", help="words the documents contain")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (2015-01-01)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date (2025-12-31)")
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--ministry", default="", help="the ministry that answered or was asked")
    parser.add_argument("--by", default="", help="the office holder who answered")
    parser.add_argument("--asker", default="", help="an MP who asked")
    parser.add_argument("--party", default="", help="the party of an MP who asked")
    parser.add_argument(
        "--complete-cases", action="store_true", help="also fetch the questions and Mededeling of each case"
    )
    parser.add_argument("--dry-run", action="store_true", help="list what would come, with a count first")
    parser.add_argument("--resume", nargs="?", type=int, const=0, metavar="JOB", help="resume a fetch")
    parser.add_argument("--jobs", action="store_true", help="list the project's fetch jobs")
    parser.add_argument("--review", action="store_true", help="documents whose official metadata disagrees")
    parser.add_argument("--cases", action="store_true", help="the linked cases of the project")
    parser.add_argument("--check-sources", action="store_true", help="report which real sources answer")
    parser.add_argument("--sru-url", help="the KOOP SRU address (a mirror)")
    parser.add_argument("--repository-url", help="the KOOP repository address (a mirror)")
    parser.add_argument("--odata-url", help="the Tweede Kamer OData address (a mirror)")
    parser.add_argument("--rate", type=float, help="requests per second at most (default 2)")
    parser.add_argument("--timeout", type=float, help="seconds to wait for one answer (default 30)")
    parser.add_argument("--retries", type=int, help="further tries after 429, 5xx or a broken download")
    parser.add_argument("--no-enrich", action="store_true", help="do not ask the Tweede Kamer OData API")
    parser.add_argument("--cache", type=Path, help="download cache folder (default: beside the project)")
    parser.add_argument("--coder", default="", help="name recorded in the project history")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.check_sources:
        return _check_sources(_settings(args, _environment()))
    if args.project is None:
        raise QueryError("Name the project to fetch into.")
    if args.jobs or args.review or args.cases:
        return _report(args)
    if args.dry_run:
        return _dry_run(args)
    with Project.open(args.project) as project:
        if args.resume is not None:
            job = _job_to_resume(project, args.resume)
            query = FetchQuery.from_json(job.query)
            settings = _settings(args, FetchSettings.from_json(job.settings))
            job_id = job.id
        else:
            query, settings = _query(args), _settings(args, _environment())
            job_id = fetch_jobs.create_job(project, query.to_json(), settings.to_json())
        ledger = fetch_jobs.ProjectLedger(project, job_id, coder=args.coder)
        bar = _Bar(sys.stderr)
        try:
            state = run_job(
                ledger, PoliteClient(settings), query, _cache(args), progress=bar.update, now=now_iso
            )
        except FetchError as exc:
            bar.clear()
            raise FetchError(
                f"{str(exc).rstrip('.')}; resume with: naast fetch {args.project} --resume"
            ) from exc
        bar.clear()
    print(_summary(state))
    return 1 if state.failed else 0


def _query(args: argparse.Namespace) -> FetchQuery:
    return FetchQuery(
        text=args.text,
        date_from=args.date_from,
        date_to=args.date_to,
        kind=args.kind,
        ministry=args.ministry,
        by=args.by,
        asker=args.asker,
        party=args.party,
        identifiers=tuple(args.identifiers),
        complete_cases=args.complete_cases,
    )


def _settings(args: argparse.Namespace, base: FetchSettings) -> FetchSettings:
    try:
        return base.with_overrides(
            sru_url=args.sru_url,
            repository_url=args.repository_url,
            odata_url=args.odata_url,
            rate=args.rate,
            timeout=args.timeout,
            retries=args.retries,
            enrich=False if args.no_enrich else None,
        )
    except ValueError as exc:
        raise QueryError(f"The settings are not usable: {exc}.") from None


def _environment() -> FetchSettings:
    try:
        return FetchSettings.from_environment()
    except ValueError as exc:
        raise QueryError(f"The NAAST_FETCH_ settings in the environment are not usable: {exc}.") from None


def _cache(args: argparse.Namespace) -> Path:
    if args.cache is not None:
        return args.cache
    return args.project.with_name(f"{args.project.stem}.fetch-cache")


def _job_to_resume(project: Project, job_id: int) -> fetch_jobs.Job:
    if job_id:
        job = fetch_jobs.load_job(project, job_id)
        if job.state == "done":
            raise QueryError(f"Fetch job {job_id} is complete; there is nothing to resume.")
        return job
    job = fetch_jobs.latest_resumable(project)
    if job is None:
        raise QueryError(f"{project.path.name} has no unfinished fetch to resume.")
    return job


def _dry_run(args: argparse.Namespace) -> int:
    query, settings = _query(args), _settings(args, _environment())
    records = [r for page in discover(PoliteClient(settings), query) for r in page]
    records = list({r.identifier: r for r in records}.values())
    present: set[str] = set()
    if args.project.exists():
        with Project.open(args.project, read_only=True) as project:
            present = {r.identifier for r in records if fetch_jobs.present(project, r.identifier) is not None}
    print(
        f"{len(records)} document{'s' if len(records) != 1 else ''} would be fetched "
        f"({len(present)} already in the project)"
        + ("; the other documents of their cases are found while fetching" if query.complete_cases else "")
    )
    for record in records:
        mark = "  (in the project)" if record.identifier in present else ""
        print(f"{record.identifier}\t{record.date or '':10}\t{record.title}{mark}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from naast.store import cases

    with Project.open(args.project, read_only=True) as project:
        if args.jobs:
            for job in fetch_jobs.list_jobs(project):
                counts = fetch_jobs.item_counts(project, job.id)
                done = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
                print(f"job {job.id}\t{job.state}\t{job.created}\t{done}\t{job.message}")
        if args.cases:
            for case in cases.list_cases(project):
                print(f"{case.key}\t{case.title or ''}")
                for member in case.documents:
                    print(
                        f"  {member.role:9}\t{member.identifier or member.document_id}\t{member.date or ''}"
                    )
        if args.review:
            found = cases.disagreements(project)
            print(f"{len({d.document_id for d in found})} documents to review")
            for d in found:
                print(
                    f"{d.identifier or d.document_id}\t{d.field}\tofficial {d.official!r} ({d.source})"
                    f"\ttext {d.parsed!r}"
                )
    return 0


def _check_sources(settings: FetchSettings) -> int:
    from naast.core.fetch.check import check_sources

    results = check_sources(settings)
    for name, ok, detail in results:
        print(f"{'answers' if ok else 'FAILS  '}  {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1


def _summary(state: Progress) -> str:
    return (
        f"{state.total} listed: {state.imported} imported, {state.present} already in the project, "
        f"{state.skipped} outside the query, {state.failed} failed"
    )


class _Bar:
    """A one-line bar on a terminal: counts, rate and time left; silent elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self.width = 0

    def update(self, state: Progress) -> None:
        if not self.active or not state.total:
            return
        filled = round(_BAR * state.done / state.total)
        left = state.seconds_left
        eta = f"{int(left // 60)}:{int(left % 60):02d} left" if left is not None else "…"
        text = (
            f"[{'#' * filled}{'.' * (_BAR - filled)}] {state.done}/{state.total} "
            f"{state.rate:.1f}/s {eta} {state.current[:32]}"
        )
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def clear(self) -> None:
        if self.active and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


__all__ = ["NaastError", "register", "run"]
