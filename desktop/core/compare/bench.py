"""Benchmarks of the comparison engine for ``naast bench`` (inputs built from the shared corpus).

- 20 pages and 2 MB: Naast's comparison against its baselines (``bench_diff``).
- reuse index: 1,000 documents of about 1,500 words (mutated corpus paragraphs, with planted passages
  of 30 words copied between documents), one more document added, "where else" queried.
"""

from __future__ import annotations

import gc
import random
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from naast.bench import BenchContext, clock
from naast.core.compare.bench_diff import bench_compare_2mb, bench_compare_20p
from naast.core.compare.index import ReuseIndex
from naast.core.compare.synthetic import paragraph_pool, synthetic_document
from naast.core.errors import NotFound

Figures = dict[str, Any]


def _best_time(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The best of ``repeat`` runs, garbage collection paused while timing (as ``timeit`` does)."""
    times, result = [], None
    enabled = gc.isenabled()
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = clock()
            result = fn()
            times.append(clock() - start)
        finally:
            if enabled:
                gc.enable()
    return min(times), result


def _corpus_texts(corpus: Path) -> list[str]:
    paths = sorted(corpus.glob("*.txt"))
    if not paths:
        raise NotFound(f"No corpus texts (*.txt) in {corpus}.")
    return [p.read_text(encoding="utf-8") for p in paths]


def reuse_documents(corpus: Path, count: int, seed: int, words: int = 1500) -> tuple[list[str], list[str]]:
    """``count`` synthetic documents and the passages planted in them (each in two documents)."""
    rng = random.Random(seed)
    pool = paragraph_pool(_corpus_texts(corpus))
    docs = [synthetic_document(pool, rng, words) for _ in range(count)]
    planted = []
    for k in range(0, count - 1, 10):  # a 30-word passage of document k copied into document k + 1
        source = docs[k].split()
        start = rng.randrange(max(len(source) - 30, 1))
        passage = " ".join(source[start : start + 30])
        docs[k + 1] = f"{docs[k + 1]}\n\n{passage}"
        planted.append(passage)
    return docs, planted


def bench_reuse_index(ctx: BenchContext) -> Figures:
    repeat = ctx.repeat
    docs, planted = reuse_documents(ctx.corpus, 1000 + repeat, ctx.seed)
    base, extra = docs[:1000], docs[1000:]
    index = ReuseIndex()
    build_s, _ = _best_time(lambda: _build(base), min(repeat, 3))
    index.add_documents(enumerate(base))
    add_times = []
    for k, text in enumerate(extra):
        start = clock()
        index.add_document(1000 + k, text)
        add_times.append(clock() - start)
    query_s, _ = _best_time(lambda: index.where_else(planted[0]), repeat)
    found = sum(len({o.doc_id for o in index.where_else(p)}) >= 2 for p in planted)
    top_s, _ = _best_time(lambda: index.most_reused(limit=20), 1)
    return {
        "reuse_index_1000_s": round(build_s, 3),
        "reuse_index_words": sum(len(d.split()) for d in base),
        "reuse_add_one_ms": round(statistics.median(add_times) * 1000, 1),
        "reuse_where_else_ms": round(query_s * 1000, 2),
        "reuse_planted_found": f"{found}/{len(planted)}",
        "reuse_most_reused_s": round(top_s, 3),
        "reuse_frequency_cap": index.frequency_cap,
    }


def _build(docs: list[str]) -> ReuseIndex:
    index = ReuseIndex()
    index.add_documents(enumerate(docs))
    return index


BENCHMARKS: dict[str, Callable[[BenchContext], Figures]] = {
    "compare_20p": bench_compare_20p,
    "reuse_index": bench_reuse_index,
    "compare_2mb": bench_compare_2mb,
}
