"""Cut the normalised text into units that tile it: preamble, questions, answers, sections,
notice, closing. Every character belongs to exactly one unit.

Headers are whole lines (see ``headers``); letter sections are numbered one-line titles
counting 1, 2, 3 …; the closing starts at the signature ("De Minister van …,") or at notes
after the last unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.model import Unit, UnitKind
from desktop.core.parsing.headers import answer_numbers, question_numbers
from desktop.core.parsing.people import ROLE

_SECTION_RE = re.compile(r"^(\d{1,2})[.)]?\s+([^\W\d_].{2,150})$")
_SIGNATURE_RE = re.compile(
    rf"^(?:(?:De|Het)\s+{ROLE}\b.*,|Hoogachtend,?|Met (?:vriendelijke|hoogachtende) groet,?)$"
)
_NOTE_LINE_RE = re.compile(r"^\d{1,3}\)\s")
_BARE_NUMBER_RE = re.compile(r"^(\d{1,3})\.?$")
_NOTICE_RE = re.compile(rf"^Mededeling\s+van\s+(?:de\s+)?{ROLE}\b")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # end of the line text, without the newline
    text: str


def lines_of(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


@dataclass(frozen=True)
class Head:
    start: int
    kind: UnitKind
    numbers: tuple[int, ...]
    label: str
    title: str | None = None


def segment(text: str) -> tuple[Unit, ...]:
    if not text:
        return ()
    lines = [line for line in lines_of(text) if line.text.strip()]
    heads = _qa_heads(lines) or _section_heads(lines) or _bare_question_heads(lines) or _notice_heads(lines)
    closing = _closing_start(lines, heads[-1].start if heads else 0)
    return _tile(text, heads, closing)


def _qa_heads(lines: list[Line]) -> list[Head]:
    heads: list[Head] = []
    for line in lines:
        label = line.text.strip()
        numbers = question_numbers(label)
        if numbers is not None:
            heads.append(Head(line.start, UnitKind.QUESTION, numbers, label))
            continue
        numbers = answer_numbers(label)
        if numbers is not None:
            heads.append(Head(line.start, UnitKind.ANSWER, numbers, label))
    return heads


def _section_heads(lines: list[Line]) -> list[Head]:
    heads: list[Head] = []
    for line in lines:
        match = _SECTION_RE.match(line.text.strip())
        if not match or match.group(2).rstrip()[-1:] in ".;,:":
            continue
        number = int(match.group(1))
        if number == len(heads) + 1:
            title = re.sub(r"\s+", " ", match.group(2)).strip()
            heads.append(Head(line.start, UnitKind.SECTION, (number,), f"{number}. {title}", title))
    return heads if len(heads) >= 2 else []


def _bare_question_heads(lines: list[Line]) -> list[Head]:
    """Questions numbered by a bare "1" line (Kamervragen zonder antwoord)."""
    heads: list[Head] = []
    for line in lines:
        match = _BARE_NUMBER_RE.match(line.text.strip())
        if match and int(match.group(1)) == len(heads) + 1:
            number = int(match.group(1))
            heads.append(Head(line.start, UnitKind.QUESTION, (number,), line.text.strip()))
    return heads if len(heads) >= 2 else []


def _notice_heads(lines: list[Line]) -> list[Head]:
    for i, line in enumerate(lines[:-1]):
        if _NOTICE_RE.match(line.text.strip()):
            return [Head(lines[i + 1].start, UnitKind.NOTICE, (), "Mededeling")]
    return []


def _closing_start(lines: list[Line], after: int) -> int | None:
    body = [line for line in lines if line.start > after]
    for line in body[1:]:
        text = line.text.strip()
        if _SIGNATURE_RE.match(text) or _NOTE_LINE_RE.match(text):
            return line.start
    return None


def _tile(text: str, heads: list[Head], closing: int | None) -> tuple[Unit, ...]:
    units: list[Unit] = []
    end_of_body = closing if closing is not None else len(text)
    first = heads[0].start if heads else end_of_body
    if first > 0:
        units.append(Unit(UnitKind.PREAMBLE, 0, first, "Preamble"))
    for i, head in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else end_of_body
        answers = head.numbers if head.kind is UnitKind.ANSWER else ()
        units.append(Unit(head.kind, head.start, end, head.label, head.numbers, answers, head.title))
    if not heads and first == len(text):
        return (Unit(UnitKind.PREAMBLE, 0, len(text), "Preamble"),)
    if end_of_body < len(text):
        units.append(Unit(UnitKind.CLOSING, end_of_body, len(text), "Closing"))
    return tuple(units)
