"""One export, from a project file to an output file: what the CLI runs and the GUI's worker runs.

The project is opened read-only in the calling thread (SQLite connections belong to one thread),
which works while the GUI holds the project open for writing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from naast.core.errors import NaastError
from naast.export.docx_annotated import write_annotated_document
from naast.export.docx_writer import write_memo
from naast.export.from_project import (
    Selection,
    annotated_plan_from_project,
    claim_rows,
    memo_plan_from_project,
)
from naast.export.progress import CancelFn, ProgressFn
from naast.export.tabular import write_csv, write_json
from naast.store.project import Project

ExportKind = Literal["memo", "annotated", "csv", "json"]
KINDS: tuple[ExportKind, ...] = ("memo", "annotated", "csv", "json")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    out: Path
    kind: ExportKind = "memo"
    selection: Selection = field(default_factory=Selection)
    document: str | None = None  # the document of an annotated export


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    claims: int  # distinct claims written


def kind_for(path: Path, annotated: bool = False) -> ExportKind:
    """The export kind a file name asks for (.docx, .csv, .json)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return "annotated" if annotated else "memo"
    if suffix in (".csv", ".json") and not annotated:
        return "csv" if suffix == ".csv" else "json"
    raise NaastError(f"Cannot tell what to write to {path.name}: use .docx, .csv or .json.")


def run_export(
    project_path: Path,
    request: ExportRequest,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ExportResult:
    """Build the plan from the project and write it; raises ``ExportCancelled`` when cancelled."""
    with Project.open(project_path, read_only=True) as project:
        if request.kind == "annotated":
            if not request.document:
                raise NaastError("An annotated export needs one document.")
            plan = annotated_plan_from_project(project, request.document, request.selection)
            write_annotated_document(plan, request.out, progress=progress, cancelled=cancelled)
            return ExportResult(request.out, len({s.claim_id for s in plan.spans}))
        if request.kind == "memo":
            memo = memo_plan_from_project(project, request.selection)
            write_memo(memo, request.out, progress=progress, cancelled=cancelled)
            return ExportResult(request.out, len({c.claim_id for c in memo.claims()}))
        rows = claim_rows(project, request.selection)
    language = request.selection.language
    if request.kind == "csv":
        write_csv(rows, request.out, language=language, progress=progress, cancelled=cancelled)
    else:
        write_json(rows, request.out, language=language, progress=progress, cancelled=cancelled)
    return ExportResult(request.out, len(rows))
