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

from desktop.core.errors import ImportFailed, NaastError
from desktop.core.model import ParsedDocument
from desktop.core.parsing.build import build
from desktop.core.parsing.detect import DEFAULT_MAX_BYTES, read_file, read_raw
from desktop.core.parsing.read_text import raw_from_text
from desktop.core.parsing.source import RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "content_hash", "parse_file", "parse_raw", "parse_text", "read_file"]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None
) -> ParsedDocument:
    path = Path(path)
    try:
        return build(read_raw(path, max_bytes=max_bytes, data=data), path.name)
    except NaastError:
        raise
    except Exception as exc:  # a malformed file must fail alone, never stop a folder import
        detail = (str(exc).splitlines() or [""])[0][:200]
        raise ImportFailed(str(path), f"the file could not be read ({type(exc).__name__}: {detail})") from exc


def parse_text(text: str, *, source_name: str | None = None) -> ParsedDocument:
    return build(raw_from_text(text), source_name)


def parse_raw(raw: RawDocument, *, source_name: str | None = None) -> ParsedDocument:
    return build(raw, source_name)
