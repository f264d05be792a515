"""Compare two documents: pair their blocks, diff the words of each good pair, find reused passages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from rapidfuzz.distance import Indel

from desktop.core.compare.align import Match, align, fill_gaps
from desktop.core.compare.anchors import unique_twins, with_twins
from desktop.core.compare.blocks import BlockOptions, UnitLike, WordCounter, segment
from desktop.core.compare.lexicon import Lexicon, chars_of
from desktop.core.compare.reuse import WordText, all_passages, repeated_passages, shared_passages
from desktop.core.compare.similarity import block_similarity
from desktop.core.compare.tokens import Tokens, tokenize
from desktop.core.compare.types import Block, Comparison, Pair, ReusedPassage
from desktop.core.compare.worddiff import Side, word_diff
from desktop.core.model import ParsedDocument


@dataclass(frozen=True, slots=True)
class CompareOptions:
    blocks: BlockOptions = field(default_factory=BlockOptions)
    pair_threshold: float = 0.2  # cosine needed to pair blocks in document order
    moved_threshold: float = 0.2  # cosine needed to pair leftover blocks out of order
    gap_threshold: float = 0.5  # word-sequence similarity pairing blocks left between two pairs
    diff_threshold: float = 0.4  # score needed for a word-level diff of a pair
    min_reuse_words: int = 8
    max_reused: int = 5000  # per kind (shared, repeated in a, repeated in b): the longest are kept
    confetti_chars: int = 3
    dense_limit: int = 4_000_000  # above this many matrix cells the sparse similarity route is used
    find_reuse: bool = True  # also look for passages of min_reuse_words identical words


@dataclass(frozen=True)
class DocumentText:
    """What the engine needs of a document: its normalised text and its units (may be empty).

    Its tokens are computed once and kept, so comparing one document with several others (or the
    same pair again, after a swap) tokenizes it only once.
    """

    text: str
    units: Sequence[UnitLike] = ()

    @cached_property
    def tokens(self) -> Tokens:
        return tokenize(self.text)


@dataclass(frozen=True, slots=True)
class _Prepared:
    doc: DocumentText
    tokens: Tokens
    ids: np.ndarray  # lexicon id of each token
    counter: WordCounter
    blocks: list[Block]
    ranges: list[tuple[int, int]]  # token range of each block


def compare(a: DocumentText, b: DocumentText, options: CompareOptions | None = None) -> Comparison:
    """The full comparison of ``a`` with ``b``."""
    opts = options or CompareOptions()
    tokens_a, tokens_b = a.tokens, b.tokens
    lexicon, (ids_a, ids_b) = Lexicon.build([tokens_a, tokens_b])
    pa, pb = _prepare(a, tokens_a, ids_a, opts), _prepare(b, tokens_b, ids_b, opts)
    codes = lexicon.codes()
    side_a = Side(pa.tokens, chars_of(codes, pa.ids))
    side_b = Side(pb.tokens, chars_of(codes, pb.ids))
    matches = _match_blocks(pa, pb, lexicon, (side_a, side_b), opts)
    pairs = tuple(_pair(m, pa, pb, side_a, side_b, opts) for m in matches)
    used_a, used_b = {m.a for m in matches}, {m.b for m in matches}
    only_a = tuple(blk for i, blk in enumerate(pa.blocks) if i not in used_a)
    only_b = tuple(blk for j, blk in enumerate(pb.blocks) if j not in used_b)
    changed = sum(_pair_changes(p, pa, pb) for p in pairs)
    changed += sum(pa.counter.words(x.start, x.end) for x in only_a)
    changed += sum(pb.counter.words(x.start, x.end) for x in only_b)
    reused: tuple[ReusedPassage, ...] = ()
    if opts.find_reuse:
        reused = _find_reuse(pa, pb, lexicon.word_hashes(), opts.min_reuse_words, opts.max_reused)
    return Comparison(pairs, only_a, only_b, reused, changed)


def compare_parsed(a: ParsedDocument, b: ParsedDocument, options: CompareOptions | None = None) -> Comparison:
    """``compare`` for two parsed documents (their normalised text and units)."""
    return compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units), options)


def _prepare(doc: DocumentText, tokens: Tokens, ids: np.ndarray, opts: CompareOptions) -> _Prepared:
    counter = WordCounter(tokens)
    blocks = segment(doc.text, doc.units, counter, opts.blocks)
    ranges = counter.token_ranges([(blk.start, blk.end) for blk in blocks])
    return _Prepared(doc, tokens, ids, counter, blocks, ranges)


def _match_blocks(
    pa: _Prepared, pb: _Prepared, lexicon: Lexicon, sides: tuple[Side, Side], opts: CompareOptions
) -> list[Match]:
    twins = unique_twins(
        [sides[0].chars[lo:hi] for lo, hi in pa.ranges], [sides[1].chars[lo:hi] for lo, hi in pb.ranges]
    )
    twin_a, twin_b = {i for i, _ in twins}, {j for _, j in twins}
    rest_a = [i for i in range(len(pa.blocks)) if i not in twin_a]
    rest_b = [j for j in range(len(pb.blocks)) if j not in twin_b]
    term_of_key, n_terms = lexicon.terms()
    rows_a, rows_b = _block_rows(pa, term_of_key), _block_rows(pb, term_of_key)
    floor = min(opts.pair_threshold, opts.moved_threshold)
    rest = block_similarity(
        [rows_a[i] for i in rest_a], [rows_b[j] for j in rest_b], max(n_terms, 1), floor, opts.dense_limit
    )
    scores = with_twins(rest, rest_a, rest_b, twins)
    matches = align(scores, len(pb.blocks), opts.pair_threshold, opts.moved_threshold)

    def similar(i: int, j: int) -> float:
        return _sequence_similarity(pa, pb, i, j)

    return fill_gaps(matches, len(pa.blocks), len(pb.blocks), similar, opts.gap_threshold)


def _sequence_similarity(pa: _Prepared, pb: _Prepared, i: int, j: int) -> float:
    """Share of the two blocks' tokens that an optimal word alignment keeps (Indel similarity)."""
    (lo_a, hi_a), (lo_b, hi_b) = pa.ranges[i], pb.ranges[j]
    return Indel.normalized_similarity(pa.ids[lo_a:hi_a].tolist(), pb.ids[lo_b:hi_b].tolist())


def _block_rows(prep: _Prepared, term_of_key: np.ndarray) -> list[np.ndarray]:
    """The similarity term ids of each block's words."""
    terms = term_of_key[prep.ids]
    kept = terms >= 0
    before = np.concatenate([[0], np.cumsum(kept)]).tolist()  # kept terms before each token
    terms = terms[kept]
    return [terms[before[lo] : before[hi]] for lo, hi in prep.ranges]


def _pair(m: Match, pa: _Prepared, pb: _Prepared, sa: Side, sb: Side, opts: CompareOptions) -> Pair:
    chunks = ()
    if m.score >= opts.diff_threshold or _sequence_similarity(pa, pb, m.a, m.b) >= opts.gap_threshold:
        chunks = word_diff(sa, pa.ranges[m.a], sb, pb.ranges[m.b], opts.confetti_chars)
    return Pair(pa.blocks[m.a], pb.blocks[m.b], m.score, m.moved, chunks)


def _pair_changes(pair: Pair, pa: _Prepared, pb: _Prepared) -> int:
    if pair.diffed:
        return sum(c.changed_words for c in pair.chunks)
    return pa.counter.words(pair.a.start, pair.a.end) + pb.counter.words(pair.b.start, pair.b.end)


def _find_reuse(
    pa: _Prepared, pb: _Prepared, hash_of_key: np.ndarray, min_words: int, limit: int
) -> tuple[ReusedPassage, ...]:
    """Passages shared by both documents, then those repeated within the first, then the second."""
    wa = WordText.from_ids(pa.doc.text, pa.tokens, pa.ids, hash_of_key)
    wb = WordText.from_ids(pb.doc.text, pb.tokens, pb.ids, hash_of_key)
    return tuple(all_passages(wa, wb, min_words, limit))


def reuse_within(text: str, min_words: int = 8) -> list[ReusedPassage]:
    """Passages repeated within one text."""
    return repeated_passages(WordText.build(text), min_words, "a")


def reuse_between(text_a: str, text_b: str, min_words: int = 8) -> list[ReusedPassage]:
    """Passages shared by two texts."""
    return shared_passages(WordText.build(text_a), WordText.build(text_b), min_words)
