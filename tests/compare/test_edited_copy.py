"""Must-show 3: a document against an edited copy of itself (words changed, a paragraph moved)."""

from __future__ import annotations

import pytest
from compare_corpus import corpus_text
from rapidfuzz.distance import Indel

from naast.core.compare import ChunkOp, Comparison, DocumentText, Pair, compare
from naast.core.compare.synthetic import edited_copy
from naast.core.compare.tokens import tokenize


def _words(text: str) -> list[str]:
    toks = tokenize(text)
    return [k for k, w in zip(toks.keys, toks.is_word, strict=True) if w]


def _changes(comparison: Comparison) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [
        ((c.a_start, c.a_end), (c.b_start, c.b_end))
        for p in comparison.pairs
        for c in p.chunks
        if c.op is not ChunkOp.EQUAL
    ]


def _covers(outer: tuple[int, int], inner: tuple[int, int], text: str) -> bool:
    """``outer`` contains ``inner``, give or take whitespace (an insertion point sits in a gap)."""
    end_ok = outer[1] >= inner[1] or not text[outer[1] : inner[1]].strip()
    start_ok = outer[0] <= inner[0] or not text[inner[0] : outer[0]].strip()
    return end_ok and start_ok


@pytest.mark.parametrize("seed", range(1, 10))
@pytest.mark.parametrize("prefix", ["2021-letter", "2019-answers", "2025-answers"])
def test_every_edit_is_a_word_chunk_and_the_move_is_marked(prefix: str, seed: int) -> None:
    original = corpus_text(prefix)
    copy = edited_copy(original, seed=seed, edit_every=40)
    assert len(copy.edits) >= 10 and copy.moved
    comparison = compare(DocumentText(original), DocumentText(copy.text))
    changes = _changes(comparison)
    for edit in copy.edits:
        assert any(_covers(b, edit.b, copy.text) and _covers(a, edit.a, original) for a, b in changes), edit
    moved = [p for p in comparison.pairs if p.moved]
    for span_a, span_b in copy.moved:  # each move is seen: as moved, or as what it jumped over moved
        assert any(_moved(p, span_a, span_b, original, copy.text) for p in moved), span_b
    for p in moved:  # and nothing else is marked moved
        assert any(_moved(p, sa, sb, original, copy.text) for sa, sb in copy.moved), p


def _moved(pair: Pair, span_a: tuple[int, int], span_b: tuple[int, int], a: str, b: str) -> bool:
    """``pair`` is the moved paragraph, or a block the paragraph jumped over (their order changed).

    A minimal diff may leave the paragraph's first or last word paired with the same word next
    to it ("De" starting the next paragraph too): two words at each end may be missing.
    """
    if _nearly(span_a, (pair.a.start, pair.a.end), a) and _nearly(span_b, (pair.b.start, pair.b.end), b):
        return True
    outside = pair.a.end <= span_a[0] or pair.a.start >= span_a[1]
    return outside and (pair.a.end <= span_a[0]) != (pair.b.end <= span_b[0])


def _nearly(span: tuple[int, int], block: tuple[int, int], text: str) -> bool:
    inside = _covers(span, block, text)
    missing = len(_words(text[span[0] : max(block[0], span[0])])) + len(
        _words(text[min(block[1], span[1]) : span[1]])
    )
    return inside and missing <= 2


@pytest.mark.parametrize("seed", range(1, 7))
def test_changed_words_within_ten_percent_of_the_minimum(seed: int) -> None:
    original = corpus_text("2021-letter")
    copy = edited_copy(original, seed=seed, edit_every=30)
    minimum = Indel.distance(_words(original), _words(copy.unmoved))
    comparison = compare(DocumentText(original), DocumentText(copy.text))
    assert minimum > 0
    assert minimum <= comparison.changed_words <= 1.1 * minimum


def test_identical_documents_have_no_changes() -> None:
    text = corpus_text("2025-answers")
    comparison = compare(DocumentText(text), DocumentText(text))
    assert comparison.changed_words == 0
    assert not comparison.only_a and not comparison.only_b
    assert all(not p.moved and p.score > 0.99 for p in comparison.pairs)
