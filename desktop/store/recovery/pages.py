"""Reading an SQLite file page by page, without SQLite, so that damage in one page loses only it.

Follows the published file format (https://sqlite.org/fileformat2.html): the 100-byte header,
b-tree pages (interior and leaf, table and index), table-leaf cells with their overflow chains,
records of serial types, and the freelist. Every parse is bounded and checked; a page that does
not parse is reported, never guessed at.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from naast.store.recovery.wal import committed_pages

INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE = 2, 5, 10, 13
Value = int | float | str | bytes | None


class BadPage(Exception):
    """A page, cell or record that does not follow the file format."""


@dataclass(frozen=True, slots=True)
class Cell:
    rowid: int
    values: tuple[Value, ...]


@dataclass
class LeafPage:
    number: int
    cells: list[Cell] = field(default_factory=list)
    bad_cells: int = 0  # cells whose record or overflow chain is unreadable


class PageFile:
    """The pages of a database file held in memory (a damaged project is read once, whole)."""

    def __init__(self, data: bytes | mmap.mmap, wal: Path | None = None) -> None:
        if len(data) < 100 or data[:16] != b"SQLite format 3\x00":
            raise BadPage("the file does not start with an SQLite header")
        size = int.from_bytes(data[16:18], "big")
        self.page_size = 65536 if size == 1 else size
        if self.page_size < 512 or self.page_size & (self.page_size - 1):
            raise BadPage(f"the header gives an impossible page size ({size})")
        self.data = data
        self.page_count = len(data) // self.page_size  # the pages really present
        self._newer: dict[int, bytes] = {}
        self.wal_pages = 0
        if wal is not None:
            self._newer, pages_after = committed_pages(wal, self.page_size)
            self.wal_pages = len(self._newer)
            if pages_after is not None:
                self.page_count = pages_after
        head = self.page(1)[:100]
        self.usable = self.page_size - head[20]
        self.encoding = {1: "utf-8", 2: "utf-16-le", 3: "utf-16-be"}.get(
            int.from_bytes(head[56:60], "big"), "utf-8"
        )
        self.freelist_trunk = int.from_bytes(head[32:36], "big")
        self.user_version = int.from_bytes(head[60:64], "big")

    @classmethod
    def read(cls, path: Path) -> PageFile:
        """The file mapped into memory read-only (it is never written, and a large one is not
        copied), with the commits a WAL beside it holds."""
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                raise BadPage("the file is empty")
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        wal = path.with_name(path.name + "-wal")
        return cls(data, wal if wal.is_file() else None)

    def close(self) -> None:
        if isinstance(self.data, mmap.mmap):
            self.data.close()

    def page(self, number: int) -> bytes:
        if not 1 <= number <= self.page_count:
            raise BadPage(f"page {number} is beyond the end of the file")
        newer = self._newer.get(number)
        if newer is not None:
            return newer
        start = (number - 1) * self.page_size
        found = self.data[start : start + self.page_size]
        if len(found) < self.page_size:
            raise BadPage(f"page {number} is beyond the end of the file")
        return found

    def page_type(self, number: int) -> int | None:
        try:
            page = self.page(number)
        except BadPage:
            return None
        return page[100 if number == 1 else 0]

    # -- b-tree pages --------------------------------------------------------------------------

    def _header(self, number: int) -> tuple[bytes, int, int, int]:
        page = self.page(number)
        base = 100 if number == 1 else 0
        kind = page[base]
        if kind not in (INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE):
            raise BadPage(f"page {number} is not a b-tree page (type {kind})")
        cells = int.from_bytes(page[base + 3 : base + 5], "big")
        header = 12 if kind in (INTERIOR_INDEX, INTERIOR_TABLE) else 8
        if base + header + 2 * cells > self.usable:
            raise BadPage(f"page {number} claims {cells} cells, more than fit")
        return page, base, kind, cells

    def _cell_offsets(self, page: bytes, base: int, header: int, cells: int) -> list[int]:
        start = base + header
        offsets = [int.from_bytes(page[start + 2 * i : start + 2 * i + 2], "big") for i in range(cells)]
        for offset in offsets:
            if not base + header <= offset < self.usable:
                raise BadPage("a cell pointer points outside its page")
        return offsets

    def children(self, number: int) -> list[int]:
        """The child pages of an interior table page."""
        page, base, kind, cells = self._header(number)
        if kind != INTERIOR_TABLE:
            raise BadPage(f"page {number} is not an interior table page")
        found = [int.from_bytes(page[o : o + 4], "big") for o in self._cell_offsets(page, base, 12, cells)]
        found.append(int.from_bytes(page[base + 8 : base + 12], "big"))
        return found

    def leaf(self, number: int) -> LeafPage:
        """The rows of a table leaf page; an unreadable cell is counted, not guessed."""
        page, base, kind, cells = self._header(number)
        if kind != LEAF_TABLE:
            raise BadPage(f"page {number} is not a table leaf page")
        result = LeafPage(number)
        for offset in self._cell_offsets(page, base, 8, cells):
            try:
                result.cells.append(self._table_cell(page, offset))
            except (BadPage, IndexError, UnicodeDecodeError, struct.error):
                result.bad_cells += 1
        return result

    def _table_cell(self, page: bytes, offset: int) -> Cell:
        size, offset = varint(page, offset)
        rowid, offset = varint(page, offset)
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        local = self._local_size(size)
        if offset + local > self.usable:
            raise BadPage("a cell runs past the end of its page")
        payload = page[offset : offset + local]
        if local < size:
            first = int.from_bytes(page[offset + local : offset + local + 4], "big")
            payload += self._overflow(first, size - local)
        return Cell(rowid, decode_record(payload, self.encoding))

    def _local_size(self, size: int) -> int:
        usable = self.usable
        most = usable - 35
        if size <= most:
            return size
        least = ((usable - 12) * 32 // 255) - 23
        local = least + (size - least) % (usable - 4)
        return local if local <= most else least

    def _overflow(self, number: int, remaining: int) -> bytes:
        parts: list[bytes] = []
        seen: set[int] = set()
        while remaining > 0:
            if number in seen or number == 0:
                raise BadPage("an overflow chain is broken")
            seen.add(number)
            page = self.page(number)
            take = min(remaining, self.usable - 4)
            parts.append(page[4 : 4 + take])
            remaining -= take
            number = int.from_bytes(page[:4], "big")
        return b"".join(parts)

    def overflow_pages(self, number: int, remaining: int) -> Iterator[int]:
        seen: set[int] = set()
        while remaining > 0 and number and number not in seen and number <= self.page_count:
            seen.add(number)
            yield number
            remaining -= self.usable - 4
            number = int.from_bytes(self.page(number)[:4], "big")

    # -- the freelist --------------------------------------------------------------------------

    def freelist(self) -> set[int]:
        """Pages on the freelist (their old content must not come back); stops at damage."""
        pages: set[int] = set()
        trunk = self.freelist_trunk
        while trunk and trunk not in pages and trunk <= self.page_count:
            pages.add(trunk)
            try:
                page = self.page(trunk)
            except BadPage:
                break
            count = int.from_bytes(page[4:8], "big")
            if count > (self.usable - 8) // 4:
                break
            for i in range(count):
                pages.add(int.from_bytes(page[8 + 4 * i : 12 + 4 * i], "big"))
            trunk = int.from_bytes(page[:4], "big")
        return pages


def varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[offset + i]
        if i == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + i + 1
    raise BadPage("a varint runs on")  # pragma: no cover (the loop returns at i == 8)


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def decode_record(payload: bytes, encoding: str = "utf-8") -> tuple[Value, ...]:
    header_size, pos = varint(payload, 0)
    if not 1 <= header_size <= len(payload):
        raise BadPage("a record header is out of bounds")
    types: list[int] = []
    while pos < header_size:
        serial, pos = varint(payload, pos)
        types.append(serial)
    body = header_size
    values: list[Value] = []
    for serial in types:
        value, body = _value(payload, body, serial, encoding)
        values.append(value)
    if body != len(payload):
        raise BadPage("a record's values do not fill its payload")
    return tuple(values)


def _value(payload: bytes, pos: int, serial: int, encoding: str) -> tuple[Value, int]:
    if serial == 0:
        return None, pos
    if serial in _INT_SIZES:
        size = _INT_SIZES[serial]
        if pos + size > len(payload):
            raise BadPage("a value runs past its record")
        return int.from_bytes(payload[pos : pos + size], "big", signed=True), pos + size
    if serial == 7:
        if pos + 8 > len(payload):
            raise BadPage("a value runs past its record")
        return struct.unpack(">d", payload[pos : pos + 8])[0], pos + 8
    if serial in (8, 9):
        return serial - 8, pos
    if serial in (10, 11):
        raise BadPage("a record uses a reserved serial type")
    size = (serial - 12) // 2
    if pos + size > len(payload):
        raise BadPage("a value runs past its record")
    raw = payload[pos : pos + size]
    return (raw if serial % 2 == 0 else raw.decode(encoding)), pos + size
