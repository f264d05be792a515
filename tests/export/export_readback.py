"""Reading a written .docx back: blocks with their sections, comment anchors, footnotes."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def blocks_with_section(document: DocxDocument) -> Iterator[tuple[int, Paragraph | Table]]:
    """Body paragraphs and tables in order, each with the index of the section it sits in."""
    section = 0
    for block in document.iter_inner_content():
        yield section, block
        if isinstance(block, Paragraph) and block._p.find(f"{W}pPr/{W}sectPr") is not None:
            section += 1


def tables_after_headings(document: DocxDocument) -> dict[str, tuple[int, Table]]:
    """Each Heading 1 text → (section index, first table after it)."""
    found: dict[str, tuple[int, Table]] = {}
    heading = None
    for section, block in blocks_with_section(document):
        if isinstance(block, Paragraph) and block.style.name == "Heading 1":
            heading = block.text
        elif isinstance(block, Table) and heading is not None and heading not in found:
            found[heading] = (section, block)
    return found


def run_fill(run_element: etree._Element) -> str | None:
    shd = run_element.find(f"{W}rPr/{W}shd")
    return None if shd is None else shd.get(f"{W}fill")


def comment_texts(path: Path) -> dict[int, str]:
    """Comment id → its text, from word/comments.xml."""
    with zipfile.ZipFile(path) as archive:
        if "word/comments.xml" not in archive.namelist():
            return {}
        root = etree.fromstring(archive.read("word/comments.xml"))
    return {
        int(c.get(f"{W}id")): "".join(t.text or "" for t in c.iter(f"{W}t")) for c in root.iter(f"{W}comment")
    }


def comment_anchors(document: DocxDocument) -> dict[int, str]:
    """Comment id → the body text between its commentRangeStart and commentRangeEnd.

    Line breaks and paragraph starts inside the range read as ``\\n``.
    """
    open_ranges: dict[int, list[str]] = {}
    anchors: dict[int, str] = {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ranges[int(el.get(qn("w:id")))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            cid = int(el.get(qn("w:id")))
            anchors[cid] = "".join(open_ranges.pop(cid))
        elif el.tag in (qn("w:t"), qn("w:br"), qn("w:p")):
            text = (el.text or "") if el.tag == qn("w:t") else "\n"
            for parts in open_ranges.values():
                parts.append(text)
    return anchors


@dataclass(frozen=True)
class FootnotePart:
    notes: dict[int, str]  # id ≥ 1 → text
    separators: int  # the separator and continuation footnotes
    content_type_declared: bool
    related: bool


def footnotes(path: Path) -> FootnotePart:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        root = etree.fromstring(archive.read("word/footnotes.xml"))
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
    notes, separators = {}, 0
    for note in root.iter(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator"):
            separators += 1
            continue
        notes[int(note.get(f"{W}id"))] = "".join(t.text or "" for t in note.iter(f"{W}t")).strip()
    declared = "/word/footnotes.xml" in types and "footnotes+xml" in types
    return FootnotePart(
        notes, separators, declared and "word/footnotes.xml" in names, "footnotes.xml" in rels
    )


def footnote_reference_ids(document: DocxDocument) -> list[int]:
    return [int(el.get(qn("w:id"))) for el in document.element.body.iter(qn("w:footnoteReference"))]


def open_docx(path: Path) -> DocxDocument:
    return docx.Document(str(path))
