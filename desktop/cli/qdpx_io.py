"""REFI-QDA projects on the command line: ``naast export PROJECT OUT.qdpx`` and ``naast import
PROJECT FILE.qdpx`` route here by the file's suffix (the work is in ``desktop.store.qdpx``)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.errors import NaastError
from desktop.store.project import Project
from desktop.store.qdpx import import_qdpx as read_qdpx_into
from desktop.store.qdpx import write_qdpx


def export_qdpx(project_path: Path, out: Path) -> int:
    """``naast export PROJECT OUT.qdpx``: the whole coded project as REFI-QDA."""
    with Project.open(project_path, read_only=True) as project:
        written = write_qdpx(project, out)
    print(
        f"Wrote {len(written.documents)} documents and {len(written.claims)} claims to {out} (REFI-QDA)",
        file=sys.stderr,
    )
    return 0


def import_qdpx(project_path: Path, paths: list[Path], *, coder: str = "") -> int:
    """``naast import PROJECT FILE.qdpx``: sources, codebook and codings of a REFI-QDA project."""
    if len(paths) != 1:
        raise NaastError("Import a .qdpx project on its own, one file at a time.")
    with Project.open(project_path) as project:
        report = read_qdpx_into(project, paths[0], coder=coder)
    for line in report.skipped:
        print(f"skipped    {line}", file=sys.stderr)
    for line in report.refused:
        print(f"refused    {line}", file=sys.stderr)
    print(f"{paths[0].name}: {report.summary()}")
    return 1 if report.refused else 0
