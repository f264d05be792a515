"""Citations and dates written out the way a memo prints them, in English or Dutch."""

from __future__ import annotations

from datetime import date

from naast.export.labels import label
from naast.export.plan import Citation, Language

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def format_date(iso: str | None, language: Language) -> str:
    """``2019-11-21`` → "21 November 2019" / "21 november 2019"; other text unchanged."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _MONTHS[language].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


SHORT_TITLE_CHARS = 90


def shorten(text: str, limit: int = SHORT_TITLE_CHARS) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def short_citation(citation: Citation, language: Language) -> str:
    """Title (shortened) and unit: what fits under a quote in a table cell."""
    parts = [shorten(citation.document_title), citation.unit_label or ""]
    return ", ".join(p for p in parts if p)


def full_citation(citation: Citation, language: Language) -> str:
    """Everything known about the source, for a footnote or a CSV column."""
    return "".join(text for text, _dutch in citation_pieces(citation, language))


def citation_pieces(citation: Citation, language: Language) -> list[tuple[str, bool]]:
    """``full_citation`` in pieces, each marked True when it is the source's own (Dutch) words.

    The document's title and unit label are Dutch whatever the memo's language; the labels and
    the date are in the memo's language. Word checks each piece's spelling in its own language.
    """
    pieces = [(citation.document_title, True)]
    if citation.unit_label:
        pieces += [(", ", False), (citation.unit_label, True)]
    rest = _details(citation, language)
    if rest:
        pieces.append((", " + ", ".join(rest), False))
    pieces.append((".", False))
    return pieces


def _details(citation: Citation, language: Language) -> list[str]:
    parts: list[str] = []
    if citation.kenmerk:
        parts.append(f"{label('kenmerk', language)} {citation.kenmerk}")
    if citation.aanhangsel:
        parts.append(f"{label('aanhangsel', language)} {citation.aanhangsel}")
    if citation.kamerstuk:
        parts.append(f"{label('kamerstuk', language)} {citation.kamerstuk}")
    if citation.date:
        parts.append(format_date(citation.date, language))
    if citation.page is not None:
        parts.append(f"{label('page', language)} {citation.page}")
    if citation.identifier:
        parts.append(citation.identifier)
    return parts
