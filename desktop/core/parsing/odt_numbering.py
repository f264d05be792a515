"""OpenDocument automatic list numbers ("Vraag 1", "2.1", "a)"), which live in list styles, not in the text.

Ministries and LibreOffice users number question and answer headers with a list style whose
prefix is "Vraag " or "Antwoord "; the paragraph itself is then empty. List styles come from
``styles.xml`` (common styles) and ``content.xml`` (automatic styles); headings outside lists
are numbered by the outline style. Counters run per logical list and level: a list continues
another through ``text:continue-list`` (its ``xml:id``) or ``text:continue-numbering`` (the
last list of the same style), and a level restarts when a shallower level moves on.

Where LibreOffice differs from the ODF text, the reading that keeps question headers wins:
``text:continue-numbering`` continues the last list of its style even when a list of another
style came between (LibreOffice restarts, but never writes such a file itself), and a list that
names no style takes the list style of its first paragraph's style (LibreOffice shows bullets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from naast.core.parsing.numerals import roman

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

_TEMPLATE_RE = re.compile(r"%(\d+)%")


@dataclass(frozen=True)
class Level:
    """One level of a list (or outline) style."""

    bullet: bool = False
    fmt: str = "1"
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display: int = 1
    template: str | None = None  # LibreOffice's loext:num-list-format, e.g. "%1%.%2%"
    letter_sync: bool = False


Levels = dict[int, Level]


def _letters(n: int, sync: bool) -> str:
    if sync:
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def format_number(n: int, fmt: str, letter_sync: bool = False) -> str:
    """``n`` in an ODF number format ("1", "a", "A", "i", "I"; "" shows no number; else decimal)."""
    if not fmt:
        return ""
    if n < 1:
        return str(n)
    if fmt in ("a", "A"):
        letters = _letters(n, letter_sync)
        return letters.upper() if fmt == "A" else letters
    if fmt in ("i", "I"):
        return roman(n).upper() if fmt == "I" else roman(n)
    if fmt.startswith("0"):  # "01, 02, 03, ..." (Word's decimalZero)
        return f"{n:02d}"
    return str(n)


def render(levels: Levels, counters: dict[int, int], level: int) -> str:
    """The label of an item at ``level`` whose list stands at ``counters``."""
    style = levels[level]
    if style.bullet:
        return "•"

    def number(at: int) -> str:
        at_style = levels.get(at, Level())
        return format_number(counters.get(at, at_style.start), at_style.fmt, at_style.letter_sync)

    if style.template is not None:
        return _TEMPLATE_RE.sub(lambda match: number(int(match.group(1))), style.template).strip()
    first = max(1, level - style.display + 1)
    numbers = ".".join(text for text in (number(at) for at in range(first, level + 1)) if text)
    return f"{style.prefix}{numbers}{style.suffix}".strip() if numbers else ""


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(elem: Element, default_fmt: str) -> Level:
    if elem.tag != f"{_TEXT}list-level-style-number" and not elem.tag.endswith("outline-level-style"):
        return Level(bullet=elem.tag == f"{_TEXT}list-level-style-bullet", fmt="")
    return Level(
        fmt=elem.get(f"{_STYLE}num-format", default_fmt),
        prefix=elem.get(f"{_STYLE}num-prefix", ""),
        suffix=elem.get(f"{_STYLE}num-suffix", ""),
        start=_int(elem.get(f"{_TEXT}start-value"), 1),
        display=_int(elem.get(f"{_TEXT}display-levels"), 1),
        template=elem.get(f"{_LOEXT}num-list-format"),
        letter_sync=elem.get(f"{_STYLE}num-letter-sync") == "true",
    )


def _levels(style: Element, default_fmt: str) -> Levels:
    return {_int(child.get(f"{_TEXT}level"), 1): _level(child, default_fmt) for child in style}


@dataclass(frozen=True)
class _Open:
    key: int  # the logical list its items count in
    style: str


class OdtNumbering:
    """Labels for the numbered paragraphs of one document, in document order.

    The reader calls :meth:`open_list` and :meth:`close_list` around each ``text:list``,
    :meth:`item_label` for the first paragraph of each ``text:list-item`` and
    :meth:`heading_label` for each heading.
    """

    def __init__(self, content: Element, styles: Element | None) -> None:
        self.list_styles: dict[str, Levels] = {}
        self.paragraph_styles: dict[str, tuple[str | None, str | None]] = {}  # list style, parent
        self.outline: Levels = {}
        containers = [styles.find(f"{_OFFICE}styles") if styles is not None else None]
        containers.append(content.find(f"{_OFFICE}automatic-styles"))
        for container in containers:
            if container is not None:
                self._read_styles(container)
        self._open: list[_Open] = []
        self._lists = 0
        self._ids: dict[str, int] = {}
        self._last: dict[str, int] = {}  # list style -> the last logical list in it
        self._counters: dict[int, dict[int, int]] = {}
        self._outline_counters: dict[int, int] = {}

    def _read_styles(self, container: Element) -> None:
        for style in container:
            name = style.get(f"{_STYLE}name", "")
            if style.tag == f"{_TEXT}list-style":
                self.list_styles[name] = _levels(style, "1")
            elif style.tag == f"{_TEXT}outline-style":
                self.outline = _levels(style, "")
            elif style.tag == f"{_STYLE}style" and style.get(f"{_STYLE}family") == "paragraph":
                parent = style.get(f"{_STYLE}parent-style-name")
                self.paragraph_styles[name] = (style.get(f"{_STYLE}list-style-name"), parent)

    def _paragraph_list_style(self, name: str | None) -> str:
        for _ in range(20):  # a parent chain, guarded against cycles
            if name is None or name not in self.paragraph_styles:
                return ""
            list_style, parent = self.paragraph_styles[name]
            if list_style is not None:
                return list_style
            name = parent
        return ""

    def open_list(self, elem: Element) -> None:
        style = elem.get(f"{_TEXT}style-name") or (self._open[-1].style if self._open else "")
        if not style and not self._open:
            first = next((p for p in elem.iter() if p.tag in (f"{_TEXT}p", f"{_TEXT}h")), None)
            style = self._paragraph_list_style(first.get(f"{_TEXT}style-name") if first is not None else None)
        key = self._open[-1].key if self._open else self._logical_list(elem, style)
        if elem.get(_XML_ID):
            self._ids[elem.get(_XML_ID, "")] = key
        if style:
            self._last[style] = key
        self._open.append(_Open(key, style))

    def _logical_list(self, elem: Element, style: str) -> int:
        continued = elem.get(f"{_TEXT}continue-list")
        if continued in self._ids:
            return self._ids[continued]
        if elem.get(f"{_TEXT}continue-numbering") == "true" and style in self._last:
            return self._last[style]
        self._lists += 1
        return self._lists

    def close_list(self) -> None:
        if self._open:
            self._open.pop()

    def item_label(self, item: Element) -> str:
        """The label of the first paragraph of list item ``item`` in the innermost open list."""
        if not self._open:
            return ""
        current, level = self._open[-1], len(self._open)
        levels = self.list_styles.get(current.style, {})
        if level not in levels:
            return ""
        counters = self._counters.setdefault(current.key, {})
        following = counters.get(level, levels[level].start - 1) + 1
        counters[level] = _int(item.get(f"{_TEXT}start-value"), following)
        return render(levels, _restart_deeper(counters, level), level)

    def heading_label(self, heading: Element) -> str:
        """The outline number of a heading outside lists ("2.1"), or ""."""
        level = _int(heading.get(f"{_TEXT}outline-level"), 0)
        if self._open or level not in self.outline or heading.get(f"{_TEXT}is-list-header") == "true":
            return ""
        counters = self._outline_counters
        if heading.get(f"{_TEXT}restart-numbering") == "true":
            counters[level] = _int(heading.get(f"{_TEXT}start-value"), self.outline[level].start)
        else:
            counters[level] = counters.get(level, self.outline[level].start - 1) + 1
        return render(self.outline, _restart_deeper(counters, level), level)


def _restart_deeper(counters: dict[int, int], level: int) -> dict[int, int]:
    for deeper in [at for at in counters if at > level]:
        del counters[deeper]
    return counters
