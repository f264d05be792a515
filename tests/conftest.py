"""Shared fixtures: the corpus location and fresh project files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CORPUS = (REPO / ".." / "shared" / "corpus").resolve()


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.naast"


@pytest.fixture
def project(project_path: Path) -> Iterator[object]:
    from desktop.store.project import Project

    with Project.create(project_path) as opened:
        yield opened
