"""Bulk coding from a spreadsheet (CSV): read rows, resolve names, locate quotes.

Columns (header names, any order, case-insensitive): ``document`` (title or kenmerk), ``quote``,
``topics`` (separated by ``;`` or ``|``), ``stance``, ``claimant``, ``note``; optionally
``addressee`` and ``proposition``. Topic and stance accept a code or a label in either language.
A row that cannot be placed is reported by its line number and nothing is imported from it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desktop.core.claims.anchoring import locate_fuzzy
from desktop.core.claims.commands import CreateClaim
from desktop.core.errors import NaastError

REQUIRED = ("document", "quote")
OPTIONAL = ("topics", "stance", "claimant", "note", "addressee", "proposition")
#: Minimum similarity for a quote that is not found verbatim.
QUOTE_THRESHOLD = 90.0
_TOPIC_SEPARATORS = re.compile(r"[;|]")


class SheetError(NaastError):
    """A spreadsheet cannot be read as claims at all (as opposed to one bad row)."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    line: int  # line in the file where the row starts (the header is line 1)
    values: Mapping[str, str]

    def get(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Lookups:
    """Names the project knows; keys of the mappings are casefolded."""

    document: Callable[[str], tuple[int, str]]  # name -> (id, text); raises NaastError if unknown
    topics: Mapping[str, int]
    stances: Mapping[str, int]
    actors: Mapping[str, int]


def key(name: str) -> str:
    return " ".join(name.split()).casefold()


def read_sheet(text: str) -> list[SheetRow]:
    """The rows of a CSV text (with or without BOM; comma, semicolon or tab separated)."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # the header decides: spreadsheets differ
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [key(h) for h in next(reader)]
    except StopIteration as exc:
        raise SheetError("the file is empty") from exc
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise SheetError(f"the header lacks the column(s) {', '.join(missing)}")
    rows: list[SheetRow] = []
    line = reader.line_num + 1
    for record in reader:
        if any(cell.strip() for cell in record):
            rows.append(SheetRow(line, dict(zip(header, record, strict=False))))
        line = reader.line_num + 1
    return rows


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``: verbatim, then ignoring whitespace, then fuzzily."""
    pos = text.find(quote)
    if pos >= 0:
        return pos, pos + len(quote)
    words = quote.split()
    if words:
        found = re.search(r"\s+".join(map(re.escape, words)), text)
        if found:
            return found.start(), found.end()
    fuzzy = locate_fuzzy(text, quote, threshold=QUOTE_THRESHOLD)
    return (fuzzy[0], fuzzy[1]) if fuzzy else None


def resolve_rows(
    rows: list[SheetRow], lookups: Lookups, *, created: str, coder: str
) -> tuple[list[CreateClaim], list[RowProblem]]:
    claims: list[CreateClaim] = []
    problems: list[RowProblem] = []
    for row in rows:
        try:
            claims.append(_resolve(row, lookups, created, coder))
        except NaastError as exc:
            problems.append(RowProblem(row.line, str(exc)))
    return claims, problems


class _RowError(NaastError):
    pass


def _resolve(row: SheetRow, lookups: Lookups, created: str, coder: str) -> CreateClaim:
    name, quote = row.get("document"), row.get("quote")
    if not name:
        raise _RowError("no document named")
    if not quote:
        raise _RowError("no quote")
    document_id, text = lookups.document(name)
    span = locate_quote(text, quote)
    if span is None:
        raise _RowError(f"the quote was not found in {name!r}")
    names = [t for t in _TOPIC_SEPARATORS.split(row.get("topics")) if t.strip()]
    topics = tuple(dict.fromkeys(_lookup(lookups.topics, t, "topic") for t in names))
    return CreateClaim(
        document_id=document_id,
        start=span[0],
        end=span[1],
        created=created,
        topics=topics,
        stance_id=_optional(lookups.stances, row.get("stance"), "stance"),
        claimant_id=_optional(lookups.actors, row.get("claimant"), "actor"),
        addressee_id=_optional(lookups.actors, row.get("addressee"), "actor"),
        proposition=row.get("proposition") or None,
        note=row.get("note"),
        coder=coder,
    )


def _lookup(names: Mapping[str, int], name: str, what: str) -> int:
    found = names.get(key(name))
    if found is None:
        raise _RowError(f"unknown {what} {name.strip()!r}")
    return found


def _optional(names: Mapping[str, int], name: str, what: str) -> int | None:
    return _lookup(names, name, what) if name else None
