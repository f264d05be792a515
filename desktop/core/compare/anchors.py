"""Identical blocks found once in each document pair up directly (as in patience diff).

Of those twins, the longest run in the same order in both documents is kept; they anchor the
alignment, and only the other blocks go through the similarity matrix. Twins out of order go through
the matrix too, so that a moved paragraph is found as moved, not forced.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import numpy as np

from desktop.core.compare.similarity import Scores


def unique_twins(signatures_a: list[str], signatures_b: list[str]) -> list[tuple[int, int]]:
    """(i, j) for signatures that occur exactly once in each list, in the same order in both."""
    count_a, count_b = Counter(signatures_a), Counter(signatures_b)
    where_b = {sig: j for j, sig in enumerate(signatures_b) if count_b[sig] == 1}
    twins = [(i, where_b[sig]) for i, sig in enumerate(signatures_a) if count_a[sig] == 1 and sig in where_b]
    return _increasing(twins)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by i) whose j increase too."""
    tails: list[int] = []  # tails[k]: smallest j ending an increasing run of length k + 1
    tail_at: list[int] = []  # index into pairs of that run's last pair
    back = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        back[n] = tail_at[k - 1] if k else -1
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k], tail_at[k] = j, n
    run, n = [], tail_at[-1] if tail_at else -1
    while n != -1:
        run.append(pairs[n])
        n = back[n]
    return run[::-1]


def to_global(scores: Scores, rest_a: list[int], rest_b: list[int]) -> Scores:
    """``scores`` of the blocks left after the twins (local indices), in block indices."""
    map_a, map_b = np.array(rest_a, dtype=np.int64), np.array(rest_b, dtype=np.int64)
    return Scores(map_a[scores.a], map_b[scores.b], scores.score)
