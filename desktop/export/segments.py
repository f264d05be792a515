"""Cutting a text at span boundaries, so each piece can be written as one run."""

from __future__ import annotations

import itertools
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
    """Split ``[0, length)`` at every span boundary and extra cut; empty pieces are dropped."""
    clamped = clamp_spans(spans, length)
    points = {0, length, *(p for span in clamped for p in span), *(c for c in cuts if 0 < c < length)}
    ordered = sorted(points)
    pieces = []
    for a, b in itertools.pairwise(ordered):
        active = frozenset(i for i, (s, e) in enumerate(clamped) if s <= a and b <= e)
        pieces.append(Segment(a, b, active))
    return pieces
