"""Question and answer headers, and their numbers in every real spelling.

A header stands alone on its line: "Vraag 2 en 3", "Antwoord op vragen 3 en 4",
"Vraag 3, 4 en 5", "Antwoord 5, 6", "Vraag 7, 8, 9 10 en 11", "Vragen 1 t/m 3", "Vraag 1)",
"Vraag 6 –".
A sentence such as "Vraag 2 en 3 liggen in elkaars verlengde." is not a header. A header may
also open its line: "Vraag 7: Kunt u …", or without the colon when a tab followed it in the Word
file ("Vraag 1<tab>Bent u …"), which the text then starts with a capital. A header wrapped over
two lines ("Vraag 3, 4" / "en 5") goes on with a number list on the next line.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUM = r"\d{1,3}[a-z]?"
_SEP = r"(?:\s*(?:,|;|&|\ben\b|\bt/m\b|\btot en met\b|-|–)\s*|\s+)"
NUMBERS = rf"{_NUM}(?:{_SEP}{_NUM})*"
_QUESTION = r"(?:Vraag|Vragen)(?:\s+nr\.?)?"
# "Antwoord 3", "Antwoord op (de) vraag 3", "Antwoord vraag 3"
_ANSWER = r"Antwoord(?:en)?(?:\s+(?:(?:op|bij|van)\s+(?:de\s+)?)?(?:vraag|vragen))?(?:\s+nr\.?)?"
# what may close a header's number: "Vraag 1:", "Vraag 1.", "Vraag 1)", "Vraag 6 –"
_CLOSE = r"\s*[:.)\-–]?$"
QUESTION_RE = re.compile(rf"^{_QUESTION}\s+({NUMBERS}){_CLOSE}", re.IGNORECASE)
ANSWER_RE = re.compile(rf"^{_ANSWER}\s+({NUMBERS}){_CLOSE}", re.IGNORECASE)
# the text after an in-line header: after a colon, or a capital after (a tab turned into) a space,
# a parenthesis or a dash ("Vraag 1) Kent u …", "Vraag 6 – Bent u …")
_INLINE_TEXT = r"(?::\s+\S|\s*[)\-–]?\s+(?-i:[A-ZÀ-Ý«“‘'\"]))"
_QUESTION_INLINE_RE = re.compile(rf"^({_QUESTION}\s+({NUMBERS}))\s*{_INLINE_TEXT}", re.IGNORECASE)
_ANSWER_INLINE_RE = re.compile(rf"^({_ANSWER}\s+({NUMBERS}))\s*{_INLINE_TEXT}", re.IGNORECASE)
# a bare "Antwoord" under a numbered question, alone on its line or in-line: "Antwoord: Ja."
_BARE_ANSWER_RE = re.compile(r"^(Antwoord(?:en)?)\s*(?:[:.]?$|:\s+\S)", re.IGNORECASE)
_CONTINUED_RE = re.compile(rf"^(?:,|;|&|en|t/m|tot en met|-|–)\s*{NUMBERS}{_CLOSE}", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d{1,3}")
_BARE_LABEL_RE = re.compile(r"^(?:Vraag|Vragen|Antwoord|Antwoorden)\s*[:.]?$", re.IGNORECASE)
_LABEL_STARTS = ("vra", "ant")
LABEL_INITIALS = frozenset("VvAa")  # every label starts with one of these (or white space)
_RANGE_RE = re.compile(r"(\d{1,3})\s*(?:t/m|tot en met|-|–)\s*(\d{1,3})")


def parse_numbers(text: str) -> tuple[int, ...]:
    """ "3, 4 en 5" -> (3, 4, 5); "1 t/m 3" -> (1, 2, 3); duplicates dropped, order kept."""
    numbers: list[int] = []
    pos = 0
    for match in _RANGE_RE.finditer(text):
        numbers.extend(int(n) for n in _DIGITS_RE.findall(text[pos : match.start()]))
        low, high = int(match.group(1)), int(match.group(2))
        numbers.extend(range(low, high + 1) if 0 < high - low < 100 else (low, high))
        pos = match.end()
    numbers.extend(int(n) for n in _DIGITS_RE.findall(text[pos:]))
    return tuple(dict.fromkeys(numbers))


def may_be_label(line: str) -> bool:
    """A cheap first test: every label starts with "Vra…" or "Ant…" (most lines do not)."""
    first = line[:1]
    if first not in LABEL_INITIALS and not first.isspace():
        return False  # one character decides for nearly every line
    return line.lstrip()[:3].lower() in _LABEL_STARTS


def question_numbers(line: str) -> tuple[int, ...] | None:
    header = _header(line.strip()) if may_be_label(line) else None
    return header[1] if header is not None and header[0] == "question" else None


def answer_numbers(line: str) -> tuple[int, ...] | None:
    header = _header(line.strip()) if may_be_label(line) else None
    return header[1] if header is not None and header[0] == "answer" else None


def is_header(line: str) -> bool:
    return may_be_label(line) and _header(line.strip()) is not None


@lru_cache(maxsize=4096)
def _header(line: str) -> tuple[str, tuple[int, ...]] | None:
    """ "Vraag 2 en 3" -> ("question", (2, 3)). Remembered: each stage of parsing asks again
    about the same few label lines, and the patterns are long."""
    for kind, pattern in (("question", QUESTION_RE), ("answer", ANSWER_RE)):
        match = pattern.match(line)
        if match:
            return kind, parse_numbers(match.group(1))
    return None


def is_label_line(line: str) -> bool:
    """A header, or a bare "Vraag" / "Antwoord" line that opens a question or answer."""
    if not may_be_label(line):
        return False
    return _header(line.strip()) is not None or _BARE_LABEL_RE.match(line) is not None  # headers: remembered


def inline_header(line: str) -> tuple[str, tuple[int, ...], str] | None:
    """ "Vraag 2: Bent u …" -> ("question", (2,), "Vraag 2"); the colon tells it from prose."""
    if not may_be_label(line):
        return None
    for kind, pattern in (("question", _QUESTION_INLINE_RE), ("answer", _ANSWER_INLINE_RE)):
        match = pattern.match(line)
        if match:
            return kind, parse_numbers(match.group(2)), match.group(1)
    return None


def bare_answer(line: str) -> str | None:
    """ "Antwoord" or "Antwoord: Ja." -> "Antwoord": an answer to the question just before."""
    if not may_be_label(line):
        return None
    match = _BARE_ANSWER_RE.match(line.strip())
    return match.group(1) if match else None


def continued_header(label: str, nxt: str) -> tuple[str, tuple[int, ...]] | None:
    """A header wrapped over two lines: ("Vraag 3, 4", "en 5") -> ("Vraag 3, 4 en 5", (3, 4, 5))."""
    nxt = nxt.strip()
    if not nxt or nxt[0] not in ",;&et-–" or not _CONTINUED_RE.match(nxt):
        return None
    joined = label.rstrip(" :.") + ("" if nxt[0] in ",;" else " ") + nxt
    numbers = question_numbers(joined) or answer_numbers(joined)
    return (joined, numbers) if numbers else None
