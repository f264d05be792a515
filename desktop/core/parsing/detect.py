"""Recognise a file's format by its content and hand it to the right reader.

Checks that apply to every format come first: the size limit, an empty file, binary data.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from naast.core.errors import ImportFailed
from naast.core.parsing.read_text import bom_codec, looks_binary, read_text
from naast.core.parsing.source import RawDocument

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def sniff(data: bytes, suffix: str) -> str:
    """One of pdf, docx, odt, zip, xml, html, txt, binary."""
    head = data[:2048]
    codec = bom_codec(head)
    if codec and codec != "utf-8-sig":  # UTF-16/32 text holds NUL bytes but is not binary
        head = head.decode(codec, errors="ignore").encode("utf-8")
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    is_html = stripped.startswith((b"<!doctype html", b"<html"))
    if is_html or (stripped.startswith(b"<") and b"<html" in stripped):
        return "html"
    if stripped.startswith(b"<"):
        return "xml"
    if not codec and looks_binary(data):
        return "binary"
    return "txt"


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file that may be a document: a regular file (a device, FIFO or socket is
    refused by ``stat`` before it is opened, also through a symbolic link), within the size
    limit, holding more than white space. The read itself is bounded by the limit, so a file
    that grows while it is read cannot exhaust memory."""
    name = str(path)
    try:
        status = path.stat()
    except FileNotFoundError as exc:
        raise ImportFailed(name, "the file does not exist") from exc
    except OSError as exc:
        raise ImportFailed(name, f"the file cannot be read ({exc.strerror or exc})") from exc
    _check_kind(name, status.st_mode)
    if status.st_size > max_bytes:
        raise ImportFailed(name, f"the file is {_mb(status.st_size)}, over the limit of {_mb(max_bytes)}")
    data = _read_bounded(path, name, max_bytes)
    if not data.strip():
        raise ImportFailed(name, "the file is empty")
    return data


def _check_kind(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ImportFailed(name, "this is a folder, not a document")
    if not stat.S_ISREG(mode):
        kind = (
            "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a named pipe (FIFO)"
            if stat.S_ISFIFO(mode)
            else "a socket"
            if stat.S_ISSOCK(mode)
            else "not a regular file"
        )
        raise ImportFailed(name, f"this is {kind}, not a document file")


def _read_bounded(path: Path, name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` bytes; the opened file is checked again (it may have been swapped
    for a FIFO or device since ``stat``), and opening never blocks."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ImportFailed(name, f"the file cannot be read ({exc.strerror or exc})") from exc
    try:
        _check_kind(name, os.fstat(fd).st_mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ImportFailed(name, f"the file cannot be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise ImportFailed(name, f"the file grew beyond the limit of {_mb(max_bytes)} while it was read")
    return data


def read_raw(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None) -> RawDocument:
    """``data``: the file's bytes, when the caller has read them with ``read_file`` already."""
    if data is None:
        data = read_file(path, max_bytes=max_bytes)
    kind = sniff(data, path.suffix.lower())
    return _dispatch(kind, data, path, max_bytes)


def _dispatch(kind: str, data: bytes, path: Path, max_bytes: int) -> RawDocument:
    name = str(path)
    suffix = path.suffix.lower()
    if kind == "pdf":
        from naast.core.parsing.read_pdf import read_pdf

        return read_pdf(data, name)
    if kind == "zip":
        return _read_zip(data, path, max_bytes)
    if suffix == ".pdf":
        raise ImportFailed(name, "the file is named .pdf but is not a PDF document")
    if suffix in (".docx", ".odt"):
        raise ImportFailed(name, f"the file is named {suffix} but is not a valid {suffix} (zip) package")
    if kind == "xml":
        from naast.core.parsing.read_xml import read_xml

        return read_xml(data, path)
    if kind == "html":
        from naast.core.parsing.read_html import read_html

        return read_html(data, name)
    if kind == "binary":
        raise ImportFailed(name, "the file holds binary data that Naast cannot read as a document")
    return read_text(data, name)


def _read_zip(data: bytes, path: Path, max_bytes: int) -> RawDocument:
    from naast.core.parsing.read_docx import open_package, read_docx
    from naast.core.parsing.read_odt import read_odt

    name = str(path)
    with open_package(data, name, max_bytes) as package:
        names = set(package.namelist())
        if "word/document.xml" in names:
            return read_docx(package, data, name)
        if "content.xml" in names:
            return read_odt(package, name)
    raise ImportFailed(name, "the file is a zip archive, not a Word or OpenDocument text")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


__all__ = ["DEFAULT_MAX_BYTES", "read_file", "read_raw", "sniff"]
