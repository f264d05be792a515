"""Real Word footnotes, which python-docx cannot make: a hand-built ``word/footnotes.xml`` part.

The part holds the separator (id -1) and continuation separator (id 0) footnotes Word expects,
is related from the document part (its content type follows from the part) and every note is
referenced from the body by a ``w:footnoteReference`` run in the Footnote Reference style.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from naast.export import docx_fast as fast
from naast.export.xmltext import xml_safe

TEXT_STYLE = "Footnote Text"
REFERENCE_STYLE = "Footnote Reference"

_SEPARATORS = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
    ' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
    ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _style_ids(document: DocxDocument) -> tuple[str, str]:
    """Add (once) the footnote paragraph and character styles; return their style ids."""
    styles = document.styles
    names = {s.name for s in styles}
    if TEXT_STYLE not in names:
        text = styles.add_style(TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = styles["Normal"]
        text.font.size = Pt(8.5)
        text.paragraph_format.space_after = Pt(0)
    if REFERENCE_STYLE not in names:
        styles.add_style(REFERENCE_STYLE, WD_STYLE_TYPE.CHARACTER).font.superscript = True
    return styles[TEXT_STYLE].style_id, styles[REFERENCE_STYLE].style_id


def _ref_run(style_id: str, inner_tag: str, note_id: int | None = None) -> OxmlElement:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), style_id)
    rpr.append(rstyle)
    run.append(rpr)
    inner = OxmlElement(inner_tag)
    if note_id is not None:
        inner.set(qn("w:id"), str(note_id))
    run.append(inner)
    return run


class Footnotes:
    """The footnotes of one document being written; ``add`` returns the new note's id."""

    def __init__(self, document: DocxDocument) -> None:
        self._text_style, self._ref_style = _style_ids(document)
        self._element = parse_xml(_SEPARATORS)
        part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, self._element, document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)
        self._next_id = 1

    def add(
        self, paragraph: Paragraph, text: str | Sequence[tuple[str, str | None]], *, mark: str | None = None
    ) -> int:
        """Append a footnote reference to ``paragraph`` whose note reads ``text``.

        ``text`` may be given as pieces ``(text, language tag or None)``. Notes must be added in
        the order a reader meets them: Word and LibreOffice number footnotes by the position of
        their references, so ids are handed out in that order too. A ``mark`` ("1)") is shown
        instead of the next number (Word's custom footnote mark), leaving the numbering as it was.
        """
        note_id = self._next_id
        self._next_id += 1
        ref = _ref_run(self._ref_style, "w:footnoteReference", note_id)
        if mark is not None:
            ref[-1].set(qn("w:customMarkFollows"), "1")
            ref.append(_t(mark))
        paragraph._p.append(ref)
        pieces = [(text, None)] if isinstance(text, str) else list(text)
        self._element.append(self._note(note_id, pieces, mark))
        return note_id

    def reference_xml(self, pieces: Sequence[tuple[str, str | None]]) -> str:
        """A new note reading ``pieces``; returns its reference run as XML (``docx_fast``)."""
        note_id = self._next_id
        self._next_id += 1
        runs = "".join(
            fast.run((" " if i == 0 else "") + text, fast.Style(lang=lang))
            for i, (text, lang) in enumerate(pieces)
        )
        style = f'<w:rPr><w:rStyle w:val="{self._ref_style}"/></w:rPr>'
        self._element.append(
            parse_xml(
                f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p>'
                f'<w:pPr><w:pStyle w:val="{self._text_style}"/></w:pPr>'
                f"<w:r>{style}<w:footnoteRef/></w:r>{runs}</w:p></w:footnote>"
            )
        )
        return f'<w:r>{style}<w:footnoteReference w:id="{note_id}"/></w:r>'

    def _note(self, note_id: int, pieces: list[tuple[str, str | None]], mark: str | None) -> OxmlElement:
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(note_id))
        para = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), self._text_style)
        ppr.append(pstyle)
        para.append(ppr)
        if mark is None:
            para.append(_ref_run(self._ref_style, "w:footnoteRef"))
        else:
            own = _ref_run(self._ref_style, "w:t")
            own[-1].text = mark
            para.append(own)
        for index, (text, lang) in enumerate(pieces):
            para.append(_text_run((" " if index == 0 else "") + xml_safe(text), lang))
        note.append(para)
        return note


def _text_run(text: str, lang: str | None) -> OxmlElement:
    run = OxmlElement("w:r")
    if lang:
        rpr = OxmlElement("w:rPr")
        tag = OxmlElement("w:lang")
        tag.set(qn("w:val"), lang)
        rpr.append(tag)
        run.append(rpr)
    run.append(_t(text))
    return run


def _t(text: str) -> OxmlElement:
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    return t
