"""Benchmarks of the comparison engine against the issue's targets (``pytest -m bench``).

Not part of the normal test run: the ``bench`` marker is deselected by default. The same figures
come from ``naast bench --json``. Timings are CPU time on one core (see ``naast.bench``); a
time ratio is the median of per-round ratios of rounds that run every engine once.
"""

from __future__ import annotations

import pytest

from naast.bench import BenchContext, default_corpus, pin_to_one_core
from naast.core.compare.baselines import BASELINES
from naast.core.compare.bench import bench_compare_2mb, bench_compare_20p, bench_reuse_index

pytestmark = pytest.mark.bench


@pytest.fixture(scope="module")
def ctx() -> BenchContext:
    corpus = default_corpus()
    if not corpus.is_dir():
        pytest.skip(f"corpus not found at {corpus}")
    pin_to_one_core()
    return BenchContext(corpus, seed=1, repeat=7)


def _quality(figures: dict[str, object], prefix: str, baselines: list[str]) -> None:
    changed = figures[f"{prefix}_naast_changed_words"]
    assert isinstance(changed, int)
    assert changed <= 1.1 * figures[f"{prefix}_min_changed_words"]  # type: ignore[operator]
    for name in baselines:
        assert changed < figures[f"{prefix}_{name}_changed_words"], name  # type: ignore[operator]


def test_compare_20_pages(ctx: BenchContext) -> None:
    figures = bench_compare_20p(ctx)
    print(figures)
    for prefix in ("compare_20p_raw", "compare_20p_parsed"):
        _quality(figures, prefix, list(BASELINES))
    assert figures["compare_20p_raw_naast_moved_pairs"] == 3
    assert 1 <= figures["compare_20p_parsed_naast_moved_pairs"] <= 3
    assert figures["compare_20p_parsed_naast_ms"] < 30
    assert figures["compare_20p_parsed_fdmp_time_ratio"] >= 0.5  # at most twice fdmp's time


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
    for prefix in ("compare_2mb_raw", "compare_2mb_parsed"):
        _quality(figures, prefix, ["fdmp"])
    assert figures["compare_2mb_raw_naast_moved_pairs"] == 5
    assert figures["compare_2mb_parsed_naast_fresh_s"] < 2
    assert figures["compare_2mb_parsed_naast_peak_mb"] < 200
