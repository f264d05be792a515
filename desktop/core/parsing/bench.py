"""Parsing benchmarks for ``naast bench``: text documents per second, PDF pages per second.

Files come from a corpus folder (the shared corpus when found); each figure is measured over
repeated passes so that a run lasts long enough to be stable, in CPU time of this process (the
goals are per core, and the machine may be busy with other work). Parsing only: importing into a
project adds the store's share, measured by the store's own benchmark.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from naast.core.parsing import parse_file

if TYPE_CHECKING:
    from naast.bench import BenchContext

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"
TEXT_GOAL = 200.0  # text documents per second, on one core
PDF_GOAL = 30.0  # PDF pages per second, on one core


def _files(corpus: Path, pattern: str) -> list[Path]:
    return sorted(p for p in corpus.rglob(pattern) if p.is_file())


def text_documents_per_second(corpus: Path = DEFAULT_CORPUS, seconds: float = 1.5) -> float:
    files = _files(corpus, "*.txt")
    if not files:
        raise FileNotFoundError(f"no .txt files under {corpus}")
    count = 0
    started = time.process_time()
    while time.process_time() - started < seconds:
        for path in files:
            parse_file(path)
            count += 1
    return count / (time.process_time() - started)


def pdf_pages_per_second(corpus: Path = DEFAULT_CORPUS, seconds: float = 1.5) -> float:
    files = _files(corpus, "*.pdf")
    if not files:
        raise FileNotFoundError(f"no .pdf files under {corpus}")
    pages = 0
    started = time.process_time()
    while time.process_time() - started < seconds:
        for path in files:
            pages += max(1, len(parse_file(path).pages))
    return pages / (time.process_time() - started)


def parse_figures(corpus: Path = DEFAULT_CORPUS) -> dict[str, float]:
    return {
        "parse_text_documents_per_s": round(text_documents_per_second(corpus), 1),
        "parse_pdf_pages_per_s": round(pdf_pages_per_second(corpus), 1),
    }


def _bench_parse(ctx: BenchContext) -> dict[str, float]:
    """For ``naast bench`` (only the context's corpus is used)."""
    goals = {"parse_text_goal_per_s": TEXT_GOAL, "parse_pdf_goal_per_s": PDF_GOAL}
    return parse_figures(Path(ctx.corpus)) | goals


#: Read by ``naast.bench`` (``naast bench``).
BENCHMARKS = {"parse": _bench_parse}
