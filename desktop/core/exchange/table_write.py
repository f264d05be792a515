"""Writing the claims table as CSV, .xlsx or JSON, each through ``safe_write`` (atomic).

- CSV: UTF-8 with a byte order mark (so Excel reads the accents), every cell neutralised against
  formula injection (:mod:`naast.core.exchange.cells`), the delimiter of the caller's choice.
- .xlsx: one sheet with a bold header row, frozen and filtered; every text cell is typed as a
  string, so no cell can become a formula, and the file opens in a Dutch Excel without a wizard.
- JSON: a list of objects with the same keys.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from naast.core.errors import NaastError
from naast.core.exchange.cells import neutralise
from naast.core.exchange.table import COLUMNS, TableClaim
from naast.core.safe_write import atomic_target, write_text_atomically

FORMATS = ("csv", "xlsx", "json")
#: The most characters Excel holds in one cell; a longer cell makes Excel "repair" the file.
XLSX_CELL_LIMIT = 32_767
#: Characters XML 1.0 (and so .xlsx) cannot hold, besides tab, newline and carriage return.
_XML_ILLEGAL = {c: None for c in range(32) if c not in (9, 10, 13)}
Step = Callable[[], None]


def format_for(path: Path, given: str | None = None) -> str:
    """The table format a file name asks for (``given`` wins)."""
    fmt = (given or path.suffix.lstrip(".")).lower()
    return fmt if fmt in FORMATS else "csv"


def csv_text(claims: Sequence[TableClaim], delimiter: str = ",", step: Step | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for claim in claims:
        writer.writerow([neutralise(cell.replace("\x00", "")) for cell in claim.cells()])
        if step:
            step()
    return "\ufeff" + buffer.getvalue()


def json_text(claims: Sequence[TableClaim]) -> str:
    return json.dumps([c.to_json() for c in claims], ensure_ascii=False, indent=2) + "\n"


def write_table(
    claims: Sequence[TableClaim],
    path: str | os.PathLike[str],
    fmt: str,
    *,
    delimiter: str = ",",
    step: Step | None = None,
) -> Path:
    """Write ``claims`` to ``path`` as ``fmt`` (csv, xlsx or json); the old file stays on failure."""
    target = Path(path)
    if fmt == "xlsx":
        write_xlsx(claims, target, step=step)
    elif fmt == "json":
        write_text_atomically(target, json_text(claims))
    else:
        write_text_atomically(target, csv_text(claims, delimiter, step))
    return target


class TooLongForExcel(NaastError):
    """A cell is longer than Excel allows; nothing was written."""


def check_cell_lengths(claims: Sequence[TableClaim]) -> None:
    for claim in claims:
        for column, value in zip(COLUMNS, claim.cells(), strict=True):
            if len(value) > XLSX_CELL_LIMIT:
                raise TooLongForExcel(
                    f"The {column} of claim {claim.claim_id} has {len(value):,} characters, more than an "
                    f"Excel cell holds ({XLSX_CELL_LIMIT:,}); export as CSV or JSON instead."
                )


def write_xlsx(claims: Sequence[TableClaim], path: Path, *, step: Step | None = None) -> None:
    check_cell_lengths(claims)
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Claims"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_number, claim in enumerate(claims, start=2):
        for column_number, (column, value) in enumerate(zip(COLUMNS, claim.cells(), strict=True), start=1):
            cell = sheet.cell(row=row_number, column=column_number)
            if column in ("document_id", "start", "end") and value.isdigit():
                cell.value = int(value)
            else:
                cell.value = value.translate(_XML_ILLEGAL)
                cell.data_type = "s"  # a string, even when it starts with "="
        if step:
            step()
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = (
        f"A1:{sheet.cell(row=1, column=len(COLUMNS)).column_letter}{max(1, len(claims) + 1)}"
    )
    for letter, width in (("J", 60), ("P", 40), ("F", 40)):
        sheet.column_dimensions[letter].width = width
    with atomic_target(path) as tmp:
        workbook.save(tmp)
