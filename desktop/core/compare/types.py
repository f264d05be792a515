"""The results of a comparison: plain, immutable data with the documented JSON form.

Offsets are Python code points into each document's normalised text, as everywhere in the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ChunkOp(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"  # only in b
    DELETE = "delete"  # only in a
    REPLACE = "replace"  # a's words replaced by b's


@dataclass(frozen=True, slots=True)
class Block:
    """A comparison block: a unit, or one paragraph group of a long unit: ``text[start:end]``."""

    label: str
    start: int
    end: int
    unit_index: int | None = None  # index into the document's units, None without units

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Chunk:
    """One step of a word-level difference; an empty span marks the insertion point."""

    op: ChunkOp
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_words: int = 0  # words on each side (punctuation not counted)
    b_words: int = 0

    @property
    def changed_words(self) -> int:
        return 0 if self.op is ChunkOp.EQUAL else self.a_words + self.b_words

    def to_json(self) -> dict[str, Any]:
        return {"op": self.op.value, "a": [self.a_start, self.a_end], "b": [self.b_start, self.b_end]}


@dataclass(frozen=True, slots=True)
class Pair:
    """Two blocks paired by similarity; ``moved`` when the pair is out of the documents' order."""

    a: Block
    b: Block
    score: float
    moved: bool = False
    chunks: tuple[Chunk, ...] = ()  # empty when the pair is too dissimilar for a word diff

    @property
    def diffed(self) -> bool:
        return bool(self.chunks)

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "score": round(self.score, 4),
            "moved": self.moved,
            "chunks": [c.to_json() for c in self.chunks if c.op is not ChunkOp.EQUAL],
        }


@dataclass(frozen=True, slots=True)
class ReusedPassage:
    """At least ``min_words`` identical words at ``a`` and ``b``.

    ``within`` says where the spans are: "both" (``a`` in the first document, ``b`` in the second),
    or "a" / "b" when the passage is repeated within that one document (both spans are in it).
    """

    text: str  # as written at ``a``
    a: tuple[int, int]
    b: tuple[int, int]
    words: int
    within: str = "both"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "a": list(self.a),
            "b": list(self.b),
            "words": self.words,
            "within": self.within,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the side-by-side view and the exported comparison need."""

    pairs: tuple[Pair, ...]
    only_a: tuple[Block, ...]  # blocks of a with no counterpart (deleted)
    only_b: tuple[Block, ...]  # blocks of b with no counterpart (inserted)
    reused: tuple[ReusedPassage, ...]
    changed_words: int  # words deleted plus words inserted, moved blocks not counted as changes

    def to_json(self) -> dict[str, Any]:
        return {
            "pairs": [p.to_json() for p in self.pairs],
            "only_a": [b.to_json() for b in self.only_a],
            "only_b": [b.to_json() for b in self.only_b],
            "reused": [r.to_json() for r in self.reused],
            "changed_words": self.changed_words,
        }
