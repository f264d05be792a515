"""Word comments for the researcher's notes: dated by the note, styled, numbered in linear time.

python-docx's ``add_comment`` looks at every existing comment to choose the next id (n² for n
notes), dates nothing and uses the ``CommentText``/``CommentReference`` styles without defining
them. Here ids count up from ``COMMENT_ID_BASE`` (LibreOffice 7.4 confuses low comment ids with
footnote ids, PLATFORM.md), each comment carries the time its note was written, and both styles are
defined once, under the names Word gives them ("annotation text", "annotation reference").
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import quoteattr

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.run import Run

from naast.export import docx_fast as fast
from naast.export.docx_xml import COMMENT_ID_BASE
from naast.export.xmltext import xml_safe

TEXT_STYLE = ("annotation text", "CommentText")
REFERENCE_STYLE = ("annotation reference", "CommentReference")


def _define_styles(document: DocxDocument) -> None:
    styles = document.styles
    ids = {s.style_id for s in styles}
    if TEXT_STYLE[1] not in ids:
        text = styles.add_style(TEXT_STYLE[0], WD_STYLE_TYPE.PARAGRAPH)
        text.element.set(qn("w:styleId"), TEXT_STYLE[1])
        text.base_style = styles["Normal"]
        text.font.size = Pt(10)
        text.paragraph_format.space_after = Pt(0)
    if REFERENCE_STYLE[1] not in ids:
        ref = styles.add_style(REFERENCE_STYLE[0], WD_STYLE_TYPE.CHARACTER)
        ref.element.set(qn("w:styleId"), REFERENCE_STYLE[1])
        ref.font.size = Pt(8)


def comment_date(iso: str | None) -> str | None:
    """An ISO time as OOXML wants it (``2026-11-22T14:03:00Z``, UTC); None when it is not a time.

    A time without a zone is taken as UTC (Naast stores UTC); a bare date is midnight.
    """
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.utcoffset() is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def initials_of(author: str) -> str:
    return "".join(word[0] for word in author.split() if word[:1].isalpha()).upper()[:4]


def _element(tag: str, **attrs: str) -> OxmlElement:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


class Comments:
    """The comments of one document being written."""

    def __init__(self, document: DocxDocument) -> None:
        _define_styles(document)
        self._element = document.part._comments_part.element
        self._next_id = COMMENT_ID_BASE

    def add(self, first: Run, last: Run, text: str, author: str, when: str | None = None) -> int:
        """A comment reading ``text`` on the runs from ``first`` to ``last`` (inclusive)."""
        comment_id = self._next_id
        self._next_id += 1
        author = xml_safe(author)
        comment = _element("w:comment", id=str(comment_id), author=author, initials=initials_of(author))
        date = comment_date(when)
        if date:
            comment.set(qn("w:date"), date)
        para = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ppr.append(_element("w:pStyle", val=TEXT_STYLE[1]))
        para.append(ppr)
        para.append(self._reference_run("w:annotationRef"))
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = xml_safe(text)
        run.append(t)
        para.append(run)
        comment.append(para)
        self._element.append(comment)
        first._r.addprevious(_element("w:commentRangeStart", id=str(comment_id)))
        reference = self._reference_run("w:commentReference", comment_id)
        last._r.addnext(reference)
        last._r.addnext(_element("w:commentRangeEnd", id=str(comment_id)))
        return comment_id

    def anchor_xml(self, text: str, author: str, when: str | None = None) -> tuple[str, str]:
        """A new comment; returns the XML to put before and after the runs it is about."""
        comment_id = self._next_id
        self._next_id += 1
        author = xml_safe(author)
        date = comment_date(when)
        dated = f' w:date="{date}"' if date else ""
        ref_style = f'<w:rPr><w:rStyle w:val="{REFERENCE_STYLE[1]}"/></w:rPr>'
        self._element.append(
            parse_xml(
                f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author={quoteattr(author)}'
                f" w:initials={quoteattr(initials_of(author))}{dated}><w:p><w:pPr>"
                f'<w:pStyle w:val="{TEXT_STYLE[1]}"/></w:pPr><w:r>{ref_style}<w:annotationRef/></w:r>'
                f"{fast.run(text)}</w:p></w:comment>"
            )
        )
        start = f'<w:commentRangeStart w:id="{comment_id}"/>'
        reference = f'<w:r>{ref_style}<w:commentReference w:id="{comment_id}"/></w:r>'
        end = f'<w:commentRangeEnd w:id="{comment_id}"/>{reference}'
        return start, end

    @staticmethod
    def _reference_run(tag: str, comment_id: int | None = None) -> OxmlElement:
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rpr.append(_element("w:rStyle", val=REFERENCE_STYLE[1]))
        run.append(rpr)
        inner = OxmlElement(tag)
        if comment_id is not None:
            inner.set(qn("w:id"), str(comment_id))
        run.append(inner)
        return run
