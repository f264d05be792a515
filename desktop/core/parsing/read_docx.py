"""Word (.docx) via python-docx, plus the foot- and endnote parts that python-docx has no API for.

The zip package is checked before anything is decompressed: a damaged archive, or one whose
members would expand far beyond the file's size (a zip bomb), is refused. Body paragraphs and
table rows become lines in document order; a ``w:footnoteReference`` becomes a placeholder
numbered as Word numbers footnotes (in order of reference), with its body from
``word/footnotes.xml``. A ``w:endnoteReference`` likewise, from ``word/endnotes.xml``, numbered
apart in the endnotes' own format (Word's default i, ii, iii; ``w:endnotePr`` in the settings).
A tab or line break (Shift-Enter) inside a paragraph is a space, except after a header
("Vraag 1" + Shift-Enter + the question): there it ends the header's line.

A text box (a letterhead's margin column: "Datum", "Ons kenmerk") is stored twice, as a DrawingML
``mc:Choice`` and a VML ``mc:Fallback`` of one ``mc:AlternateContent``; only one is read. Its
paragraphs are lines of their own after the paragraph that anchors it, never glued into it.

A table whose header row names a question and an answer column ("Nr. | Vraag | Antwoord", as in
a "lijst van vragen en antwoorden") is read as the answer documents print it: "Vraag N", the
question, "Antwoord N", the answer; N comes from the number column, or else counts the rows.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
import docx
from defusedxml import DefusedXmlException
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from naast.core.errors import ImportFailed
from naast.core.parsing.docx_numbering import Numbering, format_number
from naast.core.parsing.headers import is_label_line
from naast.core.parsing.source import RawDocument, note_ref

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _T, _TXBX = f"{_W}p", f"{_W}t", f"{_W}txbxContent"
_BREAKS = (f"{_W}tab", f"{_W}br", f"{_W}cr")
_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")
_ALTERNATE, _CHOICE, _FALLBACK = f"{_MC}AlternateContent", f"{_MC}Choice", f"{_MC}Fallback"
_MAX_RATIO = 200  # uncompressed / compressed size of one member
_RATIO_FLOOR = 5 * 1024 * 1024  # small members may compress well without being a bomb
_MAX_MEMBERS = 10_000
_MAX_LABEL = 40  # longer text before a break is never a header
_QUESTION_COLUMN = ("vraag", "vragen")
_ANSWER_COLUMN = ("antwoord", "antwoorden")
_NUMBER_COLUMN = ("", "nr", "nr.", "no", "no.", "nummer", "#", "vraagnummer")
_NUMBER_CELL_RE = re.compile(r"^(\d{1,3}[a-z]?)[.)]?$")


def open_package(data: bytes, name: str, max_bytes: int) -> zipfile.ZipFile:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ImportFailed(name, "the file is damaged: it is not a valid zip package (.docx)") from exc
    infos = package.infolist()
    total = sum(info.file_size for info in infos)
    limit = 4 * max_bytes
    bomb = any(
        info.file_size > _RATIO_FLOOR and info.file_size > _MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    if total > limit or bomb or len(infos) > _MAX_MEMBERS:
        package.close()
        mb = total / (1024 * 1024)
        raise ImportFailed(
            name, f"the package would expand to {mb:.0f} MB (a zip bomb?); Naast refuses to open it"
        )
    return package


def read_docx(package: zipfile.ZipFile, data: bytes, name: str) -> RawDocument:
    try:
        document = docx.Document(io.BytesIO(data))
        bodies = _Notes(_note_bodies(package, "footnote"), "decimal")
        endnotes = _note_bodies(package, "endnote")
        ends = _Notes(endnotes, _endnote_format(package) if endnotes else "lowerRoman")
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, zlib.error, EOFError) as exc:
        raise ImportFailed(name, "the Word file is damaged and cannot be read") from exc
    except Exception as exc:  # python-docx and lxml raise many kinds on malformed parts
        raise ImportFailed(name, f"the Word file cannot be read ({type(exc).__name__})") from exc
    reader = _BodyReader(bodies, ends, Numbering(document))
    for block in document.element.body.iterchildren():
        reader.block(block)
    if not any(line.strip() for line in reader.lines):
        raise ImportFailed(name, "the Word file holds no text")
    return RawDocument(pages=[reader.lines], source_format="docx", paragraph_lines=True, notes=reader.notes)


class _Notes:
    """Foot- or endnote bodies by id, and the format their references are numbered in."""

    def __init__(self, bodies: dict[str, str], number_format: str) -> None:
        self.bodies = bodies
        self.format = number_format
        self.count = 0


def _part(package: zipfile.ZipFile, name: str) -> Element | None:
    if name not in package.namelist():
        return None
    try:
        return SafeET.fromstring(package.read(name))
    except (ParseError, DefusedXmlException):
        return None


def _note_bodies(package: zipfile.ZipFile, kind: str) -> dict[str, str]:
    """The bodies of ``word/footnotes.xml`` or ``word/endnotes.xml`` (``kind`` "footnote" or "endnote")."""
    root = _part(package, f"word/{kind}s.xml")
    if root is None:
        return {}
    bodies: dict[str, str] = {}
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in _SEPARATORS:
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")]
        bodies[note.get(f"{_W}id", "")] = " ".join(p.strip() for p in paragraphs if p.strip())
    return bodies


def _endnote_format(package: zipfile.ZipFile) -> str:
    """The document's endnote number format; Word's default is lower-case roman."""
    root = _part(package, "word/settings.xml")
    fmt = root.find(f"{_W}endnotePr/{_W}numFmt") if root is not None else None
    return fmt.get(f"{_W}val", "lowerRoman") if fmt is not None else "lowerRoman"


class _BodyReader:
    def __init__(self, bodies: _Notes, endnotes: _Notes, numbering: Numbering) -> None:
        self.footnotes = bodies
        self.endnotes = endnotes
        self.numbering = numbering
        self.lines: list[str] = []
        self.notes: dict[str, str] = {}
        self.boxed: list[str] = []  # lines of text boxes met in a paragraph, put after its line

    def block(self, element: BaseOxmlElement) -> None:
        if element.tag == _P:
            label = self.numbering.label(element)
            text = self.paragraph(element)
            self._add(f"{label} {text}".strip() if label else text)
        elif element.tag == qn("w:tbl"):
            if not self._qa_table(element):
                for row in element.iter(qn("w:tr")):
                    cells = [
                        " ".join(self.paragraph(p) for p in _own_paragraphs(tc))
                        for tc in row.iter(qn("w:tc"))
                    ]
                    self._add(" | ".join(cell.replace("\n", " ").strip() for cell in cells))
            self.lines.append("")
        elif element.tag == qn("w:sdt"):
            for child in _own_paragraphs(element):
                self._add(self.paragraph(child))

    def _add(self, line: str) -> None:
        """A line, then the lines of the text boxes read while making it."""
        self.lines.append(line)
        self._flush_boxes()

    def _flush_boxes(self) -> None:
        if self.boxed:
            self.lines += self.boxed
            self.boxed = []

    def paragraph(self, p: BaseOxmlElement) -> str:
        parts: list[str] = []
        self._inline(p, parts)
        return "".join(parts)

    def _inline(self, element: BaseOxmlElement, parts: list[str]) -> None:
        for el in element:
            tag = el.tag
            if tag == _T:
                parts.append(el.text or "")
            elif tag in _BREAKS:
                parts.append("\n" if _ends_label(parts) else " ")
            elif tag == qn("w:noBreakHyphen"):
                parts.append("-")
            elif tag == qn("w:footnoteReference"):
                parts.append(self._reference(self.footnotes, el.get(qn("w:id"), "")))
            elif tag == qn("w:endnoteReference"):
                parts.append(self._reference(self.endnotes, el.get(qn("w:id"), "")))
            elif tag == _ALTERNATE:
                self._inline(_chosen(el), parts)
            elif tag == _TXBX:
                self._text_box(el)
            elif len(el):
                self._inline(el, parts)

    def _text_box(self, content: BaseOxmlElement) -> None:
        """The box's paragraphs (and tables) as lines of their own, kept for after the anchor's line."""
        outer, outer_boxed = self.lines, self.boxed
        self.lines, self.boxed = [], []
        for child in content:
            self.block(child)
        box = [line for line in self.lines if line.strip()]
        self.lines, self.boxed = outer, outer_boxed + box

    def _qa_table(self, table: BaseOxmlElement) -> bool:
        """A table of questions and answers: each row becomes "Vraag N" / question / "Antwoord N" / answer."""
        rows = table.findall(qn("w:tr"))
        columns = _qa_columns([_plain(tc) for tc in rows[0].findall(qn("w:tc"))]) if rows else None
        if columns is None:
            return False
        number_at, question_at, answer_at = columns
        for ordinal, row in enumerate(rows[1:], 1):
            cells = [[self.paragraph(p) for p in _own_paragraphs(tc)] for tc in row.findall(qn("w:tc"))]
            if len(cells) <= max(question_at, answer_at):
                self._add(" | ".join(" ".join(cell).strip() for cell in cells))
                continue
            number = _row_number(cells[number_at] if number_at is not None else [], ordinal)
            self.lines += [f"Vraag {number}", *_texts(cells[question_at])]
            self.lines += [f"Antwoord {number}", *_texts(cells[answer_at])]
            self._flush_boxes()
            self.lines.append("")
        return True

    def _reference(self, notes: _Notes, note_id: str) -> str:
        notes.count += 1
        marker = format_number(notes.count, notes.format)
        if marker in self.notes:  # endnotes numbered like the footnotes: keep them apart
            marker = format_number(notes.count, "lowerRoman")
        self.notes[marker] = notes.bodies.get(note_id, "")
        return note_ref(marker)


def _own_paragraphs(element: BaseOxmlElement) -> Iterator[BaseOxmlElement]:
    """The paragraphs of a cell or content control, not those of text boxes inside them."""
    for child in element:
        if child.tag == _P:
            yield child
        elif len(child):
            yield from _own_paragraphs(child)


def _chosen(alternate: BaseOxmlElement) -> BaseOxmlElement:
    """One version of an ``mc:AlternateContent``: the first choice that holds text, else the fallback."""
    choices = [child for child in alternate if child.tag == _CHOICE]
    fallback = [child for child in alternate if child.tag == _FALLBACK]
    for choice in choices:
        if next(choice.iter(_T), None) is not None:
            return choice
    return (fallback or choices or [alternate])[0]


def _ends_label(parts: list[str]) -> bool:
    """The paragraph so far is a header ("Vraag 1", "Antwoord op vraag 2"): a break ends its line."""
    if sum(len(part) for part in parts) > _MAX_LABEL:
        return False
    text = "".join(parts).strip()
    return bool(text) and "\n" not in text and is_label_line(text)


def _plain(element: BaseOxmlElement) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _qa_columns(header: list[str]) -> tuple[int | None, int, int] | None:
    """(number, question, answer) column of a header row "Nr. | Vraag | Antwoord", if it is one."""
    names = [cell.strip().rstrip(":").lower() for cell in header]
    question = next((i for i, name in enumerate(names) if name in _QUESTION_COLUMN), None)
    answer = next((i for i, name in enumerate(names) if name in _ANSWER_COLUMN), None)
    if question is None or answer is None or answer < question:
        return None
    number = next((i for i, name in enumerate(names[:question]) if name in _NUMBER_COLUMN), None)
    return number, question, answer


def _row_number(cell: list[str], ordinal: int) -> str:
    """The number in the row's number cell ("3", "3.", "12a"), or else the row's place."""
    match = _NUMBER_CELL_RE.match(" ".join(cell).strip())
    return match.group(1) if match else str(ordinal)


def _texts(paragraphs: list[str]) -> list[str]:
    return [text.strip() for text in paragraphs if text.strip()]
