"""Shared fixtures: the sample documents, the real corpus (when present) and fresh project files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_paths import SAMPLES, real_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus() -> Path:
    """The folder of the four sample documents: ``resources/samples/`` (the same files as the top
    level of the shared corpus, shipped with Naast so that every clone has them)."""
    return SAMPLES


@pytest.fixture
def real_corpus() -> Path:
    """``real/`` of the shared corpus, read in place; the test skips with one line when it is absent."""
    return real_dir()


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test another copy of Naast than this checkout's (a stale install, another tree)."""
    try:
        import naast
    except ImportError as exc:
        raise pytest.UsageError(
            f"Naast cannot be imported ({exc}); run the tests through bash .ci/bootstrap test, "
            "or after pip install -e . in a virtual environment of this checkout."
        ) from None
    where = Path(naast.__file__).resolve().parent
    if where != (REPO / "desktop").resolve():
        raise pytest.UsageError(
            f"The tests would import Naast from {where}, not from this checkout; run them with "
            f"PYTHONPATH={REPO} or through bash .ci/bootstrap test."
        )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name every skipped test with its one-line reason (``-rs`` folds skips raised in one helper)."""
    skipped = terminalreporter.stats.get("skipped", [])
    if not skipped:
        return
    terminalreporter.section(f"{len(skipped)} skipped", sep="-")
    for report in skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        terminalreporter.write_line(f"SKIPPED {report.nodeid}: {reason.removeprefix('Skipped: ')}")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.naast"


@pytest.fixture
def project(project_path: Path) -> Iterator[object]:
    from naast.store.project import Project

    with Project.create(project_path) as opened:
        yield opened
