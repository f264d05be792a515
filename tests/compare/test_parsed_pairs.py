"""Issue 19, must-show 1: comparisons that hold on parsed documents.

The pairs are the benchmark's: real corpus texts against recorded new versions (words and phrases
changed, paragraphs deleted, inserted and moved, every line broken again at another width), both
versions run through the real parser as an import would. The minimum number of changed words is
known by construction and checked here against rapidfuzz's Indel distance (an independent
reference); each baseline is run as its users run it (``baselines``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz.distance import Indel

from naast.core.compare import CompareOptions, Comparison, DocumentText, compare
from naast.core.compare.baselines import BASELINES, TokenLists
from naast.core.compare.bench_pairs import (
    BenchPair,
    bench_pair,
    foreign_paragraphs,
    in_order_minimum,
    sample_texts,
    twenty_pages,
    two_megabytes,
    word_keys,
)
from naast.core.compare.recorded import RecipeOptions, recorded_copy
from naast.core.parsing import parse_text

CORPUS = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus").resolve()
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not found")
DIFF_ONLY = CompareOptions(find_reuse=False)
SEEDS = (1, 2, 3, 4)


@pytest.fixture(scope="module")
def pairs() -> dict[int, BenchPair]:
    return {seed: bench_pair("20p", twenty_pages(CORPUS, seed)) for seed in SEEDS}


def _baseline_words(a: DocumentText, b: DocumentText, skip: tuple[str, ...] = ()) -> dict[str, int]:
    lists = TokenLists.of(a.tokens, b.tokens)
    return {name: lists.changed_words(fn(lists)) for name, fn in BASELINES.items() if name not in skip}


def _moved(comparison: Comparison) -> int:
    return sum(p.moved for p in comparison.pairs)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_recorded_minimum_is_the_indel_distance(pairs: dict[int, BenchPair], seed: int) -> None:
    recorded = pairs[seed].recorded
    assert recorded.counts["phrase"] and recorded.counts["para_delete"] and recorded.counts["para_insert"]
    distance = Indel.distance(word_keys(recorded.original), word_keys(recorded.unmoved))
    assert distance == recorded.min_changed_words


def test_the_parsed_minimum_is_the_indel_distance(pairs: dict[int, BenchPair]) -> None:
    pair = pairs[1]
    unmoved = parse_text(pair.recorded.unmoved).text
    assert pair.parsed_minimum == Indel.distance(word_keys(pair.parsed_a.text), word_keys(unmoved))
    assert in_order_minimum("de minister antwoordt", "de minister zegt") == 2


@pytest.mark.parametrize("seed", SEEDS)
def test_parsed_20_pages_near_the_minimum_and_below_every_baseline(
    pairs: dict[int, BenchPair], seed: int
) -> None:
    pair = pairs[seed]
    a, b = pair.parsed()
    comparison = compare(a, b, DIFF_ONLY)
    assert comparison.changed_words <= 1.1 * pair.parsed_minimum
    for name, words in _baseline_words(a, b).items():
        assert comparison.changed_words < words, name
    assert 1 <= _moved(comparison) <= len(pair.recorded.moved)
    assert len(comparison.only_a) + len(comparison.only_b) <= 6  # the inserted paragraphs, a header


@pytest.mark.parametrize("seed", SEEDS)
def test_raw_20_pages_near_the_minimum_with_every_move_found(pairs: dict[int, BenchPair], seed: int) -> None:
    pair = pairs[seed]
    comparison = compare(*pair.raw(), DIFF_ONLY)
    assert comparison.changed_words <= 1.1 * pair.recorded.min_changed_words
    assert _moved(comparison) == len(pair.recorded.moved) == 3


@pytest.mark.parametrize("seed", SEEDS)
def test_nothing_is_moved_when_the_edits_moved_nothing(seed: int) -> None:
    texts = [
        *sample_texts(CORPUS),
        (CORPUS / "real" / "ah-tk-20222023-3649.extracted.txt").read_text("utf-8"),
    ]
    recorded = recorded_copy("\n\n".join(texts), foreign_paragraphs(CORPUS), seed, RecipeOptions(moves=0))
    a, b = parse_text(recorded.original), parse_text(recorded.copy)
    for docs in (
        (DocumentText(recorded.original), DocumentText(recorded.copy)),
        (DocumentText(a.text, a.units), DocumentText(b.text, b.units)),
    ):
        comparison = compare(*docs, DIFF_ONLY)
        assert _moved(comparison) == 0
        assert comparison.changed_words <= 1.1 * recorded.min_changed_words + 40


def test_a_new_line_width_alone_changes_nothing() -> None:
    """A new PDF export breaks every line elsewhere; parsed, nothing is paired wrongly or changed."""
    text = "\n\n".join(sample_texts(CORPUS))
    still = RecipeOptions(edit_every=10**9, phrase_every=10**9, moves=0, deletes=0, inserts=0, width=58)
    recorded = recorded_copy(text, [], 1, still)
    assert recorded.copy != text and recorded.min_changed_words == 0
    a, b = parse_text(recorded.original), parse_text(recorded.copy)
    comparison = compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units), DIFF_ONLY)
    assert _moved(comparison) == 0
    minimum = in_order_minimum(a.text, b.text)  # the parser may read a re-wrapped note differently
    assert comparison.changed_words <= minimum + 2
    unpaired = [a.text[x.start : x.end] for x in comparison.only_a] + [
        b.text[x.start : x.end] for x in comparison.only_b
    ]
    assert sum(len(word_keys(t)) for t in unpaired) <= minimum


def test_parsed_two_megabytes_near_the_minimum_and_below_the_baselines() -> None:
    pair = bench_pair("2mb", two_megabytes(CORPUS, 1))
    a, b = pair.parsed()
    comparison = compare(a, b, DIFF_ONLY)
    assert comparison.changed_words <= 1.1 * pair.parsed_minimum
    words = _baseline_words(a, b, skip=("rapidfuzz", "difflib", "difflib_no_autojunk"))
    assert comparison.changed_words < words["fdmp"]
    assert 1 <= _moved(comparison) <= len(pair.recorded.moved)


def test_nothing_is_moved_in_two_megabytes_when_nothing_moved() -> None:
    moved = two_megabytes(CORPUS, 2)
    recipe = RecipeOptions(edit_every=80, phrase_every=600, moves=0, deletes=5, inserts=5)
    recorded = recorded_copy(moved.original, foreign_paragraphs(CORPUS), 2, recipe)
    a, b = parse_text(recorded.original), parse_text(recorded.copy)
    comparison = compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units), DIFF_ONLY)
    assert _moved(comparison) == 0
    assert comparison.changed_words <= 1.1 * in_order_minimum(a.text, b.text)
