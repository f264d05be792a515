"""Editable lists of Dutch patterns that mark an answer as a referral or a refusal.

Each list is a text file of regular expressions, one a line, ``#`` starting a comment. The shipped
lists are in ``resources/measures/``; a researcher may pass others. Text is matched with its white
space folded to single spaces, case-insensitively, so a pattern never depends on where a PDF broke a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from naast.core.errors import NaastError


class PatternError(NaastError):
    """A pattern list cannot be read or holds an invalid regular expression."""


@dataclass(frozen=True, slots=True)
class Match:
    """Where a pattern matched: offsets into the document's text, and the words matched."""

    start: int
    end: int
    text: str
    pattern: str


@dataclass(frozen=True, slots=True)
class PatternList:
    name: str
    patterns: tuple[re.Pattern[str], ...]

    def find(self, text: str, offset: int = 0) -> list[Match]:
        """Every non-overlapping match in ``text``; offsets are ``offset`` plus positions in ``text``."""
        folded, positions = fold_spaces(text)
        found: list[Match] = []
        for pattern in self.patterns:
            for m in pattern.finditer(folded):
                start, end = positions[m.start()], positions[m.end() - 1] + 1
                if any(start < other.end and other.start < end for other in found):
                    continue
                found.append(Match(offset + start, offset + end, text[start:end], pattern.pattern))
        return sorted(found, key=lambda m: m.start)


def fold_spaces(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of white space as one space, and each folded character's position."""
    chars: list[str] = []
    positions: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space:
                chars.append(" ")
                positions.append(i)
            in_space = True
        else:
            chars.append(ch)
            positions.append(i)
            in_space = False
    return "".join(chars), positions


def read_patterns(path: Path, name: str | None = None) -> PatternList:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"The pattern list {path} cannot be read.") from exc
    compiled = []
    for number, line in enumerate(lines, start=1):
        source = line.strip()
        if not source or source.startswith("#"):
            continue
        try:
            compiled.append(re.compile(source, re.IGNORECASE))
        except re.error as exc:
            raise PatternError(f"Line {number} of {path.name} is not a valid pattern ({exc.msg}).") from exc
    return PatternList(name or path.stem, tuple(compiled))
