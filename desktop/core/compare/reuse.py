"""Reused passages: runs of at least ``min_words`` identical words in two texts or within one.

Words are compared case-folded, with whitespace ignored and hyphenated line breaks joined (see
``tokens``). Word n-grams are hashed, matching positions found by sorting, and runs extended to the
longest stretch along each diagonal, so a passage is found wherever it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from naast.core.compare.ngrams import maximal_runs, ngram_hashes
from naast.core.compare.similarity import expand_ranges
from naast.core.compare.tokens import Tokens
from naast.core.compare.types import ReusedPassage
from naast.core.compare.wordhash import word_hashes

_APART = "\n\n"  # between texts hashed together: no word is glued across it (see ``tokens``)
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
    def build_many(cls, texts: Sequence[str]) -> list[WordText]:
        """``build`` of each of ``texts``, their words hashed in one pass (many short texts)."""
        if not texts:
            return []
        hashes, starts, ends = word_hashes(_APART.join(texts))
        offsets = np.cumsum([0, *(len(t) + len(_APART) for t in texts[:-1])])
        cuts = np.searchsorted(starts, offsets)
        bounds = [*cuts.tolist(), len(starts)]
        return [
            cls(t, starts[a:b] - at, ends[a:b] - at, hashes[a:b])
            for t, at, a, b in zip(texts, offsets.tolist(), bounds[:-1], bounds[1:], strict=True)
        ]

    @classmethod
    def from_ids(cls, text: str, tokens: Tokens, ids: np.ndarray, hash_of_key: np.ndarray) -> WordText:
        """From lexicon ids (see ``lexicon``): no per-token Python work besides the offsets."""
        words = tokens.is_word
        return cls(text, tokens.starts[words], tokens.ends[words], hash_of_key[ids[words]])


@dataclass(frozen=True, slots=True)
class _Grams:
    """A text's n-gram hashes and the order that sorts them (equal ones in text order)."""

    hashes: np.ndarray
    order: np.ndarray

    @classmethod
    def of(cls, doc: WordText, n: int) -> _Grams:
        grams = ngram_hashes(doc.hashes, n)
        return cls(grams, np.argsort(grams, kind="stable"))


def shared_passages(
    a: WordText, b: WordText, min_words: int = 8, limit: int | None = None
) -> list[ReusedPassage]:
    """Passages found in both ``a`` and ``b`` (``within`` = "both"); the ``limit`` longest if given."""
    return _shared(a, b, _Grams.of(a, min_words), _Grams.of(b, min_words), min_words, limit)


def repeated_passages(
    doc: WordText, min_words: int = 8, within: str = "a", limit: int | None = None
) -> list[ReusedPassage]:
    """Passages that occur more than once in ``doc``; each repetition pairs with the one before it."""
    return _repeated(doc, _Grams.of(doc, min_words), min_words, within, limit)


def all_passages(
    a: WordText, b: WordText, min_words: int = 8, limit: int | None = None
) -> list[ReusedPassage]:
    """Shared passages, then those repeated within ``a``, then within ``b`` (n-grams hashed once)."""
    ga, gb = _Grams.of(a, min_words), _Grams.of(b, min_words)
    shared = _shared(a, b, ga, gb, min_words, limit)
    return shared + _repeated(a, ga, min_words, "a", limit) + _repeated(b, gb, min_words, "b", limit)


def _shared(
    a: WordText, b: WordText, ga: _Grams, gb: _Grams, n: int, limit: int | None
) -> list[ReusedPassage]:
    pos_a, pos_b = _matches(ga, gb)
    return _passages(a, b, pos_a, pos_b, n, "both", limit)


def _repeated(doc: WordText, grams: _Grams, n: int, within: str, limit: int | None) -> list[ReusedPassage]:
    order = grams.order
    same = grams.hashes[order[1:]] == grams.hashes[order[:-1]]
    return _passages(doc, doc, order[:-1][same], order[1:][same], n, within, limit)


def _matches(ga: _Grams, gb: _Grams) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j) with equal n-grams, leaving out n-grams repeated more than MAX_REPEATS times."""
    order_b, order_a = gb.order, ga.order
    sorted_b = gb.hashes[order_b]
    queries = ga.hashes[order_a]  # sorted queries make the binary searches cache-friendly
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


def whole_places(passage: WordText, texts: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where every word of ``passage``, in order, first stands in each of ``texts``: its
    character span there, or None. The same places as ``shared_passages(passage, text,
    len(passage.hashes))`` gives first, with the texts' words hashed in one pass."""
    n = len(passage.hashes)
    found: list[tuple[int, int] | None] = []
    for words in WordText.build_many(texts):
        found.append(None)
        if not n or len(words.hashes) < n:
            continue
        hits = np.flatnonzero(words.hashes[: len(words.hashes) - n + 1] == passage.hashes[0])
        for i in hits.tolist():
            if np.array_equal(words.hashes[i : i + n], passage.hashes):
                found[-1] = (int(words.starts[i]), int(words.ends[i + n - 1]))
                break
    return found
