"""The postings as runs (``reuse_runs``), against a plain dictionary of what each document holds:
random imports, re-imports and removals, with merges cut into small key ranges."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from naast.store import reuse_runs, reuse_summary, reuse_tops
from naast.store.project import Project

_DOCS = 60


def _conn(tmp_path: Path) -> sqlite3.Connection:
    with Project.create(tmp_path / "p.naast"):
        pass
    return sqlite3.connect(tmp_path / "p.naast", isolation_level=None)


def _postings(rng: random.Random, doc: int) -> dict[int, int]:
    """hash -> offset; a small vocabulary of hashes so that many are shared."""
    return {rng.randrange(0, 3000): rng.randrange(0, 10_000) for _ in range(rng.randrange(0, 400))}


def _store(conn: sqlite3.Connection, docs: dict[int, dict[int, int]]) -> None:
    keys = [h * reuse_runs.DOC_SPAN + d for d, held in docs.items() for h in held]
    ats = [at for held in docs.values() for at in held.values()]
    reuse_runs.add_run(conn, np.asarray(keys, dtype=np.int64), np.asarray(ats, dtype=np.int64))


def _expected(held: dict[int, dict[int, int]]) -> list[tuple[int, int, int]]:
    return sorted((h, d, at) for d, postings in held.items() for h, at in postings.items())


@pytest.mark.parametrize("seed", range(6))
def test_runs_hold_what_the_documents_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(reuse_runs, "_CHUNK_BLOCKS", 3)  # merges and counts in many key ranges
    monkeypatch.setattr(reuse_runs, "BLOCK", 4)  # a shared hash spans many blocks
    rng = random.Random(seed)
    conn = _conn(tmp_path)
    held: dict[int, dict[int, int]] = {}
    for _step in range(40):
        conn.execute("BEGIN")
        action = rng.random()
        if action < 0.6 or not held:  # an import batch, now and then with documents indexed before
            batch = {d: _postings(rng, d) for d in rng.sample(range(_DOCS), rng.randrange(1, 6))}
            again = [d for d in batch if d in held]
            reuse_runs.drop_documents(conn, again)
            _store(conn, batch)
            held.update(batch)
        else:  # undo or delete: documents taken out
            gone = rng.sample(sorted(held), rng.randrange(1, min(4, len(held)) + 1))
            reuse_runs.drop_documents(conn, gone)
            for d in gone:
                del held[d]
        conn.execute("COMMIT")
        assert reuse_runs.all_postings(conn) == _expected(held)
    counts: dict[int, int] = {}
    for h, _d, _at in _expected(held):
        counts[h] = counts.get(h, 0) + 1
    shared = sorted(((h, n) for h, n in counts.items() if n >= 2), key=lambda x: (-x[1], x[0]))
    hashes, docs = reuse_tops.shared_counts(conn)
    assert list(zip(hashes.tolist(), docs.tolist(), strict=True)) == shared
    asked = [*rng.sample(sorted(counts), 50), 999_999]
    found = reuse_runs.lookup(conn, asked)
    want = [(h, d, at) for h, d, at in _expected(held) if h in set(asked)]
    assert list(zip(found.hashes.tolist(), found.documents.tolist(), found.ats.tolist(), strict=True)) == want
    assert reuse_runs.count_of(conn, asked) == {h: counts[h] for h in asked if h in counts}
    for cap in (0, 1, 2, 3, 5, 8, 13, 21, 40, _DOCS):  # where else's boilerplate cap, from bounds
        assert reuse_runs.within(conn, asked, cap) == sorted(h for h in set(asked) if counts.get(h, 0) <= cap)
    for h in asked[:10]:
        for limit in (1, 2, 7):
            first = reuse_runs.first_postings(conn, h, limit)
            mine = list(zip(first.documents.tolist(), first.ats.tolist(), strict=True))
            assert mine == [(d, at) for g, d, at in want if g == h][:limit]
    top, top_docs = reuse_tops.top_shared(conn, 5, after=(shared[3][1], shared[3][0]))
    assert list(zip(top.tolist(), top_docs.tolist(), strict=True)) == shared[4:9]
    assert len(reuse_runs.runs(conn)) <= 12  # merged as they grew: about log2 of the batches


def _summaries_agree_with_the_keys(conn: sqlite3.Connection) -> None:
    """Each run's summary lists its hashes' numbers of keys, and its floor is the most keys of a
    hash it does not list."""
    tops = reuse_summary.read_all(conn)
    assert tops is not None
    for run in reuse_runs.runs(conn):
        keys = reuse_runs.read_keys(conn, run, None, None)
        hashes, counts = reuse_summary.counted(keys)
        summary = tops[run.run]
        held = dict(zip(hashes.tolist(), counts.tolist(), strict=True))
        assert {h: held[h] for h in summary.hashes.tolist()} == dict(
            zip(summary.hashes.tolist(), summary.counts.tolist(), strict=True)
        )
        rest = [n for h, n in held.items() if h not in set(summary.hashes.tolist())]
        assert summary.floor == max(rest, default=0)
        assert len(summary.hashes) == min(reuse_summary.TOP, len(held))


@pytest.mark.parametrize(("seed", "top"), [(0, 8), (1, 60), (2, 400), (3, 100_000)])
def test_the_most_shared_from_summaries_are_those_of_every_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, top: int
) -> None:
    """From summaries of ``top`` hashes a run, the most shared hashes, page after page, are those
    counted from the documents; where the summaries cannot settle a page, the pass over every key
    answers. With every hash listed, the summaries always settle it."""
    monkeypatch.setattr(reuse_runs, "_CHUNK_BLOCKS", 3)
    monkeypatch.setattr(reuse_runs, "BLOCK", 4)
    monkeypatch.setattr(reuse_summary, "TOP", top)
    rng = random.Random(seed)
    conn = _conn(tmp_path)
    held: dict[int, dict[int, int]] = {}
    settled = 0
    for _step in range(30):
        conn.execute("BEGIN")
        if rng.random() < 0.7 or not held:
            batch = {d: _postings(rng, d) for d in rng.sample(range(_DOCS), rng.randrange(1, 6))}
            reuse_runs.drop_documents(conn, [d for d in batch if d in held])
            _store(conn, batch)
            held.update(batch)
        else:
            gone = rng.sample(sorted(held), rng.randrange(1, min(4, len(held)) + 1))
            reuse_runs.drop_documents(conn, gone)
            for d in gone:
                del held[d]
        conn.execute("COMMIT")
        _summaries_agree_with_the_keys(conn)
        counts: dict[int, int] = {}
        for h, _d, _at in _expected(held):
            counts[h] = counts.get(h, 0) + 1
        shared = sorted(((h, n) for h, n in counts.items() if n >= 2), key=lambda x: (-x[1], x[0]))
        asked = [*rng.sample(sorted(counts), min(40, len(counts))), 999_999]
        assert reuse_tops.counts(conn, asked) == {h: counts[h] for h in asked if h in counts}
        for k, start in ((1, 0), (5, 0), (7, 3), (40, 10)):
            after = (shared[start - 1][1], shared[start - 1][0]) if start and len(shared) >= start else None
            want = shared[start : start + k] if after or not start else shared[:k]
            fast = reuse_tops.from_summaries(conn, k, after)
            if fast is not None:
                settled += 1
                assert list(zip(fast[0].tolist(), fast[1].tolist(), strict=True)) == want
            elif top == 100_000:
                pytest.fail("every hash is listed, yet the summaries did not settle it")
            found = reuse_tops.top_shared(conn, k, after)
            assert list(zip(found[0].tolist(), found[1].tolist(), strict=True)) == want
    assert settled > 0


def test_tombstones_go_when_no_run_they_could_kill_is_left(tmp_path: Path) -> None:
    conn = _conn(tmp_path)
    rng = random.Random(3)
    conn.execute("BEGIN")
    _store(conn, {1: _postings(rng, 1), 2: _postings(rng, 2)})
    reuse_runs.drop_documents(conn, [1])
    _store(conn, {3: _postings(rng, 3) | {7: 1}, 4: _postings(rng, 4)})  # about as large: merged
    conn.execute("COMMIT")
    assert len(reuse_runs.runs(conn)) == 1
    assert conn.execute("SELECT COUNT(*) FROM reuse_dropped").fetchone()[0] == 0
    assert {d for _h, d, _at in reuse_runs.all_postings(conn)} == {2, 3, 4}


def test_a_hash_whose_blocks_hold_dead_postings_is_counted_live(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``within`` settles a hash from its blocks only where no tombstone touches the run: a
    hash filling many blocks of postings since killed is in fewer documents than its blocks say."""
    monkeypatch.setattr(reuse_runs, "BLOCK", 4)
    conn = _conn(tmp_path)
    conn.execute("BEGIN")
    _store(conn, {d: {7: d, 8: d} for d in range(1, 41)})  # hash 7 fills ten blocks
    reuse_runs.drop_documents(conn, list(range(1, 31)))  # ten documents left
    conn.execute("COMMIT")
    assert len(reuse_runs.runs(conn)) == 1 and reuse_runs.count_of(conn, [7, 8]) == {7: 10, 8: 10}
    assert reuse_runs.within(conn, [7, 8, 9], 10) == [7, 8, 9]
    assert reuse_runs.within(conn, [7, 8, 9], 9) == [9]
