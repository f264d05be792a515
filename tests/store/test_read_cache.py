"""What a connection read is kept only while the file stays as it was: changed by this connection,
by another one, or by a transaction rolled back, it is read again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from naast.store.read_cache import cached


def _reader(conn: sqlite3.Connection, reads: list[int]) -> int:
    def read() -> int:
        reads.append(1)
        return int(conn.execute("SELECT COUNT(*) FROM t").fetchone()[0])

    return cached(conn, "rows of t", read)


def test_a_read_is_kept_until_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    mine = sqlite3.connect(path, isolation_level=None)
    mine.execute("PRAGMA journal_mode = wal")
    mine.execute("CREATE TABLE t (x)")
    other = sqlite3.connect(path, isolation_level=None)
    reads: list[int] = []
    assert _reader(mine, reads) == 0
    assert _reader(mine, reads) == 0 and len(reads) == 1  # kept
    mine.execute("INSERT INTO t VALUES (1)")
    assert _reader(mine, reads) == 1 and len(reads) == 2  # this connection changed it
    other.execute("INSERT INTO t VALUES (2)")
    assert _reader(mine, reads) == 2 and len(reads) == 3  # another connection committed
    mine.execute("BEGIN")
    mine.execute("INSERT INTO t VALUES (3)")
    assert _reader(mine, reads) == 3  # read in the transaction, not kept
    mine.execute("ROLLBACK")
    assert _reader(mine, reads) == 2  # the rolled-back row is not seen
    assert _reader(mine, reads) == 2 and len(reads) == 5
