"""Benchmark: 10,000 documents and 50,000 claims; create a claim < 5 ms, load a document's claims < 10 ms.

The measurement lives in ``naast.store.claims_bench`` (so ``naast bench`` can call
``claims_figures()`` from an installed package); ``pytest -m bench tests/bench/bench_claims.py`` runs
it as a test.
"""

from __future__ import annotations

import pytest

from naast.store.claims_bench import CREATE_LIMIT_MS, LOAD_LIMIT_MS, claims_figures

__all__ = ["claims_figures"]


@pytest.mark.bench
def test_claims_on_a_large_project_are_fast() -> None:
    figures = claims_figures()
    print(figures)
    assert figures["claims_total"] >= 50_000
    assert figures["claim_create_ms"] < CREATE_LIMIT_MS
    assert figures["claims_load_doc_ms"] < LOAD_LIMIT_MS


if __name__ == "__main__":
    print(claims_figures())
