"""The memo's appendices as Word: a heading on a new page, the paragraph saying what the figures
mean, and a real table (header row repeated on every page, figures right-aligned, rows of one
document kept together), then the notes that say why a figure is missing.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from naast.export.appendix_build import word
from naast.export.docx_common import MUTED, ensure_orientation
from naast.export.docx_table import TableBuilder
from naast.export.docx_xml import add_text, block_width_mm
from naast.export.plan import AppendixTable, Language

HEADER_FILL = "#E8E8E8"
HEADER_PT = 7.5
BODY_PT = {"agreement": 9.0, "responsiveness": 8.0}


def _is_landscape(document: DocxDocument) -> bool:
    section = document.sections[-1]
    return section.page_width > section.page_height


def appendix_section(document: DocxDocument, appendix: AppendixTable, language: Language) -> None:
    sections = len(document.sections)
    ensure_orientation(document, landscape=appendix.landscape or _is_landscape(document))
    heading = document.add_heading(appendix.heading, level=1)
    if len(document.sections) == sections:  # no new section began a page: the heading does
        heading.paragraph_format.page_break_before = True
    intro = document.add_paragraph()
    intro.paragraph_format.keep_with_next = True
    add_text(intro, appendix.explanation, colour=MUTED).font.size = Pt(9)
    _table(document, appendix)
    for note in appendix.notes:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        run = add_text(para, f"{word('note', language)}: {note}", colour=MUTED)
        run.font.size = Pt(8)


def _table(document: DocxDocument, appendix: AppendixTable) -> None:
    total = sum(c.width for c in appendix.columns)
    free = block_width_mm(document.sections[-1])
    table = TableBuilder(document, [free * c.width / total for c in appendix.columns])
    header = table.header(
        [c.label for c in appendix.columns], [HEADER_FILL] * len(appendix.columns), HEADER_PT
    )
    for cell, column in zip(header, appendix.columns, strict=True):
        if column.numeric:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ends = {start - 1 for start in appendix.block_starts if start} | {len(appendix.rows) - 1}
    size = Pt(BODY_PT[appendix.kind])
    for index, values in enumerate(appendix.rows):
        # a block (one document's figures) is kept on one page: each row but its last keeps with the next
        together = bool(appendix.block_starts) and index not in ends
        cells = table.row(keep_with_next=together)
        for cell, column, text in zip(cells, appendix.columns, values, strict=True):
            para = cell.paragraphs[0]
            if column.numeric:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = add_text(
                para, text, bold=index in appendix.block_starts and not column.numeric and bool(text)
            )
            run.font.size = size
    document.add_paragraph()
