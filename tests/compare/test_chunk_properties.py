"""Properties the side-by-side view and the exports rely on, for any pair of texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from naast.core.compare import ChunkOp, DocumentText, compare
from naast.core.compare.tokens import tokenize

WORDS = ["de", "minister", "antwoordt", "over", "terugkeer", "en", "opvang", "van", "asielzoekers", ",", "."]
paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
document = st.lists(paragraph, min_size=1, max_size=6).map("\n\n".join)


def _words(text: str) -> list[str]:
    toks = tokenize(text)
    return [k for k, w in zip(toks.keys, toks.is_word.tolist(), strict=True) if w]


@settings(max_examples=60, deadline=None)
@given(document, document)
def test_chunks_tile_each_pair_in_order(a: str, b: str) -> None:
    comparison = compare(DocumentText(a), DocumentText(b))
    for pair in comparison.pairs:
        assert 0 <= pair.score <= 1 + 1e-9
        if not pair.chunks:
            continue
        a_pos, b_pos = pair.a.start, pair.b.start
        for chunk in pair.chunks:
            assert a_pos <= chunk.a_start <= chunk.a_end <= pair.a.end
            assert b_pos <= chunk.b_start <= chunk.b_end <= pair.b.end
            assert not a[a_pos : chunk.a_start].strip() and not b[b_pos : chunk.b_start].strip()
            left, right = a[chunk.a_start : chunk.a_end], b[chunk.b_start : chunk.b_end]
            if chunk.op is ChunkOp.EQUAL:
                assert left.split() == right.split()
            else:
                assert chunk.op is ChunkOp.REPLACE or not (left if chunk.op is ChunkOp.INSERT else right)
            a_pos, b_pos = chunk.a_end, chunk.b_end
        assert not a[a_pos : pair.a.end].strip() and not b[b_pos : pair.b.end].strip()


@settings(max_examples=60, deadline=None)
@given(document, document)
def test_changed_words_are_counted_once(a: str, b: str) -> None:
    comparison = compare(DocumentText(a), DocumentText(b))
    assert comparison.changed_words <= len(_words(a)) + len(_words(b))
    if a == b:
        assert comparison.changed_words == 0


@settings(max_examples=60, deadline=None)
@given(document, document)
def test_reused_spans_hold_the_same_words(a: str, b: str) -> None:
    comparison = compare(DocumentText(a), DocumentText(b))
    texts = {"both": (a, b), "a": (a, a), "b": (b, b)}
    for passage in comparison.reused:
        first, second = texts[passage.within]
        words = [w.casefold() for w in _words(first[slice(*passage.a)])]
        assert words == [w.casefold() for w in _words(second[slice(*passage.b)])]
        assert len(words) == passage.words >= 8
        assert passage.text == first[slice(*passage.a)]
        if passage.within != "both":
            assert passage.a[1] <= passage.b[0]
