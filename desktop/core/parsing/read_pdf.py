"""PDF text layer via pypdfium2 (PDFium): one list of lines per page.

PDFium marks a hyphen at a line end with U+FFFE and drops the line break; the hyphen and the
break are put back so the normaliser decides, with everything else, whether the word was
broken by the typesetter or carries a real hyphen.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from naast.core.errors import ImportFailed
from naast.core.parsing.source import RawDocument

_MIN_CHARS_PER_PAGE = 20


def read_pdf(data: bytes, name: str) -> RawDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ImportFailed(name, "the PDF is encrypted with a password") from exc
        raise ImportFailed(name, "the PDF is damaged and cannot be read") from exc
    try:
        pages = [_page_lines(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as exc:
        raise ImportFailed(name, "the PDF is damaged and cannot be read") from exc
    finally:
        pdf.close()
    chars = sum(len(line.strip()) for page in pages for line in page)
    if not pages or chars < _MIN_CHARS_PER_PAGE * len(pages) / 4 or chars < _MIN_CHARS_PER_PAGE:
        raise ImportFailed(
            name, "the PDF has no text layer (a scan?); run OCR on it or import a text version"
        )
    return RawDocument(pages=pages, source_format="pdf", paragraph_lines=False, has_pages=True)


def _page_lines(pdf: pdfium.PdfDocument, index: int) -> list[str]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            lines = _rejoin_split_lines(text, textpage)
        finally:
            textpage.close()
    finally:
        page.close()
    marked = (line.replace("\ufffe", "-\n").replace("\x02", "-\n") for line in lines)
    return [part for line in marked for part in line.split("\n")]


def _rejoin_split_lines(text: str, textpage: pdfium.PdfTextPage) -> list[str]:
    """PDFium ends a line after a superscript; when the text after it sits on the same
    baseline (it then starts with a space), it is the rest of the same printed line."""
    geometry = textpage.count_chars() == len(text)
    lines: list[str] = []
    pos = 0
    prev_end = -1
    for raw in text.replace("\r\n", "\n").split("\n"):
        start = pos
        pos += len(raw) + (2 if "\r\n" in text else 1)
        continued = lines and raw.startswith(" ") and raw.strip() and geometry
        if continued and (lines[-1].strip().isdigit() or _same_baseline(textpage, text, prev_end, start)):
            lines[-1] = lines[-1].rstrip() + " " + raw.strip()
            prev_end = start + len(raw) - 1
            continue
        lines.append(raw)
        prev_end = start + len(raw) - 1
    return lines


def _same_baseline(textpage: pdfium.PdfTextPage, text: str, prev_end: int, start: int) -> bool:
    """Compare the last ordinary character before ``start`` (skipping a superscript number)
    with the first character after it."""
    a = prev_end
    while a >= 0 and (text[a].isdigit() or text[a].isspace()):
        a -= 1
    b = start
    while b < len(text) and text[b].isspace():
        b += 1
    if a < 0 or b >= len(text) or start - a > 12:
        return False
    bottom_a = textpage.get_charbox(a, loose=True)[1]
    bottom_b = textpage.get_charbox(b, loose=True)[1]
    return abs(bottom_a - bottom_b) < 1.0
