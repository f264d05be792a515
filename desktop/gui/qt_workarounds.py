"""Workarounds for bugs in the Qt bindings, in one place.

PySide6 6.12 on CPython 3.11 drops a reference to ``None`` on most calls of C++ methods that return
``void`` (``QTextLayout.setFormats``, ``QTextCursor.setPosition``, ``QScrollBar.setValue``,
``processEvents`` …, measured in ``tests/gui/test_qt_workarounds.py``). ``None``'s reference count
falls with every call until CPython aborts with "Fatal Python error: none_dealloc" — the crash
PLATFORM.md saw when highlighting a 2 MB document, and which any long session would reach.

CPython 3.12 made ``None`` immortal (PEP 683) and ignores its reference count. On older versions we
do the same by hand, once: give ``None`` a reference count so large that no session can use it up.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than any session drops (about 10^18), far below overflow (9.2 * 10^18).
_PIN = 1 << 60


def make_none_immortal() -> bool:
    """Pin ``None`` on CPython before 3.12; returns whether it was needed (idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _PIN // 2:
        refcount.value += _PIN
    return True
