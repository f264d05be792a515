"""The one claims table: the same columns in CSV, .xlsx and JSON, for export and for import.

``claim_id`` is the claim's stable UUID, so a row read back updates the claim it came from instead
of adding a copy. A document is named four ways (``document_id``, ``identifier``, ``kenmerk``,
``source``) so that the table finds it again in another project holding the same documents; the
``document`` title is for people. ``start`` and ``end`` are Python code points into the document's
normalised text; ``topics`` are separated by ``;`` in CSV and .xlsx and a list in JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

COLUMNS: tuple[str, ...] = (
    "claim_id",
    "document_id",
    "identifier",
    "kenmerk",
    "source",
    "document",
    "unit",
    "start",
    "end",
    "quote",
    "topics",
    "stance",
    "claimant",
    "addressee",
    "proposition",
    "note",
    "coder",
    "status",
    "previous_quote",
    "created",
    "modified",
)

#: Separator of topics inside one cell.
TOPIC_SEPARATOR = "; "
_INTEGER_COLUMNS = frozenset({"document_id", "start", "end"})


@dataclass(frozen=True, slots=True)
class TableClaim:
    """One row of the claims table."""

    claim_id: str
    document_id: int | None
    identifier: str | None
    kenmerk: str | None
    source: str | None
    document: str | None
    unit: str | None
    start: int
    end: int
    quote: str
    topics: tuple[str, ...] = ()
    stance: str | None = None
    claimant: str | None = None
    addressee: str | None = None
    proposition: str | None = None
    note: str = ""
    coder: str = ""
    status: str = "ok"
    previous_quote: str | None = None  # what a ``changed`` claim quoted before its document changed
    created: str = ""
    modified: str = ""

    def to_json(self) -> dict[str, Any]:
        """The row as a JSON object (``topics`` a list, numbers as numbers, absent values null)."""
        data = {column: getattr(self, column) for column in COLUMNS}
        data["topics"] = list(self.topics)
        return data

    def cells(self) -> list[str]:
        """The row as spreadsheet texts, in column order (absent values empty)."""
        data = self.to_json()
        data["topics"] = TOPIC_SEPARATOR.join(self.topics)
        return ["" if data[c] is None else str(data[c]) for c in COLUMNS]


def json_value_as_text(column: str, value: Any) -> str:
    """A JSON cell as the text a spreadsheet cell would hold (for reading JSON like a sheet)."""
    if value is None:
        return ""
    if column == "topics" and isinstance(value, list):
        return TOPIC_SEPARATOR.join(str(v) for v in value)
    if column in _INTEGER_COLUMNS and isinstance(value, bool):
        return ""
    return str(value)
