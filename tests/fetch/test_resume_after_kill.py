"""Must show 1: a fetch killed half way (a real process, SIGKILL) and resumed ends with the same
project as an uninterrupted run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from fetch_helpers import ANSWERS_QUERY, consistent, fetch, new_project, snapshot
from loopback import Fault, Loopback

from naast.store.project import Project

REPO = Path(__file__).resolve().parents[2]


def _imported(project: Path) -> int:
    with Project.open(project, read_only=True) as p:
        if not p.query("SELECT 1 FROM sqlite_master WHERE name = 'fetch_items'"):
            return 0
        return p.query("SELECT COUNT(*) FROM fetch_items WHERE state = 'imported'")[0][0]


def _killed_half_way(project: Path, loopback: Loopback, args: list[str], cache: Path, kill_after: int) -> int:
    """Run ``naast fetch`` in its own process and SIGKILL it once ``kill_after`` documents are in;
    returns how many were in when it died."""
    loopback.faults.append(Fault("/frbr/", "delay", seconds=0.2))  # slow enough to stop half way
    command = [
        sys.executable,
        "-m",
        "naast",
        "fetch",
        str(project),
        *args,
        "--cache",
        str(cache),
        *loopback.cli_args(),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while _imported(project) < kill_after:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the fetch never got going"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    loopback.faults.clear()
    return _imported(project)


@pytest.mark.parametrize("kill_after", [1, 3])
def test_killed_and_resumed_equals_uninterrupted(
    tmp_path: Path, loopback: Loopback, clean_run: dict[str, Any], kill_after: int, capsys
) -> None:
    project = new_project(tmp_path)
    done = _killed_half_way(project, loopback, ANSWERS_QUERY, tmp_path / "cache", kill_after)
    assert kill_after <= done < 6, "killed half way, not at the start or the end"
    consistent(project)
    with Project.open(project, read_only=True) as p:
        assert p.query("SELECT state FROM fetch_jobs")[0][0] == "running"  # as it was when killed
    assert fetch(loopback, project, "--resume", cache=tmp_path / "cache") == 0
    summary = re.search(
        r"6 listed: (\d+) imported, (\d+) already in the project, 0 outside the query, 0 failed",
        capsys.readouterr().out,
    )
    assert summary is not None
    # a kill between an import's commit and its mark leaves one found present on resuming
    assert int(summary.group(1)) + int(summary.group(2)) == 6 and int(summary.group(2)) <= 1
    assert snapshot(project) == clean_run
    with Project.open(project, read_only=True) as p:
        assert [tuple(r) for r in p.query("SELECT id, state FROM fetch_jobs")] == [(1, "done")]
        assert p.query("SELECT COUNT(*) FROM fetch_items WHERE state = 'pending'")[0][0] == 0


def test_killed_while_completing_cases_and_resumed_equals_uninterrupted(
    tmp_path: Path, loopback: Loopback
) -> None:
    args = [*ANSWERS_QUERY, "--complete-cases"]
    (tmp_path / "clean").mkdir()
    clean = new_project(tmp_path / "clean")
    assert fetch(loopback, clean, *args) == 0
    project = new_project(tmp_path)
    done = _killed_half_way(project, loopback, args, tmp_path / "cache", 1)  # the first case's answers
    assert 1 <= done < 8
    assert fetch(loopback, project, "--resume", cache=tmp_path / "cache") == 0
    assert snapshot(project) == snapshot(clean)


def test_ctrl_c_stops_in_one_line_and_the_job_resumes(
    tmp_path: Path, loopback: Loopback, clean_run: dict[str, Any]
) -> None:
    project = new_project(tmp_path)
    loopback.faults.append(Fault("/frbr/", "delay", seconds=0.2))
    command = [
        sys.executable,
        "-m",
        "naast",
        "fetch",
        str(project),
        *ANSWERS_QUERY,
        "--cache",
        str(tmp_path / "cache"),
        *loopback.cli_args(),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while _imported(project) < 2:
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=20)
    assert process.returncode == 130
    assert err.strip() == "naast: interrupted"
    consistent(project)
    with Project.open(project, read_only=True) as p:
        assert p.query("SELECT state FROM fetch_jobs")[0][0] == "cancelled"
    loopback.faults.clear()
    assert fetch(loopback, project, "--resume", cache=tmp_path / "cache") == 0
    assert snapshot(project) == clean_run
