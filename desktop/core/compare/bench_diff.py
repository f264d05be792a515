"""Naast's comparison against its baselines, on the 20-page and 2 MB pairs (``bench_pairs``).

Each pair is measured twice: on the raw texts and on the two parsed documents. Every engine gets
the same input, the two documents' tokens, made once before timing (``baselines``). Engines are
timed the same way: rounds in which each runs once, in an order that rotates from round to round,
garbage collection paused; the figure is the median of an engine's rounds, and a speed-up is the
median of the per-round ratios (this machine's speed drifts within seconds: a ratio of two times
taken apart measures the drift as much as the engines). Times are CPU time on one core.
Memory is the peak resident size of a fresh process that loads the two parsed documents and
compares them (``bench_memory``): C and C++ allocations included, nothing warm.
"""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable
from typing import Any

from naast.bench import BenchContext, clock
from naast.core.compare.baselines import BASELINES, TokenLists
from naast.core.compare.bench_memory import ENGINES, peak_in_fresh_process
from naast.core.compare.bench_pairs import BenchPair, bench_pair, twenty_pages, two_megabytes
from naast.core.compare.engine import CompareOptions, DocumentText, compare

Figures = dict[str, Any]
_DIFF_ONLY = CompareOptions(find_reuse=False)  # the baselines do not look for reused passages


def interleaved(engines: dict[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Seconds per engine per round; each round runs every engine once, the order rotating."""
    names = list(engines)
    times: dict[str, list[float]] = {name: [] for name in names}
    enabled = gc.isenabled()
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            gc.collect()
            gc.disable()
            try:
                start = clock()
                engines[name]()
                times[name].append(clock() - start)
            finally:
                if enabled:
                    gc.enable()
    return times


def measure(
    prefix: str,
    pair: BenchPair,
    docs: tuple[DocumentText, DocumentText],
    minimum: int,
    rounds: int,
    skip: set[str],
) -> Figures:
    """Time and changed words of Naast and each baseline on one input (tokens made beforehand)."""
    a, b = docs
    lists = TokenLists.of(a.tokens, b.tokens)
    engines: dict[str, Callable[[], object]] = {"naast": lambda: compare(a, b, _DIFF_ONLY)}
    engines |= {name: (lambda fn=fn: fn(lists)) for name, fn in BASELINES.items() if name not in skip}
    times = interleaved(engines, rounds)
    comparison = compare(a, b, _DIFF_ONLY)
    figures: Figures = {f"{prefix}_words": lists.words_a[-1]}
    figures[f"{prefix}_min_changed_words"] = minimum
    figures[f"{prefix}_naast_ms"] = _ms(times["naast"])  # documents prepared: tokens and blocks
    figures[f"{prefix}_naast_changed_words"] = comparison.changed_words
    figures[f"{prefix}_naast_moved_pairs"] = sum(p.moved for p in comparison.pairs)
    figures[f"{prefix}_naast_unpaired_blocks"] = len(comparison.only_a) + len(comparison.only_b)
    figures[f"{prefix}_moved_paragraphs_recorded"] = len(pair.recorded.moved)
    for name, fn in BASELINES.items():
        if name in skip:
            figures[f"{prefix}_{name}_ms"] = "skipped"
            continue
        figures[f"{prefix}_{name}_ms"] = _ms(times[name])
        figures[f"{prefix}_{name}_changed_words"] = lists.changed_words(fn(lists))
        ratios = [t / n for t, n in zip(times[name], times["naast"], strict=True)]
        figures[f"{prefix}_{name}_time_ratio"] = round(statistics.median(ratios), 2)
    return figures


def _ms(times: list[float]) -> float:
    return round(statistics.median(times) * 1000, 1)


def _prepared(docs: tuple[DocumentText, DocumentText]) -> tuple[DocumentText, DocumentText]:
    for doc in docs:
        doc.tokens  # noqa: B018 - tokenise before timing, as the baselines' token lists are made
    return docs


def bench_compare_20p(ctx: BenchContext) -> Figures:
    pair = bench_pair("20p", twenty_pages(ctx.corpus, ctx.seed))
    rounds = max(3, ctx.repeat)
    figures = measure(
        "compare_20p_raw", pair, _prepared(pair.raw()), pair.recorded.min_changed_words, rounds, set()
    )
    figures |= measure(
        "compare_20p_parsed", pair, _prepared(pair.parsed()), pair.parsed_minimum, rounds, set()
    )
    figures |= _cold("compare_20p_parsed", pair, rounds)
    return figures


def _cold(prefix: str, pair: BenchPair, rounds: int) -> Figures:
    """Naast from the parsed texts: tokenising included, and with the reused-passage search too."""
    a, b = pair.parsed_a, pair.parsed_b
    times = interleaved(
        {
            "cold": lambda: compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units), _DIFF_ONLY),
            "full": lambda: compare(DocumentText(a.text, a.units), DocumentText(b.text, b.units)),
        },
        rounds,
    )
    return {
        f"{prefix}_naast_cold_ms": _ms(times["cold"]),
        f"{prefix}_naast_with_reuse_cold_ms": _ms(times["full"]),
    }


def bench_compare_2mb(ctx: BenchContext) -> Figures:
    pair = bench_pair("2mb", two_megabytes(ctx.corpus, ctx.seed))
    figures: Figures = {"compare_2mb_bytes": len(pair.recorded.original.encode("utf-8"))}
    raw, parsed = _prepared(pair.raw()), _prepared(pair.parsed())
    figures |= measure("compare_2mb_raw", pair, raw, pair.recorded.min_changed_words, 3, set(SKIP_2MB))
    figures |= measure("compare_2mb_parsed", pair, parsed, pair.parsed_minimum, 3, set(SKIP_2MB))
    for name, why in SKIP_2MB.items():
        figures[f"compare_2mb_{name}_skipped"] = why
    for engine in ENGINES:  # in a fresh process each: from the parsed texts, tokens included
        fresh = peak_in_fresh_process(pair.parsed_a, pair.parsed_b, engine)
        figures[f"compare_2mb_parsed_{engine}_fresh_s"] = fresh["seconds"]
        figures[f"compare_2mb_parsed_{engine}_peak_mb"] = fresh["peak_mb"]
        figures[f"compare_2mb_parsed_{engine}_loaded_mb"] = fresh["loaded_mb"]
    return figures


SKIP_2MB = {
    "difflib": "not finished after 90 s of CPU time (measured once on this machine)",
    "difflib_no_autojunk": "quadratic in the length; slower still than with autojunk",
    "rapidfuzz": "needs memory proportional to the product of the lengths (out of memory at 2 MB)",
}
