"""Pair blocks: the heaviest order-preserving chain first, then the leftovers as moved pairs."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from naast.core.compare.similarity import Scores

_CANDIDATES = 3  # a block's chain candidates: its best few counterparts
_GAP_LOOKAHEAD = 3  # blocks of b tried for each block of a in a gap


@dataclass(frozen=True, slots=True)
class Match:
    a: int
    b: int
    score: float
    moved: bool


def align(scores: Scores, n_b: int, pair_threshold: float, moved_threshold: float) -> list[Match]:
    """Matches sorted by ``a``: each block is used at most once."""
    keep = np.flatnonzero(scores.score >= pair_threshold)
    keep = keep[_best_per_block(scores.a[keep], scores.b[keep], scores.score[keep], _CANDIDATES)]
    a, b, s = scores.a[keep], scores.b[keep], scores.score[keep]
    chain = _heaviest_chain(a, b, s, n_b)
    used_a = {int(a[k]) for k in chain}
    used_b = {int(b[k]) for k in chain}
    in_order = [Match(int(a[k]), int(b[k]), float(s[k]), False) for k in chain]
    leftovers = _assign_leftovers(scores, used_a, used_b, moved_threshold)
    chain_a = [m.a for m in in_order]
    moved = [Match(m.a, m.b, m.score, not _fits(in_order, chain_a, m)) for m in leftovers]
    return sorted(in_order + moved, key=lambda m: (m.a, m.b))


def _best_per_block(a: np.ndarray, b: np.ndarray, s: np.ndarray, k: int) -> np.ndarray:
    """Indices of the points among the ``k`` best of their row or of their column."""
    return np.union1d(_top_k(a, s, k), _top_k(b, s, k))


def _top_k(group: np.ndarray, s: np.ndarray, k: int) -> np.ndarray:
    order = np.lexsort((-s, group))
    g = group[order]
    first = np.searchsorted(g, g, side="left")
    rank = np.arange(len(g)) - first
    return order[rank < k]


def _heaviest_chain(a: np.ndarray, b: np.ndarray, s: np.ndarray, n_b: int) -> list[int]:
    """Indices of the points forming the strictly increasing (a, b) chain of largest total score."""
    order = np.lexsort((b, a)).tolist()
    a_of, b_of, s_of = a.tolist(), b.tolist(), s.tolist()
    tree_val = [0.0] * (n_b + 2)
    tree_idx = [-1] * (n_b + 2)
    best = [0.0] * len(a_of)
    back = [-1] * len(a_of)
    for _, row_iter in itertools.groupby(order, key=a_of.__getitem__):
        row = list(row_iter)
        for k in row:  # read the tree before this row's points are added: a must increase
            val, idx = _query(tree_val, tree_idx, b_of[k])
            best[k] = val + s_of[k]
            back[k] = idx
        for k in row:
            _update(tree_val, tree_idx, b_of[k] + 1, best[k], k)
    if not best:
        return []
    k = max(range(len(best)), key=best.__getitem__)
    chain = []
    while k != -1:
        chain.append(k)
        k = back[k]
    return chain[::-1]


def _query(tree_val: list[float], tree_idx: list[int], j: int) -> tuple[float, int]:
    """The best chain ending at a column < j (tree positions 1..j)."""
    val, idx = 0.0, -1
    while j > 0:
        if tree_val[j] > val:
            val, idx = tree_val[j], tree_idx[j]
        j -= j & -j
    return val, idx


def _update(tree_val: list[float], tree_idx: list[int], j: int, val: float, idx: int) -> None:
    size = len(tree_val)
    while j < size:
        if val > tree_val[j]:
            tree_val[j], tree_idx[j] = val, idx
        j += j & -j


def _assign_leftovers(scores: Scores, used_a: set[int], used_b: set[int], threshold: float) -> list[Match]:
    """Greedy best-first pairing of the blocks the chain left, above ``threshold``."""
    free = scores.score >= threshold
    if used_a:
        free &= ~np.isin(scores.a, np.fromiter(used_a, dtype=np.int64))
    if used_b:
        free &= ~np.isin(scores.b, np.fromiter(used_b, dtype=np.int64))
    idx = np.flatnonzero(free)
    idx = idx[np.argsort(-scores.score[idx], kind="stable")]
    found: list[Match] = []
    taken_a, taken_b = set(used_a), set(used_b)
    for i, j, score in zip(
        scores.a[idx].tolist(), scores.b[idx].tolist(), scores.score[idx].tolist(), strict=True
    ):
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            found.append(Match(i, j, score, True))
    return found


def _fits(chain: list[Match], chain_a: list[int], m: Match) -> bool:
    """Whether ``m`` could join the in-order chain without crossing any of its pairs."""
    k = bisect_left(chain_a, m.a)
    before_ok = k == 0 or chain[k - 1].b < m.b
    after_ok = k == len(chain) or chain[k].b > m.b
    return before_ok and after_ok


def fill_gaps(
    matches: list[Match], n_a: int, n_b: int, similar: Callable[[int, int], float], threshold: float
) -> list[Match]:
    """Pair blocks left between two consecutive in-order pairs, in order, when ``similar`` allows.

    Short blocks (headings, references) have too few words for the cosine; between two anchors
    they can still be paired by their word sequences.
    """
    anchors = [m for m in matches if not m.moved]
    used_a, used_b = {m.a for m in matches}, {m.b for m in matches}
    bounds = [(-1, -1), *((m.a, m.b) for m in anchors), (n_a, n_b)]
    found = []
    for (a0, b0), (a1, b1) in itertools.pairwise(bounds):
        gap_a = [i for i in range(a0 + 1, a1) if i not in used_a]
        gap_b = [j for j in range(b0 + 1, b1) if j not in used_b]
        found.extend(_pair_in_order(gap_a, gap_b, similar, threshold))
    return sorted(matches + found, key=lambda m: (m.a, m.b))


def _pair_in_order(
    gap_a: list[int], gap_b: list[int], similar: Callable[[int, int], float], threshold: float
) -> list[Match]:
    found: list[Match] = []
    j0 = 0
    for i in gap_a:
        for k in range(j0, min(j0 + _GAP_LOOKAHEAD, len(gap_b))):  # bounded: gaps can be whole documents
            score = similar(i, gap_b[k])
            if score >= threshold:
                found.append(Match(i, gap_b[k], score, False))
                j0 = k + 1
                break
    return found
