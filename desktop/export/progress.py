"""Progress reporting and cancelling for exports that run off the UI thread."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.errors import NaastError

ProgressFn = Callable[[int, int], None]  # progress(done, total)
CancelFn = Callable[[], bool]  # True: stop as soon as possible


class ExportCancelled(NaastError):
    """The user cancelled an export; no file was written."""


class ExportFailed(NaastError):
    """An export could not be written (for example the target folder is not writable)."""


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


@contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block succeeds."""
    target = Path(path)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=".naast-export-", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise ExportFailed(f"Cannot write to {target.parent}: {exc.strerror}.") from exc
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        yield tmp
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
