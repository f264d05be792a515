"""``naast bench``: named benchmark figures from every engine, as one JSON object.

Each engine lists a module in ``BENCH_MODULES``. The module exposes ``BENCHMARKS``, a dict from a
benchmark name to a function ``(ctx: BenchContext) -> dict[str, figure]`` (numbers or short
strings). Figure names carry the benchmark's prefix and their unit (``compare_20p_ms``); a figure
measured against a baseline comes with the baseline's figure next to it. Benchmarks run one after
the other, in this process, pinned to one CPU core; the ``bench`` command also limits numpy's BLAS
to one thread before numpy loads. Timings use ``clock``: the CPU time of this process, so that other
programs sharing the machine do not inflate them (with one thread it equals the elapsed time on an
idle machine).
"""

from __future__ import annotations

import importlib
import os
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from naast.core.errors import NaastError, NotFound

#: Modules with a ``BENCHMARKS`` dict; engines append theirs.
BENCH_MODULES = [
    "naast.core.compare.bench",
    "naast.core.parsing.bench",
    "naast.export.bench",
    "naast.gui.bench",
    "naast.store.claims_bench",
    "naast.store.import_bench",
]

THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")

Figures = dict[str, Any]


@dataclass(frozen=True, slots=True)
class BenchContext:
    corpus: Path  # the shared corpus (read in place)
    seed: int = 1
    repeat: int = 5  # timings are the median of this many runs where a run is cheap


BenchFn = Callable[[BenchContext], Figures]


def clock() -> float:
    """Seconds of CPU time used by this process (see the module docstring)."""
    return time.process_time()


def default_corpus() -> Path:
    """``$NAAST_CORPUS``, else ``../shared/corpus`` next to the checkout."""
    override = os.environ.get("NAAST_CORPUS")
    if override:
        return Path(override)
    return (Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus").resolve()


def load_benchmarks(modules: Sequence[str] = tuple(BENCH_MODULES)) -> dict[str, BenchFn]:
    found: dict[str, BenchFn] = {}
    for name in modules:
        for bench, fn in importlib.import_module(name).BENCHMARKS.items():
            if bench in found:
                raise ValueError(f"benchmark {bench!r} is defined twice")
            found[bench] = fn
    return found


def pin_to_one_core() -> bool:
    """Run this process on one CPU core (where the platform allows it)."""
    if not hasattr(os, "sched_setaffinity"):
        return False
    cores = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cores[-1]})
    return True


def run_benchmarks(
    ctx: BenchContext, names: Sequence[str] | None = None, benchmarks: dict[str, BenchFn] | None = None
) -> Figures:
    """Run the named benchmarks (all by default) and merge their figures into one dict."""
    available = benchmarks if benchmarks is not None else load_benchmarks()
    chosen = list(names) if names else list(available)
    unknown = [n for n in chosen if n not in available]
    if unknown:
        raise NotFound(f"No benchmark named {', '.join(unknown)}; try: {', '.join(available)}.")
    figures: Figures = {
        "bench_python": platform.python_version(),
        "bench_single_core": pin_to_one_core(),
        "bench_blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
        "bench_clock": "process CPU time",
    }
    for name in chosen:
        start = time.perf_counter()
        try:
            result = available[name](ctx)
        except NaastError as exc:
            figures[f"{name}_error"] = str(exc)
            continue
        clash = set(result) & set(figures)
        if clash:
            raise ValueError(f"benchmark {name!r} repeats figures {sorted(clash)}")
        figures |= result
        figures[f"{name}_bench_s"] = round(time.perf_counter() - start, 2)
    return figures
