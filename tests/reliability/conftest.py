"""The fault-injection suite: every case records what it saw, and the run ends with one line.

``pytest -m reliability`` runs the whole suite; the default run includes every case not also
marked ``slow_reliability`` (the long kill -9 and two-writer trials).

Each case records: whether its message was one clear sentence (no traceback, no exception class
name), whether the project was byte-identical where it must be (or passed ``integrity_check``),
and how many committed claims were lost. The summary line prints at the end of the run:
``reliability: N cases tried, N clear messages, N byte-identical, claims lost 0``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Case:
    name: str
    clear: bool
    identical: bool | None  # None: the case may change the project (then integrity is checked)
    claims_lost: int


class Ledger:
    def __init__(self) -> None:
        self.cases: list[Case] = []

    def record(self, name: str, *, clear: bool, identical: bool | None = None, claims_lost: int = 0) -> None:
        self.cases.append(Case(name, clear, identical, claims_lost))

    def summary(self) -> str:
        tried = len(self.cases)
        clear = sum(c.clear for c in self.cases)
        must = [c for c in self.cases if c.identical is not None]
        identical = sum(bool(c.identical) for c in must)
        lost = sum(c.claims_lost for c in self.cases)
        return (
            f"reliability: {tried} cases tried, {clear} clear messages, "
            f"{identical} of {len(must)} projects byte-identical, claims lost {lost}"
        )


LEDGER = Ledger()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture
def ledger() -> Iterator[Ledger]:
    yield LEDGER


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if LEDGER.cases:
        terminalreporter.write_sep("-", "fault injection")
        terminalreporter.write_line(LEDGER.summary())
        for case in LEDGER.cases:
            if not case.clear or case.identical is False or case.claims_lost:
                terminalreporter.write_line(f"  not held: {case.name}")
