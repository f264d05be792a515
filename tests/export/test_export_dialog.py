"""The export dialog (real widgets, offscreen): the row grouping and the table of contents reach the memo."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from naast.demo import build_demo
from naast.gui.dialogs.export_dialog import ExportDialog
from naast.gui.session import Session
from naast.store.project import Project


def _document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode()


@pytest.mark.parametrize(("group", "shared_rows"), [("proposition", True), ("none", False)])
def test_rows_and_contents_chosen_in_the_dialog(qtbot, tmp_path: Path, group: str, shared_rows: bool) -> None:
    project_path = build_demo(tmp_path / "demo.naast")
    with Project.open(project_path) as project:
        dialog = ExportDialog(Session(project, coder="Anna de Vries"))
        qtbot.addWidget(dialog)
        assert dialog.group.currentData() == "proposition"  # the default
        dialog.group.setCurrentIndex(dialog.group.findData(group))
        dialog.toc.setChecked(True)
        out = tmp_path / f"memo-{group}.docx"
        dialog.target.setText(str(out))
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            dialog.run_export()
    xml = _document_xml(out)
    assert "TOC \\o" in xml
    assert ("same proposition: " in xml) is shared_rows
    assert 'w:gridSpan w:val="2"' in xml if shared_rows else "w:gridSpan" not in xml
