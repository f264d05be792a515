"""HTML (for example the KOOP HTML rendering) via the standard library's parser.

Block elements become lines; table cells are joined with " | "; scripts, styles, the head,
navigation and breadcrumbs are skipped. The KOOP rendering marks footnotes: a reference
``<a class="nootnum">1</a>`` in the text and a body ``<div class="voet noot"><span
class="nootnum">1</span><p>…</p></div>``; these become footnotes at their references. Other
footnotes listed at the end ("1 Kamerstuk …") are cut like those of plain text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from naast.core.errors import ImportFailed
from naast.core.parsing.read_text import decode_text
from naast.core.parsing.source import RawDocument, note_ref

_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article",
    "blockquote", "ul", "ol", "dl", "dt", "dd", "header", "footer", "main", "body", "pre", "hr",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg", "nav"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_NAVIGATION_RE = re.compile(r"breadcrumb|broodkruimel", re.IGNORECASE)
_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


class _Span:
    """An element being read apart from the text: skipped, a footnote body, or a marker."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.depth = 1
        self.text: list[str] = []
        self.marker = ""


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.notes: dict[str, str] = {}
        self.spans: list[_Span] = []  # open skip / note / marker elements, innermost last

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            for span in self.spans:
                span.depth += 1
        if self.spans and self.spans[0].kind == "skip":
            return
        named = dict(attrs)
        classes = (named.get("class") or "").split()
        if tag in _SKIP or _NAVIGATION_RE.search(f"{named.get('id') or ''} {named.get('class') or ''}"):
            self.spans.insert(0, _Span("skip"))  # the outermost: nothing inside is read
        elif "noot" in classes and not self.spans:
            self._flush()
            self.spans.append(_Span("note"))
        elif "nootnum" in classes:
            self.spans.append(_Span("marker"))
        elif self.spans:
            if tag in _BLOCKS or tag == "br":
                self.spans[-1].text.append(" ")
        elif tag in _BLOCKS or tag == "br":
            self._flush()
        elif tag in ("td", "th") and self.current:
            self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        for span in self.spans:
            span.depth -= 1
        while self.spans and self.spans[-1].depth <= 0:
            self._close(self.spans.pop())
        if self.spans and self.spans[0].depth <= 0:
            self.spans.pop(0)
        if not self.spans and tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.spans:
            self.current.append(data)
        elif self.spans[0].kind != "skip":
            self.spans[-1].text.append(data)

    def _close(self, span: _Span) -> None:
        text = re.sub(r"\s+", " ", "".join(span.text)).strip()
        if span.kind == "marker" and self.spans and self.spans[-1].kind == "note":
            self.spans[-1].marker = text
        elif span.kind == "marker" and text:  # glued to the word it follows, as printed
            while self.current and not self.current[-1].strip():
                self.current.pop()
            if self.current:
                self.current[-1] = self.current[-1].rstrip()
            self.current.append(note_ref(text))
        elif span.kind == "note" and span.marker:
            self.notes.setdefault(span.marker, text)
        elif span.kind == "note":
            self.current.append(text)

    def _flush(self) -> None:
        line = re.sub(r"\s+", " ", "".join(self.current)).strip(" |")
        self.current = []
        if line:
            self.lines.append(line)
            self.lines.append("")

    def close(self) -> None:
        super().close()
        self._flush()


def read_html(data: bytes, name: str) -> RawDocument:
    declared = _CHARSET_RE.search(data[:4096])
    text = None
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode_text(data, name)
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    if not any(collector.lines):
        raise ImportFailed(name, "the HTML page holds no text")
    return RawDocument(
        pages=[collector.lines], source_format="html", paragraph_lines=True, notes=collector.notes
    )
