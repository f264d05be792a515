"""Plain text: decode (UTF-8, or a Western single-byte encoding detected) and find pages.

Page boundaries in text come from form feeds (pdftotext) or, in text pasted from some PDF
viewers, from lines that start with a single space where a page's text begins.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from desktop.core.errors import ImportFailed
from desktop.core.parsing.cleanup import split_lines
from desktop.core.parsing.source import RawDocument

# Encodings a Dutch document in a single-byte code page plausibly comes in; decoded as cp1252,
# which agrees with all of them on the letters Dutch uses.
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp850", "mac_roman", "ascii"}
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))
_PAGE_START_RE = re.compile(r"^ (?=\S)")


def decode_text(data: bytes, name: str) -> str:
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, codec in boms:
        if data.startswith(bom):
            try:
                return data.decode("utf-8-sig" if codec == "utf-8" else codec)
            except UnicodeDecodeError as exc:
                raise ImportFailed(name, f"the text is not valid {codec.upper()}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise ImportFailed(name, "the file holds binary data, not text")
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None or best.encoding not in _WESTERN:
        raise ImportFailed(name, "the text encoding is unknown; save the file as UTF-8 and import it again")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin_1")


def looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls / len(head) > 0.02


def read_text(data: bytes, name: str) -> RawDocument:
    return raw_from_text(decode_text(data, name))


def raw_from_text(text: str) -> RawDocument:
    """Text already decoded: pages from form feeds or page-start hints."""
    if "\f" in text:
        pages = [split_lines(page) for page in text.split("\f")]
        pages = [page for page in pages if any(line.strip() for line in page)]
        return RawDocument(pages=pages, source_format="txt", has_pages=True)
    return RawDocument(pages=_split_hinted_pages(split_lines(text)), source_format="txt")


def _split_hinted_pages(lines: list[str]) -> list[list[str]]:
    """Split at lines starting with one space, when only a few lines do (page starts)."""
    starts = [i for i, line in enumerate(lines) if _PAGE_START_RE.match(line)]
    content = sum(1 for line in lines if line.strip())
    if not starts or len(starts) > max(1, content // 15):
        return [lines]
    pages: list[list[str]] = []
    prev = 0
    for start in starts:
        if start > prev:
            pages.append(lines[prev:start])
        prev = start
    pages.append(lines[prev:])
    return pages
