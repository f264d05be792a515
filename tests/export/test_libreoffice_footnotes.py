"""Footnotes in reading order, as LibreOffice numbers them: demo memo (English, Dutch), 200 claims.

Each memo is converted with LibreOffice headless to PDF and read back with ``pdftotext``; on every
page, each footnote number in the body must be followed in that page's footnote area by the
citation of the claim it stands next to (``lo_pages.footnote_problems``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lo_pages import HAVE_TOOLS, footnote_problems, page_fill, page_texts, to_pdf

from naast.demo import build_demo
from naast.export.bench import synthetic_claims
from naast.export.build import build_memo_plan
from naast.export.docx_writer import write_memo
from naast.export.from_project import Selection, memo_plan_from_project
from naast.export.plan import MemoMeta
from naast.store.project import Project

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(not HAVE_TOOLS, reason="needs LibreOffice (soffice) and poppler-utils"),
]


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.naast")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_demo_memo_footnotes_sit_next_to_their_claims(tmp_path: Path, demo_project: Path, language) -> None:
    with Project.open(demo_project, read_only=True) as project:
        plan = memo_plan_from_project(project, Selection(language=language))
    claims = plan.claims()
    assert len(claims) >= 10
    pdf = to_pdf(write_memo(plan, tmp_path / f"demo-{language}.docx"), tmp_path)
    carried: list[int] = []
    assert footnote_problems(pdf, claims, language, carried) == []
    assert len(carried) <= 1, carried  # a note carried to the next page is the exception
    pages = page_texts(pdf)
    assert len(pages) >= 2
    # no blank half pages: every page but the last is filled at least 60 % of the way down
    fills = page_fill(pdf)
    assert all(fill > 0.6 for fill in fills[:-1]), fills


def test_200_claims_from_20_documents(tmp_path: Path) -> None:
    entries, _texts = synthetic_claims(200, 20)
    meta = MemoMeta("Benchmark", "Anna de Vries", "2026-11-22", "bench", "en")
    plan = build_memo_plan(meta, entries)
    claims = plan.claims()
    assert len(claims) == 200
    assert any(row.reason is not None for s in plan.sections for row in s.rows)  # shared rows too
    pdf = to_pdf(write_memo(plan, tmp_path / "memo200.docx"), tmp_path)
    carried: list[int] = []
    assert footnote_problems(pdf, claims, "en", carried) == []
    assert len(carried) <= len(claims) // 20, carried
    pages_with_notes = [p for p in page_texts(pdf) if "\n1\n" in p or "\n2\n" in p]
    assert pages_with_notes
