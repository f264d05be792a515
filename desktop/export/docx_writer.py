"""The comparison memo as a Word document, written from a ``MemoPlan`` (python-docx, no Qt).

Layout: title block, overview table (actors × topics, stance counts), legend, one section per
topic with a side-by-side table (one column per actor; landscape above ``PORTRAIT_MAX_COLUMNS``),
then the optional annex. Quotes carry the topic colour as run shading, notes become native Word
comments on the quote runs, sources become real footnotes.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.table import Table, _Cell

from desktop.export.citation import format_date, full_citation, short_citation
from desktop.export.docx_annex import annex_section
from desktop.export.docx_common import (
    MUTED,
    WARNING,
    ensure_orientation,
    legend_section,
    new_document,
    stance_runs,
    title_block,
)
from desktop.export.docx_footnotes import Footnotes
from desktop.export.docx_xml import (
    A4_SHORT_MM,
    MARGIN_MM,
    add_text,
    block_width_mm,
    mark_dutch,
    renumber_comments,
    repeat_header,
    set_column_widths,
    shade_cell,
    shade_run,
)
from desktop.export.labels import label
from desktop.export.plan import ClaimEntry, Language, MemoPlan, OverviewTable, TopicSection
from desktop.export.progress import CancelFn, Progress, ProgressFn, atomic_target
from desktop.export.xmltext import xml_safe

PORTRAIT_MAX_COLUMNS = 3
ACTOR_COLUMN_MM = 38
TOTAL_COLUMN_MM = 16
HEADER_CHAR_MM = 2.2  # a bold 9 pt character in a wide font (DejaVu Sans), the worst case
CELL_PADDING_MM = 4  # default cell margins, 1.9 mm each side
HEADER_FILL = "#E8E8E8"


def write_memo(
    plan: MemoPlan,
    path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """Write the memo to ``path`` (replaced only when complete); safe to call off the UI thread."""
    steps = Progress(
        len(plan.claims()) + (len(plan.annex.pairs) if plan.annex else 0) + 1, progress, cancelled
    )
    steps.check()
    document = build_memo_document(plan, steps)
    with atomic_target(path) as tmp:
        document.save(str(tmp))
        steps.step()
    return Path(path)


def build_memo_document(plan: MemoPlan, steps: Progress) -> DocxDocument:
    language = plan.meta.language
    document = new_document(plan.meta)
    footnotes = Footnotes(document)
    ensure_orientation(document, landscape=overview_needs_landscape(plan.overview))
    title_block(document, plan.meta)
    _overview_section(document, plan.overview, language)
    legend_section(document, plan.legend, language)
    for section in plan.sections:
        _topic_section(document, section, plan, footnotes, steps)
    if plan.annex is not None:
        annex_section(document, plan.annex, language, steps)
    renumber_comments(document)
    return document


def _header_row(table: Table, texts: list[str], fills: list[str], size: float = 9) -> None:
    for cell, text, fill in zip(table.rows[0].cells, texts, fills, strict=True):
        add_text(cell.paragraphs[0], text, bold=True).font.size = Pt(size)
        shade_cell(cell, fill)
    repeat_header(table.rows[0].cells[0])


def header_size(labels: list[str], column_mm: float) -> float:
    """The header font size (7–9 pt) at which the longest word of ``labels`` fits its column."""
    longest = max((len(w) for text in labels for w in text.split()), default=1)
    fitting = (column_mm - CELL_PADDING_MM) / (longest * HEADER_CHAR_MM / 9)
    return max(7.0, min(9.0, int(fitting * 2) / 2))


def overview_needs_landscape(overview: OverviewTable) -> bool:
    """True when the topic columns would be too narrow on portrait A4 for their longest word."""
    if not overview.columns:
        return False
    portrait_free = A4_SHORT_MM - 2 * MARGIN_MM - ACTOR_COLUMN_MM - TOTAL_COLUMN_MM
    longest = max(len(word) for t in overview.columns for word in (t.label.split() or [""]))
    return portrait_free / len(overview.columns) < longest * HEADER_CHAR_MM + CELL_PADDING_MM


def _overview_section(document: DocxDocument, overview: OverviewTable, language: Language) -> None:
    document.add_heading(label("overview", language), level=1)
    intro = document.add_paragraph()
    intro.paragraph_format.keep_with_next = True
    add_text(intro, label("overview_intro", language), colour=MUTED)
    table = document.add_table(rows=1 + len(overview.actors), cols=2 + len(overview.columns))
    table.style = "Table Grid"
    texts = [label("actor", language), *(t.label for t in overview.columns), label("total", language)]
    fills = [HEADER_FILL, *(t.colour for t in overview.columns), HEADER_FILL]
    free = block_width_mm(document.sections[-1]) - ACTOR_COLUMN_MM - TOTAL_COLUMN_MM
    topic_width = free / max(1, len(overview.columns))
    _header_row(table, texts, fills, header_size([t.label for t in overview.columns], topic_width))
    set_column_widths(table, [ACTOR_COLUMN_MM, *[topic_width] * len(overview.columns), TOTAL_COLUMN_MM])
    for row_index, actor in enumerate(overview.actors):
        cells = table.rows[row_index + 1].cells
        add_text(cells[0].paragraphs[0], actor, bold=True)
        for col_index in range(len(overview.columns)):
            _count_cell(cells[col_index + 1], overview, row_index, col_index, language)
        total = sum(overview.total(row_index, c) for c in range(len(overview.columns)))
        add_text(cells[-1].paragraphs[0], str(total), bold=True)


def _count_cell(cell: _Cell, overview: OverviewTable, row: int, column: int, language: Language) -> None:
    """ "▲ 3  ▼ 1": each stance's shape in its colour followed by its count."""
    para = cell.paragraphs[0]
    counts = overview.cells[row][column]
    if not counts:
        add_text(para, "–", colour=MUTED)
        return
    for index, sc in enumerate(counts):
        if index:
            add_text(para, "  ")
        glyph = sc.stance.glyph if sc.stance else "?"
        add_text(para, glyph, bold=True, colour=sc.stance.colour if sc.stance else MUTED)
        add_text(para, f"\u00a0{sc.count}")


def _topic_section(
    document: DocxDocument, section: TopicSection, plan: MemoPlan, footnotes: Footnotes, steps: Progress
) -> None:
    language = plan.meta.language
    ensure_orientation(document, landscape=len(section.columns) > PORTRAIT_MAX_COLUMNS)
    document.add_heading(xml_safe(section.topic.label), level=1)
    noun = label("claim" if section.claim_count == 1 else "claims", language)
    count = f"{section.claim_count} {noun}"
    count_para = document.add_paragraph()
    count_para.paragraph_format.keep_with_next = True
    add_text(count_para, count, colour=MUTED)
    depth = max(len(c.claims) for c in section.columns)
    table = document.add_table(rows=1 + depth, cols=len(section.columns))
    table.style = "Table Grid"
    _header_row(table, [c.actor for c in section.columns], [HEADER_FILL] * len(section.columns))
    rows = [row.cells for row in table.rows[1:]]
    for col_index, column in enumerate(section.columns):
        for row_index, entry in enumerate(column.claims):
            _claim_cell(document, rows[row_index][col_index], entry, plan, footnotes)
            steps.step()
    document.add_paragraph()


def _claim_cell(
    document: DocxDocument, cell: _Cell, entry: ClaimEntry, plan: MemoPlan, footnotes: Footnotes
) -> None:
    """Quote (shaded, commented), stance and date, short citation with a footnote."""
    language = plan.meta.language
    quote_para = cell.paragraphs[0]
    quote_run = add_text(quote_para, f"“{entry.quote.strip()}”")
    shade_run(quote_run, entry.topic.colour)
    mark_dutch(quote_run)
    if entry.note and entry.note.strip():
        author = xml_safe(entry.coder or plan.meta.author)
        document.add_comment(
            quote_run, text=xml_safe(entry.note.strip()), author=author, initials=_initials(author)
        )
    stance_para = cell.add_paragraph()
    stance_runs(stance_para, entry.stance, language)
    when = format_date(entry.date or entry.citation.date, language)
    if when:
        add_text(stance_para, f" · {when}", colour=MUTED)
    source_para = cell.add_paragraph()
    source_para.paragraph_format.space_after = Pt(8)
    add_text(source_para, short_citation(entry.citation, language), colour=MUTED).font.size = Pt(8.5)
    footnotes.add(source_para, full_citation(entry.citation, language))
    if entry.document_missing:
        warning = add_text(cell.add_paragraph(), f"⚠ {label('document_missing', language)}", colour=WARNING)
        warning.italic = True


def _initials(author: str) -> str:
    return "".join(word[0] for word in author.split() if word[:1].isalpha()).upper()[:4]
