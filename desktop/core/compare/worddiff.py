"""Word-level differences inside a pair of blocks (fast-diff-match-patch in word mode).

Each distinct token is mapped to one character, the character strings are diffed with semantic
cleanup and no time limit, and the result is turned back into chunks with offsets into each text.
Equal runs shorter than ``confetti_chars`` characters between two changes are folded into one change.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import cached_property

import fast_diff_match_patch as fdmp
import numpy as np

from naast.core.compare.tokens import Tokens
from naast.core.compare.types import Chunk, ChunkOp

_SURROGATES = range(0xD800, 0xE000)


class CharCoder:
    """Maps each distinct token key to one character, the same for both documents."""

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self._next = 0x100

    def encode(self, keys: tuple[str, ...]) -> str:
        codes = self._codes
        out = []
        for key in keys:
            ch = codes.get(key)
            if ch is None:
                if self._next in _SURROGATES:
                    self._next = _SURROGATES.stop
                ch = codes[key] = chr(self._next)
                self._next += 1
            out.append(ch)
        return "".join(out)


@dataclass(frozen=True)
class Side:
    """One document's tokens and their character string."""

    tokens: Tokens
    chars: str
    known_offsets: Offsets | None = None  # ``offsets``, when the document keeps them

    @cached_property
    def offsets(self) -> Offsets:
        """Token starts, ends and word prefix as arrays (cheap to index one by one, unlike numpy's)."""
        return self.known_offsets or token_offsets(self.tokens)


Offsets = tuple[array, array, array]  # of machine integers: 8 bytes each, not a Python int's 36


def token_offsets(t: Tokens) -> Offsets:
    return _ints(t.starts), _ints(t.ends), _ints(t.word_prefix)


def _ints(values: np.ndarray) -> array:
    out = array("q")
    out.frombytes(values.astype(np.int64).tobytes())
    return out


@dataclass(slots=True)
class Run:
    """Tokens ``[a_lo, a_hi)`` of a and ``[b_lo, b_hi)`` of b: equal, or one change."""

    equal: bool
    a_lo: int
    a_hi: int
    b_lo: int
    b_hi: int
    moved: bool = False  # a change whose words are counted where they moved to (a moved pair)


def word_diff(
    a: Side, a_range: tuple[int, int], b: Side, b_range: tuple[int, int], confetti_chars: int = 3
) -> tuple[Chunk, ...]:
    """Chunks covering the token ranges ``a_range`` of ``a`` and ``b_range`` of ``b`` in order."""
    runs = diff_runs(a, a_range, b, b_range, confetti_chars)
    return chunks_of(runs, a, a_range[0], b, b_range[0])


def diff_runs(
    a: Side,
    a_range: tuple[int, int],
    b: Side,
    b_range: tuple[int, int],
    confetti_chars: int = 3,
    cleanup: str = "Semantic",
) -> list[Run]:
    """Equal and change runs covering the two token ranges in order, short equal runs folded.

    ``cleanup="No"`` keeps the minimal diff: for a whole document, where the semantic cleanup
    (which counts characters, here words) swallows a shared sentence between two long changes.
    """
    a_chars, b_chars = a.chars[a_range[0] : a_range[1]], b.chars[b_range[0] : b_range[1]]
    if a_chars == b_chars:
        return [Run(True, *a_range, *b_range)]
    ops = fdmp.diff(
        a_chars,
        b_chars,
        timelimit=0,
        checklines=False,
        cleanup=cleanup,
        counts_only=True,
    )
    return _fold_confetti(_runs(ops, a_range[0], b_range[0]), a.tokens, confetti_chars)


def chunks_of(runs: list[Run], a: Side, first_a: int, b: Side, first_b: int) -> tuple[Chunk, ...]:
    """The chunks of ``runs``; ``first_a`` and ``first_b`` are the first tokens they cover."""
    return tuple(_chunk(run, a, first_a, b, first_b) for run in runs)


def _runs(ops: list[tuple[str, int]], a_pos: int, b_pos: int) -> list[Run]:
    """Equal runs and change runs (deletions and insertions merged) in token indices."""
    runs: list[Run] = []
    for op, n in ops:
        equal = op == "="
        a_len = n if op in "=-" else 0
        b_len = n if op in "=+" else 0
        if runs and not equal and not runs[-1].equal:
            runs[-1].a_hi += a_len
            runs[-1].b_hi += b_len
        else:
            runs.append(Run(equal, a_pos, a_pos + a_len, b_pos, b_pos + b_len))
        a_pos += a_len
        b_pos += b_len
    return runs


def _fold_confetti(runs: list[Run], a_tokens: Tokens, min_chars: int) -> list[Run]:
    out: list[Run] = []
    for k, run in enumerate(runs):
        between_changes = 0 < k < len(runs) - 1 and out and not out[-1].equal
        if run.equal and between_changes and _chars(a_tokens, run.a_lo, run.a_hi) < min_chars:
            out[-1].a_hi, out[-1].b_hi = run.a_hi, run.b_hi
            continue
        if not run.equal and out and not out[-1].equal:
            out[-1].a_hi, out[-1].b_hi = run.a_hi, run.b_hi
            continue
        out.append(run)
    return out


def drop_stray_equalities(runs: list[Run], max_tokens: int = 3) -> list[Run]:
    """Equal runs of at most ``max_tokens`` tokens between two at least as long changes, folded in.

    A minimal diff aligns stray common tokens ("de", ",") inside a rewritten or moved passage and
    cuts it into fragments; diff-match-patch's semantic cleanup removes such equalities but also
    long ones between two longer changes (it was made for characters). This keeps to short ones.
    """
    out: list[Run] = []
    for k, run in enumerate(runs):
        if run.equal and out and not out[-1].equal and k + 1 < len(runs) and not runs[k + 1].equal:
            n = run.a_hi - run.a_lo
            if n <= max_tokens and n <= _size(out[-1]) and n <= _size(runs[k + 1]):
                out[-1].a_hi, out[-1].b_hi = run.a_hi, run.b_hi
                continue
        if not run.equal and out and not out[-1].equal:
            out[-1].a_hi, out[-1].b_hi = run.a_hi, run.b_hi
            continue
        out.append(run)
    return out


def _size(run: Run) -> int:
    return max(run.a_hi - run.a_lo, run.b_hi - run.b_lo)


def _chars(tokens: Tokens, lo: int, hi: int) -> int:
    return int(tokens.length_prefix[hi] - tokens.length_prefix[lo])


def _chunk(run: Run, a: Side, first_a: int, b: Side, first_b: int) -> Chunk:
    a_start, a_end = _span(a.offsets, run.a_lo, run.a_hi, first_a)
    b_start, b_end = _span(b.offsets, run.b_lo, run.b_hi, first_b)
    if run.equal:
        op = ChunkOp.EQUAL
    elif run.a_hi == run.a_lo:
        op = ChunkOp.INSERT
    elif run.b_hi == run.b_lo:
        op = ChunkOp.DELETE
    else:
        op = ChunkOp.REPLACE
    a_words = a.offsets[2][run.a_hi] - a.offsets[2][run.a_lo]
    b_words = b.offsets[2][run.b_hi] - b.offsets[2][run.b_lo]
    if run.moved:
        a_words = b_words = 0
    return Chunk(op, a_start, a_end, b_start, b_end, a_words, b_words)


def _span(offsets: Offsets, lo: int, hi: int, first: int) -> tuple[int, int]:
    """Text offsets of tokens ``[lo, hi)``; for an empty range the point after the previous token."""
    starts, ends, _ = offsets
    if hi > lo:
        return starts[lo], ends[hi - 1]
    point = ends[lo - 1] if lo > first else starts[lo]
    return point, point
