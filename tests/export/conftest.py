"""Fixtures for the export tests: the scripted coding of the corpus and memo metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from export_script import make_coded_project, scripted_claims

from naast.export.plan import ClaimEntry, MemoMeta
from naast.store.project import Project


@pytest.fixture
def claims() -> list[ClaimEntry]:
    return scripted_claims()


@pytest.fixture
def meta() -> MemoMeta:
    return MemoMeta(
        title="Terugkeer van veilige landers: wat ministers de Kamer vertelden",
        author="Anna de Vries",
        date="2026-11-22",
        project="Terugkeerbeleid 2019–2025",
        language="en",
    )


@pytest.fixture
def coded(tmp_path: Path) -> Iterator[tuple[Project, dict[str, int]]]:
    """An open project holding the corpus samples and the scripted coding; document ids by key."""
    ids = make_coded_project(tmp_path / "coded.naast")
    with Project.open(tmp_path / "coded.naast") as project:
        yield project, ids
