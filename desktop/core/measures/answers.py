"""Measures of one answered document and of each question in it, from its parsed structure.

A question is a number in a question unit's header; its answer is the answer unit whose header names
that number. Words are counted as Naast's comparison counts them (letters and digits, joined across
inner hyphens, apostrophes and number punctuation), in the answer's text after its header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from naast.core.measures.patterns import Match, PatternList
from naast.core.model import DocType, ParsedDocument, Unit, UnitKind

#: The Reglement van Orde asks for answers within three weeks.
TERM_DAYS = 21

#: For a span of a document: how many of its words stand in passages reused elsewhere.
ReusedWords = Callable[[int, int], int]


@dataclass(frozen=True, slots=True)
class AnswerMeasure:
    """One answer unit, and the questions it answers."""

    label: str
    start: int
    end: int
    questions: tuple[int, ...]
    words: int
    reused_words: int
    referrals: tuple[Match, ...]
    declines: tuple[Match, ...]

    @property
    def combined(self) -> bool:
        return len(self.questions) > 1


@dataclass(frozen=True, slots=True)
class DocumentMeasure:
    document_id: int
    title: str
    minister: str | None  # "Staatssecretaris Broekers-Knol"
    ministry: str | None
    parties: tuple[str, ...]  # the askers' parties, each once
    date_submitted: str | None
    date_received: str | None
    delayed_by: tuple[int, ...]  # ids of the Mededelingen that announced a delay
    questions: tuple[int, ...]  # every question number asked
    answers: tuple[AnswerMeasure, ...]

    @property
    def days(self) -> int | None:
        """Calendar days from submitted to received; None unless both dates are known and in order."""
        if not (self.date_submitted and self.date_received):
            return None
        days = (date.fromisoformat(self.date_received) - date.fromisoformat(self.date_submitted)).days
        return days if days >= 0 else None

    @property
    def within_term(self) -> bool | None:
        return None if self.days is None else self.days <= TERM_DAYS

    @property
    def year(self) -> str | None:
        known = self.date_received or self.date_submitted
        return known[:4] if known else None

    @property
    def answered(self) -> tuple[int, ...]:
        """Question numbers that an answer unit names, in the order asked."""
        named = {q for a in self.answers for q in a.questions}
        return tuple(q for q in self.questions if q in named)


def measure_document(
    document_id: int,
    doc: ParsedDocument,
    title: str,
    referrals: PatternList,
    declines: PatternList,
    reused_words: ReusedWords | None = None,
    delayed_by: tuple[int, ...] = (),
) -> DocumentMeasure:
    asked = _question_numbers(doc.units)
    answers = tuple(
        _measure_answer(doc, unit, asked, referrals, declines, reused_words)
        for unit in doc.units
        if unit.kind is UnitKind.ANSWER
    )
    responder = doc.answered_by
    minister = None
    if responder is not None:
        minister = f"{responder.role} {responder.name}" if responder.role else responder.name
    parties = tuple(dict.fromkeys(p.party for p in doc.askers if p.party))
    return DocumentMeasure(
        document_id=document_id,
        title=title,
        minister=minister,
        ministry=responder.ministry if responder else None,
        parties=parties,
        date_submitted=doc.date_submitted,
        date_received=doc.date_received,
        delayed_by=delayed_by,
        questions=asked,
        answers=answers,
    )


def is_answered_document(doc: ParsedDocument) -> bool:
    return doc.doc_type is DocType.ANSWERS


def _question_numbers(units: tuple[Unit, ...]) -> tuple[int, ...]:
    numbers = (n for u in units if u.kind is UnitKind.QUESTION for n in u.numbers)
    return tuple(dict.fromkeys(numbers))


def _measure_answer(
    doc: ParsedDocument,
    unit: Unit,
    asked: tuple[int, ...],
    referrals: PatternList,
    declines: PatternList,
    reused_words: ReusedWords | None,
) -> AnswerMeasure:
    from naast.core.compare.wordhash import word_hashes  # numpy: loaded to measure, not at start-up

    start = body_start(doc.text, unit)
    body = doc.text[start : unit.end]
    answered = unit.answers or unit.numbers
    questions = tuple(q for q in answered if q in asked) or tuple(answered)
    return AnswerMeasure(
        label=unit.label,
        start=unit.start,
        end=unit.end,
        questions=questions,
        words=len(word_hashes(body)[0]),
        reused_words=reused_words(start, unit.end) if reused_words else 0,
        referrals=tuple(referrals.find(body, start)),
        declines=tuple(declines.find(body, start)),
    )


def body_start(text: str, unit: Unit) -> int:
    """Where an answer's own words begin: after its header label, when the unit opens with it."""
    start = unit.start
    while start < unit.end and text[start].isspace():
        start += 1
    if text.startswith(unit.label, start):
        start += len(unit.label)
    return start
