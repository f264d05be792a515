"""Word fields: "page X of Y" in the footer (PAGE, NUMPAGES) and a table of contents (TOC).

Fields are written as complex fields (``w:fldChar`` begin / ``w:instrText`` / separate / result /
end), which Word and LibreOffice both evaluate. The TOC's cached result lists the headings (so a
reader that does not update fields still sees them); ``w:updateFields`` in the settings asks Word
to recompute it, with page numbers, when the memo is opened.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from naast.export.docx_xml import add_text, rgb
from naast.export.labels import label
from naast.export.plan import Language

FOOTER_COLOUR = "#555555"
TOC_INSTRUCTION = r'TOC \o "1-1" \h \z \u'
_AFTER_UPDATE_FIELDS = {  # the settings' children that the schema puts after w:updateFields
    qn(f"w:{tag}") for tag in ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids")
} | {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"}


def _fld_char(kind: str) -> OxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _instr(instruction: str) -> OxmlElement:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    return run


def add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A field (``PAGE``, ``NUMPAGES``) at the end of ``paragraph`` showing ``placeholder`` until updated."""
    p = paragraph._p
    p.append(_fld_char("begin"))
    p.append(_instr(instruction))
    p.append(_fld_char("separate"))
    paragraph.add_run(placeholder)
    p.append(_fld_char("end"))


def page_footer(document: DocxDocument, language: Language) -> None:
    """ "Page X of Y" ("Pagina X van Y") centred in the footer; later sections inherit it."""
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    style = document.styles["Footer"]  # the field results take the paragraph's font, not a run's
    style.font.size = Pt(8)
    style.font.color.rgb = rgb(FOOTER_COLOUR)
    para = footer.paragraphs[0]
    para.style = style
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, middle = label("page_of", language).split("{page}")
    between, after = middle.split("{pages}")
    for text, field in ((before, "PAGE"), (between, "NUMPAGES"), (after, None)):
        if text:
            add_text(para, text)
        if field:
            add_field(para, field, "1")


def table_of_contents(document: DocxDocument, headings: Sequence[str], language: Language) -> None:
    """A TOC field over the Heading 1 paragraphs, its cached result listing ``headings``."""
    title = document.add_paragraph(style="TOC Heading")
    add_text(title, label("contents", language))
    entries = list(headings) or [""]
    paragraphs = [document.add_paragraph() for _ in entries]
    first, last = paragraphs[0]._p, paragraphs[-1]._p
    first.append(_fld_char("begin"))
    first.append(_instr(TOC_INSTRUCTION))
    first.append(_fld_char("separate"))
    for para, heading in zip(paragraphs, entries, strict=True):
        para.paragraph_format.space_after = Pt(2)
        if heading:
            add_text(para, heading)
    last.append(_fld_char("end"))
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        later = next((el for el in settings if el.tag in _AFTER_UPDATE_FIELDS), None)
        if later is not None:
            later.addprevious(update)
        else:
            settings.append(update)
