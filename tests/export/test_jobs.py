"""Exports run as the GUI runs them: in a worker thread, while the project is open for writing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from export_readback import open_docx
from export_script import SCRIPT

from naast.export.from_project import Selection
from naast.export.jobs import ExportRequest, ExportResult, run_export
from naast.export.progress import ExportCancelled
from naast.store.project import Project


def _in_thread(project_path: Path, request: ExportRequest, **kwargs: object) -> ExportResult | Exception:
    outcome: list[ExportResult | Exception] = []

    def work() -> None:
        try:
            outcome.append(run_export(project_path, request, **kwargs))  # type: ignore[arg-type]
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    return outcome[0]


def test_memo_in_a_worker_thread_while_the_project_is_open(
    tmp_path: Path, coded: tuple[Project, dict[str, int]]
) -> None:
    project, _ids = coded
    reports: list[tuple[int, int]] = []
    out = tmp_path / "memo.docx"
    result = _in_thread(project.path, ExportRequest(out), progress=lambda d, t: reports.append((d, t)))
    assert isinstance(result, ExportResult) and result.claims == len(SCRIPT)
    assert reports[-1][0] == reports[-1][1] == len(SCRIPT) + 1
    assert open_docx(out).tables


@pytest.mark.parametrize("kind", ["memo", "annotated", "csv", "json"])
def test_cancel_leaves_no_file(tmp_path: Path, coded: tuple[Project, dict[str, int]], kind: str) -> None:
    project, ids = coded
    out = tmp_path / f"out.{'docx' if kind in ('memo', 'annotated') else kind}"
    request = ExportRequest(out, kind, Selection(), str(ids["2025"]))  # type: ignore[arg-type]
    calls = iter(range(1000))
    result = _in_thread(project.path, request, cancelled=lambda: next(calls) >= 2)
    assert isinstance(result, ExportCancelled)
    assert not out.exists() and not list(tmp_path.glob(".naast-export-*"))
