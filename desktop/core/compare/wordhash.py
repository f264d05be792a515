"""Hashes of a text's words without making a Python string per word: for indexing many documents.

Each word's hash is a polynomial hash of its case-folded characters, hyphens and hyphenated line
breaks left out (see ``spanhash``), computed for all words at once. It is stable across processes
(suitable for a saved index).
"""

from __future__ import annotations

import numpy as np

from naast.core.compare.spanhash import span_hashes
from naast.core.compare.tokens import joined_chars_kept, scan

_FOLD_SIZE = 0x3000


def _fold(cp: int) -> int:
    folded = chr(cp).casefold()
    return ord(folded) if len(folded) == 1 else cp


_FOLD = np.array([_fold(cp) for cp in range(_FOLD_SIZE)], dtype=np.uint64)


def word_hashes(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(hash, start, end) of every word of ``text``, in order; the hash is of the folded word."""
    sc = scan(text)
    small = sc.cp < _FOLD_SIZE
    chars = np.where(small, _FOLD[np.where(small, sc.cp, 0)], sc.cp.astype(np.uint64))
    hashes = span_hashes(chars, joined_chars_kept(sc), sc.word_starts, sc.word_ends)
    return hashes, sc.word_starts, sc.word_ends
