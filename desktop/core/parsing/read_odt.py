"""OpenDocument text (.odt): ``content.xml`` read safely, notes at their exact place.

Headings, paragraphs and list items become lines, table rows join their cells with " | ";
``text:note`` elements (foot- and endnotes) become placeholders numbered by their citation.
Automatic list and heading numbers ("Vraag 1", "2.1", "•") are put before their paragraph's
text, as the word processor shows them (see ``odt_numbering``).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from naast.core.errors import ImportFailed
from naast.core.parsing.odt_numbering import OdtNumbering
from naast.core.parsing.source import RawDocument, note_ref

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
    reader = _Reader(OdtNumbering(root, _styles(package)))
    body = root.find(f"{_OFFICE}body")
    reader.blocks(body if body is not None else root)
    if not any(line.strip() for line in reader.lines):
        raise ImportFailed(name, "the OpenDocument file holds no text")
    return RawDocument(pages=[reader.lines], source_format="odt", paragraph_lines=True, notes=reader.notes)


def _styles(package: zipfile.ZipFile) -> Element | None:
    """``styles.xml`` (common list styles, the outline style), or None when it is missing or unreadable."""
    try:
        return SafeET.fromstring(package.read("styles.xml"))
    except (KeyError, DefusedXmlException, ParseError, zipfile.BadZipFile, OSError, zlib.error, EOFError):
        return None


class _Reader:
    def __init__(self, numbering: OdtNumbering) -> None:
        self.numbering = numbering
        self.lines: list[str] = []
        self.notes: dict[str, str] = {}

    def blocks(self, elem: Element) -> None:
        for child in elem:
            self.block(child)

    def block(self, elem: Element) -> None:
        tag = elem.tag
        if tag == f"{_TEXT}p":
            self.lines.append(self.inline(elem))
        elif tag == f"{_TEXT}h":
            self.lines.append(self.labelled(elem, self.numbering.heading_label(elem)))
        elif tag == f"{_TEXT}list":
            self.numbering.open_list(elem)
            for item in elem:
                self.list_item(item)
            self.numbering.close_list()
        elif tag == f"{_TABLE}table-row":
            cells = [" ".join(self.inline(p) for p in cell.iter(f"{_TEXT}p")) for cell in elem]
            self.lines.append(" | ".join(c.strip() for c in cells if c.strip()))
        elif tag not in (f"{_TEXT}tracked-changes", f"{_OFFICE}forms"):
            self.blocks(elem)

    def list_item(self, item: Element) -> None:
        """A list item: its first paragraph carries the item's number; a list header has none."""
        children = list(item)
        if item.tag == f"{_TEXT}list-item" and children and children[0].tag in (f"{_TEXT}p", f"{_TEXT}h"):
            self.lines.append(self.labelled(children[0], self.numbering.item_label(item)))
            children = children[1:]
        for child in children:
            self.block(child)

    def labelled(self, elem: Element, label: str) -> str:
        """A paragraph's text after its label; a number the file stored (text:number) only stands in
        for none (LibreOffice, too, recomputes it)."""
        stored = elem.find(f"{_TEXT}number")
        if not label and stored is not None:
            label = (stored.text or "").strip()
        text = self.inline(elem)
        return f"{label} {text}".strip() if label else text

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
            elif tag not in (f"{_OFFICE}annotation", f"{_TEXT}bookmark-ref", f"{_TEXT}number"):
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
