"""Cut the normalised text into units that tile it: preamble, questions, answers, sections,
notice, closing. Every character belongs to exactly one unit.

Headers are whole lines (see ``headers``); letter sections are numbered one-line titles
counting 1, 2, 3 …; the closing starts at the signature ("De Minister van …,") or at notes
after the last unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from naast.core.model import Unit, UnitKind
from naast.core.parsing.headers import (
    answer_numbers,
    bare_answer,
    continued_header,
    inline_header,
    may_be_label,
    question_numbers,
)
from naast.core.parsing.people import ROLE, SIGN_MORE_RE, SIGN_ROLE_RE, SIGN_STARTS

_SECTION_RE = re.compile(r"^(\d{1,2}[.)]?|[IVX]{1,5}[.)])\s+([^\W\d_].{2,150})$")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# A paragraph that ends a sentence (a footnote marker or a closing quote may follow the stop).
_SENTENCE_END_RE = re.compile(r"[.:?!][\"'”’»)]?\d{0,2}$")
_SIGNATURE_RE = re.compile(
    rf"^(?:(?:De|Het)\s+{ROLE}\b.*,|Hoogachtend,?|Met (?:vriendelijke|hoogachtende) groet,?)$"
)
_NOTE_LINE_RE = re.compile(r"^(\d{1,3})\)\s")
_NOTICE_RE = re.compile(rf"^Mededeling\s+van\s+(?:de\s+)?{ROLE}\b")
# How Kamervragen open, each at the start of a paragraph: the questions ("Vragen van het lid …"),
# the answer ("Antwoord van minister …", "Nader antwoord van de Minister van …") or the notice
# ("Mededeling van staatssecretaris …"). Elsewhere these words are a letter's prose.
OPENING_RE = re.compile(
    r"(?m)^[ \t]*(?:(?P<questions>Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s)"
    rf"|(?P<answers>(?:Antwoord|Nader\s+antwoord)\s+van\s+(?:de\s+|het\s+)?{ROLE}(?![\w-]))"
    rf"|(?P<notice>Mededeling\s+van\s+(?:de\s+|het\s+)?{ROLE}(?![\w-])))"
)
_NUMBERED_RE = re.compile(r"^(\d{1,3})(?:[.)]?$|[.)]\s+\S|\s+[A-ZÀ-Ý«“‘'\"(])")
_ANSWER_INTRO_RE = re.compile(r"^Antwoord(?:en)?\b")


class Line(NamedTuple):
    """A named tuple: made for every line, and a frozen dataclass costs several times as much."""

    start: int
    end: int  # end of the line text, without the newline
    text: str


def lines_of(text: str) -> list[Line]:
    """The lines of ``text`` that hold more than white space, with their offsets."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        if raw and not raw.isspace():
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
    lines = lines_of(text)
    heads = _qa_heads(lines)
    if not heads and is_kamervragen(lines):
        heads = _numbered_qa_heads(lines) or _notice_heads(lines) or _section_heads(lines)
    elif not heads:
        heads = _interleaved_qa_heads(lines) or _section_heads(lines) or _titled_sections(lines)
    closing = _closing_start(lines, heads[-1].start if heads else 0)
    return _tile(text, heads, closing)


def is_kamervragen(lines: list[Line]) -> bool:
    """Written questions, answers or a notice: one of the opening paragraphs says so."""
    return any(OPENING_RE.match(line.text) for line in lines[:8])


def _qa_heads(lines: list[Line]) -> list[Head]:
    heads: list[Head] = []
    for i, line in enumerate(lines):
        if not may_be_label(line.text):
            continue  # most lines: every header and bare "Antwoord" starts like a label
        head = _qa_head(line)
        if head is not None and i + 1 < len(lines) and head.label == line.text.strip():
            head = _continued(head, lines[i + 1].text)
        elif head is None and heads and heads[-1].kind is UnitKind.QUESTION:
            bare = bare_answer(line.text)  # "Antwoord" under "Vraag 2" answers question 2
            head = Head(line.start, UnitKind.ANSWER, heads[-1].numbers, bare) if bare else None
        if head is not None:
            heads.append(head)
    return heads


def _qa_head(line: Line) -> Head | None:
    label = line.text.strip()
    if not may_be_label(label):
        return None
    numbers = question_numbers(label)
    if numbers is not None:
        return Head(line.start, UnitKind.QUESTION, numbers, label)
    numbers = answer_numbers(label)
    if numbers is not None:
        return Head(line.start, UnitKind.ANSWER, numbers, label)
    inline = inline_header(label)
    if inline is not None:
        kind = UnitKind.QUESTION if inline[0] == "question" else UnitKind.ANSWER
        return Head(line.start, kind, inline[1], inline[2])
    return None


def _continued(head: Head, nxt: str) -> Head:
    """A header wrapped over two lines ("Vraag 3, 4" / "en 5") takes the numbers of both."""
    joined = continued_header(head.label, nxt)
    return Head(head.start, head.kind, joined[1], joined[0]) if joined else head


def _numbered_qa_heads(lines: list[Line]) -> list[Head]:
    """Questions numbered "1", "1." or "1. Bent u …", and answers numbered again from 1
    after an "Antwoord" paragraph (the older Aanhangsel layout), or each answer under its
    question after a line "Antwoord" (lists of questions and answers)."""
    chains = _numbered_chains(lines)
    if not chains:
        return []
    interleaved = _interleaved(lines, chains[0]) if len(chains) == 1 else []
    if interleaved:
        return interleaved
    heads = [Head(line.start, UnitKind.QUESTION, (n,), f"Vraag {n}") for line, n in chains[0]]
    if len(chains) > 1:
        first = _answer_intro(lines, heads[-1].start, chains[1][0][0].start)
        for i, (line, n) in enumerate(chains[1]):
            heads.append(Head(first if i == 0 else line.start, UnitKind.ANSWER, (n,), f"Antwoord {n}"))
    return heads


def _interleaved_qa_heads(lines: list[Line]) -> list[Head]:
    """Outside Kamervragen (a "lijst van vragen en antwoorden"): numbered questions, each with a
    line "Antwoord" before its answer."""
    chains = _numbered_chains(lines)
    return _interleaved(lines, chains[0]) if chains else []


def _interleaved(lines: list[Line], questions: list[tuple[Line, int]]) -> list[Head]:
    bounds = [line.start for line, _ in questions] + [lines[-1].end + 1]
    heads: list[Head] = []
    for i, (question, n) in enumerate(questions):
        heads.append(Head(question.start, UnitKind.QUESTION, (n,), f"Vraag {n}"))
        for line in lines:
            label = bare_answer(line.text) if bounds[i] < line.start < bounds[i + 1] else None
            if label:
                heads.append(Head(line.start, UnitKind.ANSWER, (n,), label))
                break
    answered = sum(1 for head in heads if head.kind is UnitKind.ANSWER)
    return heads if answered >= max(1, len(questions) // 2) else []


def _numbered_chains(lines: list[Line]) -> list[list[tuple[Line, int]]]:
    chains: list[list[tuple[Line, int]]] = []
    for i, line in enumerate(lines):
        match = _NUMBERED_RE.match(line.text.strip())
        if not match or _is_note(lines, i):
            continue
        number = int(match.group(1))
        if number == 1 and len(chains) < 2:
            chains.append([(line, 1)])
        elif chains and number == chains[-1][-1][1] + 1:
            chains[-1].append((line, number))
    return [chain for chain in chains if len(chain) >= 2 or len(chains) == 2]


def _is_note(lines: list[Line], i: int) -> bool:
    """ "1) NRC, …" whose marker "1)" stands in the text before (the Tweede Kamer's notes)."""
    match = _NOTE_LINE_RE.match(lines[i].text.strip())
    if not match:
        return False
    reference = re.compile(rf"[^\s\d(] ?{match.group(1)}\)(?!\d)")
    return any(reference.search(line.text) for line in lines[:i])


def _answer_intro(lines: list[Line], after: int, before: int) -> int:
    """Where the answers begin: at an "Antwoord …" paragraph just before answer 1, if any."""
    for line in lines:
        if after < line.start < before and _ANSWER_INTRO_RE.match(line.text.strip()):
            return line.start
    return before


def _section_heads(lines: list[Line]) -> list[Head]:
    """Numbered headings 1, 2, 3 … A heading is followed by body text; items of a numbered list
    follow each other line by line ("1. de bezetting" / "2. de spreidingswet"), so they are not."""
    candidates = _section_candidates(lines)
    listed = _list_items(candidates)
    heads: list[Head] = []
    for index, line, number, title in candidates:
        if number == len(heads) + 1 and index not in listed:
            numeral = line.text.split()[0].rstrip(".)")
            heads.append(Head(line.start, UnitKind.SECTION, (number,), f"{numeral}. {title}", title))
    return heads if len(heads) >= 2 else []


def _section_candidates(lines: list[Line]) -> list[tuple[int, Line, int, str]]:
    """(line index, line, number, title) of every line that looks like a heading numbered
    1, 2 … or I, II …"""
    candidates: list[tuple[int, Line, int, str]] = []
    for index, line in enumerate(lines):
        match = _SECTION_RE.match(line.text.strip())
        if match and match.group(2).rstrip()[-1:] not in ".;,:":
            title = " ".join(match.group(2).split())
            candidates.append((index, line, _number(match.group(1).rstrip(".)")), title))
    return candidates


def _number(numeral: str) -> int:
    """ "12" -> 12, "IV" -> 4 (a smaller roman digit before a larger one subtracts)."""
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN[char] for char in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _list_items(candidates: list[tuple[int, Line, int, str]]) -> set[int]:
    """Line indexes of numbered items on consecutive lines (a list, not headings)."""
    listed: set[int] = set()
    for (index, _, number, _), (nxt, _, nxt_number, _) in pairwise(candidates):
        if nxt == index + 1 and nxt_number == number + 1:
            listed.update((index, nxt))
    return listed


def _titled_sections(lines: list[Line]) -> list[Head]:
    """Unnumbered headings of a letter: a short line without closing punctuation, after the
    body has begun and followed by a paragraph of text ("Aanleiding", "Vervolgstappen")."""
    heads: list[Head] = []
    body_started = False
    for i, line in enumerate(lines[:-1]):
        text = line.text.strip()
        if body_started and _is_heading(text) and _opens_section(lines, i):
            heads.append(Head(line.start, UnitKind.SECTION, (), text, text))
        body_started = body_started or len(text) >= 100
    return heads if len(heads) >= 2 else []


def _opens_section(lines: list[Line], i: int) -> bool:
    """A heading line stands between two paragraphs: a long paragraph follows it, or a short one
    that is a sentence ("Ik informeer uw Kamer voor de zomer."), after a paragraph that ended
    (a paragraph cut short at a page break ends without a stop, and goes on in lower case)."""
    nxt = lines[i + 1].text.strip()
    if _is_heading(nxt):
        return False
    if len(nxt) >= 100:
        return True
    previous = lines[i - 1].text.rstrip()
    return (
        nxt[0].isupper()
        and _SENTENCE_END_RE.search(nxt) is not None
        and not previous[-1].islower()
        and previous[-1] != ","
    )


def _is_heading(text: str) -> bool:
    words = text.split()
    return (
        3 <= len(text) <= 80
        and len(words) <= 10
        and text[0].isupper()
        and text[-1] not in ".;:,?!"
        and not _SIGNATURE_RE.match(text)
        and not any(char.isdigit() for char in text)
    )


def _notice_heads(lines: list[Line]) -> list[Head]:
    for i, line in enumerate(lines[:-1]):
        if _NOTICE_RE.match(line.text.strip()):
            return [Head(lines[i + 1].start, UnitKind.NOTICE, (), "Mededeling")]
    return []


def _closing_start(lines: list[Line], after: int) -> int | None:
    """The signature, or the Tweede Kamer's notes ("1) NRC, …" whose marker "1)" stands in the
    text before), after the last unit's first line. Any other "1)" line is an item of a list."""
    first = next((i for i, line in enumerate(lines) if line.start > after), len(lines))
    for i in range(first + 1, len(lines)):
        text = lines[i].text.strip()
        if _SIGNATURE_RE.match(text) or _office_line(lines, i):
            return lines[i].start
        if _NOTE_LINE_RE.match(text) and _is_note(lines, i):
            return lines[i].start
    return None


def _office_line(lines: list[Line], i: int) -> bool:
    """A signature in lower case ("de staatssecretaris van Justitie en Veiligheid,"), after the
    greeting on the same line, or one whose ministry wraps in a narrow column ("De Minister van
    Sociale Zaken en" / "Werkgelegenheid,"): the whole line is the office."""
    text = lines[i].text.strip()
    if not text.startswith(SIGN_STARTS) or SIGN_ROLE_RE.match(text) is None:
        return False
    if text.endswith(","):
        return True
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return text.endswith(" en") and SIGN_MORE_RE.match(nxt) is not None


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
