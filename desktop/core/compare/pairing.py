"""Pair blocks where the two versions agree: through the equal runs of one whole-document diff.

Parsing a new version can join or split paragraphs differently (a re-wrapped line that now ends a
paragraph, or no longer does), so the blocks of two versions need not line up one to one. The
whole-document word diff does not care: it aligns the words. A block of ``a`` is linked to a block
of ``b`` when some of its words are aligned, equal, with words of that block; blocks linked directly
or through others form one group, and a group is one pair: one block, two blocks joined, or a whole
unit, wherever the boundaries differ. The diff is monotone, so groups are runs of consecutive blocks
on both sides and never cross. A group in which even the smaller side is mostly changed is
dissolved: its blocks are paired by similarity instead, as blocks of two different documents are.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from naast.core.compare.worddiff import Run

_MIN_LINK_WORDS = 2  # an aligned stretch with fewer words links two blocks only if it is all of one


@dataclass(frozen=True, slots=True)
class Group:
    """Blocks ``a_blocks`` of a and ``b_blocks`` of b (consecutive index ranges) as one pair."""

    a_blocks: range
    b_blocks: range
    a_tokens: tuple[int, int]  # token range from the first block's first to the last block's last
    b_tokens: tuple[int, int]
    runs: tuple[Run, ...]  # the diff clipped to the two token ranges, in order
    equal_words: int
    words: int  # words on both sides
    smaller_words: int  # words on the side with fewer

    @property
    def score(self) -> float:
        return 2 * self.equal_words / self.words if self.words else 1.0

    @property
    def containment(self) -> float:
        """The share of the smaller side's words that are equal (1 for a paragraph kept whole)."""
        return self.equal_words / self.smaller_words if self.smaller_words else 1.0

    @property
    def changed_words(self) -> int:
        return self.words - 2 * self.equal_words


@dataclass(frozen=True, slots=True)
class _Blocks:
    """One side's blocks as token ranges, for lookups by token index."""

    ranges: Sequence[tuple[int, int]]
    starts: list[int]
    word_prefix: Sequence[int]

    @classmethod
    def of(cls, ranges: Sequence[tuple[int, int]], word_prefix: Sequence[int]) -> _Blocks:
        return cls(ranges, [lo for lo, _ in ranges], word_prefix)

    def at(self, token: int) -> int:
        """The block holding ``token``, or -1."""
        k = bisect_right(self.starts, token) - 1
        return k if k >= 0 and token < self.ranges[k][1] else -1

    def words(self, lo: int, hi: int) -> int:
        return self.word_prefix[hi] - self.word_prefix[lo]


def link_groups(
    runs: Sequence[Run],
    ranges_a: Sequence[tuple[int, int]],
    ranges_b: Sequence[tuple[int, int]],
    prefix_a: Sequence[int],
    prefix_b: Sequence[int],
) -> list[Group]:
    """The groups of blocks linked by the equal runs of a whole-document diff, in order.

    ``prefix_a`` and ``prefix_b``: the number of words before each token of a and of b.
    """
    side_a, side_b = _Blocks.of(ranges_a, prefix_a), _Blocks.of(ranges_b, prefix_b)
    links = _links(runs, side_a, side_b)
    spans: list[list[int]] = []  # [i0, i1, j0, j1] inclusive
    for i, j in links:
        if spans and (i <= spans[-1][1] or j <= spans[-1][3]):
            last = spans[-1]
            last[1], last[3] = max(last[1], i), max(last[3], j)
        else:
            spans.append([i, i, j, j])
    groups = []
    k = 0
    for span in spans:
        a_tokens = (side_a.ranges[span[0]][0], side_a.ranges[span[1]][1])
        b_tokens = (side_b.ranges[span[2]][0], side_b.ranges[span[3]][1])
        while k < len(runs) and runs[k].a_hi <= a_tokens[0] and runs[k].b_hi <= b_tokens[0]:
            k += 1
        groups.append(
            _group(span, a_tokens, b_tokens, clip_runs(runs, a_tokens, b_tokens, k), side_a, side_b)
        )
    return groups


def _links(runs: Sequence[Run], side_a: _Blocks, side_b: _Blocks) -> list[tuple[int, int]]:
    """(i, j) for each stretch of an equal run that lies in block i of a and block j of b."""
    links: list[tuple[int, int]] = []
    for run in runs:
        if not run.equal:
            continue
        k, n = 0, run.a_hi - run.a_lo
        while k < n:
            ta, tb = run.a_lo + k, run.b_lo + k
            i, j = side_a.at(ta), side_b.at(tb)
            step = min(n - k, _left(side_a, i, ta), _left(side_b, j, tb))
            linked = i >= 0 and j >= 0 and _strong(side_a, i, side_b, j, ta, tb, step)
            if linked and (not links or links[-1] != (i, j)):
                links.append((i, j))
            k += step
    return links


def _left(side: _Blocks, block: int, token: int) -> int:
    """Tokens from ``token`` to the end of its block, or to the next block's start outside one."""
    if block >= 0:
        return side.ranges[block][1] - token
    k = bisect_right(side.starts, token)
    return side.starts[k] - token if k < len(side.starts) else 1 << 62


def _strong(a: _Blocks, i: int, b: _Blocks, j: int, ta: int, tb: int, n: int) -> bool:
    """Whether ``n`` aligned tokens from ``ta`` and ``tb`` are enough to link blocks i and j."""
    words = a.words(ta, ta + n)
    if words >= _MIN_LINK_WORDS:
        return True
    whole_a = a.words(*a.ranges[i]) == words
    whole_b = b.words(*b.ranges[j]) == words
    return words > 0 and (whole_a or whole_b)


def _group(
    span: list[int],
    a_tokens: tuple[int, int],
    b_tokens: tuple[int, int],
    clipped: list[Run],
    side_a: _Blocks,
    side_b: _Blocks,
) -> Group:
    pa, pb = side_a.word_prefix, side_b.word_prefix
    equal = words_a = words_b = 0
    for r in clipped:
        if r.equal:
            equal += pa[r.a_hi] - pa[r.a_lo]
        if not r.moved:
            words_a += pa[r.a_hi] - pa[r.a_lo]
            words_b += pb[r.b_hi] - pb[r.b_lo]
    blocks = range(span[0], span[1] + 1), range(span[2], span[3] + 1)
    return Group(*blocks, a_tokens, b_tokens, tuple(clipped), equal, words_a + words_b, min(words_a, words_b))


def clip_runs(
    runs: Sequence[Run], a_tokens: tuple[int, int], b_tokens: tuple[int, int], first: int | None = None
) -> list[Run]:
    """The parts of ``runs`` inside both token ranges, as runs covering them in order.

    ``first``: the index of the first run that reaches either range, when the caller knows it.
    An equal run cut by a range's edge on one side only is no longer equal there: it becomes a change.
    """
    (a0, a1), (b0, b1) = a_tokens, b_tokens
    lo = _first_run(runs, a0, b0) if first is None else first
    out: list[Run] = []
    for run in runs[lo:]:
        if run.a_lo >= a1 and run.b_lo >= b1:
            break
        if run.equal and run.a_lo >= a0 and run.a_hi <= a1 and run.b_lo >= b0 and run.b_hi <= b1:
            out.append(run)
            continue
        al, bl = min(max(run.a_lo, a0), a1), min(max(run.b_lo, b0), b1)
        ah, bh = max(min(run.a_hi, a1), al), max(min(run.b_hi, b1), bl)
        if ah == al and bh == bl:
            continue
        if run.equal and al - run.a_lo == bl - run.b_lo and ah - al == bh - bl:
            out.append(Run(True, al, ah, bl, bh))
            continue
        for piece in _pieces(run, (al, ah), (bl, bh)):
            if out and not piece.equal and not out[-1].equal and not piece.moved and not out[-1].moved:
                out[-1] = Run(False, out[-1].a_lo, piece.a_hi, out[-1].b_lo, piece.b_hi)
            else:
                out.append(piece)
    return out


def _pieces(run: Run, a: tuple[int, int], b: tuple[int, int]) -> list[Run]:
    """The part ``a`` × ``b`` of ``run``: for an equal run, the stretch equal on both sides there,
    with what only one side keeps before and after it as changes."""
    if not run.equal:
        return [Run(False, *a, *b, run.moved)]
    lo = max(a[0] - run.a_lo, b[0] - run.b_lo)
    hi = min(a[1] - run.a_lo, b[1] - run.b_lo)
    if hi <= lo:
        return [Run(False, *a, *b)]
    pieces = [
        Run(False, a[0], run.a_lo + lo, b[0], run.b_lo + lo),
        Run(True, run.a_lo + lo, run.a_lo + hi, run.b_lo + lo, run.b_lo + hi),
        Run(False, run.a_lo + hi, a[1], run.b_lo + hi, b[1]),
    ]
    return [p for p in pieces if p.equal or p.a_hi > p.a_lo or p.b_hi > p.b_lo]


def _first_run(runs: Sequence[Run], a0: int, b0: int) -> int:
    """Index of the first run that reaches token ``a0`` of a or ``b0`` of b (runs are in order)."""
    lo, hi = 0, len(runs)
    while lo < hi:
        mid = (lo + hi) // 2
        if runs[mid].a_hi <= a0 and runs[mid].b_hi <= b0:
            lo = mid + 1
        else:
            hi = mid
    return lo
