"""A table of a document's claims (stance, topic, quote, note): the notes stay readable on paper,
where Word comments are not printed."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.shared import Pt

from naast.export.citation import shorten
from naast.export.docx_common import MUTED, ensure_orientation, stance_runs, topic_swatch
from naast.export.docx_table import TableBuilder
from naast.export.docx_xml import add_text, block_width_mm, mark_dutch
from naast.export.labels import label
from naast.export.plan import AnnotatedDocumentPlan

QUOTE_CHARS = 300
BODY_PT = 9
HEADER_FILL = "#E8E8E8"
WIDTHS = (0.05, 0.2, 0.22, 0.33, 0.2)  # #, stance, topic, quote, note (shares of the width)


def claim_list_section(document: DocxDocument, plan: AnnotatedDocumentPlan) -> None:
    language = plan.meta.language
    ensure_orientation(document, landscape=False)
    document.add_heading(label("claims_in_document", language), level=1)
    if not plan.spans:
        add_text(document.add_paragraph(), label("no_claims", language), colour=MUTED)
        return
    width = block_width_mm(document.sections[-1])
    table = TableBuilder(document, [width * share for share in WIDTHS])
    headers = ("#", "stance_column", "topic_column", "quote_column", "note_column")
    table.header(
        [key if key == "#" else label(key, language) for key in headers], [HEADER_FILL] * len(headers)
    )
    for number, span in enumerate(plan.spans, start=1):
        cells = table.row()
        add_text(cells[0].paragraphs[0], str(number))
        stance_runs(cells[1].paragraphs[0], span.stance, language)
        topic_swatch(cells[2].paragraphs[0], span.topic.label, span.topic.colour)
        quote = " ".join(plan.text[span.start : span.end].split())
        mark_dutch(add_text(cells[3].paragraphs[0], f"“{shorten(quote, QUOTE_CHARS)}”"))
        add_text(cells[4].paragraphs[0], span.note or "", colour=MUTED)
        for cell in cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(BODY_PT)
