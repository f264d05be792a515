"""The committed pages of a WAL file left beside a damaged project (https://sqlite.org/walformat.html).

A crash leaves commits in ``PROJECT-wal`` that are not yet in the file itself. Frames count only
while their salts match the WAL header and their running checksum holds, and only up to the last
commit frame: exactly the pages SQLite itself would read.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC = {0x377F0682: False, 0x377F0683: True}  # the magic names the checksums' byte order
_HEADER, _FRAME_HEADER = 32, 24


def committed_pages(path: Path, page_size: int) -> tuple[dict[int, bytes], int | None]:
    """Page number -> its newest committed content, and the database size in pages after the last
    commit (None when the WAL holds no usable commit)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}, None
    if len(data) < _HEADER:
        return {}, None
    magic, _version, size, _seq, salt1, salt2, check1, check2 = struct.unpack(">8I", data[:_HEADER])
    if magic not in _MAGIC or size != page_size:
        return {}, None
    big = _MAGIC[magic]
    sums = _checksum(data[:24], 0, 0, big)
    if sums != (check1, check2):
        return {}, None
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    pages_after: int | None = None
    offset = _HEADER
    while offset + _FRAME_HEADER + page_size <= len(data):
        number, commit, f_salt1, f_salt2, f_check1, f_check2 = struct.unpack(
            ">6I", data[offset : offset + _FRAME_HEADER]
        )
        content = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        sums = _checksum(content, *_checksum(data[offset : offset + 8], *sums, big), big)
        if sums != (f_check1, f_check2):
            break
        pending[number] = content
        if commit:
            pages.update(pending)
            pending.clear()
            pages_after = commit
        offset += _FRAME_HEADER + page_size
    return pages, pages_after


def _checksum(data: bytes, s1: int, s2: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2
