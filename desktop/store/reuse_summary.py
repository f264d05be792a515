"""Each run's most frequent hashes, kept beside it (schema step 14), so that the hashes shared by
the most documents are found without reading every key of the index.

A run's *summary* holds the ``TOP`` hashes with the most postings in that run, with their numbers,
and the *floor*: the most postings any other hash has in the run (0 when every hash is listed).
It counts every key the run holds, as written, so a tombstone written later makes its numbers an
upper bound (``reuse_tops`` subtracts what the tombstones kill). The writer of a run counts its
keys as they pass, in order, so a summary costs no extra read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import numpy as np

from naast.store import read_cache

TOP = 32_768  # hashes per run's summary (about 400 KB); at 100,000 documents the floor is then ~20


@dataclass(frozen=True, slots=True)
class Summary:
    hashes: np.ndarray  # sorted
    counts: np.ndarray  # postings in the run, per hash
    floor: int  # the most postings of a hash not listed


def group_starts(values: np.ndarray) -> np.ndarray:
    """Where each run of equal values of sorted ``values`` starts."""
    if not values.size:
        return np.empty(0, np.int64)
    return np.flatnonzero(np.append(True, values[1:] != values[:-1]))


def counted(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct hashes of sorted ``keys`` and how many keys each has."""
    hashes = keys >> 32
    starts = group_starts(hashes)
    return hashes[starts], np.diff(np.append(starts, len(hashes)))


class TopCounter:
    """Counts the postings per hash of keys given in key order, keeping the ``most`` largest."""

    def __init__(self, most: int | None = None) -> None:
        self.most = TOP if most is None else most
        self._hashes: list[np.ndarray] = []
        self._counts: list[np.ndarray] = []
        self._held = 0
        self._floor = 0
        self._last: tuple[int, int] | None = None  # the last hash seen, which the next keys may go on

    def add(self, keys: np.ndarray) -> None:
        if not keys.size:
            return
        hashes, counts = counted(keys)
        if self._last is not None:
            if int(hashes[0]) == self._last[0]:
                counts[0] += self._last[1]
            else:
                self._keep(np.asarray([self._last[0]]), np.asarray([self._last[1]]))
        self._last = int(hashes[-1]), int(counts[-1])
        self._keep(hashes[:-1], counts[:-1])

    def summary(self) -> Summary:
        if self._last is not None:
            self._keep(np.asarray([self._last[0]]), np.asarray([self._last[1]]))
            self._last = None
        self._shrink()
        hashes = np.concatenate(self._hashes) if self._hashes else np.empty(0, np.int64)
        counts = np.concatenate(self._counts) if self._counts else np.empty(0, np.int64)
        order = np.argsort(hashes)
        return Summary(hashes[order].astype(np.int64), counts[order].astype(np.int64), self._floor)

    def _keep(self, hashes: np.ndarray, counts: np.ndarray) -> None:
        self._hashes.append(hashes)
        self._counts.append(counts)
        self._held += len(hashes)
        if self._held > 4 * self.most:
            self._shrink()

    def _shrink(self) -> None:
        if self._held <= self.most:
            return
        hashes, counts = np.concatenate(self._hashes), np.concatenate(self._counts)
        split = np.argpartition(-counts, self.most - 1) if self.most else np.arange(len(counts))
        kept, dropped = split[: self.most], split[self.most :]
        self._floor = max(self._floor, int(counts[dropped].max()))
        self._hashes, self._counts, self._held = [hashes[kept]], [counts[kept]], len(kept)


def write(conn: sqlite3.Connection, run: int, summary: Summary) -> None:
    conn.execute(
        "INSERT INTO reuse_tops (run, hashes, counts, floor) VALUES (?, ?, ?, ?)",
        [run, summary.hashes.astype("<i8").tobytes(), summary.counts.astype("<i4").tobytes(), summary.floor],
    )


def read_all(conn: sqlite3.Connection) -> dict[int, Summary] | None:
    """Every run's summary by run (None: the file is older than step 14)."""
    return read_cache.cached(conn, "reuse summaries", lambda: _read_all(conn))


def _read_all(conn: sqlite3.Connection) -> dict[int, Summary] | None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'reuse_tops'").fetchone() is None:
        return None
    rows = conn.execute("SELECT run, hashes, counts, floor FROM reuse_tops").fetchall()
    return {
        run: Summary(
            np.frombuffer(h, "<i8").astype(np.int64), np.frombuffer(c, "<i4").astype(np.int64), floor
        )
        for run, h, c, floor in rows
    }


def forget(conn: sqlite3.Connection, run: int) -> None:
    conn.execute("DELETE FROM reuse_tops WHERE run = ?", [run])
