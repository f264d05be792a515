"""What a format reader hands to the normaliser: lines per page, known footnotes, metadata.

Readers never build units or metadata themselves; they only say what the source holds. A
footnote reference whose position the source states exactly (Word, KOOP XML, converter
artefacts) is written into the line as ``NOTE_OPEN + marker + NOTE_CLOSE``; the normaliser
turns it into the plain marker and records its offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NOTE_OPEN = "\ue000"
NOTE_CLOSE = "\ue001"


def note_ref(marker: str) -> str:
    """The in-line placeholder for a footnote reference at an exactly known position."""
    return f"{NOTE_OPEN}{marker}{NOTE_CLOSE}"


@dataclass
class RawDocument:
    """A document as read, before normalisation.

    ``pages`` holds the lines of each page (one page when the source has no pages).
    ``paragraph_lines`` is True when every line is already a whole paragraph (Word, XML,
    text saved from Word); False when lines are wrapped as on a printed page (PDF).
    ``notes`` maps footnote markers to bodies the source gives separately.
    ``meta`` holds metadata the source states outright (XML attributes, metadata.xml).
    """

    pages: list[list[str]]
    source_format: str
    paragraph_lines: bool | None = None  # None: decide from the line lengths
    notes: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    has_pages: bool = False  # True when ``pages`` are real pages of the source
