"""The benchmark's document pairs: real corpus texts and recorded new versions of them.

- 20 pages: the four sample documents and the extracted nitrogen answers (about 9,300 words),
  against a recorded new version (``recorded``): words and phrases changed, two paragraphs
  deleted, two paragraphs of other real documents inserted, three paragraphs moved, every line
  broken again at another width.
- 2 MB: corpus paragraphs, a quarter of their words swapped so that they are distinct, shuffled
  into a document of about 2 MB, against a recorded new version (five of each paragraph edit).

Each pair is compared as raw text and as parsed documents (both versions through the real
parser, as an import would). The minimum number of changed words is known: by construction for
the raw texts, and for the parsed ones as the distance of the parsed original from the parsed
new version without its moves (``in_order_minimum``: exact, and a test checks it against
rapidfuzz's Indel distance).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import fast_diff_match_patch as fdmp

from naast.core.compare.engine import DocumentText
from naast.core.compare.recorded import RecipeOptions, RecordedPair, recorded_copy
from naast.core.compare.synthetic import paragraph_pool, paragraphs, synthetic_document
from naast.core.compare.tokens import tokenize
from naast.core.compare.worddiff import CharCoder
from naast.core.errors import NotFound
from naast.core.model import ParsedDocument

_NITROGEN = "real/ah-tk-20222023-3649.extracted.txt"
_FOREIGN = "real/*.pdftotext-layout.txt"


@dataclass(frozen=True, slots=True)
class BenchPair:
    name: str
    recorded: RecordedPair
    parsed_a: ParsedDocument
    parsed_b: ParsedDocument
    parsed_minimum: int  # changed words at least, parsed documents (moves not counted)

    def raw(self) -> tuple[DocumentText, DocumentText]:
        return DocumentText(self.recorded.original), DocumentText(self.recorded.copy)

    def parsed(self) -> tuple[DocumentText, DocumentText]:
        a, b = self.parsed_a, self.parsed_b
        return DocumentText(a.text, a.units), DocumentText(b.text, b.units)


def sample_texts(corpus: Path) -> list[str]:
    paths = sorted(corpus.glob("*.txt"))
    if not paths:
        raise NotFound(f"No corpus texts (*.txt) in {corpus}.")
    return [p.read_text(encoding="utf-8") for p in paths]


def foreign_paragraphs(corpus: Path) -> list[str]:
    """Paragraphs of other real documents (the pdftotext copies, indentation removed) to insert."""
    out = []
    for path in sorted(corpus.glob(_FOREIGN)):
        text = re.sub(r"(?m)^[ \t]+", "", path.read_text(encoding="utf-8"))
        out += [text[s:e] for s, e in paragraphs(text)]
    return out


def twenty_pages(corpus: Path, seed: int) -> RecordedPair:
    texts = [*sample_texts(corpus), (corpus / _NITROGEN).read_text(encoding="utf-8")]
    return recorded_copy("\n\n".join(texts), foreign_paragraphs(corpus), seed)


def two_megabytes(corpus: Path, seed: int) -> RecordedPair:
    rng = random.Random(seed)
    original = synthetic_document(paragraph_pool(sample_texts(corpus)), rng, 300_000)
    recipe = RecipeOptions(edit_every=80, phrase_every=600, moves=5, deletes=5, inserts=5)
    return recorded_copy(original, foreign_paragraphs(corpus), seed, recipe)


def bench_pair(name: str, recorded: RecordedPair) -> BenchPair:
    from naast.core.parsing import parse_text

    a, b = parse_text(recorded.original), parse_text(recorded.copy)
    minimum = in_order_minimum(a.text, parse_text(recorded.unmoved).text)
    return BenchPair(name, recorded, a, b, minimum)


def word_keys(text: str) -> list[str]:
    toks = tokenize(text)
    return [k for k, w in zip(toks.keys, toks.is_word.tolist(), strict=True) if w]


def in_order_minimum(a: str, b: str) -> int:
    """Words deleted plus words inserted by a shortest in-order diff of the words of ``a`` and ``b``.

    diff-match-patch's Myers bisection with no time limit and no cleanup is a shortest edit
    script of insertions and deletions: the Indel distance, in linear memory.
    """
    coder = CharCoder()
    ops = fdmp.diff(
        coder.encode(tuple(word_keys(a))),
        coder.encode(tuple(word_keys(b))),
        timelimit=0,
        checklines=False,
        cleanup="No",
        counts_only=True,
    )
    return sum(n for op, n in ops if op != "=")
