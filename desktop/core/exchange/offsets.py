"""Mapping offsets from a source's text to the text Naast keeps after parsing it.

Parsing normalises a text (line ends, rejoined hyphenations, dropped page furniture), so a coding's
``startPosition`` in another tool's text must be moved to the same words in Naast's text. The two
texts are compared character by character (``fast-diff-match-patch``, no time limit); an offset
inside an unchanged run moves with it exactly, one inside a changed run goes to the run's edge.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import fast_diff_match_patch as dmp


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Unchanged runs as (old start, new start, length), in order."""

    runs: tuple[tuple[int, int, int], ...]
    length: int  # of the new text
    identical: bool = False

    @staticmethod
    def between(old: str, new: str) -> OffsetMap:
        if old == new:
            return OffsetMap(((0, 0, len(old)),), len(new), identical=True)
        runs: list[tuple[int, int, int]] = []
        a = b = 0
        for op, count in dmp.diff(old, new, timelimit=0, checklines=False, cleanup="No", counts_only=True):
            if op == "=":
                runs.append((a, b, count))
                a, b = a + count, b + count
            elif op == "-":
                a += count
            else:
                b += count
        return OffsetMap(tuple(runs), len(new))

    def start(self, offset: int) -> int:
        """Where a span starting at ``offset`` starts in the new text."""
        return min(self._map(offset, forward=True), self.length)

    def end(self, offset: int) -> int:
        """Where a span ending at ``offset`` (exclusive) ends in the new text."""
        return min(self._map(offset, forward=False), self.length)

    def _map(self, offset: int, *, forward: bool) -> int:
        if self.identical:
            return offset
        if not self.runs:  # nothing of the old text is left
            return 0
        starts = [r[0] for r in self.runs]
        index = bisect_right(starts, offset) - 1
        if index >= 0:
            old, new, length = self.runs[index]
            inside = offset - old
            if inside < length or (not forward and inside == length):
                return new + inside
            if forward and index + 1 < len(self.runs):
                return self.runs[index + 1][1]
            return new + length
        return self.runs[0][1] if forward else 0
