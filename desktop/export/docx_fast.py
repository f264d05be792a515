"""Runs and paragraphs as WordprocessingML text, parsed once per claim: the memo's hot path.

Building each run through python-docx's element classes costs about a millisecond per claim in
attribute look-ups and schema-ordered inserts; a claim's cell written as one XML string and parsed
by lxml costs a tenth of that. Run properties are written in the order ECMA-376 requires (CT_RPr:
b, i, color, sz, shd, vertAlign, lang); ``tests/export/test_ooxml_order.py`` checks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import _Cell

from naast.export.docx_xml import hex_fill
from naast.export.xmltext import xml_safe

_NS = nsdecls("w")


@dataclass(frozen=True, slots=True)
class Style:
    """Direct formatting of a run."""

    bold: bool = False
    italic: bool = False
    colour: str | None = None
    size: float | None = None  # points
    fill: str | None = None
    superscript: bool = False
    lang: str | None = None
    char_style: str | None = None


def rpr(style: Style) -> str:
    parts = []
    if style.char_style:
        parts.append(f"<w:rStyle w:val={quoteattr(style.char_style)}/>")
    if style.bold:
        parts.append("<w:b/>")
    if style.italic:
        parts.append("<w:i/>")
    if style.colour:
        parts.append(f'<w:color w:val="{hex_fill(style.colour)}"/>')
    if style.size:
        parts.append(f'<w:sz w:val="{round(style.size * 2)}"/>')
    if style.fill:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_fill(style.fill)}"/>')
    if style.superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    if style.lang:
        parts.append(f"<w:lang w:val={quoteattr(style.lang)}/>")
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, style: Style = Style()) -> str:
    text = xml_safe(text)
    space = ' xml:space="preserve"' if text != text.strip() else ""  # one attribute fewer per run
    return f"<w:r>{rpr(style)}<w:t{space}>{escape(text)}</w:t></w:r>"


def paragraph(content: Sequence[str], *, space_after_pt: float | None = None) -> str:
    ppr = f'<w:pPr><w:spacing w:after="{round(space_after_pt * 20)}"/></w:pPr>' if space_after_pt else ""
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


def fill_cell(cell: _Cell, paragraphs: Sequence[str], *, replace_first: bool) -> None:
    """Append ``paragraphs`` to ``cell`` (in place of its empty first paragraph when asked)."""
    fragment = parse_xml(f"<w:tc {_NS}>{''.join(paragraphs)}</w:tc>")
    tc = cell._tc
    if replace_first:
        tc.remove(tc.p_lst[0])
    for child in list(fragment):
        tc.append(child)
