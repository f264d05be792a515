"""Import benchmark for ``naast bench``: documents per second into a real project file.

Unlike the parsing benchmark this measures what a user waits for: reading the file, parsing it,
checking for a duplicate and an earlier version, and committing one transaction per document
(text, units, footnotes, actors, full-text index and history).

- Text: 200 distinct documents (the corpus texts, each variant given a distinct closing line so no
  two share a content hash), imported into a fresh project per pass; the median pass counts.
  Modules are loaded by one import before timing, as they are once per session.
- Text into a project that already holds 10,000 documents: lookups must stay indexed.
- PDF: the corpus PDFs imported into a fresh project per pass, counted in pages.

Figures use the harness's clock (CPU time of this process, see ``naast.bench``); the elapsed
(wall-clock) rate of the same passes is printed beside it, as it includes writing to disk.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path
from typing import TYPE_CHECKING

from naast.core.errors import NotFound
from naast.store.importer import Outcome, import_paths
from naast.store.project import Project

if TYPE_CHECKING:
    from naast.bench import BenchContext

TEXT_DOCUMENTS = 200
LARGE_PROJECT = 10_000  # documents already in the project
TEXT_GOAL = 200.0  # documents per second, on one core
PDF_GOAL = 30.0  # pages per second, on one core


_KENMERK = re.compile(r"\b(\d{4})Z\d{5}\b")
_IDENTIFIER = re.compile(r"\b(ah-tk|kst|kv-tk)-(\d{8})-(\d+)\b")


def _distinct_variant(text: str, k: int) -> str:
    """The text as another document: its own kenmerk and identifier (so it is no new version of
    an earlier one) and its own closing line (so no two share a content hash)."""
    text = _KENMERK.sub(lambda m: f"{m[1]}Z{90000 + k:05d}", text)
    text = _IDENTIFIER.sub(lambda m: f"{m[1]}-{m[2]}-{90000 + k}", text)
    return f"{text}\n\nKopie {k}.\n"


def _write_text_variants(corpus: Path, folder: Path, count: int) -> list[Path]:
    sources = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    folder.mkdir(parents=True, exist_ok=True)
    if not sources:
        raise NotFound(f"No .txt files in {corpus}.")
    paths = []
    for k, source in enumerate(islice(cycle(sources), count)):
        path = folder / f"{k:04d}-{source.name}"
        path.write_text(_distinct_variant(source.read_text(encoding="utf-8"), k), encoding="utf-8")
        paths.append(path)
    return paths


def _import_all(project: Project, paths: list[Path]) -> int:
    results = list(import_paths(project, paths))
    odd = [r for r in results if r.outcome is not Outcome.IMPORTED]
    if odd:
        raise RuntimeError(f"benchmark import: {odd[0].path} was {odd[0].outcome}: {odd[0].message}")
    return len(results)


def _timed_import(project: Project, paths: list[Path]) -> tuple[float, float]:
    """CPU and wall-clock seconds to import ``paths`` into ``project``."""
    from naast.bench import clock

    cpu, wall = clock(), time.perf_counter()
    _import_all(project, paths)
    return clock() - cpu, time.perf_counter() - wall


def text_import_rates(corpus: Path, folder: Path, passes: int) -> tuple[float, float]:
    """Median documents per second over ``passes`` fresh projects: (CPU clock, wall clock)."""
    paths = _write_text_variants(corpus, folder, TEXT_DOCUMENTS + 1)
    warm, paths = paths[-1], paths[:-1]
    with Project.create(folder / "warm.naast") as project:
        _import_all(project, [warm])
    cpu_rates, wall_rates = [], []
    for k in range(max(1, passes)):
        with Project.create(folder / f"text-{k}.naast") as project:
            cpu, wall = _timed_import(project, paths)
        cpu_rates.append(len(paths) / cpu)
        wall_rates.append(len(paths) / wall)
    return statistics.median(cpu_rates), statistics.median(wall_rates)


def text_import_into_large_project(corpus: Path, folder: Path, documents: int = LARGE_PROJECT) -> float:
    """Documents per second (CPU clock) into a project that already holds ``documents``."""
    from naast.store.claims import seed_defaults
    from naast.store.claims_bench import populate

    paths = _write_text_variants(corpus, folder, TEXT_DOCUMENTS)
    with Project.create(folder / "large.naast") as project:
        seed_defaults(project)
        populate(project, documents, documents)
        cpu, _ = _timed_import(project, paths)
    return len(paths) / cpu


def pdf_import_pages_per_second(corpus: Path, folder: Path, passes: int) -> float:
    from naast.core.parsing import parse_file

    pdfs = sorted(p for p in corpus.rglob("*.pdf") if p.is_file())
    if not pdfs:
        raise NotFound(f"No .pdf files in {corpus}.")
    pages_per_pass = sum(max(1, len(parse_file(p).pages)) for p in pdfs)
    elapsed = 0.0
    for k in range(passes):
        with Project.create(folder / f"pdf-{k}.naast") as project:
            elapsed += _timed_import(project, pdfs)[0]
    return passes * pages_per_pass / elapsed


def import_figures(corpus: Path, passes: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="naast-bench-") as tmp:
        folder = Path(tmp)
        cpu, wall = text_import_rates(corpus, folder / "text", passes)
        large = text_import_into_large_project(corpus, folder / "large")
        return {
            "import_text_documents_per_s": round(cpu, 1),
            "import_text_wall_clock_documents_per_s": round(wall, 1),
            "import_text_into_10k_documents_per_s": round(large, 1),
            "import_text_goal_per_s": TEXT_GOAL,
            "import_pdf_pages_per_s": round(pdf_import_pages_per_second(corpus, folder, passes), 1),
            "import_pdf_goal_per_s": PDF_GOAL,
        }


def _bench_import(ctx: BenchContext) -> dict[str, float]:
    return import_figures(Path(ctx.corpus), passes=ctx.repeat)


#: Read by ``naast.bench`` (``naast bench``).
BENCHMARKS = {"import": _bench_import}
