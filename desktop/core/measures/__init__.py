"""How ministers answer: time, delays, combined answers, referrals, refusals, length and boilerplate.

The one door of the measures: :func:`measure` turns a project's parsed documents into a
:class:`Report` of per-document measures and per-group rows. It reads no files but the pattern
lists and the cabinet list it is given, and knows nothing of the store or the GUI.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from naast.core.measures.aggregate import GROUPINGS, Cabinet, Row, aggregate, group_keys, read_cabinets
from naast.core.measures.answers import TERM_DAYS, AnswerMeasure, DocumentMeasure, measure_document
from naast.core.measures.patterns import Match, PatternList, read_patterns
from naast.core.model import DocType, ParsedDocument

__all__ = [
    "GROUPINGS",
    "TERM_DAYS",
    "AnswerMeasure",
    "Cabinet",
    "DocumentMeasure",
    "Match",
    "Options",
    "PatternList",
    "Report",
    "Row",
    "default_options",
    "measure",
]


class Source(Protocol):
    id: int
    title: str
    parsed: ParsedDocument


@dataclass(frozen=True, slots=True)
class Options:
    referrals: PatternList
    declines: PatternList
    cabinets: tuple[Cabinet, ...] = ()
    by: str = "minister"
    date_from: str | None = None  # ISO, inclusive, on the date received (else submitted)
    date_to: str | None = None
    parties: tuple[str, ...] = ()  # only documents asked by one of these parties
    document_ids: frozenset[int] | None = None  # only these documents (a topic's, say)


def default_options(resources: Path, **choices: Any) -> Options:
    folder = resources / "measures"
    return Options(
        referrals=read_patterns(folder / "referrals.txt", "referrals"),
        declines=read_patterns(folder / "declines.txt", "declines"),
        cabinets=read_cabinets(folder / "cabinets.json"),
        **choices,
    )


@dataclass(frozen=True, slots=True)
class Report:
    by: str
    documents: tuple[DocumentMeasure, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = field(default=())

    def to_json(self, matches: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {"by": self.by, "rows": [r.to_json() for r in self.rows]}
        data["notes"] = list(self.notes)
        if matches:
            data["matches"] = [m for d in self.documents for m in _matches_json(d)]
        return data


def measure(
    answered: Iterable[Source],
    notices: Iterable[Source],
    texts: Iterable[tuple[int, str]],
    options: Options,
) -> Report:
    """Measure every answered document that passes the options' filters, and group them."""
    from naast.core.measures.boilerplate import ReuseCoverage  # numpy: loaded here, not at start-up

    coverage = ReuseCoverage(texts)
    delays = _delay_notices(notices)
    measures = []
    for source in answered:
        doc = source.parsed
        if doc.doc_type is not DocType.ANSWERS or not _passes(source, options):
            continue
        measures.append(
            measure_document(
                source.id,
                doc,
                source.title,
                options.referrals,
                options.declines,
                lambda s, e, i=source.id: coverage.reused_words(i, s, e),
                delays.get(doc.kenmerk, ()) if doc.kenmerk else (),
            )
        )
    rows = aggregate(measures, group_keys(options.by, options.cabinets))
    return Report(options.by, tuple(measures), tuple(rows), _notes(measures, bool(delays)))


def _passes(source: Source, options: Options) -> bool:
    doc = source.parsed
    if options.document_ids is not None and source.id not in options.document_ids:
        return False
    if options.parties and not {p.party for p in doc.askers} & set(options.parties):
        return False
    day = doc.date_received or doc.date_submitted
    if options.date_from and (not day or day < options.date_from):
        return False
    return not (options.date_to and (not day or day > options.date_to))


def _delay_notices(notices: Iterable[Source]) -> dict[str, tuple[int, ...]]:
    """Mededelingen by the kenmerk of the questions whose answer they put off."""
    found: dict[str, list[int]] = {}
    for source in notices:
        if source.parsed.doc_type is DocType.NOTICE and source.parsed.kenmerk:
            found.setdefault(source.parsed.kenmerk, []).append(source.id)
    return {k: tuple(v) for k, v in found.items()}


def _notes(measures: Sequence[DocumentMeasure], any_notice: bool) -> tuple[str, ...]:
    notes = []
    undated = sum(1 for m in measures if m.days is None)
    if undated:
        notes.append(f"{undated} of {len(measures)} documents lack a submitted or received date: no days.")
    if measures and not any_notice:
        notes.append("The project holds no Mededeling with a kenmerk: no delay can be seen.")
    return tuple(notes)


def _matches_json(doc: DocumentMeasure) -> Iterable[dict[str, Any]]:
    for answer in doc.answers:
        for kind, found in (("referral", answer.referrals), ("decline", answer.declines)):
            for m in found:
                yield {
                    "kind": kind,
                    "document": doc.document_id,
                    "title": doc.title,
                    "answer": answer.label,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                }
