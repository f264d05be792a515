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

MAX_REPEATS = 10  # an n-gram more frequent than this in one text is boilerplate noise, skipped


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
        words = tokens.is_word
        return cls(text, tokens.starts[words], tokens.ends[words], hash_of_key[ids[words]])


def shared_passages(
    a: WordText, b: WordText, min_words: int = 8, limit: int | None = None
) -> list[ReusedPassage]:
    """Passages found in both ``a`` and ``b`` (``within`` = "both"); the ``limit`` longest if given."""
    ga, gb = ngram_hashes(a.hashes, min_words), ngram_hashes(b.hashes, min_words)
    pos_a, pos_b = _matches(ga, gb)
    return _passages(a, b, pos_a, pos_b, min_words, "both", limit)


def repeated_passages(
    doc: WordText, min_words: int = 8, within: str = "a", limit: int | None = None
) -> list[ReusedPassage]:
    """Passages that occur more than once in ``doc``; each repetition pairs with the one before it."""
    grams = ngram_hashes(doc.hashes, min_words)
    order = np.argsort(grams, kind="stable")  # equal n-grams stay in text order
    same = grams[order[1:]] == grams[order[:-1]]
    return _passages(doc, doc, order[:-1][same], order[1:][same], min_words, within, limit)


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
    a: WordText, b: WordText, pos_a: np.ndarray, pos_b: np.ndarray, n: int, within: str, limit: int | None
) -> list[ReusedPassage]:
    start_a, start_b, grams = maximal_runs(pos_a.astype(np.int64), pos_b.astype(np.int64))
    words = grams + n - 1
    if within != "both":  # a repetition must not overlap the passage it repeats
        words = np.minimum(words, start_b - start_a)
    keep = words >= n
    start_a, start_b, words = start_a[keep], start_b[keep], words[keep]
    if limit is not None and len(words) > limit:  # the longest passages
        longest = np.argpartition(-words, limit - 1)[:limit]
        start_a, start_b, words = start_a[longest], start_b[longest], words[longest]
    order = np.lexsort((start_b, start_a))
    start_a, start_b, words = start_a[order], start_b[order], words[order]
    spans_a = zip(a.starts[start_a].tolist(), a.ends[start_a + words - 1].tolist(), strict=True)
    spans_b = zip(b.starts[start_b].tolist(), b.ends[start_b + words - 1].tolist(), strict=True)
    return [
        ReusedPassage(a.text[sa:ea], (sa, ea), (sb, eb), w, within)
        for (sa, ea), (sb, eb), w in zip(spans_a, spans_b, words.tolist(), strict=True)
    ]
