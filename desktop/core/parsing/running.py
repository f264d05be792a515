"""Running heads and feet found by repetition: a line printed at the top or bottom of most pages
(a letter's margin "Datum 14 december 2021", "Ons kenmerk …", a ministry name), and "Pagina 2
van 5". The first page keeps its copy, which is where such lines are the letter's own metadata.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from naast.core.parsing.headers import is_label_line

_EDGE = 5  # lines at the top and at the bottom of a page that may be running heads or feet
_PAGE_OF_RE = re.compile(
    r"^(?:Pagina|Page|Blad)\s+\d+\s+(?:van|of)\s+\d+$|^[-–]\s*\d{1,3}\s*[-–]$", re.IGNORECASE
)


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    edges = [_edge_indexes(page) for page in pages]
    running = _running_keys(pages, edges) if len(pages) >= 3 else set()
    result: list[list[str]] = []
    for index, page in enumerate(pages):
        dropped = {
            i
            for i in edges[index]
            if _PAGE_OF_RE.match(page[i]) or (index > 0 and _is_running(page[i], running))
        }
        result.append([line for i, line in enumerate(page) if i not in dropped] if dropped else page)
    return result


def _running_keys(pages: list[list[str]], edges: list[set[int]]) -> set[str]:
    counts: Counter[str] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        counts.update({_key(page[i]) for i in edge if not is_label_line(page[i].strip())})
    threshold = max(3, math.ceil(0.5 * len(pages)))
    return {key for key, count in counts.items() if count >= threshold and _eligible(key)}


def _eligible(key: str) -> bool:
    return len(key) >= 4


def _is_running(line: str, running: set[str]) -> bool:
    return _key(line) in running and not is_label_line(line.strip())


def _edge_indexes(page: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(page) if line.strip()]
    return set(filled[:_EDGE]) | set(filled[-_EDGE:])


def _key(line: str) -> str:
    """The line without a trailing page number: up to four figures at its end, with the white
    space before them (as the pattern ``\\s*\\d{1,4}$`` would remove, read from the right)."""
    line = line.strip()
    if not line[-1:].isdigit():
        return line
    end = start = len(line)
    while start > end - 4 and start > 0 and line[start - 1].isdecimal():
        start -= 1
    if start == end or (start > 0 and line[start - 1].isdecimal()):
        return line[:start]  # no figure (a superscript), or more than four: the last four go
    return line[:start].rstrip()
