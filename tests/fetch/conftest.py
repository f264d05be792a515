from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback import Loopback, start


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    loop = start()
    yield loop
    loop.server.shutdown()
    loop.server.server_close()
