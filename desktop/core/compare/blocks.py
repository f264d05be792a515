"""Cut a document into comparison blocks: its units, long units split into paragraph groups."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from desktop.core.compare.tokens import Tokens
from desktop.core.compare.types import Block

# Paragraphs end at blank lines. PDF text double-spaced by Word has blank lines between all lines;
# there only a blank line after a sentence end can end a paragraph.
_GAP = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_GAP = re.compile(r"[.?!:;)\]»”\"][ \t]*\n[ \t]*\n\s*")
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
    """The blocks of ``text`` in reading order; spans without words are left out."""
    if not units:
        return _split(text, 0, len(text), "", None, counter, options)
    blocks: list[Block] = []
    for index, unit in enumerate(units):
        if counter.words(unit.start, unit.end) == 0:
            continue
        if counter.words(unit.start, unit.end) <= options.max_words:
            start, end = _trim(text, unit.start, unit.end)
            blocks.append(Block(unit.label, start, end, index))
        else:
            blocks.extend(_split(text, unit.start, unit.end, unit.label, index, counter, options))
    return blocks


def _split(
    text: str,
    start: int,
    end: int,
    label: str,
    unit_index: int | None,
    counter: WordCounter,
    options: BlockOptions,
) -> list[Block]:
    cuts = [m.end() for m in paragraph_gaps(text, start, end).finditer(text, start, end)]
    before = counter.words_before([start, *cuts, end])  # words before each offset
    total = before[-1]
    spans: list[tuple[int, int]] = []
    cur, cur_words = start, before[0]
    for cut, at in zip(cuts, before[1:-1], strict=True):
        if at - cur_words >= options.min_words and total - at > 0:
            spans.append((cur, cut))
            cur, cur_words = cut, at
    if spans and total - cur_words < options.min_words:
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((cur, end))
    blocks = []
    for k, (s, e) in enumerate(spans, start=1):
        s, e = _trim(text, s, e)
        name = f"{label} ¶{k}".strip() if len(spans) > 1 or not label else label
        blocks.append(Block(name, s, e, unit_index))
    counts = counter.words_before([x for b in blocks for x in (b.start, b.end)])
    return [b for b, lo, hi in zip(blocks, counts[::2], counts[1::2], strict=True) if hi > lo]


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
