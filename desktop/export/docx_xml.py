"""Small OOXML helpers python-docx lacks: RGB shading, coloured runs, page setup, language tags."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from naast.export.xmltext import xml_safe

A4_SHORT_MM = 210
A4_LONG_MM = 297
MARGIN_MM = 20
COMMENT_ID_BASE = 10000  # LibreOffice 7.4 confuses low comment ids with footnote ids

_RPR_AFTER_SHD = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout")
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")


def hex_fill(colour: str) -> str:
    """``#AbC123`` → ``ABC123`` as OOXML wants it."""
    value = colour.lstrip("#").upper()
    if len(value) != 6 or any(ch not in "0123456789ABCDEF" for ch in value):
        raise ValueError(f"not an RGB colour: {colour!r}")
    return value


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(hex_fill(colour))


def _shd(colour: str) -> OxmlElement:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill(colour))
    return shd


def shade_run(run: Run, colour: str) -> None:
    """Give ``run`` an RGB background (Word's highlight offers only 16 colours)."""
    rpr = run._r.get_or_add_rPr()
    for old in rpr.findall(qn("w:shd")):
        rpr.remove(old)
    rpr.insert_element_before(_shd(colour), *_RPR_AFTER_SHD)


def shade_cell(cell: _Cell, colour: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    tcpr.insert_element_before(_shd(colour), *_TCPR_AFTER_SHD)


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False, colour: str | None = None) -> Run:
    """A run with XML-safe ``text``, optionally bold and coloured."""
    run = paragraph.add_run(xml_safe(text))
    if bold:
        run.bold = True
    if colour:
        run.font.color.rgb = rgb(colour)
    return run


def set_page(section: Section, *, landscape: bool) -> None:
    """A4 in the given orientation with even margins."""
    short, long = Mm(A4_SHORT_MM), Mm(A4_LONG_MM)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))


def block_width_mm(section: Section) -> float:
    return (section.page_width - section.left_margin - section.right_margin) / Mm(1)


def set_lang(rpr: OxmlElement, tag: str) -> None:
    """Proofing language of a run or style (``nl-NL``), so Word checks Dutch quotes as Dutch."""
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    rpr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")


def mark_dutch(run: Run) -> None:
    set_lang(run._r.get_or_add_rPr(), "nl-NL")
