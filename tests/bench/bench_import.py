"""Benchmark: parsing speed for import (goal: 200 text documents/s and 30 PDF pages/s on one core).

The measurement lives in ``desktop.core.parsing.bench`` so ``naast bench`` can call it from an
installed package; ``pytest -m bench tests/bench/bench_import.py`` runs it as a benchmark, and
``python tests/bench/bench_import.py`` prints the figures. Importing into a project (the store's
share) is measured separately.
"""

from __future__ import annotations

import pytest

from desktop.core.parsing.bench import PDF_GOAL, TEXT_GOAL, parse_figures


@pytest.mark.bench
def test_parsing_speed() -> None:
    figures = parse_figures()
    print(figures)
    assert figures["parse_text_documents_per_s"] >= TEXT_GOAL
    assert figures["parse_pdf_pages_per_s"] >= PDF_GOAL


if __name__ == "__main__":
    print(parse_figures())
