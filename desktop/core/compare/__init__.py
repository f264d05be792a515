"""The comparison engine: pair two documents' blocks, word-level differences, reused passages."""

from desktop.core.compare.engine import (
    CompareOptions,
    DocumentText,
    compare,
    compare_parsed,
    reuse_between,
    reuse_within,
)
from desktop.core.compare.types import Block, Chunk, ChunkOp, Comparison, Pair, ReusedPassage

__all__ = [
    "Block",
    "Chunk",
    "ChunkOp",
    "CompareOptions",
    "Comparison",
    "DocumentText",
    "Pair",
    "ReusedPassage",
    "compare",
    "compare_parsed",
    "reuse_between",
    "reuse_within",
]
