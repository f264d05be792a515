"""The comparison engine: pair two documents' blocks, word-level differences, reused passages.

How ``compare`` works (modules in brackets):
1. Tokenise both texts with numpy (``tokens``); give every distinct token key an id (``lexicon``).
2. Cut each document into blocks: its units, each split into its paragraphs (``blocks``).
3. Pair identical blocks found once in each document, in order, directly (``anchors``); score the
   other blocks by TF-IDF cosine over case-folded, 6-letter-truncated words (``similarity``).
4. Keep the heaviest order-preserving chain of pairs above the threshold; pair the leftovers best
   first and mark them ``moved``; pair short blocks left between two pairs by their word sequence
   (``align``).
5. Diff the words of each well-matched pair with fast-diff-match-patch in word mode, semantic
   cleanup, no time limit, short equal runs folded into the change (``worddiff``).
6. Find passages of 8+ identical words shared by both texts or repeated within one (``reuse``).

``index.ReuseIndex`` is the corpus-wide n-gram index ("where else?", most reused passages).
"""

from desktop.core.compare.engine import (
    CompareOptions,
    DocumentText,
    compare,
    compare_parsed,
    reuse_between,
    reuse_within,
)
from desktop.core.compare.index import CorpusPassage, Occurrence, ReuseIndex
from desktop.core.compare.types import Block, Chunk, ChunkOp, Comparison, Pair, ReusedPassage

__all__ = [
    "Block",
    "Chunk",
    "ChunkOp",
    "CompareOptions",
    "Comparison",
    "CorpusPassage",
    "DocumentText",
    "Occurrence",
    "Pair",
    "ReuseIndex",
    "ReusedPassage",
    "compare",
    "compare_parsed",
    "reuse_between",
    "reuse_within",
]
