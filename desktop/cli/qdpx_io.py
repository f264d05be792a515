"""Exchange formats that ``naast export`` and ``naast import`` route here by the file's suffix:
REFI-QDA projects (``.qdpx``; the work is in ``naast.store.qdpx``) and the claims table as an
``.xlsx`` workbook (``naast export PROJECT OUT.xlsx``, the same rows as ``OUT.csv``)."""

from __future__ import annotations

import sys
from pathlib import Path

from naast.core.errors import NaastError
from naast.export.from_project import Selection, claim_rows
from naast.export.tabular import write_xlsx
from naast.store.project import Project
from naast.store.qdpx import import_qdpx as read_qdpx_into
from naast.store.qdpx import write_qdpx


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


def export_xlsx(project_path: Path, out: Path, selection: Selection) -> int:
    """``naast export PROJECT OUT.xlsx``: the selected claims as the claims table, in a workbook."""
    with Project.open(project_path, read_only=True) as project:
        rows = claim_rows(project, selection)
    write_xlsx(rows, out, language=selection.language)
    print(f"Wrote {len(rows)} claims to {out}", file=sys.stderr)
    return 0
