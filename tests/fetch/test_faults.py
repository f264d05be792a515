"""Must show 3: each fault of a source gives one sentence, leaves the project consistent and the
job resumable; resumed, it ends as an uninterrupted fetch."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from fetch_helpers import ANSWERS_QUERY, consistent, fetch, new_project, one_line, snapshot
from loopback import Fault, Loopback

from naast.cli import main
from naast.store.project import Project

_2903 = "/frbr/officielepublicaties/ah-tk/20232024/ah-tk-20232024-2903/1/xml/"


def _dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there now: the connection is refused


FAULTS = {
    "connection refused (search)": (None, {"--sru-url": "/sru"}, "refused the connection", 0),
    "connection refused (download)": (None, {"--repository-url": ""}, "refused the connection", 0),
    "timeout": (Fault("/frbr/", "hang", seconds=1.5), {}, "did not answer within 0.4 s", 0),
    "HTML error page": (Fault(_2903, "html"), {}, "sent an HTML page instead of XML", 2),
    "truncated download": (Fault(_2903, "truncate"), {}, "broke off after", 2),
    "malformed SRU": (Fault("/sru", "malformed", skip=1), {}, "sent XML that cannot be read", 0),
    "HTML instead of OData JSON": (Fault("/OData/", "html", skip=1), {}, "HTML page instead of JSON", 1),
}


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_fault_is_one_sentence_and_the_job_resumes(
    name: str, tmp_path: Path, loopback: Loopback, clean_run: dict[str, Any], capsys
) -> None:
    fault, dead, phrase, imported = FAULTS[name]
    project = new_project(tmp_path)
    cache = tmp_path / "cache"
    if fault is not None:
        loopback.faults.append(fault)
    broken = [value for option, path in dead.items() for value in (option, _dead_url() + path)]
    args = [
        "fetch",
        str(project),
        *ANSWERS_QUERY,
        "--cache",
        str(cache),
        *loopback.cli_args(timeout=0.4),
        *broken,
    ]
    assert main(args) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith("naast: ") and phrase in line, line
    assert line.endswith(f"; resume with: naast fetch {project} --resume"), line
    consistent(project)
    with Project.open(project, read_only=True) as p:
        assert p.count("documents") == imported
        assert p.query("SELECT state FROM fetch_jobs")[0][0] == "interrupted"
    loopback.faults.clear()
    assert fetch(loopback, project, "--resume", cache=cache) == 0
    assert snapshot(project) == clean_run


def test_nothing_listed_stays_half_done_when_the_second_page_fails(
    tmp_path: Path, loopback: Loopback, capsys
) -> None:
    project = new_project(tmp_path)
    loopback.faults.append(Fault("/sru", "malformed", skip=1))
    assert fetch(loopback, project, *ANSWERS_QUERY) == 2
    capsys.readouterr()
    with Project.open(project, read_only=True) as p:
        job = p.query("SELECT total, state FROM fetch_jobs")[0]
        assert (job[0], job[1]) == (None, "interrupted")  # the listing did not end: listed again
    loopback.faults.clear()
    assert fetch(loopback, project, "--resume") == 0
    assert "6 listed: 6 imported" in capsys.readouterr().out


def test_an_sru_diagnostic_is_said_in_one_sentence(tmp_path: Path, loopback: Loopback, capsys) -> None:
    from naast.core.fetch.errors import BadResponse
    from naast.core.fetch.sru import parse_page

    body = (
        b'<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">'
        b"<sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords><sru:diagnostics>"
        b'<diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">'
        b"<diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:message>Query syntax error</diag:message>"
        b"</diag:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>"
    )
    with pytest.raises(
        BadResponse, match=r"^The KOOP SRU service refused the query \(Query syntax error\)\.$"
    ):
        parse_page(body)
    with pytest.raises(BadResponse, match="without a number of records"):
        parse_page(b'<searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse"/>')


def test_bad_queries_are_refused_in_one_sentence(tmp_path: Path, loopback: Loopback, capsys) -> None:
    project = new_project(tmp_path)
    for args, phrase in (
        (["--text", "x", "--from", "2024-13-01"], "is not a date"),
        (["nonsense-123"], "is not an identifier Naast knows"),
        ([], "Say what to fetch"),
        (["--resume"], "has no unfinished fetch to resume"),
    ):
        assert fetch(loopback, project, *args) == 2
        assert phrase in one_line(capsys.readouterr().err)
    with Project.open(project, read_only=True) as p:
        assert p.count("documents") == 0


def test_unusable_settings_are_one_sentence(tmp_path: Path, loopback: Loopback, capsys, monkeypatch) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, "ah-tk-20232024-2902", rate=0) == 2
    assert "The settings are not usable: the rate must be above 0" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("NAAST_FETCH_RATE", "fast")
    assert main(["fetch", str(project), "ah-tk-20232024-2902"]) == 2
    assert "NAAST_FETCH_ settings in the environment are not usable" in one_line(capsys.readouterr().err)
