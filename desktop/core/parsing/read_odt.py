"""OpenDocument text (.odt): ``content.xml`` read safely, notes at their exact place.

Headings, paragraphs and list items become lines, table rows join their cells with " | ";
``text:note`` elements (foot- and endnotes) become placeholders numbered by their citation.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from desktop.core.errors import ImportFailed
from desktop.core.parsing.source import RawDocument, note_ref

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def read_odt(package: zipfile.ZipFile, name: str) -> RawDocument:
    try:
        root = SafeET.fromstring(package.read("content.xml"))
    except KeyError as exc:
        raise ImportFailed(name, "the OpenDocument file has no content") from exc
    except DefusedXmlException as exc:
        raise ImportFailed(name, "the OpenDocument file declares XML entities, which Naast refuses") from exc
    except (ParseError, zipfile.BadZipFile, OSError, zlib.error, EOFError) as exc:
        raise ImportFailed(name, "the OpenDocument file is damaged and cannot be read") from exc
    reader = _Reader()
    body = root.find(f"{_OFFICE}body")
    reader.blocks(body if body is not None else root)
    if not any(line.strip() for line in reader.lines):
        raise ImportFailed(name, "the OpenDocument file holds no text")
    return RawDocument(pages=[reader.lines], source_format="odt", paragraph_lines=True, notes=reader.notes)


class _Reader:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.notes: dict[str, str] = {}

    def blocks(self, elem: Element) -> None:
        for child in elem:
            tag = child.tag
            if tag in (f"{_TEXT}p", f"{_TEXT}h"):
                self.lines.append(self.inline(child))
            elif tag == f"{_TABLE}table-row":
                cells = [" ".join(self.inline(p) for p in cell.iter(f"{_TEXT}p")) for cell in child]
                self.lines.append(" | ".join(c.strip() for c in cells if c.strip()))
            elif tag not in (f"{_TEXT}tracked-changes", f"{_OFFICE}forms"):
                self.blocks(child)

    def inline(self, elem: Element) -> str:
        parts = [elem.text or ""]
        for child in elem:
            tag = child.tag
            if tag == f"{_TEXT}note":
                parts.append(self._note(child))
            elif tag == f"{_TEXT}s":
                parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
            elif tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
                parts.append(" ")
            elif tag not in (f"{_OFFICE}annotation", f"{_TEXT}bookmark-ref"):
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def _note(self, elem: Element) -> str:
        citation = elem.find(f"{_TEXT}note-citation")
        body = elem.find(f"{_TEXT}note-body")
        marker = (citation.text or "").strip() if citation is not None else ""
        marker = marker or str(len(self.notes) + 1)
        text = " ".join(self.inline(p) for p in body.iter(f"{_TEXT}p")) if body is not None else ""
        self.notes.setdefault(marker, re.sub(r"\s+", " ", text).strip())
        return note_ref(marker)
