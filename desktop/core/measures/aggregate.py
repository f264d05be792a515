"""Measures of answered documents brought together per office holder, ministry, party, year or cabinet."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

from naast.core.measures.answers import DocumentMeasure

GROUPINGS = ("minister", "ministry", "party", "year", "cabinet")
UNKNOWN = "(unknown)"
KeyFn = Callable[[DocumentMeasure], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Cabinet:
    name: str
    start: str  # ISO date it took office; it lasts until the next one's start


def read_cabinets(path: Path) -> tuple[Cabinet, ...]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return tuple(sorted((Cabinet(r["name"], r["start"]) for r in rows), key=lambda c: c.start))


def cabinet_on(day: str | None, cabinets: Sequence[Cabinet]) -> str | None:
    if not day:
        return None
    current = None
    for cabinet in cabinets:
        if cabinet.start <= day:
            current = cabinet.name
    return current


def group_keys(by: str, cabinets: Sequence[Cabinet] = ()) -> KeyFn:
    """The groups a document counts in: one, or one per party of its askers for ``party``."""
    if by == "minister":
        return lambda d: (d.minister or UNKNOWN,)
    if by == "ministry":
        return lambda d: (d.ministry or UNKNOWN,)
    if by == "party":
        return lambda d: d.parties or (UNKNOWN,)
    if by == "year":
        return lambda d: (d.year or UNKNOWN,)
    if by == "cabinet":
        return lambda d: (cabinet_on(d.date_received or d.date_submitted, cabinets) or UNKNOWN,)
    raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")


@dataclass(frozen=True, slots=True)
class Row:
    """One group's figures, with the counts behind each (shares are None where their n is 0)."""

    name: str
    document_ids: tuple[int, ...]
    questions: int
    days: tuple[int, ...]  # one per dated document
    within_term: int
    delayed: int
    answered: int  # questions an answer names
    combined: int
    referral: int
    declined: int
    answer_words: int
    reused_words: int

    @property
    def documents(self) -> int:
        return len(self.document_ids)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "documents": self.documents,
            "questions": self.questions,
            "median_days": median(self.days) if self.days else None,
            "p90_days": percentile(self.days, 0.9),
            "within_term_share": _share(self.within_term, len(self.days)),
            "delayed_share": _share(self.delayed, self.documents),
            "combined_share": _share(self.combined, self.answered),
            "referral_share": _share(self.referral, self.answered),
            "declined_share": _share(self.declined, self.answered),
            "words_per_answer": _share(self.answer_words, self.answered),
            "boilerplate_share": _share(self.reused_words, self.answer_words),
            "n": {
                "dated_documents": len(self.days),
                "answered_questions": self.answered,
                "answer_words": self.answer_words,
            },
            "document_ids": list(self.document_ids),
        }


def aggregate(
    measures: Iterable[DocumentMeasure], keys: Callable[[DocumentMeasure], tuple[str, ...]]
) -> list[Row]:
    groups: dict[str, list[DocumentMeasure]] = {}
    for measure in measures:
        for key in keys(measure):
            groups.setdefault(key, []).append(measure)
    rows = [_row(name, docs) for name, docs in groups.items()]
    return sorted(rows, key=lambda r: (r.name == UNKNOWN, r.name.casefold()))


def _row(name: str, docs: list[DocumentMeasure]) -> Row:
    days = tuple(d.days for d in docs if d.days is not None)
    answers = [(a, d) for d in docs for a in d.answers]
    # An answer counts once per question it answers (that was asked), so shares are of questions.
    per_question = [(a, len([q for q in a.questions if q in d.questions]) or 1) for a, d in answers]
    return Row(
        name=name,
        document_ids=tuple(d.document_id for d in docs),
        questions=sum(len(d.questions) for d in docs),
        days=days,
        within_term=sum(1 for d in docs if d.within_term),
        delayed=sum(1 for d in docs if d.delayed_by),
        answered=sum(k for _a, k in per_question),
        combined=sum(k for a, k in per_question if a.combined),
        referral=sum(k for a, k in per_question if a.referrals),
        declined=sum(k for a, k in per_question if a.declines),
        answer_words=sum(a.words for a, _k in per_question),
        reused_words=sum(a.reused_words for a, _k in per_question),
    )


def percentile(values: Sequence[int], q: float) -> float | None:
    """Linear interpolation between the closest ranks (numpy's default, Excel's PERCENTILE.INC)."""
    if not values:
        return None
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None
