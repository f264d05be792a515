"""Write a parsed document back out as .docx (real Word footnotes) and .pdf (LibreOffice), so
tests can check that every reader finds the same structure in every format."""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import docx
from docx.shared import Cm

from naast.core.model import Footnote, ParsedDocument
from naast.export.docx_footnotes import Footnotes


def paragraphs(doc: ParsedDocument) -> list[tuple[int, str]]:
    """(offset, text) of every non-empty line of the normalised text."""
    result: list[tuple[int, str]] = []
    pos = 0
    for line in doc.text.split("\n"):
        if line:
            result.append((pos, line))
        pos += len(line) + 1
    return result


def typed(note: Footnote) -> bool:
    """A "1)" note: typed text in the source (the Tweede Kamer's notes to questions), never a
    Word footnote, and printed after the document's other notes."""
    return note.marker.endswith(")")


def notes_in_print_order(doc: ParsedDocument) -> list[Footnote]:
    return sorted((n for n in doc.footnotes if n.text), key=typed)


def write_docx(doc: ParsedDocument, path: Path) -> Path:
    """Each paragraph a Word paragraph; each anchored footnote a real Word footnote, except typed
    "1)" notes, whose bodies close the document as paragraphs."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    notes = Footnotes(document)
    anchored = sorted(
        (f for f in doc.footnotes if f.anchor is not None and not typed(f)), key=lambda f: f.anchor or 0
    )
    for start, text in paragraphs(doc):
        paragraph = document.add_paragraph()
        pos = 0
        for note in _notes_in(anchored, start, start + len(text)):
            offset = (note.anchor or 0) - start
            if offset > pos:
                paragraph.add_run(text[pos:offset])
            notes.add(paragraph, note.text)
            pos = offset + len(note.marker)
        if pos < len(text):
            paragraph.add_run(text[pos:])
    for note in (n for n in doc.footnotes if typed(n) and n.text):
        document.add_paragraph(f"{note.marker} {note.text}")
    document.save(str(path))
    return path


def _notes_in(notes: list[Footnote], start: int, end: int) -> list[Footnote]:
    return [n for n in notes if n.anchor is not None and start <= n.anchor < end]


def libreoffice_available() -> bool:
    return shutil.which("soffice") is not None


def docx_to_pdf(source: Path, workdir: Path) -> Path:
    return convert(source, workdir, "pdf")


def convert(source: Path, workdir: Path, fmt: str) -> Path:
    """Convert with LibreOffice headless, in a profile folder of its own."""
    profile = workdir / "lo-profile"
    out = workdir / fmt
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / (source.stem + "." + fmt)


def write_html(doc: ParsedDocument, path: Path) -> Path:
    """Paragraphs as <p>, footnotes listed at the end as "N body" (as web pages print them)."""
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>']
    parts += [f"<p>{html.escape(text)}</p>" for _, text in paragraphs(doc)]
    parts.append("<hr>")
    parts += [f"<p>{n.marker} {html.escape(n.text)}</p>" for n in notes_in_print_order(doc)]
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def structure(doc: ParsedDocument) -> dict[str, object]:
    """What must survive a change of format: metadata, units by kind and number, footnotes."""
    return {
        "type": doc.doc_type,
        "askers": doc.askers,
        "addressees": doc.addressees,
        "answered_by": doc.answered_by,
        "dates": (doc.date_submitted, doc.date_received),
        "kenmerk": doc.kenmerk,
        "units": [(u.kind, u.numbers, u.answers, u.title) for u in doc.units],
        "footnotes": [(f.marker, f.text) for f in doc.footnotes],
    }
