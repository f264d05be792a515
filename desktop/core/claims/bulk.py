"""Bulk coding from a claims table: resolve each row to a new claim, an update, or a refusal.

The columns are those of :mod:`naast.core.exchange.table` (any order, case-insensitive); a sheet
written by hand needs only ``quote`` and one way of naming the document (``document_id``,
``identifier``, ``kenmerk``, ``source`` or the ``document`` title). Topic and stance accept a code
or a label in either language.

- A row whose ``claim_id`` is a claim of the project updates that claim; it never adds a copy. A row
  without a claim id that lands on exactly the span of a claim by the same coder stands for that
  claim too (a sheet written by hand, imported twice). A row that changes nothing is unchanged.
- A row is placed at its ``start``/``end`` when the quote is found there, else at the occurrence of
  the quote nearest ``start``, else where the quote is found ignoring white space or fuzzily.
- A row that cannot be placed or names something the project lacks is refused with its line and
  the reason; the other rows are kept. All new and updated claims are one undoable command.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from naast.core.claims.anchoring import locate_fuzzy
from naast.core.claims.commands import KEEP, CreateClaim, EditClaim, Keep, claims_count
from naast.core.commands import ProjectView, RowOp
from naast.core.errors import NaastError

#: Ways a row can name its document, in the order they are tried.
DOCUMENT_COLUMNS = ("identifier", "kenmerk", "source", "document_id", "document")
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

    def has(self, column: str) -> bool:
        return column in self.values


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ExistingClaim:
    """What the project holds for a claim that a row may update."""

    id: int
    document_id: int | None
    start: int
    end: int
    topics: tuple[int, ...]
    stance_id: int | None
    claimant_id: int | None
    addressee_id: int | None
    proposition: str | None
    note: str
    coder: str


@dataclass(frozen=True, slots=True)
class Lookups:
    """Names the project knows; keys of the mappings are casefolded."""

    document: Callable[[str], tuple[int, str]]  # name -> (id, text); raises NaastError if unknown
    topics: Mapping[str, int]
    stances: Mapping[str, int]
    actors: Mapping[str, int]
    #: (column, value) -> (id, text) or None: an exact match on one of ``DOCUMENT_COLUMNS``.
    document_by: Callable[[str, str], tuple[int, str] | None] | None = None
    existing: Mapping[str, ExistingClaim] = field(default_factory=dict)  # by uid


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a table amounts to: claims to add, edits to make, and the rest."""

    creates: tuple[CreateClaim, ...] = ()
    edits: tuple[EditClaim, ...] = ()
    unchanged: int = 0
    problems: tuple[RowProblem, ...] = ()

    def summary(self) -> str:
        return (
            f"{len(self.creates)} added, {len(self.edits)} updated, {self.unchanged} unchanged, "
            f"{len(self.problems)} refused"
        )


@dataclass(frozen=True, slots=True)
class SyncClaims:
    """New claims and updates of known ones from a table or a project file, as one undoable step."""

    creates: tuple[CreateClaim, ...]
    edits: tuple[EditClaim, ...] = ()
    source: str = "spreadsheet"

    @property
    def label(self) -> str:
        if not self.edits:
            return f"Import {claims_count(len(self.creates))} from {self.source}"
        return f"Import {claims_count(len(self.creates))} and update {len(self.edits)} from {self.source}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        cache: dict[str, int] = {}
        ops: list[RowOp] = []
        for claim in self.creates:
            ops.extend(claim.plan_with(view, cache))
        for edit in self.edits:
            ops.extend(edit.plan(view))
        return ops


def key(name: str) -> str:
    return " ".join(name.split()).casefold()


def read_sheet(text: str) -> list[SheetRow]:
    """The rows of a CSV text (with or without BOM; comma, semicolon or tab separated)."""
    from naast.core.exchange.table_read import read_csv

    read = read_csv(text)
    check_header(read.header)
    return read.rows


def check_header(header: Sequence[str]) -> None:
    if "quote" not in header:
        raise SheetError("the header lacks the column quote")
    if not any(column in header for column in DOCUMENT_COLUMNS):
        raise SheetError(f"the header names no document column (one of {', '.join(DOCUMENT_COLUMNS)})")


def locate_quote(text: str, quote: str, near: int | None = None) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text``: verbatim (nearest ``near``), then ignoring whitespace, then fuzzily."""
    found = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
    if found:
        pos = min(found, key=lambda p: (abs(p - near), p)) if near is not None else found[0]
        return pos, pos + len(quote)
    words = quote.split()
    if words:
        spaced = list(re.finditer(r"\s+".join(map(re.escape, words)), text))
        if spaced:
            match = min(spaced, key=lambda m: abs(m.start() - near)) if near is not None else spaced[0]
            return match.start(), match.end()
    fuzzy = locate_fuzzy(text, quote, near=near or 0, threshold=QUOTE_THRESHOLD)
    return (fuzzy[0], fuzzy[1]) if fuzzy else None


def place(text: str, quote: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The row's own offsets when the quote is there, else :func:`locate_quote` near ``start``."""
    if start is not None and end is not None and 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    return locate_quote(text, quote, near=start)


def resolve_rows(
    rows: Sequence[SheetRow], lookups: Lookups, *, created: str, coder: str
) -> tuple[list[CreateClaim], list[RowProblem]]:
    """New claims only (the older interface); see :func:`resolve_table` for updates too."""
    resolved = resolve_table(rows, lookups, now=created, coder=coder)
    return list(resolved.creates), list(resolved.problems)


def resolve_table(rows: Sequence[SheetRow], lookups: Lookups, *, now: str, coder: str) -> Resolved:
    creates: list[CreateClaim] = []
    edits: list[EditClaim] = []
    problems: list[RowProblem] = []
    unchanged = 0
    seen = _Seen(spans={(c.document_id, c.start, c.end, c.coder): c for c in lookups.existing.values()})
    for row in rows:
        try:
            outcome = _resolve(row, lookups, now, coder, seen)
        except NaastError as exc:
            problems.append(RowProblem(row.line, str(exc)))
            continue
        if isinstance(outcome, CreateClaim):
            creates.append(outcome)
        elif isinstance(outcome, EditClaim):
            edits.append(outcome)
        else:
            unchanged += 1
    return Resolved(tuple(creates), tuple(edits), unchanged, tuple(problems))


class _RowError(NaastError):
    pass


@dataclass(slots=True)
class _Seen:
    """What earlier rows of the table stood for, and the project's claims by span and coder."""

    spans: dict[tuple[int | None, int, int, str], ExistingClaim]
    uids: set[str] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _Fields:
    document_id: int
    span: tuple[int, int]
    topics: tuple[int, ...]
    stance_id: int | None
    claimant_id: int | None
    addressee_id: int | None


def _resolve(
    row: SheetRow, lookups: Lookups, now: str, coder: str, seen: _Seen
) -> CreateClaim | EditClaim | None:
    uid = _uid(row.get("claim_id"))
    if uid is not None:
        if uid in seen.uids:
            raise _RowError(f"the claim id {uid} appears on an earlier row too")
        seen.uids.add(uid)
    quote = row.values.get("quote") or ""
    if not quote.strip():
        raise _RowError("no quote")
    document_id, text = _document(row, lookups)
    span = place(text, quote, _integer(row, "start"), _integer(row, "end"))
    if span is None:
        raise _RowError(f"the quote was not found in {_document_name(row)!r}")
    fields = _Fields(
        document_id,
        span,
        _topics(row, lookups),
        _optional(lookups.stances, row.get("stance"), "stance"),
        _optional(lookups.actors, row.get("claimant"), "actor"),
        _optional(lookups.actors, row.get("addressee"), "actor"),
    )
    if uid:
        existing = lookups.existing.get(uid)
    else:  # a sheet written by hand, imported twice: the same coder's claim on this very span
        existing = seen.spans.get((document_id, span[0], span[1], row.get("coder") or coder))
    if existing is not None:
        if existing.id in seen.claims:
            raise _RowError("an earlier row already stands for this claim")
        seen.claims.add(existing.id)
        return _edit(row, existing, fields, now, coder)
    created = _timestamp(row, "created") or now
    return CreateClaim(
        document_id=document_id,
        start=span[0],
        end=span[1],
        created=created,
        topics=fields.topics,
        stance_id=fields.stance_id,
        claimant_id=fields.claimant_id,
        addressee_id=fields.addressee_id,
        proposition=row.get("proposition") or None,
        note=row.values.get("note") or "",
        coder=row.get("coder") or coder,
        uid=uid or str(uuid.uuid4()),
        modified=_timestamp(row, "modified") or created,
    )


def _edit(row: SheetRow, old: ExistingClaim, new: _Fields, now: str, coder: str) -> EditClaim | None:
    if old.document_id != new.document_id:
        raise _RowError("this claim id belongs to a claim in another document")

    def changed(value: object, current: object, column: str | None = None) -> object:
        if column is not None and not row.has(column):
            return KEEP
        return KEEP if value == current else value

    values = {
        "span": changed(new.span, (old.start, old.end)),
        "topics": changed(new.topics, old.topics, "topics") if set(new.topics) != set(old.topics) else KEEP,
        "stance_id": changed(new.stance_id, old.stance_id, "stance"),
        "claimant_id": KEEP if new.claimant_id is None else changed(new.claimant_id, old.claimant_id),
        "addressee_id": changed(new.addressee_id, old.addressee_id, "addressee"),
        "proposition": changed(row.get("proposition") or None, old.proposition, "proposition"),
        "note": changed(row.values.get("note") or "", old.note, "note"),
        "coder": changed(row.get("coder") or old.coder, old.coder, "coder"),
    }
    if all(isinstance(v, Keep) for v in values.values()):
        return None
    return EditClaim(old.id, now, what="Update claim from a table", **values)  # type: ignore[arg-type]


def _uid(value: str) -> str | None:
    if not value:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _RowError(f"the claim id {value!r} is not a UUID") from None


def _document(row: SheetRow, lookups: Lookups) -> tuple[int, str]:
    named = [(c, row.get(c)) for c in DOCUMENT_COLUMNS if row.get(c)]
    if not named:
        raise _RowError("no document named")
    if lookups.document_by is not None:
        for column, value in named:
            found = lookups.document_by(column, value)
            if found is not None:
                return found
    failure = f"No document in this project matches {_document_name(row)!r}."
    for _column, value in named:
        try:
            return lookups.document(value)
        except NaastError as exc:
            failure = str(exc)
    raise _RowError(failure)


def _document_name(row: SheetRow) -> str:
    return next((row.get(c) for c in ("document", "identifier", "kenmerk", "source") if row.get(c)), "?")


def _integer(row: SheetRow, column: str) -> int | None:
    value = row.get(column)
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError:
        raise _RowError(f"{column} {value!r} is not a number") from None


def _timestamp(row: SheetRow, column: str) -> str | None:
    value = row.get(column)
    if not value:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _RowError(f"{column} {value!r} is not a date and time (ISO 8601)") from None
    return value


def _topics(row: SheetRow, lookups: Lookups) -> tuple[int, ...]:
    names = [t for t in _TOPIC_SEPARATORS.split(row.get("topics")) if t.strip()]
    return tuple(dict.fromkeys(_lookup(lookups.topics, t, "topic") for t in names))


def _lookup(names: Mapping[str, int], name: str, what: str) -> int:
    found = names.get(key(name))
    if found is None:
        raise _RowError(f"unknown {what} {name.strip()!r}")
    return found


def _optional(names: Mapping[str, int], name: str, what: str) -> int | None:
    return _lookup(names, name, what) if name else None
