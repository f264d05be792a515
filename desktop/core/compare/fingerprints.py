"""Winnowed fingerprints of a text: the few word n-gram hashes a project's reuse index keeps.

Words are hashed as everywhere in reuse (case-folded, hyphenated line breaks joined; see
``wordhash``), in runs of ``GRAM`` words. Of every ``WINDOW`` consecutive n-grams the smallest hash
is kept (winnowing, Schleimer et al. 2003), so two texts sharing a run of at least
``GRAM + WINDOW - 1`` = 8 words always share a fingerprint, while only about 2 / (WINDOW + 1) of the
n-grams are kept. Hashes are cut to 31 bits (four bytes in SQLite); a collision only adds a
candidate that the exact comparison then rejects.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from naast.core.compare.ngrams import ngram_hashes
from naast.core.compare.wordhash import word_hashes

GRAM = 5
WINDOW = 4
GUARANTEED_WORDS = GRAM + WINDOW - 1  # a shared run this long always shares a fingerprint


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """Distinct fingerprint hashes of one text with the character offset of the first of each."""

    hashes: np.ndarray  # int64, 0 <= h < 2**31, ascending
    offsets: np.ndarray  # int64, where the n-gram's first word starts

    def __len__(self) -> int:
        return len(self.hashes)


def gram_hashes(text: str) -> np.ndarray:
    """The hash of every run of ``GRAM`` words of ``text`` (those fingerprints are chosen from)."""
    return _grams(word_hashes(text)[0])


def _grams(words: np.ndarray) -> np.ndarray:
    return (ngram_hashes(words, GRAM) >> np.uint64(33)).astype(np.int64)


def fingerprints(text: str) -> Fingerprints:
    """The winnowed fingerprints of ``text`` (none for a text of fewer than ``GRAM`` words)."""
    words, starts, _ = word_hashes(text)
    grams = _grams(words)
    if len(grams) == 0:
        empty = np.zeros(0, np.int64)
        return Fingerprints(empty, empty)
    if len(grams) <= WINDOW:
        chosen = np.array([int(np.argmin(grams))])
    else:
        windows = np.lib.stride_tricks.sliding_window_view(grams, WINDOW)
        chosen = np.unique(windows.argmin(axis=1) + np.arange(len(windows)))
    hashes = grams[chosen]
    distinct, first = np.unique(hashes, return_index=True)  # first: the earliest (chosen is sorted)
    return Fingerprints(distinct, starts[chosen[first]].astype(np.int64))
