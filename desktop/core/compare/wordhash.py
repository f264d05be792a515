"""Hashes of a text's words without making a Python string per word: for indexing many documents.

Each word's hash is a polynomial hash (modulo 2**64) of its case-folded characters, hyphens and
hyphenated line breaks left out, so it depends on the word alone, not on where it stands. It is
computed for all words at once from prefix sums: with ``Q[j] = c[j] * P**-rank(j)`` summed into
``S``, the hash of characters ``s..e`` is ``P**(rank(e) - 1) * (S[e] - S[s])``. The results are
stable across processes (suitable for a saved index).
"""

from __future__ import annotations

import numpy as np

from desktop.core.compare.ngrams import mix64
from desktop.core.compare.tokens import scan

_P = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(int(_P), -1, 1 << 64))
_FOLD_SIZE = 0x3000


def _fold(cp: int) -> int:
    folded = chr(cp).casefold()
    return ord(folded) if len(folded) == 1 else cp


_FOLD = np.array([_fold(cp) for cp in range(_FOLD_SIZE)], dtype=np.uint64)


def word_hashes(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(hash, start, end) of every word of ``text``, in order."""
    sc = scan(text)
    cp = sc.cp.astype(np.uint64)
    small = sc.cp < _FOLD_SIZE
    chars = np.where(small, _FOLD[np.where(small, sc.cp, 0)], cp)
    dropped = (sc.cp == ord("-")) | (sc.cp == ord(" ")) | (sc.cp == ord("\t")) | (sc.cp == ord("\n"))
    kept = ~(sc.glue & dropped)
    rank = np.cumsum(kept) - kept  # kept characters before each position
    with np.errstate(over="ignore"):
        pows = _powers(_P, int(rank[-1]) + 2 if len(rank) else 1)
        inv = _powers(_P_INV, int(rank[-1]) + 2 if len(rank) else 1)
        q = np.where(kept, (chars + np.uint64(1)) * inv[rank if len(rank) else 0], np.uint64(0))
        prefix = np.concatenate([np.zeros(1, np.uint64), np.cumsum(q, dtype=np.uint64)])
        rank_end = np.concatenate([rank, [rank[-1] + kept[-1]]]) if len(rank) else np.zeros(1, np.int64)
        starts, ends = sc.word_starts, sc.word_ends
        raw = (prefix[ends] - prefix[starts]) * pows[rank_end[ends] - 1]
    return mix64(raw), starts, ends


def _powers(base: np.uint64, count: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        out = np.full(count, base, dtype=np.uint64)
        out[0] = 1
        return np.cumprod(out, dtype=np.uint64)
