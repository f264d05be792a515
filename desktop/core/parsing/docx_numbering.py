"""Word's automatic list numbers ("1.", "a)", "•"), which live in numbering.xml, not in the text.

Ministries number questions and letter sections with Word lists; without these labels a
section "1. Terugkeer" would read "Terugkeer". Counters run per list and level; a level
restarts when a shallower level moves on.
"""

from __future__ import annotations

import re

from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from naast.core.parsing.numerals import roman


def format_number(n: int, fmt: str) -> str:
    """``n`` in one of Word's number formats (decimal when it knows no other)."""
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    return str(n)


class Numbering:
    """Labels for numbered paragraphs of one document, in document order."""

    def __init__(self, document: Document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): _levels(a) for a in root.iter(qn("w:abstractNum"))}
        for num in root.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.levels[num.get(qn("w:numId"), "")] = abstract.get(ref.get(qn("w:val")), {})
        for style in document.styles.element.iter(qn("w:style")):
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                self.style_num[style.get(qn("w:styleId"), "")] = _num_pr(num_pr)

    def label(self, p: BaseOxmlElement) -> str:
        """The list label of paragraph ``p`` ("1.", "a)", "•") or ""."""
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            num_id, ilvl = _num_pr(num_pr)
        else:
            style = ppr.find(qn("w:pStyle")) if ppr is not None else None
            key = style.get(qn("w:val"), "") if style is not None else ""
            if key not in self.style_num:
                return ""
            num_id, ilvl = self.style_num[key]
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        return self._next(num_id, ilvl, levels)

    def _next(self, num_id: str, ilvl: int, levels: dict[int, tuple[str, str, int]]) -> str:
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_fmt, _, level_start = levels.get(level, ("decimal", "", 1))
            return format_number(counters.get(level, level_start), level_fmt)

        return re.sub(r"%(\d)", value, text)


def _levels(abstract: BaseOxmlElement) -> dict[int, tuple[str, str, int]]:
    levels: dict[int, tuple[str, str, int]] = {}
    for lvl in abstract.iter(qn("w:lvl")):
        fmt = lvl.find(qn("w:numFmt"))
        text = lvl.find(qn("w:lvlText"))
        start = lvl.find(qn("w:start"))
        levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
            fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
            text.get(qn("w:val"), "") if text is not None else "",
            int(start.get(qn("w:val"), "1")) if start is not None else 1,
        )
    return levels


def _num_pr(num_pr: BaseOxmlElement) -> tuple[str, int]:
    num_id = num_pr.find(qn("w:numId"))
    ilvl = num_pr.find(qn("w:ilvl"))
    return (
        num_id.get(qn("w:val"), "") if num_id is not None else "",
        int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0,
    )
