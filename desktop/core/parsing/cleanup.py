"""Line-level cleanup: Unicode form, spaces, converter artefacts.

Runs on every line before anything looks at structure. Footnotes written in-line by a
Word-to-text converter (``[footnoteRef:1] [1: body]``) become placeholders plus a note body.
"""

from __future__ import annotations

import re
import unicodedata

from naast.core.parsing.source import note_ref

# Spacing accents that PDF text layers emit after the letter they belong to ("Kostic´").
_DETACHED_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "\u00a8": "\u0308",  # diaeresis
    "\u02c6": "\u0302",  # circumflex
    "\u02dc": "\u0303",  # tilde
    "\u02c7": "\u030c",  # caron
}
# Typographic ligatures of PDF text layers ("ﬁnanciering"); NFC keeps them, searches miss them.
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
_DETACHED_RE = re.compile(r"(?<=[^\W\d_])([\u00b4\u00a8\u02c6\u02dc\u02c7])")
_BOOKMARK_RE = re.compile(r"\[bookmark:[^\]]*\]")
_NOTE_INLINE_RE = re.compile(r"\[footnoteRef:(\d+)\]\s*\[\1:\s*(.*?)\](?=\s|$)")
_NOTE_REF_RE = re.compile(r"\[(?:footnoteRef|endnoteRef):(\d+)\]|\[\^(\d+)\](?!:)")
# a body apart from its reference: "[1: body]" (Word converters) or "[^1]: body" (Markdown)
_NOTE_BODY_RE = re.compile(r"(?m)^\s*\[\^?(\d+)\]?:\s*(.*?)\]?\s*$")
_SOFT_BREAK_RE = re.compile(r"\u00ad[ \t]*\n[ \t]*")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def clean_page(lines: list[str], notes: dict[str, str]) -> list[str]:
    """Normalise the lines of one page; in-line footnote bodies are moved into ``notes``."""
    text = "\n".join(lines)
    if not text.isascii():
        text = _unicode_cleanup(text, lines)
    if "[" in text:
        text = _BOOKMARK_RE.sub("", text)
        text = _NOTE_INLINE_RE.sub(lambda m: _keep_note(m, notes), text)
        refs: set[str] = set()
        text = _NOTE_REF_RE.sub(lambda m: _keep_ref(m.group(1) or m.group(2), refs), text)
        if refs:
            text = _NOTE_BODY_RE.sub(lambda m: _keep_body(m, refs, notes), text)
    # Every run of white space inside a line becomes one space, none at its ends. Most lines only
    # need stripping, which is much cheaper than splitting: an ASCII line without a tab or two
    # spaces in a row, or another line that is printable (white space but " " is not).
    return [
        " ".join(line.split())
        if "  " in line or ("\t" in line if line.isascii() else not line.isprintable())
        else line.strip()
        for line in text.split("\n")
    ]


def clean_note(text: str) -> str:
    """A footnote body a reader hands over apart from the pages: the same Unicode cleanup, and
    one line with single spaces."""
    if not text.isascii():
        text = _unicode_cleanup(text)
    return " ".join(text.split())


def _unicode_cleanup(text: str, lines: list[str] | None = None) -> str:
    """Detached accents, NFC, ligatures, soft hyphens and invisible characters (none occur in ASCII).

    ``lines``: the lines ``text`` joins with newlines, when known. Nothing composes across a
    newline, so the text is NFC when each line is, and lines in ASCII need no test (most do not)."""
    if any(accent in text for accent in _DETACHED_ACCENTS):
        text = _DETACHED_RE.sub(lambda m: _DETACHED_ACCENTS[m.group(1)], text)
        lines = None  # they no longer spell the text
    if not _is_nfc(text, lines):
        text = unicodedata.normalize("NFC", text)
    if any(chr(ligature) in text for ligature in _LIGATURES):  # one fast scan each, unlike a regex
        text = text.translate(_LIGATURES)
    if "\u00ad" in text:  # a soft hyphen at a line end: the word goes on on the next line
        text = _SOFT_BREAK_RE.sub("", text)
    if any(char in text for char in _INVISIBLE):
        text = _INVISIBLE_RE.sub("", text)
    return text


def _is_nfc(text: str, lines: list[str] | None) -> bool:
    if lines is None:
        return unicodedata.is_normalized("NFC", text)
    return all(line.isascii() or unicodedata.is_normalized("NFC", line) for line in lines)


def _keep_ref(marker: str, refs: set[str]) -> str:
    refs.add(marker)
    return note_ref(marker)


def _keep_body(match: re.Match[str], refs: set[str], notes: dict[str, str]) -> str:
    """A note body on a line of its own, for a reference seen on this page; else left as text."""
    if match.group(1) not in refs:
        return match.group(0)
    notes.setdefault(match.group(1), match.group(2).strip())
    return ""


def _keep_note(match: re.Match[str], notes: dict[str, str]) -> str:
    marker = match.group(1)
    notes.setdefault(marker, match.group(2).strip())
    return note_ref(marker)


def split_lines(text: str) -> list[str]:
    """Split on any line end; form feeds are handled by the caller."""
    if "\r" in text:  # a quick scan; searching for "\r\n" in text without one is not
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")
