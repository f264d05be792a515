"""PDF text layer via pypdfium2 (PDFium): one list of lines per page.

PDFium marks a hyphen at a line end with U+FFFE and drops the line break; the hyphen and the
break are put back so the normaliser decides, with everything else, whether the word was
broken by the typesetter or carries a real hyphen.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from desktop.core.errors import ImportFailed
from desktop.core.parsing.cleanup import split_lines
from desktop.core.parsing.source import RawDocument

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
        finally:
            textpage.close()
    finally:
        page.close()
    text = text.replace("\ufffe", "-\n").replace("\x02", "-\n")
    return split_lines(text)
