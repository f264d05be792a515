"""The one place where Python code-point offsets become Qt UTF-16 positions and back.

The core counts code points; Qt counts UTF-16 code units, so every character outside the Basic
Multilingual Plane (an emoji, say) is one code point but two Qt positions.
"""

from __future__ import annotations

from bisect import bisect_left


class OffsetMap:
    """Converts offsets into one text; O(1) for BMP-only text, O(log n) otherwise."""

    __slots__ = ("_astral_cp", "_astral_u16", "length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._astral_cp = astral
        self._astral_u16 = [cp + k for k, cp in enumerate(astral)]

    def to_qt(self, offset: int) -> int:
        """Code point offset → UTF-16 position."""
        if not self._astral_cp:
            return offset
        return offset + bisect_left(self._astral_cp, offset)

    def from_qt(self, position: int) -> int:
        """UTF-16 position → code point offset (a position inside a surrogate pair rounds down)."""
        if not self._astral_u16:
            return position
        return position - bisect_left(self._astral_u16, position)

    def qt_span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)
