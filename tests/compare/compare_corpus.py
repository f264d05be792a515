"""Read the four sample documents (``resources/samples/``, the top level of the shared corpus) and
give them units.

Uses ``naast.core.parsing.parse_text`` when the parser offers it; until then a simple splitter on
"Vraag N" / "Antwoord ... N" / "N. Title" heading lines stands in (test helper only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus_paths import SAMPLES

from naast.core.compare import DocumentText

CORPUS = SAMPLES  # the sample documents; the real ones are read through corpus_paths.real_file
_HEADING = re.compile(
    r"^[ \t]*(?:Vraag(?:en)? \d+.*|Antwoord(?: op vra(?:ag|gen))? \d+.*|\d{1,2}\. [A-Z].*)$",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class SimpleUnit:
    start: int
    end: int
    label: str


def corpus_text(prefix: str) -> str:
    (path,) = CORPUS.resolve().glob(f"{prefix}*.txt")
    return path.read_text(encoding="utf-8")


def corpus_document(prefix: str) -> DocumentText:
    text = corpus_text(prefix)
    try:
        from naast.core.parsing import parse_text  # type: ignore[attr-defined]
    except ImportError:
        return DocumentText(text, _simple_units(text))
    doc = parse_text(text)
    return DocumentText(doc.text, tuple(doc.units))


def _simple_units(text: str) -> tuple[SimpleUnit, ...]:
    heads = list(_HEADING.finditer(text))
    cuts = [0, *(m.start() for m in heads), len(text)]
    labels = ["Preamble", *(m.group().strip() for m in heads)]
    return tuple(
        SimpleUnit(s, e, lab) for s, e, lab in zip(cuts[:-1], cuts[1:], labels, strict=True) if e > s
    )
