"""Benchmark: import speed (goal: 200 text documents/s and 30 PDF pages/s on one core).

The measurements live in ``naast.core.parsing.bench`` (parsing alone) and
``naast.store.import_bench`` (into a project file) so ``naast bench`` can call them from an
installed package; ``pytest -m bench tests/bench/bench_import.py`` runs them as benchmarks, and
``python tests/bench/bench_import.py`` prints the figures.
"""

from __future__ import annotations

import pytest

from naast.bench import default_corpus
from naast.core.parsing.bench import PDF_GOAL, TEXT_GOAL, parse_figures
from naast.store.import_bench import import_figures


@pytest.mark.bench
def test_parsing_speed() -> None:
    figures = parse_figures()
    print(figures)
    assert figures["parse_text_documents_per_s"] >= TEXT_GOAL
    assert figures["parse_pdf_pages_per_s"] >= PDF_GOAL


@pytest.mark.bench
def test_import_speed() -> None:
    figures = import_figures(default_corpus(), passes=3)
    print(figures)
    assert figures["import_text_documents_per_s"] >= TEXT_GOAL
    assert figures["import_text_into_10k_documents_per_s"] >= 0.5 * TEXT_GOAL  # lookups stay indexed
    assert figures["import_pdf_pages_per_s"] >= PDF_GOAL


if __name__ == "__main__":
    print(parse_figures())
    print(import_figures(default_corpus()))
