"""``naast import PROJECT FILE_OR_FOLDER...``: parse and add documents, one transaction each.

A progress bar runs on stderr when it is a terminal. Duplicates (same content hash) are skipped
with a note; a file that fails is reported and never stops the others; the exit status is 1 if
any file failed or none was imported, 2 (with one sentence) when the paths name no importable
file at all. File names are printed escaped (``naast.cli.safe_print``), and a file read
with repairs (bytes that were not valid UTF-8) is reported with its warning.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from naast.cli.safe_print import safe_name
from naast.store.importer import (
    IMPORTABLE_SUFFIXES,
    ImportResult,
    NothingToImport,
    Outcome,
    expand_paths,
)
from naast.store.parallel_import import import_paths_parallel
from naast.store.project import Project

_BAR = 30


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="import documents into a project")
    parser.add_argument("project", type=Path, help="the project file")
    parser.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    parser.add_argument("--coder", help="name recorded in the project history (default: the GUI's coder)")
    parser.add_argument("--quiet", action="store_true", help="print only failures and the summary")
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="processes that parse files beside the one that stores them (default: one per core but one)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if any(p.suffix.lower() == ".qdpx" for p in args.paths):  # REFI-QDA: naast.core.exchange
        from naast.cli.qdpx_io import import_qdpx

        return import_qdpx(args.project, args.paths, coder=args.coder)
    if not expand_paths(args.paths):
        names = ", ".join(safe_name(str(p)) for p in args.paths)
        kinds = ", ".join(sorted(IMPORTABLE_SUFFIXES))
        raise NothingToImport(f"No importable file was found in {names} (Naast imports {kinds}).")
    counts: Counter[Outcome] = Counter()
    warnings = 0
    bar = _Progress(sys.stderr)
    with Project.open(args.project) as project:
        for result in import_paths_parallel(
            project, args.paths, workers=args.workers or None, coder=args.coder, progress=bar.update
        ):
            counts[result.outcome] += 1
            warnings += bool(result.outcome is Outcome.IMPORTED and result.message)
            line = _describe(result)
            if line and (result.outcome is Outcome.FAILED or not args.quiet):
                bar.clear()
                print(line, file=sys.stderr if result.outcome is Outcome.FAILED else sys.stdout)
    bar.clear()
    print(summary(counts, warnings))
    if counts[Outcome.FAILED] or not (
        counts[Outcome.IMPORTED] or counts[Outcome.REIMPORTED] or counts[Outcome.DUPLICATE]
    ):
        return 1
    return 0


def _describe(result: ImportResult) -> str:
    """One report line; the file name is escaped (a newline in it cannot forge a line)."""
    name = safe_name(str(result.path))
    if result.outcome is Outcome.FAILED:
        return f"failed     {name}: {safe_name(result.message)}"
    if result.outcome is Outcome.DUPLICATE:
        return f"skipped    {name}: {result.message or 'already in the project'}"
    if result.outcome is Outcome.REIMPORTED:
        first, *claims = result.message.split("\n")  # the summary, then every moved/changed/orphaned claim
        lines = "".join(f"\n    {safe_name(c)}" for c in claims)
        return f"re-import  {name}" + (f": {safe_name(first)}" if first else "") + lines
    if result.message:
        return f"imported   {name} (warning: {safe_name(result.message)})"
    return f"imported   {name}"


def summary(counts: Counter[Outcome], warnings: int = 0) -> str:
    total = sum(counts.values())
    parts = [
        f"{counts[Outcome.IMPORTED]} imported",
        f"{counts[Outcome.REIMPORTED]} re-imported",
        f"{counts[Outcome.DUPLICATE]} duplicates skipped",
        f"{counts[Outcome.FAILED]} failed",
    ]
    if warnings:
        parts.append(f"{warnings} with a warning")
    return f"{total} file{'s' if total != 1 else ''}: " + ", ".join(parts)


class _Progress:
    """A one-line bar, redrawn in place; silent when the stream is not a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.active = stream.isatty()
        self.width = 0

    def update(self, done: int, total: int, path: Path) -> None:
        if not self.active or total == 0:
            return
        filled = round(_BAR * done / total)
        text = f"[{'#' * filled}{'.' * (_BAR - filled)}] {done}/{total} {path.name[:40]}"
        self.stream.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.stream.flush()

    def clear(self) -> None:
        if self.active and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
