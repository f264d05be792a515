"""Stable 64-bit hashes of words and of word n-grams (numpy, wrapping uint64 arithmetic)."""

from __future__ import annotations

import numpy as np

_MULT = np.uint64(0x9E3779B97F4A7C15)  # odd constant of the rolling combination


def mix64(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: spreads small integers over all 64 bits."""
    with np.errstate(over="ignore"):
        z = values.astype(np.uint64)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def ngram_hashes(word_hashes: np.ndarray, n: int) -> np.ndarray:
    """Hash of each run of ``n`` consecutive words: ``len(word_hashes) - n + 1`` values."""
    count = len(word_hashes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        h = word_hashes[:count].copy()
        for k in range(1, n):
            h = h * _MULT + word_hashes[k : k + count]
        h ^= h >> np.uint64(29)
    return h


def maximal_runs(pos_a: np.ndarray, pos_b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group matching n-gram positions into runs along diagonals: (start a, start b, length in grams)."""
    if len(pos_a) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    diag = pos_b - pos_a
    order = np.lexsort((pos_a, diag))
    pa, dg = pos_a[order], diag[order]
    brk = np.concatenate([[True], (dg[1:] != dg[:-1]) | (pa[1:] != pa[:-1] + 1)])
    first = np.flatnonzero(brk)
    lengths = np.diff(np.append(first, len(pa)))
    return pa[first], pa[first] + dg[first], lengths
