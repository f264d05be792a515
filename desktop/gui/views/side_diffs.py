"""What side by side steps through and reports, built from the engine's comparison (read only).

- Differences: changed and moved pairs first (in the left document's order), then the blocks
  found on one side only, consecutive ones merged into one run, so Next does not visit sixty
  single unpaired blocks one by one.
- Word differences of a pair the engine did not diff (too dissimilar for its threshold) are
  computed on request, for that pair only, with the engine's own public ``compare``.
- The summary says what was compared: how many pairs were diffed word by word, and only then how
  many words differ in them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy and the engine load on the first comparison, not at start-up
    from naast.core.compare import Block, Chunk, Comparison, Pair


@dataclass(frozen=True, slots=True)
class Difference:
    a: tuple[int, int] | None
    b: tuple[int, int] | None
    pair: int | None  # index into the comparison's pairs
    what: str  # changed, moved, only in left, only in right
    blocks: int = 1  # how many unpaired blocks a run holds


def pair_changed(pair: Pair) -> bool:
    return not pair.chunks or any(c.op != "equal" for c in pair.chunks)


def runs(blocks: Sequence[Block], paired_starts: list[int]) -> list[tuple[int, int, int]]:
    """Consecutive ``blocks`` (sorted by start) with no paired block between them, merged:
    (start, end, number of blocks) per run."""
    found: list[tuple[int, int, int]] = []
    for block in sorted(blocks, key=lambda b: b.start):
        if found:
            start, end, n = found[-1]
            between = bisect_left(paired_starts, end) < bisect_left(paired_starts, block.start)
            if not between:
                found[-1] = (start, block.end, n + 1)
                continue
        found.append((block.start, block.end, 1))
    return found


def differences(comparison: Comparison) -> list[Difference]:
    """Changed and moved pairs first, in document order; then the runs of unpaired blocks."""
    pairs = comparison.pairs
    paired: list[Difference] = []
    for i, pair in enumerate(pairs):
        if pair.moved or pair_changed(pair):
            what = "moved" if pair.moved else "changed"
            paired.append(Difference((pair.a.start, pair.a.end), (pair.b.start, pair.b.end), i, what))
    paired.sort(key=lambda d: (d.a[0] if d.a else 0, d.b[0] if d.b else 0))
    unpaired: list[Difference] = []
    for start, end, n in runs(comparison.only_a, sorted(p.a.start for p in pairs)):
        unpaired.append(Difference((start, end), None, None, "only in left", n))
    by_b = sorted((p.b.start, p.a.end) for p in pairs if not p.moved)
    starts = [s for s, _ in by_b]
    for start, end, n in runs(comparison.only_b, sorted(p.b.start for p in pairs)):
        k = bisect_right(starts, start) - 1
        anchor = by_b[k][1] if k >= 0 else 0
        unpaired.append(Difference((anchor, anchor), (start, end), None, "only in right", n))
    unpaired.sort(key=lambda d: (d.a[0] if d.a else 0, d.b[0] if d.b else 0))
    return paired + unpaired


class WordDiffs:
    """The word-level chunks of each pair: the engine's, or computed on request when it had none."""

    def __init__(self, comparison: Comparison, text_a: str, text_b: str) -> None:
        self.comparison = comparison
        self._texts = (text_a, text_b)
        self._made: dict[int, tuple[Chunk, ...]] = {}

    def chunks(self, index: int) -> tuple[Chunk, ...]:
        pair = self.comparison.pairs[index]
        if pair.chunks:
            return pair.chunks
        if index not in self._made:
            self._made[index] = self._diff(pair)
        return self._made[index]

    def on_request(self, index: int) -> bool:
        """True when the engine left this pair undiffed (too dissimilar) and the view diffed it."""
        return not self.comparison.pairs[index].chunks

    def _diff(self, pair: Pair) -> tuple[Chunk, ...]:
        from naast.core.compare import Block, CompareOptions, DocumentText, compare
        from naast.core.compare.blocks import BlockOptions

        (a0, a1), (b0, b1) = (pair.a.start, pair.a.end), (pair.b.start, pair.b.end)
        a_text, b_text = self._texts[0][a0:a1], self._texts[1][b0:b1]
        whole = BlockOptions(max_words=10**9, min_words=0)
        options = CompareOptions(
            blocks=whole,
            pair_threshold=0.0,
            moved_threshold=0.0,
            gap_threshold=0.0,
            diff_threshold=0.0,
            find_reuse=False,
        )
        found = compare(
            DocumentText(a_text, (Block("a", 0, len(a_text)),)),
            DocumentText(b_text, (Block("b", 0, len(b_text)),)),
            options,
        )
        if not found.pairs:
            return ()
        return tuple(_shift(c, a0, b0) for c in found.pairs[0].chunks)


def _shift(chunk: Chunk, a: int, b: int) -> Chunk:
    from dataclasses import replace

    return replace(
        chunk,
        a_start=chunk.a_start + a,
        a_end=chunk.a_end + a,
        b_start=chunk.b_start + b,
        b_end=chunk.b_end + b,
    )


@dataclass(frozen=True, slots=True)
class Summary:
    pairs: int
    diffed: int  # pairs the engine compared word by word
    moved: int
    unpaired: int  # blocks on one side only
    reused: int
    words: int  # words that differ within the diffed pairs


def summary(comparison: Comparison) -> Summary:
    diffed = [p for p in comparison.pairs if p.chunks]
    return Summary(
        pairs=len(comparison.pairs),
        diffed=len(diffed),
        moved=sum(1 for p in comparison.pairs if p.moved),
        unpaired=len(comparison.only_a) + len(comparison.only_b),
        reused=len(comparison.reused),
        words=sum(c.changed_words for p in diffed for c in p.chunks),
    )
