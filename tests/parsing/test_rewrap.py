"""The same documents wrapped as other extraction tools wrap them: a narrow margin, and
double-spaced lines (as from Word-made PDFs). Unwrapping must give back the same text.

A word ending in a hyphen followed by a space ("asielprocedure- tijdens") is kept off line ends
here: at a line end it cannot be told from a word broken by the typesetter (a known limit).
"""

from __future__ import annotations

import textwrap

import pytest
from parsing_corpus import SAMPLES, corpus_file
from parsing_roundtrip import notes_in_print_order, paragraphs, structure

from naast.core.model import ParsedDocument
from naast.core.parsing import parse_file, parse_text


def _rewrap(doc: ParsedDocument, width: int, line_gap: str, paragraph_gap: str) -> str:
    blocks: list[str] = []
    for _, text in paragraphs(doc):
        glued = text.replace("- ", "-\u00a0")
        lines = textwrap.wrap(glued, width, break_long_words=False, break_on_hyphens=False)
        blocks.append(line_gap.join(line.replace("\u00a0", " ") for line in lines))
    notes = [f"{n.marker} {n.text}" for n in notes_in_print_order(doc)]
    return paragraph_gap.join(blocks) + "\n\n" + "\n".join(notes) + "\n"


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize(
    ("width", "line_gap", "paragraph_gap"),
    [(60, "\n", "\n\n"), (72, "\n\n", "\n\n\n\n")],
    ids=["narrow", "double-spaced"],
)
def test_rewrapped_text_unwraps_to_the_same(name: str, width: int, line_gap: str, paragraph_gap: str) -> None:
    original = parse_file(corpus_file(name))
    again = parse_text(_rewrap(original, width, line_gap, paragraph_gap))
    assert again.text == original.text
    assert structure(again) == structure(original)
