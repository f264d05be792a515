"""One document with all its claims highlighted in their topic colours and notes as comments.

The text is cut at every claim boundary and paragraph break (blank line); each piece becomes one
run, shaded with the colour of the innermost claim covering it. A claim's note is a Word comment
anchored from its first to its last run; its stance shape follows the claim in the stance colour.
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from desktop.export.citation import full_citation
from desktop.export.docx_claim_list import claim_list_section
from desktop.export.docx_common import WARNING, legend_section, new_document, title_block
from desktop.export.docx_footnotes import Footnotes
from desktop.export.docx_xml import add_text, mark_dutch, renumber_comments, shade_run
from desktop.export.labels import label
from desktop.export.plan import AnnotatedDocumentPlan, ClaimSpan, UnitHeading
from desktop.export.progress import CancelFn, Progress, ProgressFn, atomic_target
from desktop.export.segments import Segment, segment
from desktop.export.xmltext import xml_safe

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
    title_block(document, plan.meta, subtitle=label("annotated", language))
    source = document.add_paragraph()
    add_text(source, f"{label('source', language)}: ", bold=True)
    add_text(source, plan.citation.document_title)
    footnotes.add(source, full_citation(plan.citation, language))
    if plan.document_missing:
        add_text(document.add_paragraph(), f"⚠ {label('document_missing', language)}", colour=WARNING)
    legend_section(document, plan.legend, language)
    document.add_heading(xml_safe(plan.citation.document_title), level=1)
    _TextWriter(document, plan, steps).write()
    claim_list_section(document, plan)
    renumber_comments(document)
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
    ends = []
    for span in spans:
        inside = [min(span.end, e) for s, e, _h in blocks if s < span.end and e > span.start]
        ends.append(max(inside, default=span.end))
    return ends


@dataclass
class _TextWriter:
    document: DocxDocument
    plan: AnnotatedDocumentPlan
    steps: Progress
    first_run: dict[int, Run] = field(default_factory=dict)
    last_run: dict[int, Run] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)

    def write(self) -> None:
        spans = [(s.start, s.end) for s in self.plan.spans]
        blocks = layout_blocks(self.plan.text, self.plan.units)
        self.ends = _effective_ends(self.plan.spans, blocks)
        for start, end, is_heading in blocks:
            para = self.document.add_paragraph(style="Heading 2" if is_heading else None)
            for piece in segment(end - start, [(s - start, e - start) for s, e in spans]):
                self._piece(para, Segment(piece.start + start, piece.end + start, piece.active))
        for index, span in enumerate(self.plan.spans):
            self._comment(index, span)
            self.steps.step()

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
        author = xml_safe(span.coder or self.plan.meta.author)
        initials = "".join(w[0] for w in author.split() if w[:1].isalpha()).upper()[:4]
        runs = [self.first_run[index], self.last_run[index]]
        self.document.add_comment(runs, text=xml_safe(span.note.strip()), author=author, initials=initials)
