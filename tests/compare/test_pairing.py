"""The parts that make a comparison hold when two versions cut their paragraphs differently."""

from __future__ import annotations

import random

import numpy as np
import pytest

from naast.core.compare import ChunkOp, DocumentText, compare
from naast.core.compare.lexicon import Lexicon
from naast.core.compare.pairing import clip_runs, link_groups
from naast.core.compare.synthetic import synthetic_document
from naast.core.compare.versions import are_versions
from naast.core.compare.worddiff import Run, drop_stray_equalities

PARAS = [
    "De minister antwoordt dat de terugkeer van afgewezen asielzoekers prioriteit heeft.",
    "Het kabinet zet zich in voor afspraken met landen van herkomst over overname.",
    "Daarnaast wordt gekeken naar de mogelijkheden van maatwerkondersteuning bij vertrek.",
    "Tot slot merkt de staatssecretaris op dat de Kamer voor de zomer wordt geïnformeerd.",
]


def test_a_paragraph_joined_in_the_new_version_is_one_pair_not_moved_or_unpaired() -> None:
    old = "\n\n".join(PARAS)
    new = "\n\n".join([PARAS[0], f"{PARAS[1]} {PARAS[2]}", PARAS[3]])  # a paragraph end lost
    comparison = compare(DocumentText(old), DocumentText(new))
    assert comparison.changed_words == 0
    assert not comparison.only_a and not comparison.only_b
    assert not any(p.moved for p in comparison.pairs)
    joined = [p for p in comparison.pairs if p.a.label != p.b.label or "–" in p.a.label]
    assert len(comparison.pairs) == 3 and joined


def test_a_moved_paragraph_joined_to_another_is_still_found_as_moved() -> None:
    old = "\n\n".join(PARAS)
    new = "\n\n".join([PARAS[1], f"{PARAS[2]} {PARAS[0]}", PARAS[3]])  # moved, and run into another
    comparison = compare(DocumentText(old), DocumentText(new))
    moved = [p for p in comparison.pairs if p.moved]
    assert moved and comparison.changed_words <= 2
    texts = {old[p.a.start : p.a.end] for p in moved} | {new[p.b.start : p.b.end] for p in moved}
    assert any("terugkeer van afgewezen" in t for t in texts)


def test_links_follow_the_aligned_words_across_different_block_boundaries() -> None:
    # a: blocks [0, 5) [5, 10); b: one block [0, 10); all ten tokens equal
    runs = [Run(True, 0, 10, 0, 10)]
    prefix = list(range(11))
    (group,) = link_groups(runs, [(0, 5), (5, 10)], [(0, 10)], prefix, prefix)
    assert list(group.a_blocks) == [0, 1] and list(group.b_blocks) == [0]
    assert group.changed_words == 0 and group.containment == 1.0


def test_an_equal_run_cut_on_one_side_stays_equal_where_both_sides_have_it() -> None:
    runs = [Run(True, 0, 10, 0, 10)]
    clipped = clip_runs(runs, (0, 10), (0, 8))
    assert [(r.equal, r.a_lo, r.a_hi, r.b_lo, r.b_hi) for r in clipped] == [
        (True, 0, 8, 0, 8),
        (False, 8, 10, 8, 8),
    ]


def test_stray_equal_tokens_between_longer_changes_are_folded() -> None:
    runs = [Run(False, 0, 5, 0, 0), Run(True, 5, 6, 0, 1), Run(False, 6, 12, 1, 1), Run(True, 12, 40, 1, 29)]
    folded = drop_stray_equalities(runs)
    assert [(r.equal, r.a_lo, r.a_hi) for r in folded] == [(False, 0, 12), (True, 12, 40)]


def test_versions_are_related_and_documents_of_one_vocabulary_are_not() -> None:
    rng = random.Random(3)
    one, other = (synthetic_document(PARAS * 5, rng, 3000, rate=0.6) for _ in range(2))
    edited = one.replace(" de ", " het ", 40)
    docs = [DocumentText(t) for t in (one, edited, other)]
    _, (a, b, c) = Lexicon.build([d.tokens for d in docs])
    assert are_versions(a, b, 0.5)
    assert not are_versions(a, c, 0.5)
    assert not are_versions(a, np.zeros(0, dtype=np.int64), 0.5)


def test_chunks_of_a_joined_pair_show_only_the_real_change() -> None:
    old = "\n\n".join(PARAS)
    new = "\n\n".join(
        [PARAS[0], f"{PARAS[1]} {PARAS[2].replace('maatwerkondersteuning', 'begeleiding')}", PARAS[3]]
    )
    comparison = compare(DocumentText(old), DocumentText(new))
    changes = [c for p in comparison.pairs for c in p.chunks if c.op is not ChunkOp.EQUAL]
    assert [(old[c.a_start : c.a_end], new[c.b_start : c.b_end]) for c in changes] == [
        ("maatwerkondersteuning", "begeleiding")
    ]


def test_long_documents_sharing_sentences_in_another_order_are_not_versions() -> None:
    """A whole-document diff of two long texts made of the same paragraphs shuffled takes minutes."""
    from compare_corpus import CORPUS

    from naast.core.compare.bench_pairs import sample_texts
    from naast.core.compare.synthetic import paragraph_pool

    if not CORPUS.is_dir():
        pytest.skip("shared corpus not found")
    pool = paragraph_pool(sample_texts(CORPUS.resolve()))
    one, other = (synthetic_document(pool, random.Random(seed), 50_000) for seed in (1, 2))
    edited = one.replace(" de ", " het ", 200)
    docs = [DocumentText(t) for t in (one, edited, other)]
    _, (a, b, c) = Lexicon.build([d.tokens for d in docs])
    assert len(a) + len(c) > 100_000
    assert are_versions(a, b, 0.5)
    assert not are_versions(a, c, 0.5)
