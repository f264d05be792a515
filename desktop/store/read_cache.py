"""What a connection has read, kept until the file changes: the reuse index's run table,
tombstones and summaries, which every question reads first (about 3 MB at 100,000 documents).

The state of the file is known from ``PRAGMA data_version`` (which moves when another connection
commits) and the connection's own ``total_changes``. Nothing is kept while a transaction is open:
a rollback would leave ``total_changes`` as it was and the data as before the changes.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_KEPT = 4  # connections remembered
_lock = threading.Lock()  # workers' readers and the GUI thread's project ask at once
_entries: list[tuple[sqlite3.Connection, tuple[int, int], dict[str, Any]]] = []


def cached(conn: sqlite3.Connection, name: str, read: Callable[[], T]) -> T:
    """``read()``, or what it gave on this connection while the file stayed as it is."""
    if conn.in_transaction:
        return read()
    state = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
    values = _values_of(conn, state)
    if name not in values:
        values[name] = read()  # outside the lock: a connection serves one thread
    return values[name]  # type: ignore[no-any-return]


def _values_of(conn: sqlite3.Connection, state: tuple[int, int]) -> dict[str, Any]:
    with _lock:
        for i, (held, at, values) in enumerate(_entries):
            if held is conn:
                if at != state:
                    values = {}
                    _entries[i] = (conn, state, values)
                return values
        values = {}
        _entries.insert(0, (conn, state, values))
        del _entries[_KEPT:]
        return values
