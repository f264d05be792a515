"""Compare two documents: pair their blocks, diff the words of each good pair, find reused passages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import Indel

from desktop.core.compare.align import Match, align, fill_gaps
from desktop.core.compare.blocks import BlockOptions, UnitLike, WordCounter, segment
from desktop.core.compare.ngrams import WordHasher
from desktop.core.compare.reuse import WordText, repeated_passages, shared_passages
from desktop.core.compare.similarity import block_similarity
from desktop.core.compare.tokens import Tokens, tokenize
from desktop.core.compare.types import Block, Comparison, Pair, ReusedPassage
from desktop.core.compare.worddiff import CharCoder, Side, word_diff

_STEM = 6


@dataclass(frozen=True, slots=True)
class CompareOptions:
    blocks: BlockOptions = field(default_factory=BlockOptions)
    pair_threshold: float = 0.2  # cosine needed to pair blocks in document order
    moved_threshold: float = 0.2  # cosine needed to pair leftover blocks out of order
    gap_threshold: float = 0.5  # word-sequence similarity pairing blocks left between two pairs
    diff_threshold: float = 0.4  # score needed for a word-level diff of a pair
    min_reuse_words: int = 8
    confetti_chars: int = 3
    dense_limit: int = 4_000_000  # above this many matrix cells the sparse similarity route is used


@dataclass(frozen=True, slots=True)
class DocumentText:
    """What the engine needs of a document: its normalised text and its units (may be empty)."""

    text: str
    units: Sequence[UnitLike] = ()


@dataclass(frozen=True, slots=True)
class _Prepared:
    doc: DocumentText
    tokens: Tokens
    counter: WordCounter
    blocks: list[Block]
    ranges: list[tuple[int, int]]  # token range of each block


def compare(a: DocumentText, b: DocumentText, options: CompareOptions | None = None) -> Comparison:
    """The full comparison of ``a`` with ``b``."""
    opts = options or CompareOptions()
    pa, pb = _prepare(a, opts), _prepare(b, opts)
    matches = _match_blocks(pa, pb, opts)
    coder = CharCoder()
    side_a = Side(pa.tokens, coder.encode(pa.tokens.keys))
    side_b = Side(pb.tokens, coder.encode(pb.tokens.keys))
    pairs = tuple(_pair(m, pa, pb, side_a, side_b, opts) for m in matches)
    used_a, used_b = {m.a for m in matches}, {m.b for m in matches}
    only_a = tuple(blk for i, blk in enumerate(pa.blocks) if i not in used_a)
    only_b = tuple(blk for j, blk in enumerate(pb.blocks) if j not in used_b)
    changed = sum(_pair_changes(p, pa, pb) for p in pairs)
    changed += sum(pa.counter.words(x.start, x.end) for x in only_a)
    changed += sum(pb.counter.words(x.start, x.end) for x in only_b)
    reused = find_reuse(pa, pb, opts.min_reuse_words)
    return Comparison(pairs, only_a, only_b, reused, changed)


def compare_parsed(a: object, b: object, options: CompareOptions | None = None) -> Comparison:
    """``compare`` for two ``ParsedDocument`` objects (anything with ``text`` and ``units``)."""
    return compare(_as_text(a), _as_text(b), options)


def _as_text(doc: object) -> DocumentText:
    return DocumentText(doc.text, tuple(doc.units))  # type: ignore[attr-defined]


def _prepare(doc: DocumentText, opts: CompareOptions) -> _Prepared:
    tokens = tokenize(doc.text)
    counter = WordCounter(tokens)
    blocks = segment(doc.text, doc.units, counter, opts.blocks)
    ranges = [counter.token_range(blk.start, blk.end) for blk in blocks]
    return _Prepared(doc, tokens, counter, blocks, ranges)


def _match_blocks(pa: _Prepared, pb: _Prepared, opts: CompareOptions) -> list[Match]:
    vocab: dict[str, int] = {}
    rows_a = _block_rows(pa, vocab)
    rows_b = _block_rows(pb, vocab)
    floor = min(opts.pair_threshold, opts.moved_threshold)
    scores = block_similarity(rows_a, rows_b, max(len(vocab), 1), floor, opts.dense_limit)
    matches = align(scores, len(pb.blocks), opts.pair_threshold, opts.moved_threshold)

    def similar(i: int, j: int) -> float:
        return _sequence_similarity(pa, pb, i, j)

    return fill_gaps(matches, len(pa.blocks), len(pb.blocks), similar, opts.gap_threshold)


def _sequence_similarity(pa: _Prepared, pb: _Prepared, i: int, j: int) -> float:
    """Share of the two blocks' tokens that an optimal word alignment keeps (Indel similarity)."""
    (lo_a, hi_a), (lo_b, hi_b) = pa.ranges[i], pb.ranges[j]
    return Indel.normalized_similarity(pa.tokens.keys[lo_a:hi_a], pb.tokens.keys[lo_b:hi_b])


def _block_rows(prep: _Prepared, vocab: dict[str, int]) -> list[np.ndarray]:
    """The ids of each block's similarity terms (see ``similarity_term``); -1 marks skipped tokens."""
    ids = np.array(
        [_term_id(key, word, vocab) for key, word in zip(prep.tokens.keys, prep.tokens.is_word, strict=True)],
        dtype=np.int64,
    )
    rows = []
    for lo, hi in prep.ranges:
        row = ids[lo:hi]
        rows.append(row[row >= 0])
    return rows


def _term_id(key: str, is_word: bool, vocab: dict[str, int]) -> int:
    term = similarity_term(key) if is_word else None
    return -1 if term is None else vocab.setdefault(term, len(vocab))


def similarity_term(key: str) -> str | None:
    """The form a word takes in block similarity: case-folded and cut to its first 6 letters.

    Truncation is a crude stemmer that works well for Dutch (terugkeer/terugkeren, ondersteuning/
    ondersteunen); numbers and words of one or two letters are left out (they say nothing of topic,
    and headings such as "Vraag 1" would otherwise pair blocks by their numbers).
    """
    if len(key) <= 2 or not key.isalpha():
        return None
    return key.casefold()[:_STEM]


def _pair(m: Match, pa: _Prepared, pb: _Prepared, sa: Side, sb: Side, opts: CompareOptions) -> Pair:
    chunks = ()
    if m.score >= opts.diff_threshold or _sequence_similarity(pa, pb, m.a, m.b) >= opts.gap_threshold:
        chunks = word_diff(sa, pa.ranges[m.a], sb, pb.ranges[m.b], opts.confetti_chars)
    return Pair(pa.blocks[m.a], pb.blocks[m.b], m.score, m.moved, chunks)


def _pair_changes(pair: Pair, pa: _Prepared, pb: _Prepared) -> int:
    if pair.diffed:
        return sum(c.changed_words for c in pair.chunks)
    return pa.counter.words(pair.a.start, pair.a.end) + pb.counter.words(pair.b.start, pair.b.end)


def find_reuse(pa: _Prepared, pb: _Prepared, min_words: int) -> tuple[ReusedPassage, ...]:
    """Passages shared by both documents, then those repeated within the first, then the second."""
    hasher = WordHasher()
    wa = WordText.build(pa.doc.text, pa.tokens, hasher)
    wb = WordText.build(pb.doc.text, pb.tokens, hasher)
    shared = shared_passages(wa, wb, min_words)
    return tuple(shared + repeated_passages(wa, min_words, "a") + repeated_passages(wb, min_words, "b"))


def reuse_within(text: str, min_words: int = 8) -> list[ReusedPassage]:
    """Passages repeated within one text."""
    return repeated_passages(WordText.build(text, tokenize(text), WordHasher()), min_words, "a")


def reuse_between(text_a: str, text_b: str, min_words: int = 8) -> list[ReusedPassage]:
    """Passages shared by two texts."""
    hasher = WordHasher()
    wa = WordText.build(text_a, tokenize(text_a), hasher)
    wb = WordText.build(text_b, tokenize(text_b), hasher)
    return shared_passages(wa, wb, min_words)
