"""Footnotes: cut their bodies from the bottom of pages, then find their markers in the text.

A footnote block starts at a line "N body" (or "N" alone followed by the body, as pdftotext
lays it out) whose number continues the document's footnote sequence and whose marker occurs
in the text just before it. On a real page the block runs to the end of the page; in text
without page boundaries it ends at a blank line followed by a new capitalised paragraph.
Markers missing a body (lost by the extraction) are kept with an empty body, never invented.

The Tweede Kamer prints the notes of submitted questions as "1)": the marker follows the word
after a space ("vertrekken? 1)") and the bodies "1) NRC, …" close the document. Such a marker
keeps its parenthesis ("1)"). A block of "N)" notes must run to the end of the page, or it is a
numbered list. An answer document may quote the questions with their "N)" notes beside its own
Word or "N body" notes: the two kinds are numbered apart, and a block holds one kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import chain

from naast.core.model import Footnote
from naast.core.parsing.headers import is_header
from naast.core.parsing.unwrap import usual_length

_START_RE = re.compile(r"^(\d{1,3})(?:\s+(\S.*)|(?=[A-Z(«\"“‘'])(.+))?$")
_PAREN_START_RE = re.compile(r"^(\d{1,3}\))(?:\s+(\S.*))?$")
_LOWER_START_RE = re.compile(r"^(?!https?:|www\.|e\.a\.|o\.a\.|d\.d\.|zie\b|vgl\.|idem|ibidem|p\.)[a-z]")
_URLISH_RE = re.compile(r"(https?://|www\.)\S*$")
_MAX_GAP = 6


@dataclass
class NoteBody:
    marker: str
    text: str
    page: int  # index of the page the body was found on


_GLUE_AFTER = set("»”’\"'.,;:?!)]")
_SPACED_AFTER = _GLUE_AFTER - set(",;:")
_NUMBER_SEPARATORS = set(".,:")  # "2,2", "5.4", "10:3": after a digit they join two numbers
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|\Z)")
_LOWER_WORDS_AFTER_RE = re.compile(r"\s+[a-z]{2,} [a-z]")
_LOWER_WORDS_NEXT_RE = re.compile(r" [a-z]{2,} [a-z]")
_NUMBER_NEXT_RE = re.compile(r"\s+\d")  # "vertrekken? 1)", but not the list "opties: 1)"


def _start(line: str) -> tuple[str, str | None] | None:
    """The marker and body of a line that may open a footnote: "3 Kamerstuk …", "1) NRC, …"."""
    if not line[:1].isdigit():
        return None  # both forms begin with the number; most lines do not
    match = _START_RE.match(line)
    if match:
        return match.group(1), match.group(2) or match.group(3)
    match = _PAREN_START_RE.match(line)
    return (match.group(1), match.group(2)) if match else None


def _number(marker: str) -> int:
    return int(marker.rstrip(")"))


def _paren(marker: str) -> bool:
    return marker.endswith(")")


def find_marker(text: str, marker: str, start: int = 0, end: int | None = None) -> int | None:
    """A footnote marker as printed: glued to a word, closing punctuation or a year."""
    end = len(text) if end is None else end
    i = text.find(marker, start, end)
    while i != -1:
        after = i + len(marker)
        if (after >= len(text) or not text[after].isdigit()) and _glued(text, i, after, _paren(marker)):
            return i
        i = text.find(marker, i + 1, end)
    return None


def _glued(text: str, i: int, after: int, paren: bool = False) -> bool:
    if i == 0:
        return False
    char = text[i - 1]
    if char in _NUMBER_SEPARATORS and i >= 2 and text[i - 2].isdigit():
        return _sentence_after_year(text, i, after)
    if char.isalpha() or char in _GLUE_AFTER:
        return True
    if paren and char == " " and i >= 2:
        return text[i - 2].isalnum() or text[i - 2] in _SPACED_AFTER
    return _after_year(text, i, after)


def _sentence_after_year(text: str, i: int, after: int) -> bool:
    """ "2,2%", "artikel 5.4", "2.2 Noodopvang": a digit, a separator and more digits are one number.
    Only a year closing a sentence takes a marker after its full stop: "in 2026.4 Meer …"."""
    if text[i - 1] != "." or not _is_year(text, i - 1):
        return False
    rest = text[after : after + 3].lstrip(" \t")
    return not rest or rest[0] == "\n" or rest[0].isupper()


def _is_year(text: str, end: int) -> bool:
    """Four figures 19xx or 20xx ending at ``end``, standing alone."""
    year = text[end - 4 : end]
    if end < 4 or not year.isdigit() or year[:2] not in ("19", "20"):
        return False
    return end == 4 or not text[end - 5].isalnum()


def _after_year(text: str, i: int, after: int) -> bool:
    """ "in 2019¹" printed as "in 20191": a year standing alone. Not a longer number that only
    starts like one and is followed by more figures: "Postbus 20011 2500 EH" in a letterhead."""
    return _is_year(text, i) and not _NUMBER_NEXT_RE.match(text, after)


def _line_start_marker(marker: str, before: str) -> bool:
    """A superscript extracted onto its own line, or to the start of the next line."""
    if before.startswith(marker) and _LOWER_WORDS_AFTER_RE.match(before, len(marker)):
        return True
    i = before.find("\n" + marker)
    while i != -1:
        after = i + 1 + len(marker)
        if (i > 0 and not before[i - 1].isspace()) and _LINE_END_RE.match(before, after):
            return True  # on a line of its own, after a line of text
        if _LOWER_WORDS_AFTER_RE.match(before, after):
            return True  # at the start of a line, before the text it belongs to
        i = before.find("\n" + marker, i + 1)
    return False


@dataclass(frozen=True)
class _Layout:
    real_pages: bool  # blocks run to the page end
    width: int  # the usual line length
    typeset: bool  # a PDF text layer: markers stay in place, so a body may start in lower case
    typed_only: bool = False  # paragraphs from Word or XML: only typed "N)" notes are cut


def cut_bodies(
    pages: list[list[str]], *, real_pages: bool, typeset: bool = False, typed_only: bool = False
) -> tuple[list[list[str]], list[NoteBody]]:
    """Remove footnote blocks from the pages; return the pages left and the bodies found.

    ``typed_only``: the source marks its own footnotes (Word, XML), so only the typed "N)" notes
    that close a document can still be in the text."""
    width = usual_length([len(line) for line in chain.from_iterable(pages) if line])
    layout = _Layout(real_pages, width, typeset, typed_only)
    bodies: list[NoteBody] = []
    result: list[list[str]] = []
    last = {False: 0, True: 0}  # the last number of each kind: "N" notes and "N)" notes
    for index, lines in enumerate(pages):
        context = "\n".join(result[-1] if result else [])
        # "N)" notes close the document: their markers may be pages back
        earlier = partial(_joined, tuple(result))
        kept, found = _cut_page(lines, last, context, layout, earlier)
        for marker, text in found:
            bodies.append(NoteBody(marker, text, index))
            last[_paren(marker)] = _number(marker)
        result.append(kept)
    return result, bodies


def _joined(pages: tuple[list[str], ...]) -> str:
    return "\n".join("\n".join(page) for page in pages)


def _cut_page(
    lines: list[str], last: dict[bool, int], context: str, layout: _Layout, earlier: Callable[[], str]
) -> tuple[list[str], list[tuple[str, str]]]:
    last = dict(last)
    kept: list[str] = []
    notes: list[tuple[str, str]] = []
    i = 0
    block_end = -1  # where the last block cut ended: a block of the other kind may follow at once
    while i < len(lines):
        start = None
        if lines[i][:1].isdigit():  # every note begins with its number; most lines do not

            def text_before(whole: bool) -> str:
                return (earlier() if whole else context) + "\n" + "\n".join(kept)

            start = _block_start(lines, i, last, text_before, layout, i == block_end)
        if start is None:
            kept.append(lines[i])
            i += 1
            continue
        paren = _paren(start)
        block, end = _read_block(lines, i, last[paren], layout)
        if paren and any(lines[end:]):
            kept.append(lines[i])  # "1) …" lines in the middle of the text: a numbered list
            i += 1
            continue
        notes.extend(block)
        last[paren] = _number(block[-1][0])
        i = block_end = end
    return kept, notes


def _block_start(
    lines: list[str],
    i: int,
    last: dict[bool, int],
    text_before: Callable[[bool], str],
    layout: _Layout,
    after_block: bool = False,
) -> str | None:
    """The marker of the footnote block starting at line ``i``, or None."""
    start = _start(lines[i])
    if start is None or (i == 0 and not _paren(start[0])):  # "N)" notes may fill the last page
        return None
    marker, body = start
    if layout.typed_only and not _paren(marker):
        return None
    number = _number(marker)
    if not last[_paren(marker)] < number <= last[_paren(marker)] + _MAX_GAP:
        return None
    if not layout.real_pages and lines[i - 1] != "" and not (after_block or layout.typed_only):
        return None
    if body is None and (i + 1 >= len(lines) or not lines[i + 1]):
        return None
    if not layout.typeset and body and _LOWER_START_RE.match(body):
        return None  # "4 is de problematiek …": a displaced marker, then running text
    before = text_before(_paren(marker))
    if find_marker(before, marker) is None and not _line_start_marker(marker, before):
        return None
    return marker


def _read_block(lines: list[str], i: int, last: int, layout: _Layout) -> tuple[list[tuple[str, str]], int]:
    notes: list[tuple[str, list[str]]] = []
    while i < len(lines):
        line = lines[i]
        start = _start(line)
        if start and notes and _paren(notes[0][0]) != _paren(start[0]):
            break  # "1)" notes then "1 …" notes: a block holds one kind
        if start and _number(start[0]) > last and (start[1] or _has_next(lines, i)):
            last = _number(start[0])
            notes.append((start[0], [start[1] or ""]))
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
        return _start(_next_text(lines, i)) is not None
    j = i
    while j < len(lines) and lines[j] == "":
        j += 1
    if j >= len(lines):
        return False
    nxt = lines[j]
    return nxt[:1].islower() or (_start(nxt) is not None and not nxt[:1].isupper())


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
    key = partial(_marker_key, exact)
    markers = _fill_gaps(sorted(set(by_marker) | set(exact), key=key), key)
    notes: list[Footnote] = []
    pos = {False: 0, True: 0}  # "1" and "1)" are numbered apart
    for marker in markers:
        body = by_marker.get(marker)
        anchor = exact.get(marker)
        if anchor is None:
            limit = page_ends[body.page] if body is not None and body.page < len(page_ends) else len(text)
            anchor = _find_glued(text, marker, pos[_paren(marker)], limit)
        if anchor is not None:
            pos[_paren(marker)] = anchor + len(marker)
        if body is None and anchor is None and marker not in exact:
            continue
        notes.append(Footnote(marker=marker, text=body.text if body else "", anchor=anchor))
    return tuple(notes)


def _marker_key(exact: dict[str, int], marker: str) -> tuple[int, int, str]:
    """Numbers in their order; other markers ("i", "ix", "a") where their references stand."""
    digits = marker.rstrip(")")
    return (int(digits), 0, marker) if digits.isdigit() else (10**6, exact.get(marker, 10**9), marker)


def _fill_gaps(markers: list[str], key: Callable[[str], tuple[int, int, str]]) -> list[str]:
    missing: list[str] = []
    for suffix in ("", ")"):
        numbers = [int(m[: len(m) - len(suffix)]) for m in markers if _is_numbered(m, suffix)]
        missing += [
            f"{n}{suffix}" for n in range(1, max(numbers, default=0)) if f"{n}{suffix}" not in markers
        ]
    return sorted(markers + missing, key=key)


def _is_numbered(marker: str, suffix: str) -> bool:
    return marker.endswith(suffix) and marker[: len(marker) - len(suffix)].isdigit()


def _find_glued(text: str, marker: str, start: int, limit: int) -> int | None:
    found = find_marker(text, marker, start, max(limit, start))
    if found is not None:
        return found
    # a superscript that lost its place: "(GL) 4 is de …": after a word and a space, before words
    end = max(limit, start)
    i = text.find(marker, start, end)
    while i != -1:
        after_word = i >= 2 and text[i - 1] == " " and not text[i - 2].isspace()
        if after_word and _LOWER_WORDS_NEXT_RE.match(text, i + len(marker), end):
            return i
        i = text.find(marker, i + 1, end)
    return None
