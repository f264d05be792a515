"""The memo's annex: aligned passages of two documents side by side with word differences.

Conventions of tracked changes: insertions underlined in blue, deletions struck through in red;
reused passages (found in both documents) are shaded.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.text import WD_UNDERLINE
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from naast.export.citation import short_citation
from naast.export.docx_common import MUTED, ensure_orientation
from naast.export.docx_table import TableBuilder
from naast.export.docx_xml import add_text, block_width_mm, mark_dutch, rgb, shade_run
from naast.export.labels import label
from naast.export.plan import AlignedPair, Annex, ChunkKind, Language
from naast.export.progress import Progress
from naast.export.segments import segment

INSERT_COLOUR = "#0072B2"
DELETE_COLOUR = "#D55E00"
REUSED_FILL = "#FFF2B3"
HEADER_FILL = "#E8E8E8"


def annex_section(document: DocxDocument, annex: Annex, language: Language, steps: Progress) -> None:
    ensure_orientation(document, landscape=True)
    document.add_heading(label("annex", language), level=1)
    add_text(document.add_paragraph(), label("annex_intro", language), colour=MUTED)
    half = block_width_mm(document.sections[-1]) / 2
    table = TableBuilder(document, [half, half])
    header = table.header(
        [short_citation(c, language) for c in (annex.left, annex.right)], [HEADER_FILL] * 2, 10
    )
    for cell in header:
        mark_dutch(cell.paragraphs[0].runs[0])
    for pair in annex.pairs:
        left, right = table.row(cant_split=False)  # an aligned pair can be longer than a page
        _pair_side(left, pair, pair.left_label, ChunkKind.DELETE, pair.left_reused, language)
        _pair_side(right, pair, pair.right_label, ChunkKind.INSERT, pair.right_reused, language)
        steps.step()


def _pair_side(
    cell: _Cell,
    pair: AlignedPair,
    unit_label: str,
    own_kind: ChunkKind,
    reused: Sequence[tuple[int, int]],
    language: Language,
) -> None:
    heading = cell.paragraphs[0]
    mark_dutch(add_text(heading, unit_label, bold=True))
    if pair.moved:
        add_text(heading, f" ({label('moved', language)})", colour=MUTED)
    body = cell.add_paragraph()
    body.paragraph_format.space_after = Pt(6)
    _diff_runs(body, pair, own_kind, reused)


def _diff_runs(
    para: Paragraph, pair: AlignedPair, own_kind: ChunkKind, reused: Sequence[tuple[int, int]]
) -> None:
    """Runs of one side's text: its own changes marked, reused spans shaded."""
    pieces = [(c.kind, c.side_text(own_kind)) for c in pair.chunks if c.side_text(own_kind)]
    text = "".join(piece for _kind, piece in pieces)
    ranges, pos = [], 0
    for _kind, piece in pieces:
        ranges.append((pos, pos + len(piece)))
        pos += len(piece)
    for seg in segment(len(text), [*ranges, *reused]):
        kind = next(pieces[i][0] for i in seg.active if i < len(pieces))
        run = add_text(para, text[seg.start : seg.end])
        mark_dutch(run)
        if pair.diffed and kind is ChunkKind.INSERT:
            run.font.underline = WD_UNDERLINE.SINGLE
            run.font.color.rgb = rgb(INSERT_COLOUR)
        elif pair.diffed and kind is ChunkKind.DELETE:
            run.font.strike = True
            run.font.color.rgb = rgb(DELETE_COLOUR)
        if any(i >= len(pieces) for i in seg.active):
            shade_run(run, REUSED_FILL)
