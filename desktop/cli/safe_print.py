"""File names and other user-supplied text, safe to print in a report.

A newline in a file name would forge a report line, an escape sequence would drive the terminal:
control characters (C0, DEL, C1, and the line and paragraph separators) are shown escaped
(``\\n``, ``\\x1b``), and so are stray surrogates from undecodable bytes in a name.
"""

from __future__ import annotations

import os
import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def safe_name(text: str | os.PathLike[str]) -> str:
    value = os.fspath(text)
    if value.isprintable():
        return value
    return "".join(_escape(c) for c in value)


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not valid in the file system's encoding
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(char) in {"Cc", "Zl", "Zp", "Cs"}:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char
