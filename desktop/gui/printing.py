"""Print the open document, or save it as PDF, with its claims highlighted as on screen.

The view formats only the lines it shows, as display formats; a printed page needs them in the
document itself, so a copy of the text is made with every claim, header and footnote marker applied
as character formats, in the light palette paper wants, under a heading naming the source.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from naast.core.safe_write import atomic_target
from naast.gui.widgets.document_text import DocumentText
from naast.gui.widgets.text_formats import block_formats


def printable(text: DocumentText, heading: str) -> QTextDocument:
    """A copy of the shown document with every format the view would draw, for paper."""
    doc = QTextDocument()
    font = QFont(text.font())
    font.setPointSize(10)
    doc.setDefaultFont(font)
    parsed = text.parsed
    body = parsed.text if parsed is not None else ""
    cursor = QTextCursor(doc)
    title_format = QTextCharFormat()
    title_format.setFontWeight(QFont.Weight.Bold)
    title_format.setFontPointSize(12)
    cursor.insertText(heading + "\n\n", title_format)
    offset = cursor.position()
    cursor.insertText(body, QTextCharFormat())
    paper = QApplication.style().standardPalette()
    block = doc.findBlock(offset)
    while block.isValid():
        start = text.offsets.from_qt(block.position() - offset)
        end = start + len(block.text())
        for rng in block_formats(text.styles, text.offsets, start, end, paper):
            cur = QTextCursor(doc)
            cur.setPosition(block.position() + rng.start)
            cur.setPosition(block.position() + rng.start + rng.length, QTextCursor.MoveMode.KeepAnchor)
            cur.mergeCharFormat(rng.format)
        block = block.next()
    return doc


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def save_pdf(text: DocumentText, heading: str, target: Path) -> Path:
    """Write the document as a PDF at ``target``, atomically (the old file stays if anything fails)."""
    doc = printable(text, heading)
    with atomic_target(target) as tmp:
        doc.print_(pdf_printer(tmp))
    return target
