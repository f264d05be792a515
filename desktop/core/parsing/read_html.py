"""HTML (for example the KOOP HTML rendering) via the standard library's parser.

Block elements become lines; table cells are joined with " | "; scripts, styles and the head
are skipped. Footnotes listed at the end ("1 Kamerstuk …") are cut like those of plain text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop.core.errors import ImportFailed
from desktop.core.parsing.read_text import decode_text
from desktop.core.parsing.source import RawDocument

_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article",
    "blockquote", "ul", "ol", "dl", "dt", "dd", "header", "footer", "main", "body", "pre", "hr",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "noscript", "template", "svg"}
_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS or tag == "br":
            self._flush()
        elif tag in ("td", "th") and self.current:
            self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)

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
    return RawDocument(pages=[collector.lines], source_format="html", paragraph_lines=True)
