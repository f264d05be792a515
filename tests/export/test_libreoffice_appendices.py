"""The memo's appendices as a colleague's reader lays them out: LibreOffice headless → PDF →
``pdftotext -layout``; each appendix starts a page of its own, and every row of its table reads,
left to right on one line, the figures ``naast agreement --json`` and ``naast responsiveness
--json`` give (the responsiveness table on a landscape page).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from lo_pages import HAVE_TOOLS, to_pdf
from test_appendices import ANNA, ANSWERS, BOB, _code, _expected_agreement, _expected_answers

from naast.cli import main

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(not HAVE_TOOLS, reason="needs LibreOffice (soffice) and poppler-utils"),
]


def _layout_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return out.stdout.split("\f")


def _on_one_line(page: str, cells: list[str]) -> bool:
    """The cells, in order, on one line of the page (cells that wrapped: their first words; a
    label, the first cell, may wrap after more words)."""
    firsts = [re.escape(c.split()[0]) for c in cells if c]
    if cells[0][:1].isalpha():  # a label: its first word, then the figures after whatever follows
        pattern = re.compile(firsts[0] + r"\b.*?\s" + r"\s+".join(firsts[1:]))
    else:
        pattern = re.compile(r"\s+".join(firsts))
    return any(pattern.search(line) for line in page.splitlines())


def _json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> dict:
    capsys.readouterr()
    assert main([str(a) for a in argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_appendix_tables_read_right_in_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "team.naast"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), *map(str, ANSWERS)]) == 0
    _code(path, "anna", ANNA)
    _code(path, "bob", BOB)
    agreement = _json(capsys, "agreement", path, "--json")
    answers = _json(capsys, "responsiveness", path, "--json")
    out = tmp_path / "memo.docx"
    assert main(["export", str(path), str(out), "--agreement", "--responsiveness"]) == 0
    pdf = to_pdf(out, tmp_path)
    pages = _layout_pages(pdf)
    first = [i for i, p in enumerate(pages) if "Appendix: agreement between coders" in p]
    second = [i for i, p in enumerate(pages) if "Appendix: how ministers answer" in p]
    assert len(first) == 1 and len(second) == 1 and first[0] < second[0]
    # each starts a page: its heading is the page's first line
    for index, heading in ((first[0], "Appendix: agreement"), (second[0], "Appendix: how")):
        assert pages[index].strip().startswith(heading)
    page = pages[first[0]]
    for figures in _expected_agreement(agreement, "en"):
        assert _on_one_line(page, figures), figures
    page = pages[second[0]]
    for row in _expected_answers(answers, "en"):
        assert _on_one_line(page, row), row
    assert "–" in page  # the figures that are null
    size = subprocess.run(
        ["pdfinfo", "-f", str(second[0] + 1), "-l", str(second[0] + 1), str(pdf)],
        capture_output=True,
        text=True,
    )
    width, height = map(float, re.search(r"size:\s+([\d.]+) x ([\d.]+)", size.stdout).groups())
    assert width > height  # landscape
