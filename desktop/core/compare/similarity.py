"""TF-IDF cosine similarity between the blocks of two documents (numpy, sparse where it matters).

Small inputs get the full block × block matrix; large ones (thousands of blocks) only the pairs that
share a rare word bigram, scored exactly, so memory stays proportional to the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_DENSE_LIMIT = 4_000_000  # cells of the block matrix (and of the tf-idf matrix) for the dense route
_PAIR_BATCH = 20_000  # candidate pairs scored at once (bounds the temporary arrays)
_BIGRAM_CAP = 64  # a bigram in more block pairs than this is too common to propose candidates
_RARE_PAIRS = 64  # a term in fewer block pairs than this is added pair by pair, not in the matrix


@dataclass(frozen=True, slots=True)
class Scores:
    """Block pairs with a similarity of at least the floor: parallel arrays, sorted by (a, b)."""

    a: np.ndarray  # int64 block indices into the first document
    b: np.ndarray  # int64 block indices into the second document
    score: np.ndarray  # float64 cosine in [0, 1]


@dataclass(frozen=True, slots=True)
class _Tfidf:
    rows: np.ndarray  # block of each entry (sorted)
    terms: np.ndarray  # term of each entry (sorted within a block)
    weights: np.ndarray  # L2-normalised tf-idf weight
    ptr: np.ndarray  # entries of block k are ptr[k]:ptr[k + 1]


def block_similarity(
    rows_a: Sequence[np.ndarray],
    rows_b: Sequence[np.ndarray],
    vocab_size: int,
    floor: float,
    dense_limit: int = _DENSE_LIMIT,
) -> Scores:
    """Pairs (a, b) with cosine ≥ ``floor``; rows are the word ids of each block, repeats kept."""
    n_a, n_b = len(rows_a), len(rows_b)
    if n_a == 0 or n_b == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Scores(empty, empty, np.zeros(0))
    tfidf = _tfidf([*rows_a, *rows_b], vocab_size)
    if n_a * n_b <= dense_limit and (n_a + n_b) * vocab_size <= dense_limit:
        return _dense(tfidf, n_a, n_b, vocab_size, floor)
    cand_a, cand_b = _candidates([*rows_a, *rows_b], n_a, vocab_size)
    score = _sparse_cosine(tfidf, cand_a, cand_b + n_a, vocab_size)
    keep = score >= floor
    return Scores(cand_a[keep], cand_b[keep], score[keep])


def _tfidf(rows: Sequence[np.ndarray], vocab_size: int) -> _Tfidf:
    n = len(rows)
    lengths = np.fromiter((len(r) for r in rows), dtype=np.int64, count=n)
    row_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
    ids = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows]) if lengths.sum() else row_of
    codes, counts = np.unique(row_of * vocab_size + ids, return_counts=True)
    entry_rows, terms = np.divmod(codes, vocab_size)
    df = np.bincount(terms, minlength=vocab_size)
    idf = np.log((1.0 + n) / np.maximum(df, 1))
    weights = (1.0 + np.log(counts)) * idf[terms]
    norms = np.sqrt(np.bincount(entry_rows, weights=weights * weights, minlength=n))
    weights = weights / np.where(norms > 0, norms, 1.0)[entry_rows]
    ptr = np.searchsorted(entry_rows, np.arange(n + 1))
    return _Tfidf(entry_rows, terms, weights, ptr)


def _dense(tfidf: _Tfidf, n_a: int, n_b: int, vocab_size: int, floor: float) -> Scores:
    """The full matrix: common terms by a matrix product, rare ones through their few block pairs.

    Terms used by only one document add nothing to a dot product and are left out.
    """
    in_a = tfidf.rows < n_a
    df_a = np.bincount(tfidf.terms[in_a], minlength=vocab_size)
    df_b = np.bincount(tfidf.terms[~in_a], minlength=vocab_size)
    shared = (df_a > 0) & (df_b > 0)
    common = shared & (df_a * df_b > _RARE_PAIRS)
    column = np.cumsum(common) - 1
    keep = common[tfidf.terms]
    matrix = np.zeros((n_a + n_b, int(common.sum())), dtype=np.float32)
    matrix[tfidf.rows[keep], column[tfidf.terms[keep]]] = tfidf.weights[keep]
    sim = (matrix[:n_a] @ matrix[n_a:].T).astype(np.float64).ravel()
    rare = (shared & ~common)[tfidf.terms]
    ea, eb = np.flatnonzero(rare & in_a), np.flatnonzero(rare & ~in_a)
    ia, ib = _join(tfidf.terms[ea], tfidf.terms[eb])
    ia, ib = ea[ia], eb[ib]
    cells = tfidf.rows[ia] * n_b + (tfidf.rows[ib] - n_a)
    sim += np.bincount(cells, weights=tfidf.weights[ia] * tfidf.weights[ib], minlength=n_a * n_b)
    sim = sim.reshape(n_a, n_b)
    a, b = np.nonzero(sim >= floor)
    return Scores(a.astype(np.int64), b.astype(np.int64), np.minimum(sim[a, b].astype(np.float64), 1.0))


def expand_ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``concatenate([arange(s, s + c) for s, c in zip(starts, counts)])`` without a Python loop."""
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(counts) - counts
    return np.arange(total, dtype=np.int64) + np.repeat(starts - offsets, counts)


def _join(
    keys_a: np.ndarray, keys_b: np.ndarray, max_pairs: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """All index pairs (i, j) with ``keys_a[i] == keys_b[j]``, skipping keys with more pairs than
    ``max_pairs``; the pairs come grouped by key."""
    order_a, order_b = np.argsort(keys_a, kind="stable"), np.argsort(keys_b, kind="stable")
    ka, sa, ca = np.unique(keys_a[order_a], return_index=True, return_counts=True)
    kb, sb, cb = np.unique(keys_b[order_b], return_index=True, return_counts=True)
    _, ia, ib = np.intersect1d(ka, kb, assume_unique=True, return_indices=True)
    if max_pairs is not None:
        small = ca[ia] * cb[ib] <= max_pairs
        ia, ib = ia[small], ib[small]
    pos_a = expand_ranges(sa[ia], ca[ia])
    per_a = np.repeat(cb[ib], ca[ia])
    first_b = np.repeat(sb[ib], ca[ia])
    return order_a[np.repeat(pos_a, per_a)], order_b[expand_ranges(first_b, per_a)]


def _candidates(rows: Sequence[np.ndarray], n_a: int, vocab_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Block pairs sharing at least one word bigram that is not too common."""
    keys, blocks = _bigram_postings(rows, vocab_size)
    in_a = blocks < n_a
    blocks_a, blocks_b = blocks[in_a], blocks[~in_a] - n_a
    ia, ib = _join(keys[in_a], keys[~in_a], _BIGRAM_CAP)
    codes = np.unique(blocks_a[ia] * max(len(rows) - n_a, 1) + blocks_b[ib])
    return np.divmod(codes, max(len(rows) - n_a, 1))


def _bigram_postings(rows: Sequence[np.ndarray], vocab_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (bigram key, block) postings, sorted by block then key."""
    keys_list = []
    for r in rows:
        ids = np.asarray(r, dtype=np.int64)
        keys_list.append(ids[:-1] * vocab_size + ids[1:] if len(ids) > 1 else ids[:0])
    lengths = np.fromiter((len(k) for k in keys_list), dtype=np.int64, count=len(rows))
    blocks = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
    keys = np.concatenate(keys_list) if keys_list else blocks
    # distinct (key, block) postings sorted by key, then block: one code per posting
    n_rows = max(len(rows), 1)
    codes = np.unique(keys * n_rows + blocks)
    return np.divmod(codes, n_rows)


def _sparse_cosine(tfidf: _Tfidf, rows_a: np.ndarray, rows_b: np.ndarray, vocab_size: int) -> np.ndarray:
    """Exact cosine of the given block pairs (indices into the tf-idf rows), in bounded batches."""
    entry_keys = tfidf.rows * vocab_size + tfidf.terms  # sorted
    parts = [
        _cosine_batch(tfidf, entry_keys, rows_a[k : k + _PAIR_BATCH], rows_b[k : k + _PAIR_BATCH], vocab_size)
        for k in range(0, len(rows_a), _PAIR_BATCH)
    ]
    return np.concatenate(parts) if parts else np.zeros(0)


def _cosine_batch(
    tfidf: _Tfidf, entry_keys: np.ndarray, rows_a: np.ndarray, rows_b: np.ndarray, vocab_size: int
) -> np.ndarray:
    lengths = tfidf.ptr[rows_b + 1] - tfidf.ptr[rows_b]
    pos_b = expand_ranges(tfidf.ptr[rows_b], lengths)
    query = np.repeat(rows_a, lengths) * vocab_size + tfidf.terms[pos_b]
    loc = np.minimum(np.searchsorted(entry_keys, query), len(entry_keys) - 1)
    hit = entry_keys[loc] == query
    contrib = np.where(hit, tfidf.weights[loc] * tfidf.weights[pos_b], 0.0)
    owner = np.repeat(np.arange(len(rows_a)), lengths)
    return np.bincount(owner, weights=contrib, minlength=len(rows_a))
