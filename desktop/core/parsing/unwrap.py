"""Turn lines (wrapped as on a page, or one per paragraph) into paragraphs.

Decisions use the shape of the lines, not the words of particular documents: a line that runs
to the usual right margin continues; a short line ending a sentence ends the paragraph; a line
that breaks off mid-sentence continues when the next starts in lower case; headers stand
alone; double-spaced text (every line followed by one blank line) has soft blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from naast.core.parsing.headers import LABEL_INITIALS, inline_header, is_label_line, may_be_label
from naast.core.parsing.hyphens import WordIndex, join_hyphenated
from naast.core.parsing.people import ROLE
from naast.core.parsing.source import NOTE_CLOSE, NOTE_OPEN

_BULLETS = "•*·▪◦●\uf0b7\uf0a7\uf02d"
_BULLET_RE = re.compile(f"^(?:[{_BULLETS}]|-\\s)")
_BULLET_STARTS = _BULLETS + "-"
_LIST_ITEM_RE = re.compile(r"^(?:[a-z]\)\s|\(?\d{1,2}[.)]\s|\([a-z]\)\s|[a-z]\.\s)")
_ABBREVIATIONS = {
    "ca.", "o.a.", "bijv.", "bv.", "nr.", "nrs.", "jl.", "art.", "resp.", "e.d.", "d.w.z.", "i.p.v.",
    "m.b.t.", "t.a.v.", "incl.", "excl.", "blz.", "zgn.", "mr.", "dr.", "drs.", "ir.", "prof.", "mw.",
    "dhr.", "vs.", "e.a.", "n.a.v.", "m.u.v.", "vgl.", "i.v.m.", "t.b.v.", "m.n.", "o.b.v.", "p.",
}  # fmt: skip
_TERMINAL = ".?!:;"
_ALWAYS_TERMINAL = frozenset(_TERMINAL) - {"."}  # "." may close an abbreviation
_MARKER_LINE_RE = re.compile(r"\d{1,3}")
_SIGNATURE_RE = re.compile(rf"^(?:De|Het)\s+{ROLE}\s+(?:van|voor)\b[^.]*,$")
_HEADING_RE = re.compile(r"^\d{1,2}[.)]\s+[A-Z«“‘'\"].{0,150}[^.;:,]$")
_DISPLACED_MARK_RE = re.compile(r"^\d{1,3} (?=[a-z]{2,} [a-z])")
_JOIN_TIGHT = tuple("?.,;:!)»”")


class Line:
    """One line of text with what the unwrapping decisions ask of it, worked out once.

    A plain class with slots: thousands are made per document, and a dataclass with
    ``__post_init__`` cost a third more."""

    __slots__ = (
        "blank_before",
        "block_start",
        "ends_sentence",
        "header",
        "lower",
        "new_page",
        "page",
        "signature",
        "text",
    )

    def __init__(
        self,
        text: str,
        page: int,
        blank_before: int = 0,  # blank lines between this line and the previous one
        new_page: bool = False,
        header: bool = False,  # a header alone on its line
        block_start: bool = False,  # a header, alone or followed by ": text"
    ) -> None:
        self.text = text
        self.page = page
        self.blank_before = blank_before
        self.new_page = new_page
        self.header = header
        self.block_start = block_start
        # Each test decides most lines on one character, without a call.
        first, last = text[:1], text[-1:]
        # starts with a lower-case word
        self.lower = first.islower() if first.isalpha() else _starts_lower(text)
        if last.isalpha() or last == ",":
            self.ends_sentence = False
        else:  # "?", "!", ":" and ";" always end one; "." may close an abbreviation
            self.ends_sentence = last in _ALWAYS_TERMINAL or _ends_sentence(text)
        self.signature = last == "," and _is_signature_like(text)  # "De Minister van …,"

    def __repr__(self) -> str:
        return f"Line({self.text!r}, page={self.page}, blank_before={self.blank_before})"


@dataclass
class Paragraph:
    text: str
    page_marks: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, page)


def to_lines(pages: list[list[str]]) -> list[Line]:
    """Flatten pages, folding blank lines into a count on the next line. Blank lines at a page
    end are not counted: extraction tools pad pages with them, so they say nothing."""
    lines: list[Line] = []
    for page, page_lines in enumerate(pages):
        blanks = 0
        first = True
        for text in page_lines:
            if not text:
                blanks += 1
                continue
            header = starts = False
            if text[0] in LABEL_INITIALS and may_be_label(text):  # lines are stripped: no space before
                header = is_label_line(text)
                starts = header or inline_header(text) is not None
            lines.append(Line(text, page, 0 if first else blanks, first and page > 0, header, starts))
            blanks, first = 0, False
    return lines


def unwrap(
    lines: list[Line], *, wrapped: bool | None, index: WordIndex, structural: bool = False
) -> list[Paragraph]:
    """``wrapped``: the lines were broken at a margin; None to tell from their lengths (nine in ten
    no longer than 130 characters). ``structural``: the source marks paragraphs itself (Word, XML,
    HTML), so none is joined."""
    width = _width(lines) if wrapped is not False else 0
    if wrapped is None:
        wrapped = bool(lines) and width <= 130
    double = wrapped and _double_spaced(lines, width)
    grown: list[_Growing] = []
    prev: Line | None = None
    for line in lines:
        if prev is not None and not structural and _continues(prev, line, width, double, wrapped):
            grown[-1].append(line, index)
        else:
            grown.append(_Growing(line))
        prev = line
    return [paragraph.done() for paragraph in grown]


class _Growing:
    """A paragraph being unwrapped: its lines are kept as parts and joined once at the end
    (adding each line to the text so far copied a long paragraph once per line)."""

    __slots__ = ("length", "marks", "parts")

    def __init__(self, line: Line) -> None:
        self.parts = [line.text]
        self.length = len(line.text)
        self.marks = [(0, line.page)]

    def append(self, line: Line, index: WordIndex) -> None:
        text = line.text
        parts = self.parts
        if parts[-1][-1] == "-" and self._broken_word():
            last = parts[-1]
            parts[-1] = join_hyphenated(last, text, index)
            self.length += len(parts[-1]) - len(last)
        elif text.startswith(_JOIN_TIGHT) or _is_marker_line(text):
            parts.append(text)
            self.length += len(text)
        else:
            parts += (" ", text)
            self.length += 1 + len(text)
        if self.marks[-1][1] != line.page:
            self.marks.append((self.length - len(text), line.page))

    def _broken_word(self) -> bool:
        """The text so far ends in a hyphen after a letter or digit; its last word is then made
        the last part (it may begin in an earlier one), for ``join_hyphenated``."""
        parts = self.parts
        last = parts[-1]
        if len(parts) > 1 and (len(last) < 2 or " " not in last):
            last = "".join(parts)
            parts[:] = [last]
        return len(last) > 1 and last[-2].isalnum()

    def done(self) -> Paragraph:
        return Paragraph("".join(self.parts), self.marks)


def _continues(prev: Line, line: Line, width: int, double: bool, wrapped: bool) -> bool:
    if prev.header or line.block_start or (line.text[:1] in _BULLET_STARTS and _BULLET_RE.match(line.text)):
        return False
    if line.signature or prev.signature:
        return False
    if prev.text[:1].isdigit() and _HEADING_RE.match(prev.text) and not line.lower:
        return False  # a numbered heading ("3. Meer druk inzake Dublinverordening")
    text = line.text
    second_to_fourth = text[1:4]  # "a) ", "1. ", "(2) ": a ")" or "." there, then the pattern
    list_item = (")" in second_to_fourth or "." in second_to_fourth) and _LIST_ITEM_RE.match(text)
    if list_item and (prev.ends_sentence or prev.text.endswith(",")):
        return False  # "1. …", "a) …" after a finished line starts a list item
    if text.startswith(_JOIN_TIGHT[:6]):
        return True
    if len(text) <= 3 and _is_marker_line(text):  # a superscript on a line of its own, or a number
        return line.blank_before == 0 and not line.new_page
    lower_next = line.lower
    if not prev.ends_sentence and lower_next:
        return True
    if not wrapped:
        return False
    soft = line.blank_before == 0 or (double and line.blank_before == 1)
    if not soft:
        return False
    if prev.text.endswith("-") and lower_next:
        return True
    return _next_word_would_not_fit(prev.text, line.text, width)


def _is_marker_line(text: str) -> bool:
    return len(text) <= 3 and text[:1].isdigit() and _MARKER_LINE_RE.fullmatch(text) is not None


def _next_word_would_not_fit(prev: str, text: str, width: int) -> bool:
    """The line was broken by the margin, not by the author: the next word would not have fit."""
    first_word = text.split(" ", 1)[0]
    return len(prev) + 1 + len(first_word) > 0.85 * width


def _starts_lower(text: str) -> bool:
    """Starts with a lower-case word, perhaps after a displaced footnote number ("4 is de …")."""
    if text[:1].isdigit():
        text = _DISPLACED_MARK_RE.sub("", text)
    for char in text:
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip()
    if stripped[-1:].isalpha():
        return False  # most wrapped lines break off after a word
    if stripped[-1:].isdecimal() or stripped.endswith(NOTE_CLOSE):
        stripped = _without_trailing_marks(stripped)
    stripped = stripped.rstrip("»”\"')’ ")
    if stripped.endswith(".") and stripped[stripped.rfind(" ") + 1 :].lower() in _ABBREVIATIONS:
        return False  # "ca.", "o.a.": an abbreviation, not the end of a sentence
    return bool(stripped) and stripped[-1] in _TERMINAL


def _without_trailing_marks(text: str) -> str:
    """ "verlengde.12" -> "verlengde.": footnote numbers and placeholders at the end, read from
    the right (a pattern anchored at the end is still tried at every position of the line)."""
    end = len(text)
    while end:
        if text[end - 1].isdecimal():
            end -= 1
        elif text[end - 1] == NOTE_CLOSE:
            opening = text.find(NOTE_OPEN, text.rfind(NOTE_CLOSE, 0, end - 1) + 1, end - 1)
            if opening == -1:
                break
            end = opening
        else:
            break
    return text[:end]


def _is_signature_like(text: str) -> bool:
    """ "De Minister van Asiel en Migratie," : the role line of a signature."""
    return text.endswith(",") and len(text) < 120 and bool(_SIGNATURE_RE.match(text))


def _width(lines: list[Line]) -> int:
    return usual_length([len(line.text) for line in lines])


def usual_length(lengths: list[int]) -> int:
    """The usual length of the lines these are the lengths of: nine in ten are no longer (0 for
    none). Blank lines are left out by the caller."""
    lengths = sorted(lengths)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _double_spaced(lines: list[Line], width: int) -> bool:
    """Every line followed by a blank one: sentences then run on across single blank lines."""
    doubled = direct = 0
    long_line = 0.6 * width
    for prev, line in pairwise(lines):
        if prev.ends_sentence or line.new_page or len(prev.text) < long_line:
            continue  # only lines broken mid-sentence by the margin tell
        doubled += line.blank_before == 1
        direct += line.blank_before == 0
    return doubled >= 5 and doubled > direct
