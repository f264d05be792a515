"""Cutting a text at span boundaries, so each piece can be written as one run."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    active: frozenset[int]  # indices of the spans that cover this piece


def clamp_spans(spans: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans limited to ``[0, length]``, start never after end."""
    out = []
    for start, end in spans:
        s = max(0, min(start, length))
        out.append((s, max(s, min(end, length))))
    return out


def segment(length: int, spans: Sequence[tuple[int, int]], cuts: Sequence[int] = ()) -> list[Segment]:
    """Split ``[0, length)`` at every span boundary and extra cut; empty pieces are dropped.

    One sweep over the boundaries: the spans covering a piece are those opened and not yet closed,
    so the cost is the number of pieces times the spans open at once, not pieces times all spans.
    """
    clamped = clamp_spans(spans, length)
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, list[int]] = defaultdict(list)
    for index, (s, e) in enumerate(clamped):
        if s < e:
            opening[s].append(index)
            closing[e].append(index)
    points = {0, length, *opening, *closing, *(c for c in cuts if 0 < c < length)}
    active: set[int] = set()
    pieces = []
    for a, b in itertools.pairwise(sorted(points)):
        active.difference_update(closing.get(a, ()))
        active.update(opening.get(a, ()))
        pieces.append(Segment(a, b, frozenset(active)))
    return pieces
