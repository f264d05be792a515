"""Reused passages: runs of at least ``min_words`` identical words in two texts or within one.

Words are compared case-folded, with whitespace ignored and hyphenated line breaks joined (see
``tokens``). Word n-grams are hashed, matching positions found by sorting, and runs extended to the
longest stretch along each diagonal, so a passage is found wherever it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.compare.ngrams import maximal_runs, ngram_hashes
from desktop.core.compare.similarity import expand_ranges
from desktop.core.compare.tokens import Tokens
from desktop.core.compare.types import ReusedPassage
from desktop.core.compare.wordhash import word_hashes

MAX_REPEATS = 25  # an n-gram more frequent than this in one text is boilerplate noise, skipped


@dataclass(frozen=True, slots=True)
class WordText:
    """A text's words: their offsets and hashes (punctuation left out)."""

    text: str
    starts: np.ndarray
    ends: np.ndarray
    hashes: np.ndarray

    @classmethod
    def build(cls, text: str) -> WordText:
        hashes, starts, ends = word_hashes(text)
        return cls(text, starts, ends, hashes)

    @classmethod
    def from_ids(cls, text: str, tokens: Tokens, ids: np.ndarray, hash_of_key: np.ndarray) -> WordText:
        """From lexicon ids (see ``lexicon``): no per-token Python work besides the offsets."""
        words = np.array(tokens.is_word, dtype=bool)
        starts = np.array(tokens.starts, dtype=np.int64)[words]
        ends = np.array(tokens.ends, dtype=np.int64)[words]
        return cls(text, starts, ends, hash_of_key[ids[words]])


def shared_passages(a: WordText, b: WordText, min_words: int = 8) -> list[ReusedPassage]:
    """Passages found in both ``a`` and ``b`` (``within`` = "both")."""
    ga, gb = ngram_hashes(a.hashes, min_words), ngram_hashes(b.hashes, min_words)
    pos_a, pos_b = _matches(ga, gb)
    return _passages(a, b, pos_a, pos_b, min_words, "both")


def repeated_passages(doc: WordText, min_words: int = 8, within: str = "a") -> list[ReusedPassage]:
    """Passages that occur more than once in ``doc``; each repetition pairs with an earlier one."""
    grams = ngram_hashes(doc.hashes, min_words)
    pos_a, pos_b = _matches(grams, grams)
    later = pos_b > pos_a
    return _passages(doc, doc, pos_a[later], pos_b[later], min_words, within)


def _matches(ga: np.ndarray, gb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j) with ``ga[i] == gb[j]``, leaving out n-grams repeated more than MAX_REPEATS times."""
    order_b = np.argsort(gb)
    sorted_b = gb[order_b]
    order_a = np.argsort(ga)  # sorted queries make the binary searches cache-friendly
    queries = ga[order_a]
    lo = np.searchsorted(sorted_b, queries, side="left")
    counts = np.searchsorted(sorted_b, queries, side="right") - lo
    counts[counts > MAX_REPEATS] = 0
    pos_a = np.repeat(order_a.astype(np.int64), counts)
    pos_b = order_b[expand_ranges(lo, counts)].astype(np.int64)
    return pos_a, pos_b


def _passages(
    a: WordText, b: WordText, pos_a: np.ndarray, pos_b: np.ndarray, n: int, within: str
) -> list[ReusedPassage]:
    found = []
    for start_a, start_b, grams in zip(*maximal_runs(pos_a, pos_b), strict=True):
        words = int(grams) + n - 1
        if within != "both":  # a repetition must not overlap the passage it repeats
            words = min(words, int(start_b - start_a))
        if words < n:
            continue
        span_a = (int(a.starts[start_a]), int(a.ends[start_a + words - 1]))
        span_b = (int(b.starts[start_b]), int(b.ends[start_b + words - 1]))
        found.append(ReusedPassage(a.text[span_a[0] : span_a[1]], span_a, span_b, words, within))
    found.sort(key=lambda p: (p.a, p.b))
    return found
