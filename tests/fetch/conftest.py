from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fetch_helpers import ANSWERS_QUERY, fetch, new_project, snapshot
from loopback import Loopback, start


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    loop = start()
    yield loop
    loop.server.shutdown()
    loop.server.server_close()


@pytest.fixture
def clean_run(tmp_path: Path, loopback: Loopback) -> dict[str, Any]:
    """The project an uninterrupted fetch of the answers query gives."""
    (tmp_path / "clean").mkdir()
    project = new_project(tmp_path / "clean")
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    loopback.hits.clear()
    return snapshot(project)
