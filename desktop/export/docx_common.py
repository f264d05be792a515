"""Pieces every Word export shares: the document set-up, title block, legend, stance labels."""

from __future__ import annotations

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from naast.export.citation import citation_pieces, format_date
from naast.export.docx_fields import page_footer
from naast.export.docx_props import set_properties
from naast.export.docx_xml import add_text, mark_dutch, set_lang, set_page, shade_run
from naast.export.labels import label
from naast.export.plan import Citation, Language, Legend, MemoMeta, StanceStyle

MUTED = "#555555"
WARNING = "#B00020"


def new_document(meta: MemoMeta, *, landscape: bool = False) -> DocxDocument:
    """An empty A4 document with the memo's properties and "page X of Y" in the footer.

    Its own labels are in the memo's language (the Normal style's language); Dutch source text
    is tagged nl-NL run by run (``mark_dutch``).
    """
    document = docx.Document()
    set_page(document.sections[0], landscape=landscape)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    set_lang(normal.element.get_or_add_rPr(), "nl-NL" if meta.language == "nl" else "en-GB")
    set_properties(document, meta)
    page_footer(document, meta.language)
    return document


def citation_footnote(citation: Citation, language: Language) -> list[tuple[str, str | None]]:
    """A footnote's pieces: the source's own words tagged Dutch, the memo's words untagged.

    Neighbouring pieces of one language are joined, so a note is two or three runs, not six.
    """
    merged: list[tuple[str, str | None]] = []
    for text, dutch in citation_pieces(citation, language):
        lang = "nl-NL" if dutch else None
        if merged and (merged[-1][1] == lang or not text.strip(",. ")):
            merged[-1] = (merged[-1][0] + text, merged[-1][1])
        else:
            merged.append((text, lang))
    return merged


def ensure_orientation(document: DocxDocument, landscape: bool) -> None:
    """Start a new section (on a new page) when the orientation must change.

    While the body is still empty the first section is turned instead, so no blank page appears.
    """
    current = document.sections[-1]
    if (current.page_width > current.page_height) == landscape:
        return
    if len(document.element.body) <= 1:  # only the body's own sectPr
        set_page(current, landscape=landscape)
        return
    set_page(document.add_section(WD_SECTION.NEW_PAGE), landscape=landscape)


def title_block(
    document: DocxDocument, meta: MemoMeta, subtitle: str | None = None, *, dutch_title: bool = False
) -> None:
    """Title, optional subtitle, author, date and project; a Dutch title is tagged nl-NL."""
    title = add_text(document.add_heading(level=0), meta.title)
    if dutch_title:
        mark_dutch(title)
    if subtitle:
        add_text(document.add_paragraph(), subtitle, colour=MUTED)
    lines = (
        ("author", meta.author),
        ("date", format_date(meta.date, meta.language)),
        ("project", meta.project),
    )
    for key, value in lines:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        add_text(para, f"{label(key, meta.language)}: ", bold=True)
        add_text(para, value)
    document.add_paragraph()


def stance_runs(paragraph: Paragraph, stance: StanceStyle | None, language: Language) -> None:
    """The stance as its shape and a coloured bold label ("▲ supports")."""
    if stance is None:
        add_text(paragraph, label("no_stance", language), colour=MUTED)
        return
    breakable = stance.label.replace("/", "/\u200b")  # "voorwaardelijk/voorbehoud" may wrap
    add_text(paragraph, f"{stance.glyph} {breakable}", bold=True, colour=stance.colour)


def topic_swatch(paragraph: Paragraph, text: str, colour: str) -> None:
    """``text`` on the topic's background colour, as quotes are highlighted."""
    shade_run(add_text(paragraph, f"\u00a0{text}\u00a0"), colour)


def legend_section(document: DocxDocument, legend: Legend, language: Language) -> None:
    """Topics as their swatches and stances as their marks, each list one wrapping line (a bullet
    per item took a quarter of the first page and pushed the first table to the next)."""
    document.add_heading(label("legend", language), level=1)
    if legend.topics:
        document.add_heading(label("topics", language), level=2)
        para = document.add_paragraph()
        for index, topic in enumerate(legend.topics):
            if index:
                add_text(para, "  ")
            topic_swatch(para, topic.label, topic.colour)
            if topic.dutch:
                mark_dutch(para.runs[-1])
    if legend.stances:
        document.add_heading(label("stances", language), level=2)
        para = document.add_paragraph()
        for index, stance in enumerate(legend.stances):
            if index:
                add_text(para, "   ")
            stance_runs(para, stance, language)
