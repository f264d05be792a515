"""Page furniture of Staten-Generaal publications: running heads and feet, ISSN, page numbers.

The facts furniture carries (identifier, vergaderjaar, Aanhangsel number) are kept in ``found``
before the lines are dropped. Furniture glued to the next line by a poor text extraction
("…Aanhangsel 1Antwoord 3") is cut off and the rest of the line kept.
"""

from __future__ import annotations

import re

_YEARS = r"(\d{4})\s*[–\-/]\s*(\d{2,4})"
_IDENT_RE = re.compile(r"\b((?:ah-tk|ah-ek|kst|kv-tk|h-tk|blg|stcrt|stb)-[\w-]+?\d)(?=\s|$|ISSN)")
_ISSN_RE = re.compile(r"ISSN\s*\d{4}\s*-\s*\d{3}[\dX]")
_PLACE_RE = re.compile(r"[’'`]s-Gravenhage\s+\d{4}")
# "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2" or "…, 19 637, nr. 2800 3"
_FOOT_RE = re.compile(
    r"(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+" + _YEARS + r",\s*"
    r"(?:Aanhangsel|Kamervragen zonder antwoord|Handelingen|[\d ]+(?:\s?[A-Z]+)?,\s*nr\.\s*\d+)\s*(\d{1,5})?"
)
_HEAD_LINES = [
    re.compile(r"^(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s*\d?$"),
    re.compile(r"^Vergaderjaar\s+" + _YEARS + r"(\s+Aanhangsel van de Handelingen)?$"),
    re.compile(r"^Aanhangsel van de Handelingen$"),
    re.compile(r"^Kamervragen zonder antwoord$"),
    re.compile(r"^Vragen gesteld door de leden der Kamer, met de daarop door de$"),
    re.compile(r"^regering gegeven antwoorden$"),
    re.compile(
        r"^Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden$"
    ),
]
# What each pattern above must begin with: a cheap test before the regular expression.
_HEAD_PREFIXES = (
    "Tweede",
    "Eerste",
    "Vergaderjaar",
    "Aanhangsel van",
    "Kamervragen zonder",
    "Vragen gesteld",
    "regering gegeven",
)
_GLUED = (
    (_IDENT_RE, ("ah-", "kst-", "kv-tk-", "h-tk-", "blg-", "stcrt-", "stb-")),
    (_ISSN_RE, ("ISSN",)),
    (_PLACE_RE, ("’", "'", "`")),
    (_FOOT_RE, ("Tweede", "Eerste")),
)
_PAGE_NO_RE = re.compile(r"^\d{1,3}$")
_NUMBER_RE = re.compile(r"\d{1,6}")
_YEARS_RE = re.compile(_YEARS)
_SEPARATORS = " |·•"  # between pieces of furniture on one line: "ah-tk-20242025-245 | Tweede Kamer, …"
# what every furniture pattern above begins with: most lines are let through on this alone
_PREFIXES = _HEAD_PREFIXES + tuple(p for _, prefixes in _GLUED for p in prefixes)


def split_at_footers(lines: list[str]) -> list[list[str]]:
    """Pages of a text extracted without page breaks, cut after each running foot."""
    pages: list[list[str]] = [[]]
    for line in lines:
        match = _FOOT_RE.search(line) if "Kamer," in line else None  # the foot names the Kamer
        if match is None or line[: match.start()].strip().isdigit():  # a footnote citing a Kamerstuk
            pages[-1].append(line)
            continue
        pages[-1].append(line[: match.end()])
        pages.append([line[match.end() :]] if line[match.end() :].strip() else [])
    return [page for page in pages if any(line.strip() for line in page)]


def strip_page(lines: list[str], found: dict[str, str], first_page: bool) -> list[str]:
    """Return ``lines`` without furniture; facts seen are added to ``found``."""
    kept: list[str] = []
    after_head = False
    for line in lines:
        rest = _strip_line(line, found) if line.startswith(_PREFIXES) else line  # most lines: no call
        if rest is None:
            after_head = after_head or (first_page and "antwoorden" in line)
            continue
        if first_page and after_head and _NUMBER_RE.fullmatch(rest) and _only_page_numbers(kept):
            found.setdefault("aanhangsel_number", rest)
            continue
        kept.append(rest)
    return _drop_page_numbers(kept)


def _only_page_numbers(lines: list[str]) -> bool:
    """Nothing but blank lines and a page number so far: the head of the page."""
    return all(not line or _PAGE_NO_RE.match(line) for line in lines)


def _strip_line(line: str, found: dict[str, str]) -> str | None:
    """None when the whole line is furniture, else what is left of it (for a line that starts
    with one of ``_PREFIXES``)."""
    if line.startswith(_HEAD_PREFIXES) and any(p.match(line) for p in _HEAD_LINES):
        _note_years(line, found)
        return None
    rest = line
    for pattern, prefixes in _GLUED:
        match = pattern.match(rest) if rest.startswith(prefixes) else None
        while match:
            _note(pattern, match, found)
            rest = rest[match.end() :].lstrip(_SEPARATORS)
            match = pattern.match(rest)
    if rest == line:
        return line
    return rest or None


def _note(pattern: re.Pattern[str], match: re.Match[str], found: dict[str, str]) -> None:
    if pattern is _IDENT_RE:
        ident = match.group(1)
        found.setdefault("identifier", ident)
        ah = re.fullmatch(r"ah-tk-(\d{4})(\d{4})-(\d+)(?:-\w+)?", ident)
        if ah:
            found["vergaderjaar"] = f"{ah.group(1)}-{ah.group(2)}"
            found["aanhangsel_number"] = ah.group(3)
    elif pattern is _FOOT_RE:
        _note_years(match.group(0), found)


def _note_years(text: str, found: dict[str, str]) -> None:
    match = _YEARS_RE.search(text)
    if match and "vergaderjaar" not in found:
        first, second = match.group(1), match.group(2)
        if len(second) == 2:
            second = first[:2] + second
        found["vergaderjaar"] = f"{first}-{second}"


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """A bare number as first or last line of a page is a page number."""
    while lines and _PAGE_NO_RE.match(lines[-1]):
        lines = lines[:-1]
    while lines and _PAGE_NO_RE.match(lines[0]) and len(lines) > 1 and not _PAGE_NO_RE.match(lines[1]):
        lines = lines[1:]
    return lines
