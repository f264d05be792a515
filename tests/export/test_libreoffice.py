"""The memo converted to PDF by LibreOffice headless: pages, quotes and footnote texts present.

Also guards against the LibreOffice 7.4 comment/footnote id confusion (PLATFORM.md): with both
comments and footnotes in the memo, every footnote's text must still come out in the PDF.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from export_script import DOCS
from lo_pages import to_pdf

from naast.export.build import build_memo_plan
from naast.export.citation import full_citation
from naast.export.docx_writer import write_memo
from naast.export.plan import AlignedPair, Annex, ChunkKind, ClaimEntry, DiffChunk, MemoMeta

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdftoppm")),
        reason="needs LibreOffice (soffice) and poppler-utils",
    ),
]


def _words(text: str) -> str:
    return " ".join(text.split())


def _annex() -> Annex:
    chunks = (
        DiffChunk(ChunkKind.EQUAL, "Van de circa 4.830 vreemdelingen "),
        DiffChunk(ChunkKind.DELETE, "uit een veilig land "),
        DiffChunk(ChunkKind.INSERT, "met een VRIS-label "),
        DiffChunk(ChunkKind.EQUAL, "zijn er circa 2.640 zelfstandig vertrokken."),
    )
    pair = AlignedPair("Antwoord 4", "Antwoord op vraag 8", chunks, ((0, 20),), ((0, 20),))
    return Annex(DOCS["2019"].citation, DOCS["2025"].citation, (pair,))


def test_memo_converts_to_pdf_with_quotes_and_footnotes(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    memo = write_memo(build_memo_plan(meta, claims, annex=_annex()), tmp_path / "memo.docx")
    pdf = to_pdf(memo, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 3
    text = _words(
        subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    )
    for claim in claims:
        assert _words(claim.quote) in text, claim.quote
        # a footnote line may break after a dash ("2019–" / "2020"): compare without spaces
        assert "".join(full_citation(claim.citation, "en").split()) in text.replace(" ", "")
    assert "zijn er circa 2.640 zelfstandig vertrokken." in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == pages
