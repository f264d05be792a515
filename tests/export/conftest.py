"""Fixtures for the export tests: the scripted coding of the corpus and memo metadata."""

from __future__ import annotations

import pytest
from export_script import scripted_claims

from desktop.export.plan import ClaimEntry, MemoMeta


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
