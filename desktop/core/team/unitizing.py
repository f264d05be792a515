"""Krippendorff's unitizing alpha, αu (Krippendorff 1995; 2004, *Content Analysis*, 2nd ed., 12.4).

Written by hand: the ``krippendorff`` package computes α for coded units only. The data are, per
category, each coder's units on one continuum ``[begin, end)``; what a coder left unmarked are the
coder's gaps. With ``m`` coders, continuum length ``L`` and ``N`` units of the category in all:

- the distance of two segments of different coders, δ², is ``(b₁−b₂)² + (e₁−e₂)²`` for two units
  that overlap, ``l²`` for a unit of length ``l`` lying wholly inside the other coder's gap, and 0
  otherwise (so a gap's text on which both coders agree costs nothing, and a unit one coder did
  not mark costs its squared length);
- observed disagreement ``Do = Σᵢ Σⱼ≠ᵢ Σ δ² / (m (m−1) L²)`` over all pairs of segments;
- expected disagreement ``De = (2/L) Σᵤ [ (N−1)(2l³−3l²+l)/3 + l² Σ_gaps≥l (l_gap − l + 1) ] /
  (mL(mL−1) − Σᵤ l(l−1))``, the units ``u`` and the gaps of every coder;
- ``αu = 1 − Σ_c Do_c / Σ_c De_c`` over the categories.

A coder's units of one category may not overlap (``merge_overlapping`` joins them first); units
that only touch stay two units. Validated against Krippendorff's (2004: 254) worked example and an
enumeration of the same definitions (``tests/team/test_unitizing.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    unit: bool  # False: a gap

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Disagreement:
    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        return None if self.expected == 0 else 1.0 - self.observed / self.expected


def merge_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Join spans that share at least one character; spans that only touch stay apart."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def segments(begin: int, end: int, units: Sequence[Span]) -> list[Segment]:
    """The continuum cut into one coder's units and the gaps between them."""
    out: list[Segment] = []
    position = begin
    for start, stop in sorted(units):
        if not begin <= start < stop <= end:
            raise ValueError(f"the unit {start}-{stop} is not inside the continuum {begin}-{end}")
        if start < position:
            raise ValueError(f"the unit {start}-{stop} overlaps another unit of the same coder")
        if start > position:
            out.append(Segment(position, start, False))
        out.append(Segment(start, stop, True))
        position = stop
    if position < end:
        out.append(Segment(position, end, False))
    return out


def distance(a: Segment, b: Segment) -> int:
    """δ² of two segments of different coders."""
    if a.unit and b.unit:
        if a.start < b.end and b.start < a.end:
            return (a.start - b.start) ** 2 + (a.end - b.end) ** 2
        return 0
    if a.unit and not b.unit and b.start <= a.start and a.end <= b.end:
        return a.length**2
    if b.unit and not a.unit and a.start <= b.start and b.end <= a.end:
        return b.length**2
    return 0


def _pair_sum(first: Sequence[Segment], second: Sequence[Segment]) -> int:
    """Σ δ² over the intersecting segments of two coders (only those can differ from 0)."""
    total, i, j = 0, 0, 0
    while i < len(first) and j < len(second):
        total += distance(first[i], second[j])
        if first[i].end <= second[j].end:
            i += 1
        else:
            j += 1
    return total


def category_disagreement(begin: int, end: int, codings: Sequence[Sequence[Span]]) -> Disagreement:
    """Do and De of one category: ``codings`` holds each coder's units."""
    m, length = len(codings), end - begin
    if m < 2 or length <= 0:
        return Disagreement(0.0, 0.0)
    cut = [segments(begin, end, units) for units in codings]
    pairs = sum(_pair_sum(cut[i], cut[j]) for i in range(m) for j in range(i + 1, m))
    observed = 2 * pairs / (m * (m - 1) * length**2)
    units = [s.length for coder in cut for s in coder if s.unit]
    gaps = sorted(s.length for coder in cut for s in coder if not s.unit)
    above = list(accumulate(reversed(gaps)))[::-1]  # above[k]: Σ gaps[k:]
    numerator = 0.0
    for u in units:
        k = bisect_left(gaps, u)
        fits = (above[k] - (len(gaps) - k) * (u - 1)) if k < len(gaps) else 0
        numerator += (len(units) - 1) * (2 * u**3 - 3 * u**2 + u) / 3 + u**2 * fits
    denominator = m * length * (m * length - 1) - sum(u * (u - 1) for u in units)
    expected = (2 / length) * numerator / denominator if denominator else 0.0
    return Disagreement(observed, expected)


def unitizing_alpha(
    begin: int, end: int, codings: Mapping[str, Sequence[Sequence[Span]]]
) -> tuple[float | None, dict[str, Disagreement]]:
    """αu over categories: ``codings[category]`` holds each coder's units, coders in one order."""
    per = {c: category_disagreement(begin, end, coders) for c, coders in codings.items()}
    observed = sum(d.observed for d in per.values())
    expected = sum(d.expected for d in per.values())
    return (None if expected == 0 else 1.0 - observed / expected), per
