"""One document with all its claims highlighted in their topic colours and notes as comments.

The text is cut at every claim boundary and paragraph break (blank line); each piece becomes one
run, shaded with the colour of the innermost claim covering it. The source's own footnotes become
real Word footnotes at their markers (the marker digits are not left in the text); the source is
cited in full under the title, so the footnote numbers stay the source's. A claim's note is a Word comment
anchored from its first to its last run; its stance shape follows the claim in the stance colour.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from naast.export.citation import citation_pieces, shorten
from naast.export.docx_claim_list import claim_list_section
from naast.export.docx_comments import Comments
from naast.export.docx_common import WARNING, legend_section, new_document, title_block
from naast.export.docx_footnotes import Footnotes
from naast.export.docx_xml import add_text, mark_dutch, shade_run
from naast.export.labels import label
from naast.export.plan import AnnotatedDocumentPlan, ClaimSpan, SourceNote, UnitHeading
from naast.export.progress import CancelFn, Progress, ProgressFn, atomic_target
from naast.export.segments import Segment, segment
from naast.export.xmltext import xml_safe

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_MAX_HEADING = 100


def write_annotated_document(
    plan: AnnotatedDocumentPlan,
    path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """Write the annotated document to ``path``; safe to call off the UI thread."""
    steps = Progress(len(plan.spans) + 1, progress, cancelled)
    steps.check()
    document = build_annotated_document(plan, steps)
    with atomic_target(path) as tmp:
        document.save(str(tmp))
        steps.step()
    return Path(path)


def build_annotated_document(plan: AnnotatedDocumentPlan, steps: Progress) -> DocxDocument:
    language = plan.meta.language
    document = new_document(plan.meta)
    footnotes = Footnotes(document)
    dutch_title = plan.meta.title == shorten(plan.citation.document_title, 120)
    title_block(document, plan.meta, subtitle=label("annotated", language), dutch_title=dutch_title)
    source = document.add_paragraph()
    add_text(source, f"{label('source', language)}: ", bold=True)
    for text, dutch in citation_pieces(plan.citation, language):  # inline: the notes are the source's
        run = add_text(source, text)
        if dutch:
            mark_dutch(run)
    if plan.document_missing:
        add_text(document.add_paragraph(), f"⚠ {label('document_missing', language)}", colour=WARNING)
    legend_section(document, plan.legend, language)
    mark_dutch(add_text(document.add_heading(level=1), plan.citation.document_title))
    _TextWriter(document, plan, steps, footnotes).write()
    claim_list_section(document, plan)
    return document


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: text between blank lines, surrounding space excluded."""
    ranges, pos = [], 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            ranges.append((pos + lead, pos + len(chunk.rstrip())))
        pos = brk.end() if brk else len(text)
    return ranges


def _heading_line(text: str, unit: UnitHeading) -> tuple[int, int] | None:
    """The line where ``unit`` starts, when it reads as the unit's header ("Vraag 2 en 3")."""
    start = unit.start + len(text[unit.start : unit.end]) - len(text[unit.start : unit.end].lstrip())
    newline = text.find("\n", start, unit.end)
    end = newline if newline >= 0 else unit.end
    line = text[start:end].strip()
    words = unit.label.split()
    if not line or not words or len(line) > _MAX_HEADING or not line.startswith(words[0]):
        return None
    return start, start + len(text[start:end].rstrip())


def layout_blocks(text: str, units: tuple[UnitHeading, ...]) -> list[tuple[int, int, bool]]:
    """Paragraphs as ``(start, end, is_heading)``; a unit's header line becomes its own heading."""
    headings = [h for h in (_heading_line(text, u) for u in units) if h is not None]
    blocks = []
    for start, end in paragraph_ranges(text):
        cuts = sorted({start, end, *(p for h in headings for p in h if start < p < end)})
        for a, b in itertools.pairwise(cuts):
            piece = text[a:b]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                a2, b2 = a + lead, a + len(piece.rstrip())
                blocks.append((a2, b2, any(h == (a2, b2) for h in headings)))
    return blocks


def _effective_ends(spans: tuple[ClaimSpan, ...], blocks: list[tuple[int, int, bool]]) -> list[int]:
    """Where each claim's last written character ends (blank lines between blocks are not written)."""
    starts = [s for s, _e, _h in blocks]
    ends = []
    for span in spans:
        last = bisect.bisect_left(starts, span.end) - 1  # the last block starting before the end
        if last >= 0 and blocks[last][1] > span.start:
            ends.append(min(span.end, blocks[last][1]))
        else:
            ends.append(span.end)
    return ends


@dataclass
class _TextWriter:
    document: DocxDocument
    plan: AnnotatedDocumentPlan
    steps: Progress
    footnotes: Footnotes
    first_run: dict[int, Run] = field(default_factory=dict)
    last_run: dict[int, Run] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)
    comments: Comments | None = None
    numbered: int = 0  # the source's notes written with Word's own numbering so far

    def write(self) -> None:
        blocks = layout_blocks(self.plan.text, self.plan.units)
        self.ends = _effective_ends(self.plan.spans, blocks)
        notes = {n.start: n for n in self.plan.notes}
        cuts = [p for s, e, _h in blocks for p in (s, e)] + [
            p for n in self.plan.notes for p in (n.start, n.end)
        ]
        pieces = segment(len(self.plan.text), [(s.start, s.end) for s in self.plan.spans], cuts)
        at = 0
        for start, end, is_heading in blocks:
            para = self.document.add_paragraph(style="Heading 2" if is_heading else None)
            while at < len(pieces) and pieces[at].end <= start:
                at += 1
            while at < len(pieces) and pieces[at].end <= end:
                piece = pieces[at]
                note = notes.get(piece.start)
                if note is not None and note.end == piece.end:
                    self._source_note(para, note)
                else:
                    self._piece(para, piece)
                at += 1
        for index, span in enumerate(self.plan.spans):
            self._comment(index, span)
            self.steps.step()

    def _source_note(self, para: Paragraph, note: SourceNote) -> None:
        """The source's footnote at its marker: Word numbering when it agrees, else its own mark."""
        text = note.text.strip() or label("lost_footnote", self.plan.meta.language)
        lang = "nl-NL" if note.text.strip() else None
        if note.marker == str(self.numbered + 1):
            self.numbered += 1
            self.footnotes.add(para, [(text, lang)])
        else:
            self.footnotes.add(para, [(text, lang)], mark=note.marker)

    def _piece(self, para: Paragraph, piece: Segment) -> None:
        run = para.add_run(xml_safe(self.plan.text[piece.start : piece.end]))
        mark_dutch(run)
        if not piece.active:
            return
        innermost = max(piece.active, key=lambda i: (self.plan.spans[i].start, i))
        shade_run(run, self.plan.spans[innermost].topic.colour)
        for index in sorted(piece.active):
            self.first_run.setdefault(index, run)
            self.last_run[index] = run
            if self.ends[index] == piece.end:
                self._stance_mark(para, self.plan.spans[index])

    def _stance_mark(self, para: Paragraph, span: ClaimSpan) -> None:
        if span.stance is not None:
            mark = add_text(para, f"\u2009{span.stance.glyph}", bold=True, colour=span.stance.colour)
            mark.font.superscript = True

    def _comment(self, index: int, span: ClaimSpan) -> None:
        if not (span.note and span.note.strip()) or index not in self.first_run:
            return
        if self.comments is None:
            self.comments = Comments(self.document)
        author = span.coder or self.plan.meta.author
        self.comments.add(self.first_run[index], self.last_run[index], span.note.strip(), author, span.noted)
