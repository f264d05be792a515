"""A good citizen of the services: rate, retries with back-off honouring Retry-After, a
User-Agent naming Naast, a download cache, cancelling, and progress with counts, rate and time
left — measured on what the loopback server saw."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from fetch_helpers import ANSWERS_QUERY, consistent, fetch, new_project, snapshot
from loopback import Fault, Loopback

from naast import __version__
from naast.core.fetch import FetchCancelled, FetchQuery, FetchSettings, PoliteClient, Progress, run_job
from naast.core.fetch.errors import BadResponse
from naast.core.fetch.http import _retry_after
from naast.store import fetch_jobs
from naast.store.project import Project, now_iso


def _settings(loop: Loopback, **values: object) -> FetchSettings:
    base = FetchSettings(
        sru_url=f"{loop.url}/sru",
        repository_url=loop.url,
        odata_url=f"{loop.url}/OData/v4/2.0",
        rate=20,
        retries=2,
        backoff=0.2,
        timeout=5,
    )
    return base.with_overrides(**values)


def test_requests_keep_to_the_rate_and_name_naast(tmp_path: Path, loopback: Loopback) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, "ah-tk-20232024-2902", "ah-tk-20232024-2903", rate=4) == 0
    times = [hit.at for hit in loopback.hits]
    assert len(times) >= 8
    gaps = [b - a for a, b in itertools.pairwise(times)]
    # 4 requests per second at most: the client spaces its sends 0.25 s apart; the server's arrival
    # times jitter a little under load, so the span is checked strictly and each gap loosely
    assert times[-1] - times[0] >= 0.25 * (len(times) - 1) - 0.03, gaps
    assert min(gaps) >= 0.15, gaps
    assert {hit.user_agent for hit in loopback.hits} == {
        f"Naast/{__version__} (research tool for Dutch parliamentary documents)"
    }


def test_the_default_rate_is_polite() -> None:
    settings = FetchSettings()
    assert 0 < settings.rate <= 4
    assert settings.sru_url == "https://repository.overheid.nl/sru"
    with pytest.raises(ValueError, match="at most 20"):
        FetchSettings(rate=100)


def test_429_is_retried_after_the_time_the_server_asks(tmp_path: Path, loopback: Loopback) -> None:
    loopback.faults.append(Fault("/sru", "429", times=1, seconds=1))
    client = PoliteClient(_settings(loopback))
    from naast.core.fetch.query import identifier_cql
    from naast.core.fetch.sru import fetch_page

    page = fetch_page(client, identifier_cql("ah-tk-20232024-2902"), 1, 10)
    assert [r.identifier for r in page.records] == ["ah-tk-20232024-2902"]
    first, second = loopback.hits[:2]
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 1.0 - 0.02  # Retry-After: 1, not the 0.2 s back-off


def test_5xx_backs_off_exponentially_then_gives_one_sentence(loopback: Loopback) -> None:
    loopback.faults.append(Fault("/sru", "503"))
    client = PoliteClient(_settings(loopback, retries=3, backoff=0.1))
    from naast.core.fetch.sru import fetch_page

    with pytest.raises(BadResponse, match=r"^The KOOP SRU service answered HTTP 503 \(.*\) for http://"):
        fetch_page(client, "x", 1, 1)
    times = [hit.at for hit in loopback.hits]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 4
    for gap, expected in zip(gaps, (0.1, 0.2, 0.4), strict=True):  # doubling from 0.1 s
        assert expected - 0.01 <= gap < expected + 0.09, gaps


def test_retry_after_as_an_http_date() -> None:
    now = 1_700_000_000.0
    assert _retry_after("Tue, 14 Nov 2023 22:13:40 GMT", now) == pytest.approx(20, abs=1)
    assert _retry_after("7", now) == 7.0
    assert _retry_after("soon", now) is None


def test_a_download_broken_once_is_tried_again(tmp_path: Path, loopback: Loopback) -> None:
    loopback.faults.append(Fault("/frbr/", "truncate", times=1))
    project = new_project(tmp_path)
    assert fetch(loopback, project, "ah-tk-20232024-2902") == 0
    with Project.open(project, read_only=True) as p:
        assert p.count("documents") == 1
    consistent(project)


def test_the_cache_spares_the_repository_a_second_download(tmp_path: Path, loopback: Loopback) -> None:
    cache = tmp_path / "cache"
    first, second = new_project(tmp_path, "a.naast"), new_project(tmp_path, "b.naast")
    assert fetch(loopback, first, *ANSWERS_QUERY, cache=cache) == 0
    assert len(loopback.paths("/frbr/")) == 12  # 6 documents (one as PDF: it has no XML) and their metadata
    loopback.hits.clear()
    assert fetch(loopback, second, *ANSWERS_QUERY, cache=cache) == 0
    assert loopback.paths("/frbr/") == []
    assert snapshot(first)["documents"] == snapshot(second)["documents"]


def test_cancelling_stops_between_requests_and_the_job_resumes(tmp_path: Path, loopback: Loopback) -> None:
    project = new_project(tmp_path)
    cancel = threading.Event()
    seen: list[Progress] = []

    def progress(state: Progress) -> None:
        seen.append(Progress(**{k: getattr(state, k) for k in Progress.__slots__}))
        if state.done == 2:
            cancel.set()

    query = FetchQuery(text="terugkeer", date_from="2024-01-01", date_to="2024-12-31", kind="answers")
    settings = _settings(loopback, rate=10)
    with Project.open(project) as p:
        job = fetch_jobs.create_job(p, query.to_json(), settings.to_json())
        ledger = fetch_jobs.ProjectLedger(p, job)
        with pytest.raises(FetchCancelled, match="cancelled"):
            run_job(
                ledger,
                PoliteClient(settings, cancel=cancel),
                query,
                tmp_path / "c",
                progress=progress,
                now=now_iso,
            )
        assert p.count("documents") == 2
        assert fetch_jobs.load_job(p, job).state == "cancelled"
        assert fetch_jobs.latest_resumable(p).id == job
    last = seen[-1]
    assert (last.total, last.done, last.imported) == (6, 2, 2)
    assert last.rate > 0 and last.seconds_left == pytest.approx(4 / last.rate, rel=0.01)
    assert fetch(loopback, project, "--resume") == 0
    with Project.open(project, read_only=True) as p:
        assert p.count("documents") == 6


def test_progress_counts_rate_and_time_left() -> None:
    state = Progress(total=10, done=4, started=time.monotonic() - 2.0)
    assert state.rate == pytest.approx(2.0, rel=0.05)
    assert state.seconds_left == pytest.approx(3.0, rel=0.05)
    assert Progress(total=3).seconds_left is None


def test_the_terminal_bar_shows_counts_rate_and_time_left() -> None:
    import io

    from naast.cli.fetch_cmd import _Bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = _Bar(stream)
    bar.update(Progress(total=6, done=3, current="ah-tk-20232024-2903", started=time.monotonic() - 1.5))
    line = stream.getvalue()
    assert line.startswith("\r[############............] 3/6 2.0/s 0:01 left ah-tk-20232024-2903"), line
    bar.clear()
    assert stream.getvalue().endswith("\r")
    quiet = io.StringIO()
    _Bar(quiet).update(Progress(total=6, done=3))
    assert quiet.getvalue() == ""  # not a terminal: no bar in logs or pipes
