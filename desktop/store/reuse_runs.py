"""The reuse index's postings as sorted runs of blocks (schema step 12), merged as they grow.

A posting is one integer key, ``hash * 2**32 + document id``, with the character offset ``at``
of the hash in that document. An import batch writes its postings as a new *run*: sorted, cut
into blocks of ``BLOCK`` postings, each block one row (``reuse_blocks``: the keys and the offsets
as little-endian arrays), its id ``run * SPAN + block number``. ``reuse_runs`` holds each run's
size and the first key of each of its blocks, so a hash's blocks are found without reading any
other block.

Writing a run appends rows at the end of the table, however large the index is. (Postings kept in
one b-tree land each on a random page: at 30,000 documents each batch rewrote most of the table.)
Runs are merged when the newest ones together reach half the size of the one before them, so
there are about log2(postings / batch) runs and each posting is rewritten as often. A merge reads
and writes a key range at a time, so its memory stays bounded.

A document taken out (undo, re-import, delete) leaves a *tombstone* (``reuse_dropped``): its
postings in runs up to that run id are dead. Reads skip them; a merge leaves them behind; a
tombstone older than every run is removed.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from naast.store import read_cache, reuse_summary

BLOCK = 256  # postings per block
SPAN = 1 << 24  # block ids per run
DOC_SPAN = 1 << 32  # a posting's key: hash * DOC_SPAN + document id
_CHUNK_BLOCKS = 4096  # blocks read per step of a merge or a count (about a million postings)
_MAX_PARAMS = 900
_DOC_MASK = DOC_SPAN - 1
_Pair = tuple[np.ndarray, np.ndarray]  # keys and offsets, or documents and runs


@dataclass(frozen=True, slots=True)
class Run:
    run: int
    postings: int
    firsts: np.ndarray  # the first key of each block


@dataclass(frozen=True, slots=True)
class Postings:
    """Live postings, sorted by key (hash, then document)."""

    keys: np.ndarray
    ats: np.ndarray

    @property
    def hashes(self) -> np.ndarray:
        return self.keys >> 32

    @property
    def documents(self) -> np.ndarray:
        return self.keys & _DOC_MASK


def runs(conn: sqlite3.Connection) -> list[Run]:
    return read_cache.cached(conn, "reuse runs", lambda: _read_runs(conn))


def _read_runs(conn: sqlite3.Connection) -> list[Run]:
    rows = conn.execute("SELECT run, postings, firsts FROM reuse_runs ORDER BY run").fetchall()
    return [Run(r, n, np.frombuffer(f, dtype="<i8")) for r, n, f in rows]


def _fresh_run(conn: sqlite3.Connection) -> int:
    """An id above every run and every tombstone, so nothing older can kill its postings."""
    sql = """SELECT MAX((SELECT COALESCE(MAX(run), 0) FROM reuse_runs),
                        (SELECT COALESCE(MAX(run), 0) FROM reuse_dropped))"""
    return int(conn.execute(sql).fetchone()[0]) + 1


class _RunWriter:
    """Writes sorted postings of one new run block by block; ``close`` records the run."""

    def __init__(self, conn: sqlite3.Connection, run: int, summarise: bool = True) -> None:
        self.conn, self.run = conn, run
        self.counter = reuse_summary.TopCounter() if summarise else None
        self.firsts: list[int] = []
        self.count = 0
        self._keys = np.empty(0, dtype="<i8")
        self._ats = np.empty(0, dtype="<i4")

    def add(self, keys: np.ndarray, ats: np.ndarray) -> None:
        self._keys = np.concatenate([self._keys, keys.astype("<i8", copy=False)])
        self._ats = np.concatenate([self._ats, ats.astype("<i4", copy=False)])
        whole = len(self._keys) - len(self._keys) % BLOCK
        if whole:
            self._write(self._keys[:whole], self._ats[:whole])
            self._keys, self._ats = self._keys[whole:], self._ats[whole:]

    def close(self) -> int:
        if len(self._keys):
            self._write(self._keys, self._ats)
        firsts = np.asarray(self.firsts, dtype="<i8").tobytes()
        self.conn.execute(
            "INSERT INTO reuse_runs (run, postings, firsts) VALUES (?, ?, ?)", [self.run, self.count, firsts]
        )
        if self.counter is not None:
            reuse_summary.write(self.conn, self.run, self.counter.summary())
        return self.count

    def _write(self, keys: np.ndarray, ats: np.ndarray) -> None:
        rows = []
        for start in range(0, len(keys), BLOCK):
            rows.append(
                (
                    self.run * SPAN + len(self.firsts),
                    keys[start : start + BLOCK].tobytes(),
                    ats[start : start + BLOCK].tobytes(),
                )
            )
            self.firsts.append(int(keys[start]))
        self.conn.executemany("INSERT INTO reuse_blocks (id, keys, ats) VALUES (?, ?, ?)", rows)
        if self.counter is not None:
            self.counter.add(keys)
        self.count += len(keys)


def add_run(conn: sqlite3.Connection, keys: np.ndarray, ats: np.ndarray) -> None:
    """Store postings (any order, keys unique) as a new run, then merge what has grown."""
    if len(keys) == 0:
        return
    order = np.argsort(keys, kind="stable")
    writer = _RunWriter(conn, _fresh_run(conn))
    writer.add(keys[order], ats[order])
    writer.close()
    _merge_grown(conn)


def drop_documents(conn: sqlite3.Connection, documents: Sequence[int]) -> None:
    """Kill the postings of ``documents`` in every run there is now."""
    if documents:
        newest = _fresh_run(conn) - 1
        conn.executemany(
            """INSERT INTO reuse_dropped (document_id, run) VALUES (?, ?)
               ON CONFLICT (document_id) DO UPDATE SET run = MAX(run, excluded.run)""",
            [(d, newest) for d in documents],
        )


def _merge_grown(conn: sqlite3.Connection) -> None:
    """Merge the newest runs while together they reach half the size of the run before them."""
    all_runs = runs(conn)
    chosen = [all_runs.pop()] if all_runs else []
    while all_runs and 2 * sum(r.postings for r in chosen) >= all_runs[-1].postings:
        chosen.insert(0, all_runs.pop())
    if len(chosen) >= 2:
        merge(conn, chosen)


def merge(conn: sqlite3.Connection, chosen: Sequence[Run]) -> None:
    """Replace ``chosen`` by one new run of their live postings, a key range at a time."""
    dead = tombstones(conn)
    writer = _RunWriter(conn, _fresh_run(conn))
    for lo, hi in key_ranges(chosen):
        keys, ats = _gather(conn, chosen, lo, hi, dead)
        writer.add(keys, ats)
    writer.close()
    for r in chosen:
        conn.execute("DELETE FROM reuse_blocks WHERE id >= ? AND id < ?", [r.run * SPAN, (r.run + 1) * SPAN])
        conn.execute("DELETE FROM reuse_runs WHERE run = ?", [r.run])
        reuse_summary.forget(conn, r.run)
    conn.execute("DELETE FROM reuse_dropped WHERE run < (SELECT MIN(run) FROM reuse_runs)")


def key_ranges(chosen: Sequence[Run]) -> Iterator[tuple[int | None, int | None]]:
    """Key ranges ``[lo, hi)`` (None: open) of about ``_CHUNK_BLOCKS`` blocks of the runs, each
    starting at a hash's first key."""
    firsts = np.sort(np.concatenate([r.firsts for r in chosen])) if chosen else np.empty(0, "<i8")
    at_hash = (firsts[_CHUNK_BLOCKS::_CHUNK_BLOCKS] >> 32) << 32  # a hash's postings in one range
    bounds = [int(k) for k in np.unique(at_hash)]
    edges: list[int | None] = [None, *bounds, None]
    yield from itertools.pairwise(edges)


def tombstones(conn: sqlite3.Connection) -> _Pair:
    """Each tombstoned document and the run up to which its postings are dead."""
    return read_cache.cached(conn, "reuse tombstones", lambda: _read_tombstones(conn))


def _read_tombstones(conn: sqlite3.Connection) -> _Pair:
    rows = conn.execute("SELECT document_id, run FROM reuse_dropped").fetchall()
    table = np.asarray(rows, dtype=np.int64).reshape(-1, 2)
    return table[:, 0], table[:, 1]


def _block_span(run: Run, lo: int | None, hi: int | None) -> tuple[int, int]:
    """The ids ``[first, last)`` of the blocks of ``run`` that may hold keys in ``[lo, hi)``."""
    first = 0 if lo is None else max(int(np.searchsorted(run.firsts, lo, "right")) - 1, 0)
    last = len(run.firsts) if hi is None else int(np.searchsorted(run.firsts, hi, "left"))
    return run.run * SPAN + first, run.run * SPAN + max(first, last)


def _cut(keys: np.ndarray, lo: int | None, hi: int | None) -> slice:
    a = 0 if lo is None else int(np.searchsorted(keys, lo))
    b = len(keys) if hi is None else int(np.searchsorted(keys, hi))
    return slice(a, b)


def _read(conn: sqlite3.Connection, run: Run, lo: int | None, hi: int | None) -> _Pair:
    """The postings of ``run`` with keys in ``[lo, hi)``."""
    sql = "SELECT keys, ats FROM reuse_blocks WHERE id >= ? AND id < ? ORDER BY id"
    keys, ats = _arrays(conn.execute(sql, _block_span(run, lo, hi)).fetchall())
    part = _cut(keys, lo, hi)
    return keys[part], ats[part]


def read_keys(conn: sqlite3.Connection, run: Run, lo: int | None, hi: int | None) -> np.ndarray:
    """The keys alone of ``run`` in ``[lo, hi)``."""
    sql = "SELECT keys FROM reuse_blocks WHERE id >= ? AND id < ? ORDER BY id"
    blobs = [r[0] for r in conn.execute(sql, _block_span(run, lo, hi))]
    keys = np.frombuffer(b"".join(blobs), dtype="<i8")
    return keys[_cut(keys, lo, hi)]


def _arrays(rows: list[tuple[bytes, bytes]]) -> _Pair:
    keys = np.frombuffer(b"".join(k for k, _ in rows), dtype="<i8")
    ats = np.frombuffer(b"".join(a for _, a in rows), dtype="<i4")
    return keys, ats


def killed_documents(run: Run, dead: _Pair) -> np.ndarray:
    """The documents whose postings in ``run`` a tombstone kills."""
    docs, until = dead
    return docs[until >= run.run]


def _live_mask(run: Run, keys: np.ndarray, dead: _Pair) -> np.ndarray | None:
    """Which of ``keys`` of ``run`` are live (None: all)."""
    killed = killed_documents(run, dead)
    return ~np.isin(keys & _DOC_MASK, killed) if killed.size and keys.size else None


def _live(run: Run, keys: np.ndarray, ats: np.ndarray, dead: _Pair) -> _Pair:
    keep = _live_mask(run, keys, dead)
    return (keys, ats) if keep is None else (keys[keep], ats[keep])


def live_keys(run: Run, keys: np.ndarray, dead: _Pair) -> np.ndarray:
    keep = _live_mask(run, keys, dead)
    return keys if keep is None else keys[keep]


def _newest(keys: np.ndarray, ats: np.ndarray) -> _Pair:
    """Of equal keys sorted oldest run first, the last one (the newest run's)."""
    if len(keys) < 2:
        return keys, ats
    newest = np.append(keys[1:] != keys[:-1], True)
    return keys[newest], ats[newest]


def _hash_blocks(run: Run, hashes: np.ndarray) -> _Pair:
    """Per hash, the numbers ``[first, last)`` of the blocks of ``run`` that may hold it (at
    least one)."""
    first = np.maximum(np.searchsorted(run.firsts, hashes * DOC_SPAN, "right") - 1, 0)
    last = np.maximum(np.searchsorted(run.firsts, (hashes + 1) * DOC_SPAN, "left"), first + 1)
    return first, last


def _gather(
    conn: sqlite3.Connection, chosen: Sequence[Run], lo: int | None, hi: int | None, dead: _Pair
) -> _Pair:
    """The live postings of ``chosen`` in ``[lo, hi)``, sorted by key (a key in two runs: the
    newer one's)."""
    parts = [_live(r, *_read(conn, r, lo, hi), dead) for r in chosen]
    keys = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, "<i8")
    ats = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, "<i4")
    if len(parts) > 1:
        order = np.argsort(keys, kind="stable")  # sorted runs one after another: a linear merge
        keys, ats = _newest(keys[order], ats[order])
    return keys, ats


def lookup(conn: sqlite3.Connection, hashes: Sequence[int]) -> Postings:
    """The live postings of ``hashes``: each run's blocks that may hold them, read in a few
    queries."""
    wanted = np.unique(np.asarray(list(hashes), dtype=np.int64))
    if not wanted.size:
        return Postings(np.empty(0, "<i8"), np.empty(0, "<i4"))
    dead = tombstones(conn)
    parts = []
    all_runs = runs(conn)
    for run in all_runs:
        blocks = _spanned(*_hash_blocks(run, wanted))
        keys, ats = _arrays(_blocks(conn, (blocks + run.run * SPAN).tolist()))
        keep = np.isin(keys >> 32, wanted)
        parts.append(_live(run, keys[keep], ats[keep], dead))
    keys = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, "<i8")
    ats = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, "<i4")
    order = np.argsort(keys, kind="stable")
    keys, ats = keys[order], ats[order]
    return Postings(*(_newest(keys, ats) if len(all_runs) > 1 else (keys, ats)))


def _spanned(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """The distinct numbers in the spans ``[first, last)``."""
    counts = last - first
    starts = np.repeat(first - (np.cumsum(counts) - counts), counts)
    return np.unique(starts + np.arange(int(counts.sum())))


def _blocks(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[bytes, bytes]]:
    rows: list[tuple[int, bytes, bytes]] = []
    for k in range(0, len(ids), _MAX_PARAMS):
        part = ids[k : k + _MAX_PARAMS]
        marks = ", ".join("?" * len(part))
        rows += conn.execute(f"SELECT id, keys, ats FROM reuse_blocks WHERE id IN ({marks})", part).fetchall()
    rows.sort(key=lambda r: r[0])
    return [(k, a) for _id, k, a in rows]


def count_of(conn: sqlite3.Connection, hashes: Sequence[int]) -> dict[int, int]:
    """Live postings of each of ``hashes`` (those in none left out)."""
    wanted = np.unique(np.asarray(list(hashes), dtype=np.int64))
    dead = tombstones(conn)
    counts = np.zeros(len(wanted), dtype=np.int64)
    for run in runs(conn):
        counts += run_counts(conn, run, wanted, dead)
    return {h: n for h, n in zip(wanted.tolist(), counts.tolist(), strict=True) if n}


def within(conn: sqlite3.Connection, hashes: Sequence[int], cap: int) -> list[int]:
    """Those of ``hashes`` with at most ``cap`` live postings (``count_of``; those in none
    included), settled from the runs' block index where it can be: a hash's postings lie in its
    blocks ``[first, last)`` of a run, and fill each block strictly between the two. So at most
    ``BLOCK`` per block spanned, summed over the runs, and at least ``BLOCK`` per block between
    in any run that no tombstone touches. Only a hash these bounds leave open is counted, from
    its blocks: a question reads no block for this and no summary."""
    wanted = np.unique(np.asarray(list(hashes), dtype=np.int64))
    dead = tombstones(conn)
    most = np.zeros(len(wanted), dtype=np.int64)
    least = np.zeros(len(wanted), dtype=np.int64)
    for run in runs(conn):
        if not len(run.firsts) or not wanted.size:
            continue
        first, last = _hash_blocks(run, wanted)
        most += (last - first) * BLOCK
        if not killed_documents(run, dead).size:
            least = np.maximum(least, np.maximum(last - first - 2, 0) * BLOCK)
    settled = wanted[most <= cap].tolist()
    open_ = wanted[(most > cap) & (least <= cap)].tolist()
    counted = count_of(conn, open_) if open_ else {}
    return sorted(settled + [h for h in open_ if counted.get(h, 0) <= cap])


def run_counts(conn: sqlite3.Connection, run: Run, wanted: np.ndarray, dead: _Pair) -> np.ndarray:
    """Live postings in ``run`` of each of the sorted, distinct ``wanted``. A hash's postings
    fill whole blocks between its first and its last (every block of a run but its last holds
    ``BLOCK``), so only those two are read, unless a tombstone may kill some in between."""
    counts = np.zeros(len(wanted), dtype=np.int64)
    if not len(run.firsts) or not wanted.size:
        return counts
    first, last = _hash_blocks(run, wanted)
    exact = killed_documents(run, dead).size > 0
    needed = _spanned(first, last) if exact else np.unique(np.concatenate([first, last - 1]))
    blocks = _block_keys(conn, run, needed)
    for i, (h, a, b) in enumerate(zip(wanted.tolist(), first.tolist(), last.tolist(), strict=True)):
        lo, hi = h * DOC_SPAN, (h + 1) * DOC_SPAN
        if exact:
            keys = np.frombuffer(b"".join(blocks[j] for j in range(a, b)), dtype="<i8")
            counts[i] = len(live_keys(run, keys[_cut(keys, lo, hi)], dead))
            continue
        head = np.frombuffer(blocks[a], dtype="<i8")
        counts[i] = len(head[_cut(head, lo, hi)])
        if b - 1 > a:
            tail = np.frombuffer(blocks[b - 1], dtype="<i8")
            counts[i] += (b - a - 2) * BLOCK + len(tail[_cut(tail, lo, hi)])
    return counts


def killed_counts(conn: sqlite3.Connection, run: Run, hashes: np.ndarray, killed: np.ndarray) -> np.ndarray:
    """Per hash of ``hashes``, how many of the documents ``killed`` have a posting of it in
    ``run``: one block read per (hash, document) at most."""
    pairs = (hashes[:, None] * DOC_SPAN + killed[None, :]).ravel()
    if not pairs.size or not len(run.firsts):
        return np.zeros(len(hashes), dtype=np.int64)
    at = np.maximum(np.searchsorted(run.firsts, pairs, "right") - 1, 0)
    needed = np.unique(at)
    blocks = _block_keys(conn, run, needed)
    held = np.frombuffer(b"".join(blocks[j] for j in needed.tolist()), dtype="<i8")
    return np.isin(pairs, held).reshape(len(hashes), len(killed)).sum(axis=1)


def _block_keys(conn: sqlite3.Connection, run: Run, numbers: np.ndarray) -> dict[int, bytes]:
    """The keys of the blocks of ``run`` numbered ``numbers``, by number."""
    found: dict[int, bytes] = {}
    base = run.run * SPAN
    ids = (numbers + base).tolist()
    for k in range(0, len(ids), _MAX_PARAMS):
        part = ids[k : k + _MAX_PARAMS]
        marks = ", ".join("?" * len(part))
        for i, keys in conn.execute(f"SELECT id, keys FROM reuse_blocks WHERE id IN ({marks})", part):
            found[i - base] = keys
    return found


def first_postings(conn: sqlite3.Connection, h: int, limit: int) -> Postings:
    """The first ``limit`` live postings of hash ``h`` in document order, reading from each run
    only the blocks needed for them."""
    dead = tombstones(conn)
    lo, hi = h * DOC_SPAN, (h + 1) * DOC_SPAN
    keys_parts, ats_parts = [], []
    for run in runs(conn):
        start, end = _block_span(run, lo, hi)
        found = 0
        step = limit // BLOCK + 2
        while start < end and found < limit:
            sql = "SELECT keys, ats FROM reuse_blocks WHERE id >= ? AND id < ? ORDER BY id"
            keys, ats = _arrays(conn.execute(sql, [start, min(end, start + step)]).fetchall())
            part = _cut(keys, lo, hi)
            keys, ats = _live(run, keys[part], ats[part], dead)
            keys_parts.append(keys)
            ats_parts.append(ats)
            found += len(keys)
            start += step
    if not keys_parts:
        return Postings(np.empty(0, "<i8"), np.empty(0, "<i4"))
    keys, ats = np.concatenate(keys_parts), np.concatenate(ats_parts)
    order = np.argsort(keys, kind="stable")[:limit]
    return Postings(keys[order], ats[order])


def all_postings(conn: sqlite3.Connection) -> list[tuple[int, int, int]]:
    """``(hash, document id, at)`` of every live posting, in key order (for checks and tests)."""
    chosen, dead = runs(conn), tombstones(conn)
    out: list[tuple[int, int, int]] = []
    for lo, hi in key_ranges(chosen):
        keys, ats = _gather(conn, chosen, lo, hi, dead)
        out += zip((keys >> 32).tolist(), (keys & _DOC_MASK).tolist(), ats.tolist(), strict=True)
    return out
