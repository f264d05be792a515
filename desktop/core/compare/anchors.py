"""Identical blocks found once in each document pair up directly (as in patience diff).

Of those twins, the longest run in the same order in both documents is kept; only the other blocks
go through the similarity matrix, and the twins join its scores with score 1. Twins out of order go
through the matrix too, so that a moved paragraph is found as moved, not forced.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import numpy as np

from naast.core.compare.similarity import Scores


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


def with_twins(scores: Scores, rest_a: list[int], rest_b: list[int], twins: list[tuple[int, int]]) -> Scores:
    """``scores`` of the remaining blocks (local indices) mapped back, plus the twins at 1."""
    map_a, map_b = np.array(rest_a, dtype=np.int64), np.array(rest_b, dtype=np.int64)
    twin_a = np.array([i for i, _ in twins], dtype=np.int64)
    twin_b = np.array([j for _, j in twins], dtype=np.int64)
    a = np.concatenate([map_a[scores.a], twin_a])
    b = np.concatenate([map_b[scores.b], twin_b])
    score = np.concatenate([scores.score, np.ones(len(twins))])
    order = np.lexsort((b, a))
    return Scores(a[order], b[order], score[order])
