"""Import on all cores: files are read, parsed and fingerprinted in worker processes; the one
writer (this process) applies each document in its own transaction, in the order given.

Results arrive in file order (``imap``), a few files ahead of the writer, so memory stays bounded
and a failing file is reported where it stands. The reuse index takes the fingerprints the
workers computed (``Project.index_pending(fingerprinted=...)``) instead of hashing every text a
second time in the writer.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from naast.core.compare.fingerprints import Fingerprints, fingerprints
from naast.core.errors import ImportFailed, NaastError
from naast.store.importer import (
    IMPORT_BATCH,
    SEARCH_BATCH,
    ImportResult,
    Outcome,
    ParsedFile,
    apply_parsed,
    expand_paths,
    import_paths,
    parse_path,
)
from naast.store.project import Project

_CHUNK = 8  # files handed to a worker at a time


@dataclass(frozen=True, slots=True)
class _Parsed:
    path: Path
    parsed: ParsedFile | None
    fingerprints: Fingerprints | None
    failure: str = ""


def cores() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """Parsing processes beside the writer: one per core but the writer's own, which is the
    bottleneck (it stores every document and its postings) and so needs a core to itself. On one
    core, none: the plain one-process import."""
    return cores() - 1


def _parse(path: Path) -> _Parsed:
    """Runs in a worker: everything that does not touch the project."""
    try:
        parsed = parse_path(path)
    except ImportFailed as exc:
        return _Parsed(path, None, None, exc.reason)
    except NaastError as exc:
        return _Parsed(path, None, None, str(exc))
    return _Parsed(path, parsed, fingerprints(parsed.document.text))


def parse_only(path: Path) -> None:
    """``_parse`` with nothing sent back: the bench's measure of what the cores give."""
    _parse(path)


def import_paths_parallel(
    project: Project,
    paths: Iterable[Path],
    *,
    workers: int | None = None,
    coder: str = "",
    progress: Callable[[int, int, Path], None] | None = None,
) -> Iterator[ImportResult]:
    """As ``importer.import_paths``, with parsing spread over ``workers`` processes beside this
    one (``default_workers()`` if None; 0 means the plain one-process import)."""
    workers = default_workers() if workers is None else workers
    if workers < 1:
        yield from import_paths(project, paths, coder=coder, progress=progress)
        return
    files = expand_paths(paths)
    waiting: dict[int, Fingerprints] = {}
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "forkserver")
    with context.Pool(workers) as pool, project.synced_at_end(), project.batch(IMPORT_BATCH):
        for index, item in enumerate(pool.imap(_parse, files, chunksize=_CHUNK)):
            if progress is not None:
                progress(index, len(files), item.path)
            result = _apply(project, item, coder)
            if result.outcome is Outcome.IMPORTED and item.fingerprints is not None and result.document_id:
                waiting[result.document_id] = item.fingerprints
            yield result
            if (index + 1) % SEARCH_BATCH == 0:
                project.index_pending(fingerprinted=waiting)
                waiting = {}
    project.index_pending(fingerprinted=waiting)
    if progress is not None and files:
        progress(len(files), len(files), files[-1])


def _apply(project: Project, item: _Parsed, coder: str) -> ImportResult:
    if item.parsed is None:
        return ImportResult(item.path, Outcome.FAILED, None, item.failure)
    try:
        return apply_parsed(project, item.parsed, coder=coder)
    except NaastError as exc:
        return ImportResult(item.path, Outcome.FAILED, None, str(exc))
