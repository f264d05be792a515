"""Reading a claims table (CSV, .xlsx or JSON) into rows, tolerantly.

- The encoding is sniffed: a UTF-8 or UTF-16 byte order mark decides; otherwise UTF-8 if the bytes
  are valid UTF-8, else cp1252 (what Excel on Windows writes as "CSV").
- A field may be as long as a document may be (the default ``csv`` limit of 131,072 characters
  would refuse a long note).
- A malformed row (an unterminated quote, text after a closing quote) is reported by its line with
  the reason, and reading goes on at the next line, so the good rows around it are kept.
- A file that cannot be read at all (missing, binary, not a spreadsheet) raises :class:`SheetError`
  with one sentence; nothing is imported then.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from naast.core.claims.bulk import RowProblem, SheetError, SheetRow, key
from naast.core.exchange.cells import restore
from naast.core.exchange.table import json_value_as_text
from naast.core.parsing.detect import DEFAULT_MAX_BYTES

csv.field_size_limit(DEFAULT_MAX_BYTES)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


@dataclass(slots=True)
class SheetRead:
    """The rows of a table, with the lines that could not be read as rows."""

    header: list[str]
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def read_table(path: Path) -> SheetRead:
    """Rows of a CSV, .xlsx or JSON claims table (the format from the suffix, .xlsx also by content)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    if len(data) > DEFAULT_MAX_BYTES:
        raise SheetError(f"{path.name} is larger than {DEFAULT_MAX_BYTES // (1024 * 1024)} MB.")
    suffix = path.suffix.lower()
    if suffix == ".qdpx":
        raise SheetError(f"{path.name} is a REFI-QDA project, not a table: import it as a project.")
    if suffix == ".xlsx" or data.startswith(b"PK\x03\x04"):
        return read_xlsx(data, path.name)
    text = decode(data, path.name)
    if suffix == ".json" or text.lstrip().startswith("["):
        return read_json(text, path.name)
    return read_csv(text)


def decode(data: bytes, name: str = "the file") -> str:
    """Text of a spreadsheet file: BOM-sniffed UTF-8/UTF-16, else UTF-8, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data, "utf-8-sig", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", name)
    if b"\x00" in data:
        raise SheetError(f"{name} is not a text spreadsheet (it holds binary data).")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SheetError(f"{name} is not valid {encoding.upper()} text (byte {exc.start}).") from exc
    if "\x00" in text:
        raise SheetError(f"{name} is not a text spreadsheet (it holds binary data).")
    return text


def read_csv(text: str) -> SheetRead:
    """Rows of a CSV text: comma, semicolon or tab separated, as the header line shows."""
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    header_line = next((i for i, line in enumerate(lines) if line.strip()), None)
    if header_line is None:
        raise SheetError("the file is empty")
    delimiter = max(",;\t", key=lines[header_line].count)
    header_cells = next(csv.reader([lines[header_line]], delimiter=delimiter), [])
    read = SheetRead([key(restore(h)) for h in header_cells])
    start = header_line + 1
    while start < len(lines):
        start = _read_from(lines, start, delimiter, read)
    return read


def _read_from(lines: list[str], start: int, delimiter: str, read: SheetRead) -> int:
    """Read rows from line index ``start``; on a malformed row, report it and return where to go on."""
    reader = csv.reader(io.StringIO("\n".join(lines[start:]), newline=""), delimiter=delimiter, strict=True)
    row_start = start
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                cells = [restore(cell) for cell in record]
                read.rows.append(SheetRow(row_start + 1, dict(zip(read.header, cells, strict=False))))
            row_start = start + reader.line_num
    except csv.Error as exc:
        reason = "an unterminated quote" if "end of data" in str(exc) else f"malformed CSV ({exc})"
        read.problems.append(RowProblem(row_start + 1, f"{reason}; the row was skipped"))
        return row_start + 1
    return len(lines)


def read_json(text: str, name: str = "the file") -> SheetRead:
    """Rows of a JSON list of objects (``naast claims export --format json``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SheetError(f"{name} is not valid JSON (line {exc.lineno}).") from exc
    if isinstance(data, dict) and isinstance(data.get("claims"), list):
        data = data["claims"]
    if not isinstance(data, list):
        raise SheetError(f"{name} is not a list of claims.")
    read = SheetRead([])
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            read.problems.append(RowProblem(number, "this entry is not an object; it was skipped"))
            continue
        values = {key(str(k)): json_value_as_text(key(str(k)), v) for k, v in item.items()}
        read.rows.append(SheetRow(number, values))
    read.header = sorted({k for row in read.rows for k in row.values})
    return read


def read_xlsx(data: bytes, name: str = "the file") -> SheetRead:
    """Rows of the first sheet of an .xlsx workbook; row numbers are the sheet's."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SheetError(f"{name} is not a readable .xlsx workbook.") from exc
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [key(_cell_text(c)) for c in next(rows, ())]
        read = SheetRead(header)
        for number, values in enumerate(rows, start=2):
            cells = [_cell_text(c) for c in values]
            if any(c.strip() for c in cells):
                read.rows.append(SheetRow(number, dict(zip(header, cells, strict=False))))
    finally:
        workbook.close()
    if not header:
        raise SheetError("the file is empty")
    return read


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
