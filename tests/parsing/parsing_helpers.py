"""Assertions shared by the parsing tests."""

from __future__ import annotations

import re

from naast.core.model import ParsedDocument, UnitKind

FURNITURE_RE = re.compile(
    r"ah-tk-\d{8}|ISSN \d{4}|Tweede Kamer, vergaderjaar|’s-Gravenhage \d{4}|\[bookmark:|\[footnoteRef:"
)


def assert_tiles(doc: ParsedDocument) -> None:
    """Units cover every character exactly once, in order."""
    pos = 0
    for unit in doc.units:
        assert unit.start == pos, f"gap or overlap at {pos}: {unit}"
        assert unit.end > unit.start, f"empty unit {unit}"
        pos = unit.end
    assert pos == len(doc.text)


def qa_groups(doc: ParsedDocument) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    questions = [u.numbers for u in doc.units if u.kind is UnitKind.QUESTION]
    answers = [u.answers for u in doc.units if u.kind is UnitKind.ANSWER]
    return questions, answers


def question_numbers(doc: ParsedDocument) -> list[int]:
    return sorted({n for u in doc.units if u.kind is UnitKind.QUESTION for n in u.numbers})


def unit_for(doc: ParsedDocument, kind: UnitKind, number: int):
    for unit in doc.units:
        if unit.kind is kind and number in unit.numbers:
            return unit
    raise AssertionError(f"no {kind} unit numbered {number}")
