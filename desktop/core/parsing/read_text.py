"""Plain text: decode (UTF-8, or a Western single-byte encoding detected) and find pages.

Page boundaries in text come from form feeds (pdftotext) or, in text pasted from some PDF
viewers, from lines that start with a single space where a page's text begins.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from naast.core.errors import ImportFailed
from naast.core.parsing.cleanup import split_lines
from naast.core.parsing.source import RawDocument

# A Dutch document in a single-byte code page comes from Windows (cp1252) nearly always. The
# detector cannot tell the Latin code pages apart on Dutch text (it may rank cp1257 or cp1250
# first), so any Latin-script reading means cp1252, if the bytes are valid cp1252. Old DOS and
# Mac code pages put the accented letters elsewhere and are decoded as themselves.
_OWN_LETTERS = {"cp437", "cp850", "cp858", "mac_roman"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))
_PAGE_START_RE = re.compile(r"^ (?=\S)")


def decode_text(data: bytes, name: str) -> str:
    return decode_text_noting(data, name)[0]


def decode_text_noting(data: bytes, name: str) -> tuple[str, str | None]:
    """The text, and a warning when some bytes had to be replaced (U+FFFD).

    A text that is UTF-8 but for a few bytes (one cp1252 "é" pasted into it) stays UTF-8 with
    those bytes replaced, so that all its other accented letters survive; a single-byte code
    page is chosen only when it reads the whole text better (no well-formed UTF-8 sequence
    outnumbers the broken ones)."""
    codec = bom_codec(data)
    if codec:
        try:
            return data.decode(codec), None
        except UnicodeDecodeError as exc:
            raise ImportFailed(name, f"the text is not valid {codec.split('-sig')[0].upper()}") from exc
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise ImportFailed(name, "the file holds binary data, not text")
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    return _single_byte(data, name), None


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few invalid bytes replaced, when its well-formed multi-byte characters are
    at least as many as the invalid sequences; None when a single-byte reading is likelier."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wellformed = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if wellformed == 0 or wellformed < replaced:
        return None
    noun = "byte that is" if replaced == 1 else "bytes that are"
    return text, f"{replaced} {noun} not valid UTF-8 replaced by \ufffd"


def _single_byte(data: bytes, name: str) -> str:
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None or not _is_latin(str(best)):
        raise ImportFailed(name, "the text encoding is unknown; save the file as UTF-8 and import it again")
    if best.encoding in _OWN_LETTERS:
        return data.decode(best.encoding)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode(best.encoding)


def bom_codec(data: bytes) -> str | None:
    """The codec a byte order mark at the start announces (UTF-32 first: its mark begins like UTF-16's)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _is_latin(text: str) -> bool:
    """True if every letter outside ASCII is a Latin letter (é, ë, ė, ő …): a Latin-script reading."""
    letters = {c for c in set(text) if ord(c) > 127 and c.isalpha()}
    return all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))
    return controls / len(head) > 0.02


def read_text(data: bytes, name: str) -> RawDocument:
    text, warning = decode_text_noting(data, name)
    raw = raw_from_text(text)
    if warning:
        raw.meta["meta:decoding"] = warning  # kept in the document's metadata, named in reports
    return raw


def raw_from_text(text: str) -> RawDocument:
    """Text already decoded: pages from form feeds or page-start hints."""
    if "\f" in text:
        pages = [split_lines(page) for page in text.split("\f")]
        pages = [page for page in pages if any(line.strip() for line in page)]
        return RawDocument(pages=pages, source_format="txt", has_pages=True)
    return RawDocument(pages=_split_hinted_pages(split_lines(text)), source_format="txt")


def _split_hinted_pages(lines: list[str]) -> list[list[str]]:
    """Split at lines starting with one space, when only a few lines do (page starts)."""
    starts = [i for i, line in enumerate(lines) if line[:1] == " " and _PAGE_START_RE.match(line)]
    if not starts or len(starts) > max(1, sum(1 for line in lines if line.strip()) // 15):
        return [lines]
    pages: list[list[str]] = []
    prev = 0
    for start in starts:
        if start > prev:
            pages.append(lines[prev:start])
        prev = start
    pages.append(lines[prev:])
    return pages
