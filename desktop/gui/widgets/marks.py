"""Plain data the text widgets draw: claim marks and shaded passages, in code points."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClaimMark:
    claim_id: int
    start: int
    end: int
    colour: str  # topic colour (highlight)
    stance_colour: str = "#999999"
    stance_shape: str = "circle"
    label: str = ""  # tooltip: "Migration · supports · Broekers-Knol"


@dataclass(frozen=True, slots=True)
class Shade:
    """A passage shaded without being a claim: reused text, a word difference, a search hit."""

    start: int
    end: int
    colour: str
    underline: bool = False


class MarkIndex:
    """Marks sorted by start, found by overlap with a range in O(log n + k)."""

    def __init__(self, marks: list[ClaimMark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.marks]
        self._longest = max((m.end - m.start for m in self.marks), default=0)

    def overlapping(self, start: int, end: int) -> list[ClaimMark]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [m for m in self.marks[lo:hi] if m.end > start and m.start < end]

    def at(self, offset: int) -> list[ClaimMark]:
        """Claims covering ``offset``, innermost (shortest) first."""
        found = list(self.overlapping(offset, offset + 1))
        return sorted(found, key=lambda m: m.end - m.start)

    def __len__(self) -> int:
        return len(self.marks)
