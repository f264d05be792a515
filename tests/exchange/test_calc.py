"""Must show 3 against an independent reader: LibreOffice Calc opens the exported CSV and .xlsx.

A control CSV written naively shows that Calc (with "Evaluate formulas" on, as the issue saw) turns
such a note into a live formula; the files Naast writes come out as text cells. Skipped without
LibreOffice Calc (Debian ``libreoffice-calc``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from naast.core.exchange.table import TableClaim
from naast.core.exchange.table_write import write_table

NOTE = '=HYPERLINK("http://example.org","x")'
CSV_IN = "CSV:44,34,76,1,,0,false,false,false,false,false,-1,true"  # the last token: evaluate formulas


def _to_fods(files: list[Path], out: Path, profile: Path, infilter: str | None = None) -> None:
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    command += [f"--infilter={infilter}"] if infilter else []
    command += ["--convert-to", "fods", "--outdir", str(out), *map(str, files)]
    subprocess.run(command, capture_output=True, timeout=180, check=False)


def _note_cell(fods: Path) -> str:
    """The table cell that holds the note (its opening tag and its text)."""
    xml = fods.read_text(encoding="utf-8")
    cells = re.findall(r"<table:table-cell(?:[^>]*/>|[^>]*>.*?</table:table-cell>)", xml, re.S)
    found = [cell for cell in cells if "HYPERLINK" in cell]
    assert len(found) == 1, f"no single note cell in {fods.name}"
    return found[0]


def test_calc_reads_the_formula_note_as_text(tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("needs LibreOffice")
    claim = TableClaim(
        "0b3c5d0e-1111-4222-8333-944455556666", 1, None, None, "s.txt", "Doc", None, 0, 5, "q", note=NOTE
    )
    naive = tmp_path / "naive.csv"
    naive.write_text('claim_id,note\nx,"=HYPERLINK(""http://example.org"",""x"")"\n', encoding="utf-8")
    ours_csv = write_table([claim], tmp_path / "ours_csv.csv", "csv")
    ours_xlsx = write_table([claim], tmp_path / "ours_xlsx.xlsx", "xlsx")
    out, profile = tmp_path / "fods", tmp_path / "profile"
    _to_fods([naive, ours_csv], out, profile, CSV_IN)
    _to_fods([ours_xlsx], out, profile)
    if not (out / "naive.fods").exists():
        pytest.skip("needs LibreOffice Calc (Debian libreoffice-calc)")
    assert "table:formula=" in _note_cell(out / "naive.fods")  # the control: Calc runs it
    for name in ("ours_csv.fods", "ours_xlsx.fods"):
        cell = _note_cell(out / name)
        assert "table:formula=" not in cell  # text, shown as written
        assert "=HYPERLINK(&quot;http://example.org&quot;,&quot;x&quot;)</text:p>" in cell
