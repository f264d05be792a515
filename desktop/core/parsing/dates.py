"""Dutch dates to ISO, and the vergaderjaar: "21 november 2019", "6 jan. 2025", "1e maart 2024",
"2 september '24", "14-11-2024", "2019-11-21"."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
DATE_RE = re.compile(
    r"\b(\d{1,2})(?:e|ste|de)?\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(\d{4}|['’‘]\d{2})\b",
    re.IGNORECASE,
)
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC_RE = re.compile(r"\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b")  # day first, as Dutch writes it


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO yyyy-mm-dd, or None."""
    found = [m for m in (DATE_RE.search(text), _ISO_RE.search(text), _NUMERIC_RE.search(text)) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    if match.re is DATE_RE:
        return _iso(_year(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
    if match.re is _ISO_RE:
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return _iso(int(match.group(4)), int(match.group(3)), int(match.group(1)))


def _year(text: str) -> int:
    """ "2024" -> 2024; "'24" -> 2024 and "'98" -> 1998: the century that is not in the future."""
    if len(text) == 4:
        return int(text)
    year = 2000 + int(text[1:])
    return year if year <= dt.date.today().year + 1 else year - 100


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def vergaderjaar_of(iso_date: str) -> str:
    """The parliamentary year holding a date: it starts on Prinsjesdag (third Tuesday of September)."""
    date = dt.date.fromisoformat(iso_date)
    first = dt.date(date.year, 9, 1)
    prinsjesdag = first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = date.year if date >= prinsjesdag else date.year - 1
    return f"{start}-{start + 1}"
