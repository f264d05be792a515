"""Claims as CSV, .xlsx and JSON in the one claims-table layout (``naast.core.exchange.table``).

The CSV is UTF-8 with a BOM (so Excel reads the accents), with the same columns ``naast claims
export`` writes and ``naast claims import`` reads back; cells that a spreadsheet would run as a
formula are neutralised. The JSON is the same table: a list of rows, ``topics`` a list, numbers as
numbers, absent values null (``naast claims export --format json``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from naast.core.exchange.table import COLUMNS, TableClaim
from naast.core.exchange.table_write import csv_text, json_text
from naast.core.exchange.table_write import write_xlsx as write_table_xlsx
from naast.core.safe_write import write_text_atomically
from naast.export.labels import label
from naast.export.plan import ClaimEntry, Language
from naast.export.progress import CancelFn, Progress, ProgressFn
from naast.export.xmltext import xml_safe

#: The columns of the CSV export: the claims table's.
CSV_COLUMNS = COLUMNS


def table_claim(entry: ClaimEntry, language: Language = "en") -> TableClaim:
    """One claim of the export plan as a row of the claims table."""
    c = entry.citation
    actor = None if entry.actor == label("unknown_actor", language) else entry.actor
    return TableClaim(
        claim_id=entry.uid or entry.claim_id,
        document_id=int(entry.document_id) if entry.document_id and entry.document_id.isdigit() else None,
        identifier=c.identifier,
        kenmerk=c.kenmerk,
        source=entry.source_name,
        document=c.document_title,
        unit=c.unit_label,
        start=entry.start or 0,
        end=entry.end or 0,
        quote=xml_safe(entry.quote),
        topics=tuple(t.label for t in entry.topics),
        stance=entry.stance.label if entry.stance else None,
        claimant=actor,
        addressee=entry.addressee,
        proposition=entry.proposition,
        note=xml_safe(entry.note or ""),
        coder=entry.coder or "",
        status=entry.status,
        previous_quote=entry.previous_quote,
        created=entry.created or "",
        modified=entry.modified or "",
    )


def claim_row(entry: ClaimEntry, language: Language = "en") -> dict[str, Any]:
    """One claim as a mapping of the ``CSV_COLUMNS`` to their cell texts."""
    return dict(zip(COLUMNS, table_claim(entry, language).cells(), strict=True))


def write_csv(
    claims: Sequence[ClaimEntry],
    path: str | os.PathLike[str],
    *,
    language: Language = "en",
    delimiter: str = ",",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """One row per claim in the claims-table layout; the old file stays if this fails or is cancelled."""
    steps = Progress(len(claims), progress, cancelled)
    text = csv_text([table_claim(e, language) for e in claims], delimiter, step=steps.step)
    write_text_atomically(path, text)
    return Path(path)


def write_xlsx(
    claims: Sequence[ClaimEntry],
    path: str | os.PathLike[str],
    *,
    language: Language = "en",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """The same table as an .xlsx workbook: text cells typed as strings, header frozen and filtered."""
    steps = Progress(len(claims), progress, cancelled)
    write_table_xlsx([table_claim(e, language) for e in claims], Path(path), step=steps.step)
    return Path(path)


def write_json(
    claims: Sequence[ClaimEntry],
    path: str | os.PathLike[str],
    *,
    language: Language = "en",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """The same table as a JSON list of rows (``naast claims export --format json``'s layout)."""
    steps = Progress(len(claims), progress, cancelled)
    rows = []
    for entry in claims:
        rows.append(table_claim(entry, language))
        steps.step()
    write_text_atomically(path, json_text(rows))
    return Path(path)
