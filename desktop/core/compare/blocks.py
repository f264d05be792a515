"""Cut a document into comparison blocks: its units, long units split into paragraph groups."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from naast.core.compare.tokens import Tokens
from naast.core.compare.types import Block

# Paragraphs end at blank lines. PDF text double-spaced by Word has blank lines between all lines;
# there only a blank line after a sentence end can end a paragraph.
_GAP = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_GAP = re.compile(r"[.?!:;)\]»”\"][ \t]*\n[ \t]*\n\s*")
_LINE_END = re.compile("\n")
_DOUBLE_SPACED = 0.4  # share of blank lines among all lines that marks double-spaced text


class UnitLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


@dataclass(frozen=True, slots=True)
class BlockOptions:
    max_words: int = 0  # a unit with more words is split into its paragraphs (0: every unit)
    min_words: int = 2  # a shorter paragraph joins the next (page numbers, stray marks)


class WordCounter:
    """Counts words between offsets in O(log n) from a tokenised text."""

    def __init__(self, tokens: Tokens) -> None:
        self._starts = tokens.starts
        self._prefix = tokens.word_prefix

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        lo, hi = np.searchsorted(self._starts, (start, end), side="left").tolist()
        return lo, hi

    def token_ranges(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``token_range`` of many spans at once."""
        offsets = np.array(spans, dtype=np.int64).reshape(-1)
        found = np.searchsorted(self._starts, offsets, side="left").tolist()
        return list(zip(found[::2], found[1::2], strict=True))

    def words_before(self, offsets: list[int]) -> list[int]:
        """The number of words starting before each offset."""
        return self._prefix[np.searchsorted(self._starts, offsets, side="left")].tolist()

    def words(self, start: int, end: int) -> int:
        lo, hi = self.token_range(start, end)
        return int(self._prefix[hi] - self._prefix[lo])


def segment(
    text: str,
    units: Sequence[UnitLike] | None,
    counter: WordCounter,
    options: BlockOptions = BlockOptions(),
) -> list[Block]:
    """The blocks of ``text`` in reading order; spans without words are left out.

    The paragraph ends of the whole text are found once; each unit takes those inside it (the
    sentence-end ones where the unit is double-spaced).
    """
    spans = [(u.start, u.end, u.label, k) for k, u in enumerate(units)] if units else []
    if not spans:
        spans = [(0, len(text), "", None)]
    gaps = _Gaps.of(text)
    cuts = [gaps.inside(start, end) for start, end, _, _ in spans]
    flat = [x for (start, end, _, _), inner in zip(spans, cuts, strict=True) for x in (start, *inner, end)]
    before = counter.words_before(flat)  # words before each offset, all units at once
    blocks: list[Block] = []
    pos = 0
    for (start, end, label, index), inner in zip(spans, cuts, strict=True):
        counts = before[pos : pos + len(inner) + 2]
        pos += len(inner) + 2
        if counts[-1] == counts[0]:
            continue
        if counts[-1] - counts[0] <= options.max_words:
            s, e = _trim(text, start, end)
            blocks.append(Block(label, s, e, index))
        else:
            blocks.extend(_split(text, (start, end), label, index, inner, counts, options))
    return blocks


@dataclass(frozen=True, slots=True)
class _Gaps:
    """Every paragraph end of a text, both kinds, and its line ends, for lookups by range."""

    plain: list[int]  # start of each blank-line gap
    plain_end: list[int]
    sentence: list[int]  # start of each gap after a sentence end
    sentence_end: list[int]
    lines: list[int]  # offsets of the line ends

    @classmethod
    def of(cls, text: str) -> _Gaps:
        plain = [(m.start(), m.end()) for m in _GAP.finditer(text)]
        sentence = [(m.start(), m.end()) for m in _SENTENCE_GAP.finditer(text)]
        lines = [m.start() for m in _LINE_END.finditer(text)]
        return cls(
            [s for s, _ in plain],
            [e for _, e in plain],
            [s for s, _ in sentence],
            [e for _, e in sentence],
            lines,
        )

    def inside(self, start: int, end: int) -> list[int]:
        """The cuts (ends of the paragraph gaps) in ``[start, end)``, as ``paragraph_gaps`` picks them."""
        lines = bisect_left(self.lines, end) - bisect_left(self.lines, start) + 1
        lo, hi = bisect_left(self.plain, start), bisect_left(self.plain, end)
        ends = self.plain_end
        if (hi - lo) / lines > _DOUBLE_SPACED:
            lo, hi = bisect_left(self.sentence, start), bisect_left(self.sentence, end)
            ends = self.sentence_end
        return [min(e, end) for e in ends[lo:hi]]


def _split(
    text: str,
    span: tuple[int, int],
    label: str,
    unit_index: int | None,
    cuts: list[int],
    before: list[int],
    options: BlockOptions,
) -> list[Block]:
    """A unit's paragraph blocks; ``before`` holds the words before its start, each cut and its end."""
    start, end = span
    total = before[-1]
    spans: list[tuple[int, int]] = []
    cur, cur_words = start, before[0]
    for cut, at in zip(cuts, before[1:-1], strict=True):
        if at - cur_words >= options.min_words and total - at > 0 and at > cur_words:
            spans.append((cur, cut))
            cur, cur_words = cut, at
    if spans and total - cur_words < options.min_words:
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((cur, end))
    if len(spans) == 1:
        s, e = _trim(text, start, end)
        return [Block(label, s, e, unit_index)]
    blocks = []
    for k, (s, e) in enumerate(spans, start=1):
        s, e = _trim(text, s, e)
        blocks.append(Block(f"{label} ¶{k}".strip(), s, e, unit_index))
    return blocks


def paragraph_gaps(text: str, start: int, end: int) -> re.Pattern[str]:
    """The pattern of paragraph ends in ``text[start:end]`` (the sentence-end one if double-spaced)."""
    lines = text.count("\n", start, end) + 1
    blank = len(_GAP.findall(text, start, end))
    return _SENTENCE_GAP if blank / lines > _DOUBLE_SPACED else _GAP


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    stripped = span.lstrip()
    start += len(span) - len(stripped)
    return start, start + len(stripped.rstrip())
