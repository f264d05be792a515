"""The annex plan from a comparison of two documents (``naast.core.compare``).

Each pair's word chunks are turned into left/right texts that tile both blocks completely (the
gaps between chunks are kept), so reused passages can be placed by offset. Line breaks become
spaces of the same length: offsets stay valid and table cells read as running text.
"""

from __future__ import annotations

from naast.core.compare import Chunk, ChunkOp, Comparison, Pair, ReusedPassage
from naast.export.plan import AlignedPair, Annex, ChunkKind, Citation, DiffChunk

_FLAT = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


def _flat(text: str) -> str:
    return text.translate(_FLAT)


def _gap(a_text: str, b_text: str) -> list[DiffChunk]:
    if not a_text and not b_text:
        return []
    if a_text.split() == b_text.split():
        return [DiffChunk(ChunkKind.EQUAL, _flat(a_text), _flat(b_text))]
    return [DiffChunk(ChunkKind.DELETE, _flat(a_text)), DiffChunk(ChunkKind.INSERT, _flat(b_text))]


def _chunk(c: Chunk, a: str, b: str) -> list[DiffChunk]:
    left, right = a[c.a_start : c.a_end], b[c.b_start : c.b_end]
    if c.op is ChunkOp.EQUAL:
        return [DiffChunk(ChunkKind.EQUAL, _flat(left), _flat(right))]
    out = []
    if left:
        out.append(DiffChunk(ChunkKind.DELETE, _flat(left)))
    if right:
        out.append(DiffChunk(ChunkKind.INSERT, _flat(right)))
    return out


def pair_chunks(pair: Pair, a: str, b: str) -> tuple[DiffChunk, ...]:
    """Chunks covering ``a[pair.a.start:pair.a.end]`` and ``b[pair.b.start:pair.b.end]`` exactly."""
    if not pair.chunks:  # too dissimilar for a word diff: both texts, shown unmarked
        left, right = a[pair.a.start : pair.a.end], b[pair.b.start : pair.b.end]
        return (DiffChunk(ChunkKind.DELETE, _flat(left)), DiffChunk(ChunkKind.INSERT, _flat(right)))
    out: list[DiffChunk] = []
    a_pos, b_pos = pair.a.start, pair.b.start
    for c in sorted(pair.chunks, key=lambda c: (c.a_start, c.b_start)):
        a_start, b_start = max(c.a_start, a_pos), max(c.b_start, b_pos)
        out += _gap(a[a_pos:a_start], b[b_pos:b_start])
        clipped = Chunk(c.op, a_start, max(a_start, c.a_end), b_start, max(b_start, c.b_end))
        out += _chunk(clipped, a, b)
        a_pos, b_pos = max(a_pos, clipped.a_end), max(b_pos, clipped.b_end)
    out += _gap(a[a_pos : pair.a.end], b[b_pos : pair.b.end])
    return tuple(out)


def _relative(spans: list[tuple[int, int]], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans overlapping ``[start, end)``, clipped and made relative to ``start``."""
    return tuple((max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start)


def aligned_pair(pair: Pair, a: str, b: str, reused: tuple[ReusedPassage, ...]) -> AlignedPair:
    both = [r for r in reused if r.within == "both"]
    return AlignedPair(
        left_label=pair.a.label,
        right_label=pair.b.label,
        chunks=pair_chunks(pair, a, b),
        left_reused=_relative([r.a for r in both], pair.a.start, pair.a.end),
        right_reused=_relative([r.b for r in both], pair.b.start, pair.b.end),
        moved=pair.moved,
        diffed=pair.diffed,
    )


def build_annex(comparison: Comparison, a_text: str, b_text: str, left: Citation, right: Citation) -> Annex:
    """All paired units of the comparison, in the left document's order."""
    pairs = sorted(comparison.pairs, key=lambda p: (p.a.start, p.b.start))
    return Annex(left, right, tuple(aligned_pair(p, a_text, b_text, comparison.reused) for p in pairs))
