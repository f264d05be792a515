"""The engine's parts on small hand-made inputs."""

from __future__ import annotations

import random
import re

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from naast.core.compare import ChunkOp, CompareOptions, DocumentText, compare
from naast.core.compare.align import align
from naast.core.compare.anchors import unique_twins
from naast.core.compare.lexicon import Lexicon, similarity_term
from naast.core.compare.similarity import Scores, block_similarity
from naast.core.compare.synthetic import edited_copy
from naast.core.compare.tokens import tokenize
from naast.core.compare.worddiff import CharCoder, Side, word_diff


def test_tokens_join_hyphenated_line_breaks_and_keep_numbers_whole() -> None:
    text = "Ontwikke-\nlingssamenwerking in EU-verband: circa 4.830 (NGO’s)."
    toks = tokenize(text)
    assert tuple(toks.keys) == (
        "Ontwikkelingssamenwerking",
        "in",
        "EUverband",
        ":",
        "circa",
        "4.830",
        "(",
        "NGO’s",
        ")",
        ".",
    )
    assert text[toks.starts[0] : toks.ends[0]] == "Ontwikke-\nlingssamenwerking"
    assert toks.is_word[:3].all() and not toks.is_word[3]


@given(st.text(alphabet="ab9é -\n.,’'_(Z", max_size=60))
def test_tokens_cover_every_letter_once_and_keys_follow_the_text(text: str) -> None:
    toks = tokenize(text)
    covered = [False] * len(text)
    last_end = 0
    for start, end, key, word in zip(toks.starts, toks.ends, toks.keys, toks.is_word, strict=True):
        assert last_end <= start < end
        last_end = end
        assert key == re.sub(r"-[ \t]*\n[ \t]*|-", "", text[start:end]) if word else key == text[start:end]
        assert word or (end - start == 1 and not text[start].isalnum() and not text[start].isspace())
        for i in range(start, end):
            covered[i] = True
    assert all(covered[i] for i, ch in enumerate(text) if ch.isalnum())
    # a line break is inside a token only where a hyphen ends the line (spaces may follow it)
    assert all(
        not covered[i] for i, ch in enumerate(text) if ch == "\n" and not re.search(r"-[ \t]*$", text[:i])
    )


def _diff(a: str, b: str, confetti: int = 3) -> list[tuple[str, str, str]]:
    coder = CharCoder()
    ta, tb = tokenize(a), tokenize(b)
    sa, sb = Side(ta, coder.encode(ta.keys)), Side(tb, coder.encode(tb.keys))
    chunks = word_diff(sa, (0, len(ta)), sb, (0, len(tb)), confetti)
    return [(c.op.value, a[c.a_start : c.a_end], b[c.b_start : c.b_end]) for c in chunks]


def test_word_diff_offsets_point_into_both_texts() -> None:
    a = "De minister stuurt de brief vandaag naar de Kamer."
    b = "De minister stuurt de brief morgen naar de Tweede Kamer."
    assert _diff(a, b) == [
        ("equal", "De minister stuurt de brief", "De minister stuurt de brief"),
        ("replace", "vandaag", "morgen"),
        ("equal", "naar de", "naar de"),
        ("insert", "", "Tweede"),
        ("equal", "Kamer.", "Kamer."),
    ]


def test_short_equal_runs_between_changes_are_folded() -> None:
    a = "alpha beta , . gamma delta"
    b = "alpha BETA , . GAMMA delta"
    assert _diff(a, b) == [
        ("equal", "alpha", "alpha"),
        ("replace", "beta , . gamma", "BETA , . GAMMA"),
        ("equal", "delta", "delta"),
    ]
    assert ("equal", ", .", ", .") in _diff(a, b, confetti=0)


def test_sparse_route_pairs_like_the_dense_route() -> None:
    rng = random.Random(7)
    vocab = ["".join(rng.choice("aeioubdfgklmnprstv") for _ in range(rng.randint(3, 9))) for _ in range(400)]
    text = "\n\n".join(
        " ".join(rng.choice(vocab) for _ in range(rng.randint(15, 40))) + "." for _ in range(60)
    )
    copy = edited_copy(text, seed=3, edit_every=15).text
    dense = compare(DocumentText(text), DocumentText(copy))
    sparse = compare(DocumentText(text), DocumentText(copy), CompareOptions(dense_limit=0))
    assert [(p.a, p.b, p.moved) for p in sparse.pairs] == [(p.a, p.b, p.moved) for p in dense.pairs]
    assert np.allclose([p.score for p in sparse.pairs], [p.score for p in dense.pairs])
    assert sum(p.moved for p in dense.pairs) == 1


def test_similarity_floor_drops_unrelated_blocks() -> None:
    rows_a = [np.array([0, 1, 2, 3]), np.array([4, 5, 6])]
    rows_b = [np.array([7, 8, 9]), np.array([0, 1, 2, 3])]
    scores = block_similarity(rows_a, rows_b, 10, floor=0.2)
    assert list(zip(scores.a, scores.b, strict=True)) == [(0, 1)]
    assert scores.score[0] > 0.99


def test_heaviest_chain_keeps_order_and_flags_the_moved_block() -> None:
    # a0-b0, a1-b1, a2-b2, a3-b3 in order, but a4 belongs to b1's place: b-order 0, 4, 1, 2, 3
    a = np.array([0, 1, 2, 3, 4])
    b = np.array([0, 2, 3, 4, 1])
    scores = Scores(a, b, np.array([0.9, 0.8, 0.9, 0.7, 0.95]))
    matches = align(scores, 5, pair_threshold=0.2, moved_threshold=0.2)
    assert [(m.a, m.b, m.moved) for m in matches] == [
        (0, 0, False),
        (1, 2, False),
        (2, 3, False),
        (3, 4, False),
        (4, 1, True),
    ]


def test_changed_words_count_inserted_and_deleted_blocks() -> None:
    a = DocumentText("Eerste alinea over de opvang van asielzoekers in Nederland.\n\nTweede alinea.")
    b = DocumentText(
        "Eerste alinea over de opvang van asielzoekers in Nederland.\n\nGeheel nieuwe tekst hier."
    )
    comparison = compare(a, b)
    assert comparison.changed_words == 2 + 4
    assert any(c.op is not ChunkOp.EQUAL for p in comparison.pairs for c in p.chunks) or comparison.only_b


def test_unique_twins_keep_the_longest_run_in_order() -> None:
    a = ["x", "p", "q", "r", "dup", "dup", "s"]
    b = ["p", "s", "q", "r", "dup", "y"]
    assert unique_twins(a, b) == [(1, 0), (2, 2), (3, 3)]  # "s" is out of order, "dup" not unique


def test_lexicon_terms_follow_similarity_term() -> None:
    keys = ["Terugkeer", "terugkeren", "de", "4.830", "EUverband", "Straße", "ĲSSEL", "NGO’s", ","]
    ids, count = Lexicon(keys).terms()
    expected: dict[str, int] = {}
    for key, term_id in zip(keys, ids.tolist(), strict=True):
        term = similarity_term(key)
        assert term_id == (-1 if term is None else expected.setdefault(term, len(expected)))
    assert count == len(expected) == 4
