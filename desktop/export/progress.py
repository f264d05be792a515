"""Progress reporting and cancelling for exports that run off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from naast.core.errors import NaastError
from naast.core.safe_write import atomic_target

__all__ = ["CancelFn", "ExportCancelled", "Progress", "ProgressFn", "atomic_target"]

ProgressFn = Callable[[int, int], None]  # progress(done, total)
CancelFn = Callable[[], bool]  # True: stop as soon as possible


class ExportCancelled(NaastError):
    """The user cancelled an export; no file was written."""


class Progress:
    """Counts steps, reports them and raises ``ExportCancelled`` when asked to stop."""

    def __init__(self, total: int, report: ProgressFn | None = None, cancelled: CancelFn | None = None):
        self.total = total
        self.done = 0
        self._report = report
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("The export was cancelled.")

    def step(self, amount: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + amount)
        if self._report is not None:
            self._report(self.done, self.total)
