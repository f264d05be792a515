"""``naast bench --scale N``: the whole record on one desktop, measured at N generated documents.

One run: generate N realistic documents (``scale_corpus``; kept in ``KEEP/docs`` for the next run),
measure import on one core and on all cores on a sample (with and without the reuse index),
import all N (kept as ``KEEP/scale-N.naast``), then, with the project file dropped from the page
cache, measure in fresh processes what a user waits for: the store's reads (``scale_probe``),
``naast reuse``, and the window (``naast.gui.scale_probe``). Each figure is printed beside its
goal (issue 20) as met or NOT met.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from naast.store.backups import ENV as BACKUPS_ENV
from naast.store.backups import BackupPolicy
from naast.store.parallel_import import default_workers, import_paths_parallel
from naast.store.project import Project


@dataclass(frozen=True, slots=True)
class Goal:
    key: str
    what: str
    limit: float
    at_most: bool = True  # False: the figure must reach the limit


GOALS = (
    Goal("gui_cold_start_ms", "cold start to an interactive window (ms)", 1500),
    Goal("where_else_first_ms", "where else, first question (ms)", 100),
    Goal("where_else_median_ms", "where else, later questions (ms)", 100),
    Goal("gui_where_else_first_ms", "where else in the window, first places listed (ms)", 100),
    Goal("gui_where_else_shared_first_ms", "the same for a paragraph hundreds share (ms)", 100),
    Goal("most_reused_ms", "most-reused passages (ms)", 5000),
    Goal("search_first_de_ms", 'search "de" to first results (ms)', 150),
    Goal("search_first_terugkeer_ms", 'search "terugkeer" to first results (ms)', 150),
    Goal("list_first_page_ms", "document list, first page (ms)", 100),
    Goal("list_filtered_page_ms", "document list, filtered page (ms)", 100),
    Goal("gui_document_list_ms", "document list, filled in the window (ms)", 100),
    Goal("gui_window_peak_rss_mb", "window peak memory (MB)", 1024),
    Goal("reuse_peak_rss_mb", "naast reuse peak memory (MB)", 1024),
    Goal("reuse_index_share", "reuse index's share of import time (all cores)", 0.30),
    Goal("reuse_index_share_one_core", "reuse index's share of import time (one core)", 0.30),
    Goal("import_speedup", "import on all cores / one core", 1.7, at_most=False),
    Goal("import_speedup_ceiling", "the machine: parsing on all cores / one core", 1.7, at_most=False),
    Goal("gui_longest_stall_ms", "longest event-loop stall while typing and where else (ms)", 100),
)


def _python(*args: str | Path, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run ``python -m …`` in a fresh process: wall seconds, stdout. (Peak memory is each
    process's own ``VmHWM``, reported by the process: see ``naast.core.peak_memory``.)"""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, *map(str, args)], stdout=subprocess.PIPE, env=env, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{args[1]} failed with exit {done.returncode}")
    return time.perf_counter() - began, done.stdout


def drop_from_cache(path: Path) -> str:
    """Ask the OS to forget the file's cached pages (no root needed); says what was done."""
    if not hasattr(os, "posix_fadvise"):
        return "not possible on this OS (warm cache)"
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            fd = os.open(part, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return "posix_fadvise(DONTNEED) on the project file"


def compiled_package() -> str:
    """Naast's modules compiled to bytecode, as an installed wheel has them (a checkout under
    ``PYTHONDONTWRITEBYTECODE`` would compile 70 modules at every start: 0.12 s of it)."""
    import compileall

    import naast

    done = compileall.compile_dir(Path(naast.__file__).parent, quiet=1)
    return "compiled" if done else "compiling failed (modules compiled at each start)"


def generated(keep: Path, count: int, corpus: Path, seed: int = 1) -> list[Path]:
    from naast.paths import samples_dir
    from naast.store.scale_corpus import Generator, Vocabulary, corpus_texts, write_documents

    vocabulary = Vocabulary.from_texts(corpus_texts(corpus, samples_dir()))
    return list(write_documents(keep / "docs", count, Generator(vocabulary, seed)))


def _import_seconds(files: list[Path], workers: int, *, reuse_index: bool = True) -> float:
    """Import ``files`` into a new project in a temporary folder; seconds to the last commit."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.naast"
        Project.create(path).close()
        if not reuse_index:  # a project that never queues documents for the index
            conn = sqlite3.connect(path)
            conn.execute("DROP TRIGGER documents_reuse_insert")
            conn.close()
        with Project.open(path, backups=BackupPolicy(enabled=False)) as project:
            began = time.perf_counter()
            for _ in import_paths_parallel(project, files, workers=workers):
                pass
            project.index_pending()
            return time.perf_counter() - began


def import_figures(files: list[Path], workers: int) -> dict[str, Any]:
    """Import rates on one core and on all (``workers`` parsing processes beside the writer),
    each with and without the reuse index; and the machine's own ceiling for that spread."""
    one = _import_seconds(files, 0)
    many = _import_seconds(files, workers)
    bare_one = _import_seconds(files, 0, reuse_index=False)
    bare_many = _import_seconds(files, workers, reuse_index=False)
    return {
        "import_sample_documents": len(files),
        "import_one_core_docs_per_s": round(len(files) / one, 1),
        "import_all_cores_docs_per_s": round(len(files) / many, 1),
        "import_speedup": round(one / many, 2),
        "import_speedup_ceiling": parse_ceiling(files, workers + 1),
        "reuse_index_share": round(max(0.0, many - bare_many) / many, 3),
        "reuse_index_share_one_core": round(max(0.0, one - bare_one) / one, 3),
    }


def parse_ceiling(files: list[Path], processes: int) -> float:
    """How much faster ``processes`` processes parse ``files`` than one, with nothing stored and
    nothing sent back: what this machine's cores give for the work, the bound of any import."""
    import multiprocessing

    from naast.store.parallel_import import parse_only

    began = time.perf_counter()
    for path in files:
        parse_only(path)
    alone = time.perf_counter() - began
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with context.Pool(processes) as pool:
        pool.map(parse_only, files[:processes])  # the processes are up before the clock starts
        began = time.perf_counter()
        pool.map(parse_only, files, chunksize=8)
        together = time.perf_counter() - began
    return round(alone / together, 2)


def full_project(keep: Path, files: list[Path], workers: int) -> tuple[Path, dict[str, Any]]:
    """``KEEP/scale-N.naast`` with all ``files``, imported on all cores unless it is there."""
    path = keep / f"scale-{len(files)}.naast"
    figures: dict[str, Any] = {}
    if not path.exists():
        building = path.with_name(path.name + ".building")
        for leftover in building.parent.glob(building.name + "*"):
            leftover.unlink()
        Project.create(building).close()
        with Project.open(building, backups=BackupPolicy(enabled=False)) as project:
            began = time.perf_counter()
            for _ in import_paths_parallel(project, files, workers=workers):
                pass
            project.index_pending()
            figures["import_all_docs_per_s"] = round(len(files) / (time.perf_counter() - began), 1)
        shutil.move(building, path)
    figures["project_mb"] = round(path.stat().st_size / 2**20, 1)
    return path, figures


def read_figures(project: Path, keep: Path) -> dict[str, Any]:
    """Store reads, ``naast reuse`` and the window, each in a fresh process on a cold file."""
    figures: dict[str, Any] = {"bytecode": compiled_package()}
    figures["cache"] = drop_from_cache(project)
    _wall, out = _python("-m", "naast.store.scale_probe", project)
    figures |= json.loads(out)
    drop_from_cache(project)
    peak_file = keep / "reuse-peak.json"
    wall, _out = _python("-m", "naast.core.peak_memory", peak_file, "reuse", project, "--limit", "50")
    peak = json.loads(peak_file.read_text(encoding="utf-8"))
    figures |= {"reuse_wall_ms": round(wall * 1000, 1), "reuse_peak_rss_mb": peak}
    drop_from_cache(project)
    settings = keep / "probe-settings.ini"
    settings.write_text("[prefs]\ncoder=bench\n", encoding="utf-8")
    env = dict(os.environ) | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env[BACKUPS_ENV] = "off"  # closing makes no copy of a file of gigabytes in the middle of a bench
    try:
        _wall, out = _python("-m", "naast.gui.scale_probe", project, settings, env=env)
    except RuntimeError as exc:
        figures["gui_probe"] = f"not available: {exc}"
    else:
        figures |= {f"gui_{key}": value for key, value in json.loads(out).items()}
    return figures


def run_scale(
    count: int,
    keep: Path,
    corpus: Path,
    *,
    workers: int | None = None,
    sample: int = 2000,
    report: Callable[[str], None] = lambda _line: None,
) -> dict[str, Any]:
    workers = default_workers() if workers is None else workers
    keep.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {"documents": count, "workers": workers, "load_before": os.getloadavg()[0]}
    report(f"generating {count} documents in {keep / 'docs'} …")
    files = generated(keep, count, corpus)
    report(f"import on one core and with {workers} parsing processes on {min(sample, count)} …")
    figures |= import_figures(files[:sample], workers)
    report(f"importing all {count} documents …")
    project, built = full_project(keep, files, workers)
    figures |= built
    report("reading in fresh processes on a cold file …")
    figures |= read_figures(project, keep)
    figures["load_after"] = os.getloadavg()[0]
    figures["goals"] = {g.key: verdict(g, figures.get(g.key)) for g in GOALS}
    return figures


def verdict(goal: Goal, value: Any) -> str:
    if not isinstance(value, int | float) or value < 0:
        return "not measured"
    met = value <= goal.limit if goal.at_most else value >= goal.limit
    return "met" if met else "NOT met"


def table(figures: dict[str, Any]) -> str:
    """The goals first, each figure beside its goal; then every other figure."""
    lines = [f"naast bench --scale {figures['documents']} ({figures['workers']} parsing processes)", ""]
    width = max(len(g.what) for g in GOALS)
    for goal in GOALS:
        value = figures.get(goal.key, "—")
        sign = "≤" if goal.at_most else "≥"
        lines.append(
            f"{goal.what:<{width}}  {value!s:>10}  goal {sign} {goal.limit:g}  {figures['goals'][goal.key]}"
        )
    lines.append("")
    shown = {g.key for g in GOALS} | {"goals"}
    lines += [f"{key:<{width}}  {value}" for key, value in figures.items() if key not in shown]
    return "\n".join(lines)
