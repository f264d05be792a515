"""From a RawDocument to one normalised text with page breaks and footnotes.

Steps: clean each page's lines (Unicode, spaces, converter artefacts); find pages in text that
has none (running feet); drop running heads and feet and page furniture; cut footnote bodies
from page bottoms; unwrap lines into paragraphs (re-joining hyphenated words); join the
paragraphs (a header line is followed by one newline, other paragraphs by a blank line); place
footnote markers and page breaks by offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from naast.core.model import Footnote, PageBreak
from naast.core.parsing import footnotes as fn
from naast.core.parsing.cleanup import clean_note, clean_page
from naast.core.parsing.furniture import split_at_footers, strip_page
from naast.core.parsing.headers import LABEL_INITIALS, is_label_line
from naast.core.parsing.hyphens import WordIndex
from naast.core.parsing.running import drop_running_lines
from naast.core.parsing.source import NOTE_CLOSE, NOTE_OPEN, RawDocument
from naast.core.parsing.unwrap import Paragraph, to_lines, unwrap

_PLACEHOLDER_RE = re.compile(f"{NOTE_OPEN}([^{NOTE_CLOSE}]*){NOTE_CLOSE}")


@dataclass
class Normalised:
    text: str
    pages: tuple[PageBreak, ...]
    footnotes: tuple[Footnote, ...]
    found: dict[str, str]  # facts read from page furniture


def normalise(raw: RawDocument) -> Normalised:
    notes = dict(raw.notes)
    found: dict[str, str] = {}
    pages = [clean_page(page, notes) for page in raw.pages]
    real_pages = raw.has_pages
    if not raw.has_pages and len(pages) == 1:
        pages = split_at_footers(pages[0])
        real_pages = len(pages) > 1
    if real_pages:
        pages = drop_running_lines(pages)
    pages = [strip_page(page, found, index == 0) for index, page in enumerate(pages)]
    bodies: list[fn.NoteBody] = []
    typed_only = bool(raw.paragraph_lines) and raw.source_format not in ("txt", "html")
    pages, bodies = fn.cut_bodies(
        pages, real_pages=real_pages, typeset=raw.source_format == "pdf", typed_only=typed_only
    )
    lines = to_lines(pages)
    wrapped = None if raw.paragraph_lines is None else not raw.paragraph_lines  # None: unwrap tells
    index = WordIndex([line.text for line in lines])
    paragraphs = unwrap(lines, wrapped=wrapped, index=index, structural=raw.paragraph_lines is True)
    text, marks, exact = _join(paragraphs)
    page_ends = _page_ends(marks, len(pages), len(text))
    for marker, body in notes.items():
        bodies.append(fn.NoteBody(marker, clean_note(body), len(pages)))
    notes_out = fn.place_markers(text, bodies, exact, page_ends)
    breaks = tuple(PageBreak(offset, page + 1) for offset, page in marks) if real_pages else ()
    return Normalised(text, breaks, notes_out, found)


def _join(paragraphs: list[Paragraph]) -> tuple[str, list[tuple[int, int]], dict[str, int]]:
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    exact: dict[str, int] = {}
    offset = 0
    last_page = -1
    for i, par in enumerate(paragraphs):
        text, par_marks, par_exact = _resolve(par)
        for pos, page in par_marks:
            if page != last_page:
                marks.append((offset + pos, page))
                last_page = page
        for marker, pos in par_exact.items():
            exact.setdefault(marker, offset + pos)
        label = text[:1] in LABEL_INITIALS and is_label_line(text)  # paragraphs start without a space
        sep = "" if i == len(paragraphs) - 1 else ("\n" if label else "\n\n")
        parts.append(text + sep)
        offset += len(text) + len(sep)
    return "".join(parts), marks, exact


def _resolve(par: Paragraph) -> tuple[str, list[tuple[int, int]], dict[str, int]]:
    """Replace placeholders by their markers, shifting page marks to match."""
    if NOTE_OPEN not in par.text:
        return par.text, par.page_marks, {}
    out: list[str] = []
    exact: dict[str, int] = {}
    removed: list[tuple[int, int]] = []  # (position in old text, chars removed so far)
    pos = 0
    shift = 0
    for match in _PLACEHOLDER_RE.finditer(par.text):
        out.append(par.text[pos : match.start()])
        exact.setdefault(match.group(1), match.start() - shift)
        out.append(match.group(1))
        shift += 2
        removed.append((match.end(), shift))
        pos = match.end()
    out.append(par.text[pos:])
    marks = [(p - _shift_at(p, removed), page) for p, page in par.page_marks]
    return "".join(out), marks, exact


def _shift_at(pos: int, removed: list[tuple[int, int]]) -> int:
    shift = 0
    for end, total in removed:
        if end <= pos:
            shift = total
    return shift


def _page_ends(marks: list[tuple[int, int]], page_count: int, length: int) -> list[int]:
    """For each page index, the offset where the next page starts (or the text end)."""
    starts = {page: offset for offset, page in marks}
    ends: list[int] = []
    for page in range(page_count):
        later = [starts[p] for p in range(page + 1, page_count) if p in starts]
        ends.append(later[0] if later else length)
    return ends
