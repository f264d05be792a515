"""The comparison memo as a Word document, written from a ``MemoPlan`` (python-docx, no Qt).

Layout: title block, optional table of contents, overview table (actors × topics, stance counts),
legend, one section per topic with a side-by-side table (one column per actor; its rows are the
plan's ``MemoRow``s, a row shared by two actors headed by why), then the optional annex and
appendices (agreement, how they answer: ``docx_appendix``). The body
is one orientation (landscape when a table needs it), so no section break leaves a page half
empty; the annex starts a landscape page of its own. Quotes carry the topic colour as run shading,
notes become native Word comments dated by the note, sources become real footnotes written in
reading order, and every page says "page X of Y".
"""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.table import _Cell

from naast.export import docx_fast as fast
from naast.export.citation import format_date, short_citation
from naast.export.docx_annex import annex_section
from naast.export.docx_appendix import appendix_section
from naast.export.docx_comments import Comments
from naast.export.docx_common import (
    MUTED,
    WARNING,
    citation_footnote,
    legend_section,
    new_document,
    title_block,
)
from naast.export.docx_fields import table_of_contents
from naast.export.docx_footnotes import Footnotes
from naast.export.docx_table import TableBuilder
from naast.export.docx_xml import (
    A4_SHORT_MM,
    MARGIN_MM,
    add_text,
    block_width_mm,
    mark_dutch,
    shade_cell,
)
from naast.export.labels import label
from naast.export.plan import ClaimEntry, Language, MemoPlan, MemoRow, OverviewTable, TopicSection
from naast.export.progress import CancelFn, Progress, ProgressFn, atomic_target

PORTRAIT_MAX_COLUMNS = 3
ACTOR_COLUMN_MM = 38
TOTAL_COLUMN_MM = 16
HEADER_CHAR_MM = 2.2  # a bold 9 pt character in a wide font (DejaVu Sans), the worst case
CELL_PADDING_MM = 4  # default cell margins, 1.9 mm each side
HEADER_FILL = "#E8E8E8"
REASON_FILL = "#F4F4F4"
MAX_UNSPLIT_CLAIMS = 3  # claims per cell up to which a row is kept on one page


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


def memo_is_landscape(plan: MemoPlan) -> bool:
    """One orientation for the whole body: landscape when the overview or a topic table needs it."""
    wide = any(len(s.actors) > PORTRAIT_MAX_COLUMNS for s in plan.sections)
    return wide or overview_needs_landscape(plan.overview)


def build_memo_document(plan: MemoPlan, steps: Progress) -> DocxDocument:
    language = plan.meta.language
    document = new_document(plan.meta, landscape=memo_is_landscape(plan))
    writer = _MemoWriter(document, plan, Footnotes(document), steps)
    title_block(document, plan.meta)
    if plan.toc:
        headings = [label("overview", language), label("legend", language)]
        headings += [s.topic.label for s in plan.sections]
        if plan.annex is not None:
            headings.append(label("annex", language))
        headings += [a.heading for a in plan.appendices]
        table_of_contents(document, headings, language)
    _overview_section(document, plan.overview, language)
    legend_section(document, plan.legend, language)
    for section in plan.sections:
        writer.topic_section(section)
    if plan.annex is not None:
        annex_section(document, plan.annex, language, steps)
    for appendix in plan.appendices:
        appendix_section(document, appendix, language)
    return document


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
    free = block_width_mm(document.sections[-1]) - ACTOR_COLUMN_MM - TOTAL_COLUMN_MM
    topic_width = free / max(1, len(overview.columns))
    table = TableBuilder(document, [ACTOR_COLUMN_MM, *[topic_width] * len(overview.columns), TOTAL_COLUMN_MM])
    texts = [label("actor", language), *(t.label for t in overview.columns), label("total", language)]
    fills = [HEADER_FILL, *(t.colour for t in overview.columns), HEADER_FILL]
    header = table.header(texts, fills, header_size([t.label for t in overview.columns], topic_width))
    for cell, topic in zip(header[1:-1], overview.columns, strict=True):
        if topic.dutch:
            mark_dutch(cell.paragraphs[0].runs[0])
    for row_index, actor in enumerate(overview.actors):
        cells = table.row()
        add_text(cells[0].paragraphs[0], actor, bold=True)
        for col_index in range(len(overview.columns)):
            _count_cell(cells[col_index + 1], overview, row_index, col_index)
        total = sum(overview.total(row_index, c) for c in range(len(overview.columns)))
        add_text(cells[-1].paragraphs[0], str(total), bold=True)


def _count_cell(cell: _Cell, overview: OverviewTable, row: int, column: int) -> None:
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


def reason_text(row: MemoRow, language: Language) -> tuple[str, str] | None:
    """The label of a shared row, as (memo's words, the Dutch detail): "same proposition: " + …"""
    if row.reason is None:
        return None
    before, _ = label(f"reason_{row.reason.kind}", language).split("{detail}")
    return before, row.reason.detail


class _MemoWriter:
    """Writes topic tables row by row, so footnotes are numbered in the order they are read."""

    def __init__(self, document: DocxDocument, plan: MemoPlan, footnotes: Footnotes, steps: Progress):
        self.document = document
        self.plan = plan
        self.language = plan.meta.language
        self.footnotes = footnotes
        self.steps = steps
        self._comments: Comments | None = None

    @property
    def comments(self) -> Comments:
        if self._comments is None:
            self._comments = Comments(self.document)
        return self._comments

    def topic_section(self, section: TopicSection) -> None:
        document = self.document
        heading = add_text(document.add_heading(level=1), section.topic.label)
        if section.topic.dutch:
            mark_dutch(heading)
        noun = label("claim" if section.claim_count == 1 else "claims", self.language)
        count_para = document.add_paragraph()
        count_para.paragraph_format.keep_with_next = True
        add_text(count_para, f"{section.claim_count} {noun}", colour=MUTED)
        width = block_width_mm(document.sections[-1]) / len(section.actors)
        table = TableBuilder(document, [width] * len(section.actors))
        table.header(list(section.actors), [HEADER_FILL] * len(section.actors))
        for row in section.rows:
            self._row(table, row)
        document.add_paragraph()

    def _row(self, table: TableBuilder, row: MemoRow) -> None:
        reason = reason_text(row, self.language)
        if reason is not None:
            cell = table.spanning_row()
            shade_cell(cell, REASON_FILL)
            para = cell.paragraphs[0]
            for text, dutch in ((reason[0], False), (reason[1], True)):
                run = add_text(para, text, colour=MUTED)
                run.italic = True
                run.font.size = Pt(8.5)
                if dutch:
                    mark_dutch(run)
        # a row of a few claims never splits; one of many (a proposition many claims share) may be
        # taller than a page and must be allowed to break
        cant_split = max(len(cell) for cell in row.cells) <= MAX_UNSPLIT_CLAIMS
        for cell, entries in zip(table.row(cant_split=cant_split), row.cells, strict=True):
            for index, entry in enumerate(entries):
                self._claim(cell, entry, first=index == 0)
                self.steps.step()

    def _claim(self, cell: _Cell, entry: ClaimEntry, *, first: bool) -> None:
        """Quote (shaded, commented), stance and date, short citation with a footnote."""
        language = self.language
        quote = fast.run(f"“{entry.quote.strip()}”", fast.Style(fill=entry.topic.colour, lang="nl-NL"))
        if entry.note and entry.note.strip():
            author = entry.coder or self.plan.meta.author
            before, after = self.comments.anchor_xml(entry.note.strip(), author, entry.noted)
            quote = before + quote + after
        if entry.stance is None:
            stance = [fast.run(label("no_stance", language), fast.Style(colour=MUTED))]
        else:
            breakable = entry.stance.label.replace("/", "/\u200b")  # "voorwaardelijk/voorbehoud" may wrap
            stance = [
                fast.run(
                    f"{entry.stance.glyph} {breakable}", fast.Style(bold=True, colour=entry.stance.colour)
                )
            ]
        when = format_date(entry.date or entry.citation.date, language)
        if when:
            stance.append(fast.run(f" · {when}", fast.Style(colour=MUTED)))
        source = fast.run(
            short_citation(entry.citation, language), fast.Style(colour=MUTED, size=8.5, lang="nl-NL")
        )
        reference = self.footnotes.reference_xml(citation_footnote(entry.citation, language))
        paragraphs = [
            fast.paragraph([quote]),
            fast.paragraph(stance),
            fast.paragraph([source, reference], space_after_pt=8),
        ]
        if entry.document_missing:
            warning = f"⚠ {label('document_missing', language)}"
            paragraphs.append(fast.paragraph([fast.run(warning, fast.Style(italic=True, colour=WARNING))]))
        fast.fill_cell(cell, paragraphs, replace_first=first)
