"""What the window needs only for its first comparison or "where else", loaded on a thread once a
project is open and the user is reading its list.

At start-up these modules are left out (numpy alone is a fifth of the window's import time: see
``tests/foundation/test_layers.py``); loaded on the first question instead, they made it wait
about 0.15 s; imported on the window's own thread a moment after it showed, they froze it for
0.24 s. A thread imports them a little after the project opens: an import holds Python's lock
only in short turns, so the window keeps answering meanwhile.
"""

from __future__ import annotations

import importlib
import threading
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer

MODULES = ("numpy", "numpy.ma", "naast.store.reuse_queries", "naast.core.compare.engine")
DELAY_MS = 300  # after the list is shown: the opening's own reads come first

_started = threading.Event()


def load_later(parent: QObject, delay_ms: int = DELAY_MS) -> None:
    """Start the loading thread ``delay_ms`` from now (once per process)."""
    if not _started.is_set():
        QTimer.singleShot(delay_ms, parent, _start)


def _start() -> None:
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_load, name="naast-preload", daemon=True).start()


def _load() -> None:
    for name in MODULES:
        with suppress(ImportError):
            importlib.import_module(name)
