"""Moved passages in a whole-document diff: a deletion here that is an insertion there.

A paragraph moved in the new version shows in the in-order diff as words deleted at its old place
and inserted at its new one. A deleted stretch of some length is paired with a similar inserted
stretch of another change (with the text both versions share in between: the order really changed);
the pair is diffed word by word, and only that inner diff counts as changed. This works on tokens,
not blocks, so it holds when parsing joined the moved paragraph to a neighbour in one version.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from naast.core.compare.worddiff import Run, Side, diff_runs

_MIN_WORDS = 8  # a shorter stretch is not looked at as a moved passage
_MIN_TEXT_WORDS = 5  # of them words of three letters or more
_MIN_BETWEEN = 5  # words both versions share between the two places
_MIN_SIMILARITY = 0.5  # share of the two stretches' words an inner diff finds equal
_MAX_CANDIDATES = 200  # the longest stretches per side (keeps unrelated texts cheap)


@dataclass(frozen=True, slots=True)
class Move:
    run_a: int  # the change run whose deleted words moved
    run_b: int  # the change run whose inserted words they became
    a_tokens: tuple[int, int]
    b_tokens: tuple[int, int]
    runs: tuple[Run, ...]  # the inner diff of the two stretches
    equal_words: int


@dataclass(frozen=True, slots=True)
class _Stretch:
    run: int
    lo: int
    hi: int
    words: int
    bag: Counter[int]


def find_moves(
    runs: Sequence[Run], sa: Side, sb: Side, terms: tuple[np.ndarray, np.ndarray], confetti: int
) -> list[Move]:
    """Moved passages among the change runs ``runs`` of a whole-document diff of ``sa`` and ``sb``.

    ``terms`` holds the similarity term of each token of a and of b (-1 for none).
    """
    prefix_a, prefix_b = sa.tokens.word_prefix, sb.tokens.word_prefix
    dels = _stretches(runs, prefix_a, terms[0], "a")
    ins = _stretches(runs, prefix_b, terms[1], "b")
    if not dels or not ins:
        return []
    shared_before = np.cumsum(
        [0] + [int(prefix_a[r.a_hi] - prefix_a[r.a_lo]) if r.equal else 0 for r in runs]
    )
    found: list[tuple[int, Move]] = []
    for d in dels:
        for i in ins:
            first, last = sorted((d.run, i.run))
            if shared_before[last] - shared_before[first + 1] < _MIN_BETWEEN:
                continue
            if _overlap(d.bag, i.bag) < _MIN_SIMILARITY * min(d.words, i.words):
                continue
            move = _move(d, i, sa, sb, confetti)
            if move is not None:
                found.append((move.equal_words, move))
    return _best_first(found)


def _move(d: _Stretch, i: _Stretch, sa: Side, sb: Side, confetti: int) -> Move | None:
    """The moved passage shared by a deleted and an inserted stretch, trimmed to what they share.

    A moved paragraph can be part of a longer change (next to an inserted one, say): the passage
    runs from the first to the last word the two stretches share, and must be mostly shared.
    """
    prefix_a, prefix_b = sa.tokens.word_prefix, sb.tokens.word_prefix
    inner = diff_runs(sa, (d.lo, d.hi), sb, (i.lo, i.hi), confetti)
    same = [r for r in inner if r.equal]
    if not same:
        return None
    a_span, b_span = (same[0].a_lo, same[-1].a_hi), (same[0].b_lo, same[-1].b_hi)
    kept = [r for r in inner if r.a_lo >= a_span[0] and r.a_hi <= a_span[1] and r.b_hi <= b_span[1]]
    kept = [r for r in kept if r.b_lo >= b_span[0]]
    equal = sum(int(prefix_a[r.a_hi] - prefix_a[r.a_lo]) for r in same)
    words = int(prefix_a[a_span[1]] - prefix_a[a_span[0]] + prefix_b[b_span[1]] - prefix_b[b_span[0]])
    if equal < _MIN_WORDS or 2 * equal < _MIN_SIMILARITY * words or not _prose(sa, a_span):
        return None
    return Move(d.run, i.run, a_span, b_span, tuple(kept), equal)


def _prose(side: Side, span: tuple[int, int]) -> bool:
    """Whether a stretch has words, not only numbers: a note "[1: Kamerstuk 32 317, nr. 889]" that
    the parser placed elsewhere in one version is not a moved passage to point out."""
    keys = side.tokens.keys[span[0] : span[1]]
    return sum(len(k) > 2 and k.isalpha() for k in keys) >= _MIN_TEXT_WORDS


def _stretches(runs: Sequence[Run], prefix: np.ndarray, terms: np.ndarray, side: str) -> list[_Stretch]:
    out = []
    for k, run in enumerate(runs):
        if run.equal:
            continue
        lo, hi = (run.a_lo, run.a_hi) if side == "a" else (run.b_lo, run.b_hi)
        words = int(prefix[hi] - prefix[lo])
        if words >= _MIN_WORDS:
            out.append((words, k, lo, hi))
    out.sort(reverse=True)
    return [
        _Stretch(k, lo, hi, words, Counter(t for t in terms[lo:hi].tolist() if t >= 0))
        for words, k, lo, hi in out[:_MAX_CANDIDATES]
    ]


def _overlap(a: Counter[int], b: Counter[int]) -> int:
    small, large = (a, b) if len(a) < len(b) else (b, a)
    return sum(min(n, large[t]) for t, n in small.items())


def _best_first(found: list[tuple[int, Move]]) -> list[Move]:
    """The moves saving the most words first; a change can hold several, never overlapping."""
    found.sort(key=lambda f: -f[0])
    used_a: dict[int, list[tuple[int, int]]] = {}
    used_b: dict[int, list[tuple[int, int]]] = {}
    moves = []
    for _, move in found:
        if _free(used_a, move.run_a, move.a_tokens) and _free(used_b, move.run_b, move.b_tokens):
            used_a.setdefault(move.run_a, []).append(move.a_tokens)
            used_b.setdefault(move.run_b, []).append(move.b_tokens)
            moves.append(move)
    return sorted(moves, key=lambda m: m.a_tokens)


def _free(used: dict[int, list[tuple[int, int]]], run: int, span: tuple[int, int]) -> bool:
    return all(span[1] <= lo or span[0] >= hi for lo, hi in used.get(run, ()))


def split_moved(runs: Sequence[Run], moves: Sequence[Move]) -> list[Run]:
    """``runs`` with each moved passage made a change run of its own, marked ``moved``."""
    moved_a: dict[int, list[tuple[int, int]]] = {}
    moved_b: dict[int, list[tuple[int, int]]] = {}
    for m in moves:
        moved_a.setdefault(m.run_a, []).append(m.a_tokens)
        moved_b.setdefault(m.run_b, []).append(m.b_tokens)
    out: list[Run] = []
    for k, run in enumerate(runs):
        if k not in moved_a and k not in moved_b:
            out.append(run)
            continue
        for lo, hi, moved in _pieces(run.a_lo, run.a_hi, moved_a.get(k, [])):
            out.append(Run(False, lo, hi, run.b_lo, run.b_lo, moved))
        for lo, hi, moved in _pieces(run.b_lo, run.b_hi, moved_b.get(k, [])):
            out.append(Run(False, run.a_hi, run.a_hi, lo, hi, moved))
    return out


def _pieces(lo: int, hi: int, moved: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """``[lo, hi)`` cut around the moved ranges: (start, end, moved) for the non-empty pieces."""
    cuts: list[tuple[int, int, bool]] = []
    pos = lo
    for m_lo, m_hi in sorted(moved):
        cuts += [(pos, m_lo, False), (m_lo, m_hi, True)]
        pos = m_hi
    cuts.append((pos, hi, False))
    return [c for c in cuts if c[1] > c[0]]
