"""Footnotes: cut their bodies from the bottom of pages, then find their markers in the text.

A footnote block starts at a line "N body" (or "N" alone followed by the body, as pdftotext
lays it out) whose number continues the document's footnote sequence and whose marker occurs
in the text just before it. On a real page the block runs to the end of the page; in text
without page boundaries it ends at a blank line followed by a new capitalised paragraph.
Markers missing a body (lost by the extraction) are kept with an empty body, never invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.model import Footnote
from desktop.core.parsing.headers import is_header

_START_RE = re.compile(r"^(\d{1,3})(?:\s+(\S.*)|(?=[A-Z(«\"“‘'])(.+))?$")
_LOWER_START_RE = re.compile(r"^(?!https?:|www\.|e\.a\.|o\.a\.|d\.d\.|zie\b|vgl\.|idem|ibidem|p\.)[a-z]")
_URLISH_RE = re.compile(r"(https?://|www\.)\S*$")
_MAX_GAP = 6


@dataclass
class NoteBody:
    marker: str
    text: str
    page: int  # index of the page the body was found on


_GLUE_AFTER = set("»”’\"'.,;:?!)]")


def find_marker(text: str, marker: str, start: int = 0, end: int | None = None) -> int | None:
    """A footnote marker as printed: glued to a word, closing punctuation or a year."""
    end = len(text) if end is None else end
    i = text.find(marker, start, end)
    while i != -1:
        after = i + len(marker)
        if (after >= len(text) or not text[after].isdigit()) and _glued(text, i):
            return i
        i = text.find(marker, i + 1, end)
    return None


def _glued(text: str, i: int) -> bool:
    if i == 0:
        return False
    char = text[i - 1]
    if char.isalpha() or char in _GLUE_AFTER:
        return True
    year = text[i - 4 : i]
    return i >= 4 and year.isdigit() and year[:2] in ("19", "20") and (i == 4 or not text[i - 5].isalnum())


def _line_start_marker(marker: str, before: str) -> bool:
    """A superscript extracted onto its own line, or to the start of the next line."""
    marker = re.escape(marker)
    return bool(re.search(rf"(?m)(?<=\S\n){marker}[ \t]*$|^{marker}\s+[a-z]{{2,}} [a-z]", before))


@dataclass(frozen=True)
class _Layout:
    real_pages: bool  # blocks run to the page end
    width: int  # the usual line length
    typeset: bool  # a PDF text layer: markers stay in place, so a body may start in lower case


def cut_bodies(
    pages: list[list[str]], *, real_pages: bool, typeset: bool = False
) -> tuple[list[list[str]], list[NoteBody]]:
    """Remove footnote blocks from the pages; return the pages left and the bodies found."""
    lengths = sorted(len(line) for page in pages for line in page if line)
    layout = _Layout(real_pages, lengths[int(len(lengths) * 0.9)] if lengths else 0, typeset)
    bodies: list[NoteBody] = []
    result: list[list[str]] = []
    last = 0
    for index, lines in enumerate(pages):
        context = "\n".join(result[-1] if result else [])
        kept, found = _cut_page(lines, last, context, layout)
        for marker, text in found:
            bodies.append(NoteBody(marker, text, index))
            last = int(marker)
        result.append(kept)
    return result, bodies


def _cut_page(
    lines: list[str], last: int, context: str, layout: _Layout
) -> tuple[list[str], list[tuple[str, str]]]:
    kept: list[str] = []
    notes: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        start = _block_start(lines, i, last, lambda: context + "\n" + "\n".join(kept), layout)
        if start is None:
            kept.append(lines[i])
            i += 1
            continue
        block, i = _read_block(lines, i, last, layout)
        notes.extend(block)
        last = int(block[-1][0])
    return kept, notes


def _block_start(
    lines: list[str], i: int, last: int, text_before: Callable[[], str], layout: _Layout
) -> int | None:
    match = _START_RE.match(lines[i])
    if not match or i == 0:
        return None
    number = int(match.group(1))
    if not last < number <= last + _MAX_GAP:
        return None
    if not layout.real_pages and lines[i - 1] != "":
        return None
    if match.group(2) is None and match.group(3) is None and (i + 1 >= len(lines) or not lines[i + 1]):
        return None
    if not layout.typeset and match.group(2) and _LOWER_START_RE.match(match.group(2)):
        return None  # "4 is de problematiek …": a displaced marker, then running text
    before = text_before()
    if find_marker(before, match.group(1)) is None and not _line_start_marker(match.group(1), before):
        return None
    return number


def _read_block(lines: list[str], i: int, last: int, layout: _Layout) -> tuple[list[tuple[str, str]], int]:
    notes: list[tuple[str, list[str]]] = []
    while i < len(lines):
        line = lines[i]
        match = _START_RE.match(line)
        if match and int(match.group(1)) > last and (match.group(2) or match.group(3) or _has_next(lines, i)):
            last = int(match.group(1))
            notes.append((match.group(1), [match.group(2) or match.group(3) or ""]))
        elif line == "":
            if not layout.real_pages and not _continues(lines, i, layout.width):
                break
        elif not layout.real_pages and (is_header(line) or len(_last_text(lines, i)) < 0.7 * layout.width):
            break
        else:
            notes[-1][1].append(line)
        i += 1
    return [(marker, join_note_lines(parts)) for marker, parts in notes], i


def _has_next(lines: list[str], i: int) -> bool:
    return i + 1 < len(lines) and bool(lines[i + 1])


def _continues(lines: list[str], i: int, width: int) -> bool:
    """After a blank line inside a block: does the footnote (or block) go on?

    A lower-case line continues the footnote only when the footnote's last line ran to the
    margin; after a short line it is the running text resuming on the next page.
    """
    if len(lines[i - 1]) < 0.7 * width:
        return bool(_START_RE.match(_next_text(lines, i)))
    j = i
    while j < len(lines) and lines[j] == "":
        j += 1
    if j >= len(lines):
        return False
    nxt = lines[j]
    return nxt[:1].islower() or bool(_START_RE.match(nxt) and not nxt[:1].isupper())


def _last_text(lines: list[str], i: int) -> str:
    while i > 0 and lines[i - 1] == "":
        i -= 1
    return lines[i - 1] if i > 0 else ""


def _next_text(lines: list[str], i: int) -> str:
    while i < len(lines) and lines[i] == "":
        i += 1
    return lines[i] if i < len(lines) else ""


def join_note_lines(parts: list[str]) -> str:
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if not text:
            text = part
        elif _URLISH_RE.search(text) and (text[-1] in "/-_.?=&%" or part[0] in "%/?&#=_."):
            text += part
        elif text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text += " " + part
    return text


def place_markers(
    text: str, bodies: list[NoteBody], exact: dict[str, int], page_ends: list[int]
) -> tuple[Footnote, ...]:
    """Footnotes in marker order, with anchors; gaps in the numbering keep an empty body."""
    by_marker = {b.marker: b for b in bodies}
    markers = sorted(set(by_marker) | set(exact), key=_marker_key)
    markers = _fill_gaps(markers)
    notes: list[Footnote] = []
    pos = 0
    for marker in markers:
        body = by_marker.get(marker)
        anchor = exact.get(marker)
        if anchor is None:
            limit = page_ends[body.page] if body is not None and body.page < len(page_ends) else len(text)
            anchor = _find_glued(text, marker, pos, limit)
        if anchor is not None:
            pos = anchor + len(marker)
        if body is None and anchor is None and marker not in exact:
            continue
        notes.append(Footnote(marker=marker, text=body.text if body else "", anchor=anchor))
    return tuple(notes)


def _marker_key(marker: str) -> tuple[int, str]:
    return (int(marker), marker) if marker.isdigit() else (10**6, marker)


def _fill_gaps(markers: list[str]) -> list[str]:
    numbers = [int(m) for m in markers if m.isdigit()]
    if not numbers:
        return markers
    missing = [str(n) for n in range(1, max(numbers)) if str(n) not in markers]
    return sorted(markers + missing, key=_marker_key)


def _find_glued(text: str, marker: str, start: int, limit: int) -> int | None:
    found = find_marker(text, marker, start, max(limit, start))
    if found is not None:
        return found
    # a superscript that lost its place: "(GL) 4 is de …"
    loose = re.compile(rf"(?<=\S ){re.escape(marker)}(?= [a-z]{{2,}} [a-z])")
    match = loose.search(text, start, max(limit, start))
    return match.start() if match else None
