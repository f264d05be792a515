"""Compare two documents: pair their blocks, diff the words of each good pair, find reused passages."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from rapidfuzz.distance import Indel

from naast.core.compare.align import Match, align, fill_gaps
from naast.core.compare.anchors import unique_twins, with_twins
from naast.core.compare.blocks import BlockOptions, UnitLike, WordCounter, segment
from naast.core.compare.lexicon import Lexicon, chars_of
from naast.core.compare.moves import Move, find_moves, split_moved
from naast.core.compare.pairing import Group, link_groups
from naast.core.compare.reuse import WordText, all_passages, repeated_passages, shared_passages
from naast.core.compare.similarity import block_similarity
from naast.core.compare.slide import slide_runs
from naast.core.compare.tokens import Tokens, tokenize
from naast.core.compare.types import Block, Comparison, Pair, ReusedPassage
from naast.core.compare.versions import are_versions
from naast.core.compare.worddiff import (
    Offsets,
    Side,
    chunks_of,
    diff_runs,
    drop_stray_equalities,
    token_offsets,
    word_diff,
)
from naast.core.model import ParsedDocument

_MIN_MOVED_WORDS = 8  # a shorter block is not reported as moved past a group (as in ``moves``)
_MOVED_SIMILARITY = 0.5  # nor one whose words, in order, are less alike than this


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
    group_threshold: float = 0.5  # share of its smaller side's words a group linked by the diff keeps
    related_threshold: float = 0.5  # shared word sequences needed to try a whole-document diff
    find_reuse: bool = True  # also look for passages of min_reuse_words identical words


@dataclass(frozen=True)
class DocumentText:
    """What the engine needs of a document: its normalised text and its units (may be empty).

    What depends on the document alone is computed once and kept: its tokens and its blocks. So
    comparing one document with several others (or the same pair again, after a swap) tokenizes
    and segments it only once; what depends on the pair is computed for each comparison.
    """

    text: str
    units: Sequence[UnitLike] = ()

    @cached_property
    def tokens(self) -> Tokens:
        return tokenize(self.text)

    @cached_property
    def offsets(self) -> Offsets:
        """Each token's start and end and the words before it, as arrays of machine integers."""
        return token_offsets(self.tokens)

    @cached_property
    def _segmented(self) -> dict[BlockOptions, tuple[list[Block], list[tuple[int, int]]]]:
        return {}

    def blocks(self, options: BlockOptions) -> tuple[list[Block], list[tuple[int, int]]]:
        """The document's blocks and the token range of each."""
        found = self._segmented.get(options)
        if found is None:
            counter = WordCounter(self.tokens)
            blocks = segment(self.text, self.units, counter, options)
            found = self._segmented[options] = (
                blocks,
                counter.token_ranges([(b.start, b.end) for b in blocks]),
            )
        return found


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
    sa = Side(pa.tokens, chars_of(codes, pa.ids), a.offsets)
    sb = Side(pb.tokens, chars_of(codes, pb.ids), b.offsets)
    groups, moves = _groups(pa, pb, sa, sb, opts)
    pairs = [_group_pair(g, pa, pb, sa, sb) for g in groups] + [_moved_pair(m, pa, pb, sa, sb) for m in moves]
    changed = sum(g.changed_words for g in groups) + sum(_move_changes(m, pa, pb) for m in moves)
    grouped_a = {i for g in groups for i in g.a_blocks}
    grouped_b = {j for g in groups for j in g.b_blocks}
    moved_a, moved_b = [m.a_tokens for m in moves], [m.b_tokens for m in moves]
    rest_a = [i for i in range(len(pa.blocks)) if i not in grouped_a]
    rest_b = [j for j in range(len(pb.blocks)) if j not in grouped_b]
    # blocks that hold part of a moved passage are not paired again; their other words are changes
    free_a = [i for i in rest_a if i not in _touched(pa, moved_a)]
    free_b = [j for j in rest_b if j not in _touched(pb, moved_b)]
    matches = _against_groups(
        _match_blocks(pa, pb, lexicon, (sa, sb), opts, (free_a, free_b)), groups, pa, pb
    )
    paired = [_pair(m, pa, pb, sa, sb, opts) for m in matches]
    changed += sum(_pair_changes(p, pa, pb) for p in paired)
    left_a = {i: _unmoved_words(pa, i, moved_a) for i in rest_a if i not in {m.a for m in matches}}
    left_b = {j: _unmoved_words(pb, j, moved_b) for j in rest_b if j not in {m.b for m in matches}}
    changed += sum(left_a.values()) + sum(left_b.values())
    only_a = [i for i, words in left_a.items() if words]  # a block that moved whole is in its pair
    only_b = [j for j, words in left_b.items() if words]
    reused: tuple[ReusedPassage, ...] = ()
    if opts.find_reuse:
        reused = _find_reuse(pa, pb, lexicon.word_hashes(), opts.min_reuse_words, opts.max_reused)
    pairs = sorted(pairs + paired, key=lambda p: (p.a.start, p.b.start))
    blocks_a, blocks_b = tuple(pa.blocks[i] for i in only_a), tuple(pb.blocks[j] for j in only_b)
    return Comparison(tuple(pairs), blocks_a, blocks_b, reused, changed)


def _unmoved_words(prep: _Prepared, block: int, moved: list[tuple[int, int]]) -> int:
    """The words of a block outside the moved passages (those are counted in their moved pair)."""
    lo, hi = prep.ranges[block]
    prefix = prep.tokens.word_prefix
    words = int(prefix[hi] - prefix[lo])
    for m_lo, m_hi in moved:
        s, e = max(lo, m_lo), min(hi, m_hi)
        if e > s:
            words -= int(prefix[e] - prefix[s])
    return words


def compare_parsed(a: ParsedDocument, b: ParsedDocument, options: CompareOptions | None = None) -> Comparison:
    """``compare`` for two parsed documents (their normalised text and units)."""
    return compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units), options)


def _prepare(doc: DocumentText, tokens: Tokens, ids: np.ndarray, opts: CompareOptions) -> _Prepared:
    blocks, ranges = doc.blocks(opts.blocks)
    return _Prepared(doc, tokens, ids, WordCounter(tokens), blocks, ranges)


def _groups(
    pa: _Prepared, pb: _Prepared, sa: Side, sb: Side, opts: CompareOptions
) -> tuple[list[Group], list[Move]]:
    """Blocks paired through one whole-document diff, where the two texts are versions of one,
    and the passages that diff shows deleted in one place and inserted in another."""
    if not pa.blocks or not pb.blocks or not are_versions(pa.ids, pb.ids, opts.related_threshold):
        return [], []
    content_a, content_b = _content(pa), _content(pb)
    runs = diff_runs(sa, (0, len(pa.tokens)), sb, (0, len(pb.tokens)), opts.confetti_chars, "No")
    runs = slide_runs(drop_stray_equalities(runs), sa, sb)
    moves = find_moves(runs, sa, sb, (content_a, content_b), opts.confetti_chars)
    runs = split_moved(runs, moves)
    groups = link_groups(runs, pa.ranges, pb.ranges, sa.offsets[2], sb.offsets[2])
    return [g for g in groups if g.containment >= opts.group_threshold], moves


def _touched(prep: _Prepared, spans: list[tuple[int, int]]) -> set[int]:
    """Blocks holding any token of the token ranges ``spans``."""
    starts = [lo for lo, _ in prep.ranges]
    found: set[int] = set()
    for lo, hi in spans:
        k = max(bisect_left(starts, lo) - 1, 0)
        while k < len(starts) and starts[k] < hi:
            if prep.ranges[k][1] > lo:
                found.add(k)
            k += 1
    return found


def _moved_pair(m: Move, pa: _Prepared, pb: _Prepared, sa: Side, sb: Side) -> Pair:
    chunks = chunks_of(list(m.runs), sa, m.a_tokens[0], sb, m.b_tokens[0])
    words = _span_words(pa, m.a_tokens) + _span_words(pb, m.b_tokens)
    score = 2 * m.equal_words / words if words else 1.0
    return Pair(_stretch_block(pa, m.a_tokens), _stretch_block(pb, m.b_tokens), score, True, chunks)


def _move_changes(m: Move, pa: _Prepared, pb: _Prepared) -> int:
    return _span_words(pa, m.a_tokens) + _span_words(pb, m.b_tokens) - 2 * m.equal_words


def _span_words(prep: _Prepared, span: tuple[int, int]) -> int:
    return int(prep.tokens.word_prefix[span[1]] - prep.tokens.word_prefix[span[0]])


def _stretch_block(prep: _Prepared, span: tuple[int, int]) -> Block:
    """A moved stretch as a block, named after the block it starts in."""
    lo, hi = span
    start, end = int(prep.tokens.starts[lo]), int(prep.tokens.ends[hi - 1])
    k = max(bisect_left([s for s, _ in prep.ranges], lo + 1) - 1, 0)
    home = prep.blocks[k] if prep.blocks else None
    return Block(home.label if home else "", start, end, home.unit_index if home else None)


def _content(prep: _Prepared) -> np.ndarray:
    """Each token's lexicon id if it is a word of three characters or more, else -1."""
    tokens = prep.tokens
    content = tokens.is_word & (tokens.ends - tokens.starts >= 3)
    return np.where(content, prep.ids, -1)


def _match_blocks(
    pa: _Prepared,
    pb: _Prepared,
    lexicon: Lexicon,
    sides: tuple[Side, Side],
    opts: CompareOptions,
    rest: tuple[list[int], list[int]],
) -> list[Match]:
    """Pairs among the blocks ``rest`` (indices) by similarity, in order or moved; global indices."""
    sub_a, sub_b = rest
    if not sub_a or not sub_b:
        return []
    twins = unique_twins(
        [sides[0].chars[slice(*pa.ranges[i])] for i in sub_a],
        [sides[1].chars[slice(*pb.ranges[j])] for j in sub_b],
    )
    twin_a, twin_b = {i for i, _ in twins}, {j for _, j in twins}
    rest_a = [k for k in range(len(sub_a)) if k not in twin_a]
    rest_b = [k for k in range(len(sub_b)) if k not in twin_b]
    term_of_key, n_terms = lexicon.terms()
    rows_a, rows_b = _block_rows(pa, term_of_key, sub_a), _block_rows(pb, term_of_key, sub_b)
    floor = min(opts.pair_threshold, opts.moved_threshold)
    found = block_similarity(
        [rows_a[k] for k in rest_a], [rows_b[k] for k in rest_b], max(n_terms, 1), floor, opts.dense_limit
    )
    scores = with_twins(found, rest_a, rest_b, twins)
    matches = align(scores, len(sub_b), opts.pair_threshold, opts.moved_threshold)

    def similar(i: int, j: int) -> float:
        return _sequence_similarity(pa, pb, sub_a[i], sub_b[j])

    local = fill_gaps(matches, len(sub_a), len(sub_b), similar, opts.gap_threshold)
    return [Match(sub_a[m.a], sub_b[m.b], m.score, m.moved) for m in local]


def _against_groups(matches: list[Match], groups: list[Group], pa: _Prepared, pb: _Prepared) -> list[Match]:
    """Matches of blocks on different sides of a group are moved; short or loose ones are dropped.

    A heading or a reference of a few words can be similar to another anywhere in the document (a
    cosine of 1 for two notes "Kamerstuk …, nr. …" that share only that word); only a block of some
    length, alike word for word, is reported as moved past the text the two versions share.
    """
    if not groups:
        return matches
    starts_a = [g.a_blocks.start for g in groups]
    starts_b = [g.b_blocks.start for g in groups]
    out = []
    for m in matches:
        crosses = bisect_left(starts_a, m.a) != bisect_left(starts_b, m.b)
        if crosses and not _movable(pa, pb, m):
            continue
        out.append(Match(m.a, m.b, m.score, m.moved or crosses))
    return out


def _movable(pa: _Prepared, pb: _Prepared, m: Match) -> bool:
    """A block pair long enough and alike enough word for word to be reported as moved."""
    long_enough = min(_words(pa, m.a), _words(pb, m.b)) >= _MIN_MOVED_WORDS
    prose = sum(len(k) > 2 and k.isalpha() for k in pa.tokens.keys[slice(*pa.ranges[m.a])]) >= 5
    return long_enough and prose and _sequence_similarity(pa, pb, m.a, m.b) >= _MOVED_SIMILARITY


def _words(prep: _Prepared, block: int) -> int:
    lo, hi = prep.ranges[block]
    return int(prep.tokens.word_prefix[hi] - prep.tokens.word_prefix[lo])


def _group_pair(g: Group, pa: _Prepared, pb: _Prepared, sa: Side, sb: Side) -> Pair:
    chunks = chunks_of(list(g.runs), sa, g.a_tokens[0], sb, g.b_tokens[0])
    return Pair(_joined(pa.blocks, g.a_blocks), _joined(pb.blocks, g.b_blocks), g.score, False, chunks)


def _joined(blocks: list[Block], span: range) -> Block:
    """One block, or the blocks of ``span`` joined into one (where the two versions split differently)."""
    first, last = blocks[span.start], blocks[span.stop - 1]
    if first is last:
        return first
    return Block(f"{first.label} – {last.label}", first.start, last.end, first.unit_index)


def _sequence_similarity(pa: _Prepared, pb: _Prepared, i: int, j: int) -> float:
    """Share of the two blocks' tokens that an optimal word alignment keeps (Indel similarity)."""
    (lo_a, hi_a), (lo_b, hi_b) = pa.ranges[i], pb.ranges[j]
    return Indel.normalized_similarity(pa.ids[lo_a:hi_a].tolist(), pb.ids[lo_b:hi_b].tolist())


def _block_rows(prep: _Prepared, term_of_key: np.ndarray, blocks: list[int]) -> list[np.ndarray]:
    """The similarity term ids of the words of each of ``blocks``."""
    terms = term_of_key[prep.ids]
    kept = terms >= 0
    before = np.concatenate([[0], np.cumsum(kept)]).tolist()  # kept terms before each token
    terms = terms[kept]
    return [terms[before[lo] : before[hi]] for lo, hi in (prep.ranges[k] for k in blocks)]


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
