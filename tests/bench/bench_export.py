"""Benchmark: a comparison memo with 200 claims from 20 documents, written in under 3 s.

The measurement lives in ``naast.export.bench`` (so ``naast bench`` can call ``export_figures()``
from an installed package); ``pytest -m bench tests/bench/bench_export.py`` runs it as a test.
"""

from __future__ import annotations

import pytest

from naast.export.bench import (
    LIMIT_S,
    SCALE_LIMIT_S,
    SCALE_MEMORY_MB,
    SCALE_RATIO_LIMIT,
    export_figures,
    scale_figures,
)

__all__ = ["export_figures"]


@pytest.mark.bench
def test_memo_with_200_claims_under_3_s() -> None:
    figures = export_figures()
    print(figures)
    assert figures["export_memo_200_ms"] < LIMIT_S * 1000


@pytest.mark.bench
def test_memo_export_is_linear_in_the_claims() -> None:
    figures = scale_figures()
    print(figures)
    assert figures["export_memo_20000_s"] < SCALE_LIMIT_S
    assert figures["export_memo_20000_per_5000_ratio"] < SCALE_RATIO_LIMIT
    assert figures["export_memo_20000_peak_mb"] < SCALE_MEMORY_MB


if __name__ == "__main__":
    print(export_figures())
