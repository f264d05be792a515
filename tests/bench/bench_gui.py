"""Benchmark of the desktop application (figures from ``naast.gui.bench.gui_figures``).

Run: ``QT_QPA_PLATFORM=offscreen pytest -m bench tests/bench/bench_gui.py -s``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from naast.gui.bench import LIMITS_MS, gui_figures

__all__ = ["gui_figures"]

OUT = Path(__file__).resolve().parent / "out" / "gui"


@pytest.mark.bench
def test_gui_figures_within_limits() -> None:
    figures = gui_figures(OUT)
    print(figures)
    assert figures["gui_start_10k_documents"] == 10_000
    for name, limit in LIMITS_MS.items():
        assert figures[name] < limit, f"{name} = {figures[name]} ms (limit {limit} ms)"


if __name__ == "__main__":
    print(gui_figures(OUT))
