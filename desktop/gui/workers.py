"""Work off the UI thread: a runnable whose results come back to the GUI thread as signals."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from naast.core.errors import NaastError


class TaskSignals(QObject):
    progress = Signal(int, int, str)  # done, total, what
    item = Signal(object)  # one result of many (a parsed file, a failure)
    finished = Signal(object)  # the result
    failed = Signal(str)  # a plain sentence
    cancelled = Signal()


class Task(QRunnable):
    """Runs ``work(task)`` on the thread pool; ``work`` reports through ``task.signals``."""

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self)
        except NaastError as exc:
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:
            self._emit(self.signals.failed, f"An unexpected problem stopped the work: {exc}")
        else:
            if self.is_cancelled:
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.finished, result)
        finally:
            self.done.set()

    def send_item(self, value: Any) -> None:
        """One result of many, from the work (dropped when no one is left to receive it)."""
        self._emit(self.signals.item, value)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Send the result; when its receivers are gone (the window closed while the task ran, as
        at quitting), there is no one left to tell, and the result is dropped."""
        with suppress(RuntimeError):
            signal.emit(*args)


#: Started tasks, held until they have ended: the pool runs the C++ object, which must not lose
#: its Python owner half way (a caller that keeps no reference would see it collected, and crash).
_RUNNING: list[Task] = []


def _hold(task: Task) -> None:
    _RUNNING[:] = [t for t in _RUNNING if not t.done.is_set()]
    _RUNNING.append(task)


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    _hold(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


#: How much less the OS favours a background task's thread than the window's (Linux nice steps).
BACKGROUND_NICENESS = 10


def start_in_background(task: Task) -> Task:
    """Run ``task`` on a thread of its own that the OS serves after the window and its workers:
    for long reading no one waits for (the check of a large file took a core for 4 s after
    opening, while the first questions waited for one). A pool thread is not used: it would keep
    the lower priority for the tasks after it, and raising it again needs privileges."""
    _hold(task)
    threading.Thread(target=_run_niced, args=(task,), name="naast-background", daemon=True).start()
    return task


def _run_niced(task: Task) -> None:
    with suppress(AttributeError, OSError):  # per-thread niceness is Linux's; elsewhere as is
        me = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, me, os.getpriority(os.PRIO_PROCESS, me) + BACKGROUND_NICENESS)
    task.run()
