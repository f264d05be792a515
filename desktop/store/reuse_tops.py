"""The hashes shared by the most documents, most shared first: from the runs' summaries
(``reuse_summary``) where they settle it, else from one pass over every key.

From the summaries: a hash's postings in a run are its listed number there, or at most that run's
floor. Adding these per run bounds each listed hash's number of documents from above, and the
floors' sum bounds every hash listed nowhere. Hashes are taken in the order of their bound and
counted exactly (listed numbers less what tombstones kill; a run's blocks only where the hash is
not listed); once the ``k``-th exact number is above every bound not yet counted, no other hash
can come before it. At 100,000 documents this reads about 3 MB instead of 750 MB of keys.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

import numpy as np

from naast.store import reuse_runs, reuse_summary
from naast.store.reuse_runs import Run
from naast.store.reuse_summary import Summary, counted, group_starts

_Pair = tuple[np.ndarray, np.ndarray]
_After = tuple[int, int] | None  # (documents, hash) of the last hash of the page before
_MAX_KILLED_PAIRS = 1 << 17  # (hash, tombstoned document) checks before the one pass is cheaper


def shared_pages(conn: sqlite3.Connection, first: int, most: int) -> Iterator[_Pair]:
    """Every hash in two or more documents, with their number, most shared first (then by hash):
    ``first`` hashes, then four times as many at a time up to ``most``."""
    after: tuple[int, int] | None = None
    size = first
    while (page := top_shared(conn, size, after))[0].size:
        yield page
        after = (int(page[1][-1]), int(page[0][-1]))
        size = min(size * 4, most)


def shared_counts(conn: sqlite3.Connection) -> _Pair:
    """Every hash in two or more documents, with their number, most shared first (then by hash)."""
    pages = list(shared_pages(conn, 50_000, 50_000))
    if not pages:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate([h for h, _d in pages]), np.concatenate([d for _h, d in pages])


def top_shared(conn: sqlite3.Connection, k: int, after: _After = None) -> _Pair:
    """The next ``k`` hashes in two or more documents, most shared first (then by hash), after
    ``(documents, hash)``."""
    found = from_summaries(conn, k, after)
    return found if found is not None else full_pass(conn, k, after)


def from_summaries(conn: sqlite3.Connection, k: int, after: _After = None) -> _Pair | None:
    """``top_shared`` from the runs' summaries, or None where they do not settle it (a run without
    one, too many tombstones, or floors too high for ``k``)."""
    chosen, dead = reuse_runs.runs(conn), reuse_runs.tombstones(conn)
    tops = reuse_summary.read_all(conn)
    if tops is None or any(r.run not in tops for r in chosen):
        return None
    summaries = [tops[r.run] for r in chosen]
    hashes = np.unique(np.concatenate([s.hashes for s in summaries])) if summaries else np.empty(0, np.int64)
    bound = np.zeros(len(hashes), np.int64)
    for summary in summaries:
        found, numbers = _listed(summary, hashes)
        bound += np.where(found, numbers, summary.floor)
    outside = sum(s.floor for s in summaries)  # the bound of a hash listed nowhere
    order = np.lexsort((hashes, -bound))
    best_hashes, best_docs = np.empty(0, np.int64), np.empty(0, np.int64)
    done, step = 0, max(k, 1024)
    while True:
        cutoff = max(int(bound[order[done]]) if done < len(order) else 0, outside)
        if cutoff < 2 or (len(best_docs) >= k and best_docs[k - 1] > cutoff):
            return best_hashes[:k], best_docs[:k]
        if done >= len(order):
            return None
        batch = np.sort(order[done : done + step])
        exact = _exact(conn, chosen, summaries, dead, hashes[batch])
        if exact is None:
            return None
        keep = _after(exact, hashes[batch], after)
        best_hashes, best_docs = _first(
            np.concatenate([best_hashes, hashes[batch][keep]]), np.concatenate([best_docs, exact[keep]]), k
        )
        done += len(batch)
        step *= 2


def _listed(summary: Summary, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of ``hashes`` the summary lists, and their numbers there (0 where not listed)."""
    if not summary.hashes.size:
        return np.zeros(len(hashes), bool), np.zeros(len(hashes), np.int64)
    at = np.minimum(np.searchsorted(summary.hashes, hashes), len(summary.hashes) - 1)
    found = summary.hashes[at] == hashes
    return found, np.where(found, summary.counts[at], 0)


def _exact(
    conn: sqlite3.Connection,
    chosen: Sequence[Run],
    summaries: Sequence[Summary],
    dead: _Pair,
    wanted: np.ndarray,
) -> np.ndarray | None:
    """The live documents of each of the sorted, distinct ``wanted``: listed numbers less what
    tombstones kill, and counts from the blocks where a run does not list a hash (None: too many
    tombstones to check)."""
    total = np.zeros(len(wanted), np.int64)
    for run, summary in zip(chosen, summaries, strict=True):
        here, numbers = _listed(summary, wanted)
        total += numbers
        if summary.floor and not here.all():
            total[~here] += reuse_runs.run_counts(conn, run, wanted[~here], dead)
        killed = reuse_runs.killed_documents(run, dead)
        if killed.size and here.any():
            if here.sum() * killed.size > _MAX_KILLED_PAIRS:
                return None
            total[here] -= reuse_runs.killed_counts(conn, run, wanted[here], killed)
    return total


def counts(conn: sqlite3.Connection, hashes: Sequence[int]) -> dict[int, int]:
    """In how many documents each of ``hashes`` occurs (those in none left out): from the
    summaries where they list a hash, so a frequent hash costs no block read."""
    chosen, dead = reuse_runs.runs(conn), reuse_runs.tombstones(conn)
    tops = reuse_summary.read_all(conn)
    wanted = np.unique(np.asarray(list(hashes), dtype=np.int64))
    found = None
    if tops is not None and all(r.run in tops for r in chosen):
        found = _exact(conn, chosen, [tops[r.run] for r in chosen], dead, wanted)
    if found is None:
        return reuse_runs.count_of(conn, hashes)
    return {h: n for h, n in zip(wanted.tolist(), found.tolist(), strict=True) if n}


def _after(docs: np.ndarray, hashes: np.ndarray, after: _After) -> np.ndarray:
    """Which hashes are shared and come after ``after`` in the order (documents down, hash up)."""
    keep = docs >= 2
    if after is not None:
        keep &= (docs < after[0]) | ((docs == after[0]) & (hashes > after[1]))
    return keep


def full_pass(conn: sqlite3.Connection, k: int, after: _After = None) -> _Pair:
    """``top_shared`` from one pass over the keys of the whole index, a key range at a time, in
    memory bounded by ``k``. Once ``k`` are found, a hash needs at least the ``k``-th count, so
    only hashes with at least that share of it in some run are counted over all runs."""
    chosen, dead = reuse_runs.runs(conn), reuse_runs.tombstones(conn)
    best_hashes, best_docs = np.empty(0, np.int64), np.empty(0, np.int64)
    floor = 2
    for lo, hi in reuse_runs.key_ranges(chosen):
        hashes, counts = _range_counts(conn, chosen, lo, hi, dead, floor)
        keep = (counts >= floor) & _after(counts, hashes, after)
        best_hashes = np.concatenate([best_hashes, hashes[keep]])
        best_docs = np.concatenate([best_docs, counts[keep]])
        if len(best_hashes) > 4 * k:
            best_hashes, best_docs = _first(best_hashes, best_docs, k)
            floor = max(floor, int(best_docs[-1]))
    return _first(best_hashes, best_docs, k)


def _first(hashes: np.ndarray, docs: np.ndarray, k: int) -> _Pair:
    order = np.lexsort((hashes, -docs))[:k]
    return hashes[order], docs[order]


def _range_counts(
    conn: sqlite3.Connection, chosen: Sequence[Run], lo: int | None, hi: int | None, dead: _Pair, floor: int
) -> _Pair:
    """The distinct hashes of ``[lo, hi)`` that may be in ``floor`` documents or more (in some
    run at least ``floor / runs`` times), with their live postings in all runs."""
    per_run = [counted(reuse_runs.live_keys(r, reuse_runs.read_keys(conn, r, lo, hi), dead)) for r in chosen]
    if not per_run:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    share = -(-floor // len(per_run))
    if share <= 1 or len(per_run) == 1:
        return _merged_counts(per_run)
    candidates = np.unique(np.concatenate([h[n >= share] for h, n in per_run]))
    totals = np.zeros(len(candidates), dtype=np.int64)
    for hashes, counts in per_run:
        if not hashes.size:
            continue
        at = np.minimum(np.searchsorted(hashes, candidates), len(hashes) - 1)
        found = hashes[at] == candidates
        totals[found] += counts[at[found]]
    return candidates, totals


def _merged_counts(per_run: list[_Pair]) -> _Pair:
    """Each distinct hash of the runs' counted hashes and its total."""
    hashes = np.concatenate([h for h, _n in per_run])
    counts = np.concatenate([n for _h, n in per_run])
    if len(per_run) > 1 and hashes.size:
        order = np.argsort(hashes, kind="stable")  # sorted runs one after another: a merge
        hashes, counts = hashes[order], counts[order]
        starts = group_starts(hashes)
        hashes, counts = hashes[starts], np.add.reduceat(counts, starts)
    return hashes, counts
