"""Which words of each document stand in a passage that another document of the project also has.

A passage is reused when a run of ``n`` words (the reuse index's n-grams: the same word hashes, the
same n) occurs in at least two documents. A word counts as reused when it lies inside such a run.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from naast.core.compare.ngrams import ngram_hashes
from naast.core.compare.wordhash import word_hashes

#: As the project's reuse index: eight words make a passage worth calling reused.
REUSE_WORDS = 8


class ReuseCoverage:
    """For each document, which of its words are inside a passage shared with another document."""

    def __init__(self, texts: Iterable[tuple[int, str]], n: int = REUSE_WORDS) -> None:
        self.n = n
        ids: list[int] = []
        grams: list[np.ndarray] = []
        self._starts: dict[int, np.ndarray] = {}
        self._ends: dict[int, np.ndarray] = {}
        for doc_id, text in texts:
            hashes, starts, ends = word_hashes(text)
            self._starts[doc_id], self._ends[doc_id] = starts, ends
            ids.append(doc_id)
            grams.append(ngram_hashes(hashes, n))
        shared = _hashes_in_two_documents(grams)
        self._covered = {
            doc_id: _covered_words(g, len(self._starts[doc_id]), shared, n)
            for doc_id, g in zip(ids, grams, strict=True)
        }

    def reused_words(self, doc_id: int, start: int, end: int) -> int:
        """How many words lying wholly in ``[start, end)`` of the document are inside a reused passage."""
        covered = self._covered.get(doc_id)
        if covered is None:
            return 0
        first = int(np.searchsorted(self._starts[doc_id], start, side="left"))
        last = int(np.searchsorted(self._ends[doc_id], end, side="right"))
        return int(covered[first:last].sum()) if last > first else 0


def _hashes_in_two_documents(grams: list[np.ndarray]) -> np.ndarray:
    if not grams:
        return np.zeros(0, dtype=np.uint64)
    distinct = [np.unique(g) for g in grams]
    every = np.concatenate(distinct) if distinct else np.zeros(0, dtype=np.uint64)
    values, counts = np.unique(every, return_counts=True)
    return values[counts >= 2]


def _covered_words(grams: np.ndarray, words: int, shared: np.ndarray, n: int) -> np.ndarray:
    hits = np.flatnonzero(np.isin(grams, shared))
    delta = np.zeros(words + 1, dtype=np.int64)
    np.add.at(delta, hits, 1)
    np.add.at(delta, hits + n, -1)
    return np.cumsum(delta[:words]) > 0
