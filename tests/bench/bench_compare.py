"""Benchmarks of the comparison engine against the issue's targets (``pytest -m bench``).

Not part of the normal test run: the ``bench`` marker is deselected by default. The same figures
come from ``naast bench --json``. Timings are CPU time on one core (see ``desktop.bench``).
"""

from __future__ import annotations

import pytest

from desktop.bench import BenchContext, default_corpus, pin_to_one_core
from desktop.core.compare.bench import bench_compare_2mb, bench_compare_20p, bench_reuse_index

pytestmark = pytest.mark.bench


@pytest.fixture(scope="module")
def ctx() -> BenchContext:
    corpus = default_corpus()
    if not corpus.is_dir():
        pytest.skip(f"corpus not found at {corpus}")
    pin_to_one_core()
    return BenchContext(corpus, seed=1, repeat=10)


def test_compare_20_pages(ctx: BenchContext) -> None:
    figures = bench_compare_20p(ctx)
    print(figures)
    assert figures["compare_20p_changed_words"] <= figures["compare_20p_difflib_changed_words"]
    assert figures["compare_20p_moves_found"] == "3/3" and figures["compare_20p_moved_pairs"] == 3
    assert figures["compare_20p_ms"] < 50
    assert figures["compare_20p_speedup"] >= 20


def test_reuse_index_1000_documents(ctx: BenchContext) -> None:
    figures = bench_reuse_index(ctx)
    print(figures)
    found, planted = map(int, figures["reuse_planted_found"].split("/"))
    assert found >= 0.98 * planted
    assert figures["reuse_index_1000_s"] < 2
    assert figures["reuse_add_one_ms"] < 50


def test_compare_2_megabytes(ctx: BenchContext) -> None:
    figures = bench_compare_2mb(ctx)
    print(figures)
    assert figures["compare_2mb_moves_found"] == "5/5"
    assert figures["compare_2mb_s"] < 5
    assert figures["compare_2mb_peak_mb"] < 500
