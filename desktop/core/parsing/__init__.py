"""Reading parliamentary documents (txt, docx, pdf, KOOP XML, html) into a ParsedDocument.

Public API:
- ``parse_file(path, max_bytes=..., data=None)``: detect the format by content and parse; every
  bad input raises ``ImportFailed(path, reason)`` with one plain sentence. ``data``: the bytes
  ``read_file(path)`` returned, so that a caller who also hashes them reads the file once.
- ``parse_text(text, source_name=None)``: parse text that is already extracted.
- ``content_hash(data)``: sha256 hex of the file bytes, for skipping duplicates.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naast.core.errors import ImportFailed, NaastError
from naast.core.model import ParsedDocument

if TYPE_CHECKING:
    from naast.core.parsing.source import RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "content_hash", "parse_file", "parse_raw", "parse_text", "read_file"]


def __getattr__(name: str) -> Any:
    """The readers load when a file is read, not when the package is imported: the window starts
    without them (the PDF, Word and encoding libraries are a tenth of its start-up)."""
    if name in ("DEFAULT_MAX_BYTES", "read_file"):
        from naast.core.parsing import detect

        return getattr(detect, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_file(path: Path, *, max_bytes: int | None = None, data: bytes | None = None) -> ParsedDocument:
    """``max_bytes`` None: ``DEFAULT_MAX_BYTES``."""
    from naast.core.parsing.build import build
    from naast.core.parsing.detect import DEFAULT_MAX_BYTES, read_raw

    path = Path(path)
    max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    try:
        return build(read_raw(path, max_bytes=max_bytes, data=data), path.name)
    except NaastError:
        raise
    except Exception as exc:  # a malformed file must fail alone, never stop a folder import
        raise ImportFailed(str(path), unreadable_reason(exc)) from exc


def unreadable_reason(exc: BaseException) -> str:
    """A plain reason for an error a reader did not expect, without exception class names."""
    if isinstance(exc, MemoryError):
        return "the file needs more memory to read than is available"
    if isinstance(exc, RecursionError):
        return "the file's structure is nested too deeply to read"
    detail = (str(exc).splitlines() or [""])[0][:200].strip().rstrip(".")
    kind = type(exc).__name__.lower()
    if "xml" in kind or "parse" in kind:
        what = "the file's XML is not well-formed"
    elif "zip" in kind:
        what = "the file is a damaged zip package"
    elif "pdf" in kind:
        what = "the file is a damaged PDF"
    elif isinstance(exc, UnicodeError):
        what = "the file's text cannot be decoded"
    else:
        what = "the file could not be read"
    return f"{what} ({detail})" if detail else what


def parse_text(text: str, *, source_name: str | None = None) -> ParsedDocument:
    from naast.core.parsing.build import build
    from naast.core.parsing.read_text import raw_from_text

    return build(raw_from_text(text), source_name)


def parse_raw(raw: RawDocument, *, source_name: str | None = None) -> ParsedDocument:
    from naast.core.parsing.build import build

    return build(raw, source_name)
