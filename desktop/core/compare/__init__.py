"""The comparison engine: pair two documents' blocks, word-level differences, reused passages.

How ``compare`` works (modules in brackets):
1. Tokenise both texts with numpy (``tokens``); give every distinct token key an id (``lexicon``).
2. Cut each document into blocks: its units, each split into its paragraphs (``blocks``). A
   document keeps its tokens and blocks: comparing it again does not redo them.
3. Where the two texts are versions of one document (most token trigrams shared, and for long
   texts in the same order: ``versions``), diff the whole documents' words once with
   fast-diff-match-patch in word mode, no cleanup (a shortest diff); fold equalities of a few
   stray tokens between longer changes (``worddiff``) and slide pure insertions and deletions to
   paragraph boundaries (``slide``).
4. Pair a deletion with a similar insertion elsewhere as a moved passage, diffed word by word
   (``moves``): on tokens, so it holds when parsing joined the moved paragraph to another.
5. Link blocks whose words the diff aligns; linked blocks form one pair, joined where the two
   versions cut paragraphs differently (a re-wrapped line ending a paragraph, or no longer), so the
   pairs are where the versions agree (``pairing``).
6. Blocks left over (or all blocks of two different documents) are paired by TF-IDF cosine over
   case-folded, 6-letter-truncated words (``similarity``): identical ones directly (``anchors``),
   the heaviest order-preserving chain, leftovers as moved, short blocks between two pairs by their
   word sequence (``align``), each pair diffed with semantic cleanup (``worddiff``).
7. Find passages of 8+ identical words shared by both texts or repeated within one (``reuse``).

``index.ReuseIndex`` is the corpus-wide n-gram index ("where else?", most reused passages).
"""

from naast.core.compare.engine import (
    CompareOptions,
    DocumentText,
    compare,
    compare_parsed,
    reuse_between,
    reuse_within,
)
from naast.core.compare.index import CorpusPassage, Occurrence, ReuseIndex
from naast.core.compare.types import Block, Chunk, ChunkOp, Comparison, Pair, ReusedPassage

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
