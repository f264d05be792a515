"""Seeded edited copies of a text, with a record of every edit: test and benchmark inputs.

The copy has words replaced, deleted and inserted (never inside the moved paragraphs) and some
paragraphs moved elsewhere; each edit records where it is in the original and in the copy.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from naast.core.compare.blocks import paragraph_gaps

_WORD = re.compile(r"[^\W\d_]{3,}")
#: Words an edit puts in place of a word of the text (shared with ``recorded``).
NEW_WORDS = (
    "kwestie",
    "voorstel",
    "regering",
    "burgers",
    "uitvoering",
    "gemeenten",
    "toezicht",
    "wetgeving",
)


@dataclass(frozen=True, slots=True)
class Edit:
    kind: str  # "replace", "delete" or "insert"
    a: tuple[int, int]  # span in the original (empty for an insertion: the point)
    b: tuple[int, int]  # span in the copy (empty for a deletion: the point)


@dataclass(frozen=True, slots=True)
class EditedCopy:
    text: str  # the copy, edits and moves applied
    unmoved: str  # the copy with the same edits but no paragraph moved
    edits: tuple[Edit, ...]
    moved: tuple[tuple[tuple[int, int], tuple[int, int]], ...]  # (span in original, span in copy)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs as the block splitter sees them (each ends before its gap)."""
    spans, cur = [], 0
    for gap in paragraph_gaps(text, 0, len(text)).finditer(text):
        end = gap.start() + 1 if gap.group()[0] not in "\n \t" else gap.start()
        if end > cur:
            spans.append((cur, end))
        cur = gap.end()
    if cur < len(text):
        spans.append((cur, len(text)))
    return spans


def edited_copy(text: str, seed: int, edit_every: int = 60, moves: int = 1) -> EditedCopy:
    """Edit about one word in ``edit_every`` and move ``moves`` paragraphs of 20 words or more."""
    rng = random.Random(seed)
    paras = paragraphs(text)
    movable = [k for k, (s, e) in enumerate(paras[1:-1], 1) if len(_WORD.findall(text, s, e)) >= 20]
    moved = set(rng.sample(movable, min(moves, len(movable))))
    order = list(range(len(paras)))
    for k in sorted(moved):  # at least three places away, so that the move is unambiguous
        here = order.index(k)
        order.remove(k)
        places = [p for p in range(len(order) + 1) if abs(p - here) >= 3] or [len(order)]
        order.insert(rng.choice(places), k)
    plans = {k: _plan_edits(text, paras[k], rng, edit_every) for k in range(len(paras)) if k not in moved}
    copy, edits, moved_spans = _assemble(text, paras, order, plans, moved)
    unmoved, _, _ = _assemble(text, paras, list(range(len(paras))), plans, set())
    return EditedCopy(copy, unmoved, tuple(sorted(edits, key=lambda e: e.b)), tuple(moved_spans))


def _plan_edits(
    text: str, span: tuple[int, int], rng: random.Random, every: int
) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, new word) for edits in ``span``, kept well apart."""
    plans: list[tuple[str, int, int, str]] = []
    last_end = -1
    for match in _WORD.finditer(text, *span):
        if rng.randrange(every) or match.start() < last_end + 40:
            continue
        kind = rng.choice(("replace", "delete", "insert"))
        word = rng.choice([w for w in NEW_WORDS if w != match.group().casefold()])
        plans.append((kind, match.start(), match.end(), word))
        last_end = match.end()
    return plans


def _assemble(
    text: str,
    paras: list[tuple[int, int]],
    order: list[int],
    plans: dict[int, list[tuple[str, int, int, str]]],
    moved: set[int],
) -> tuple[str, list[Edit], list[tuple[tuple[int, int], tuple[int, int]]]]:
    out: list[str] = []
    pos = 0
    edits: list[Edit] = []
    moved_spans = []
    for n, k in enumerate(order):
        if n:
            out.append("\n\n")
            pos += 2
        start, end = paras[k]
        para_start = pos
        cur = start
        for kind, s, e, word in plans.get(k, []):
            out.append(text[cur:s])
            pos += s - cur
            pos, edit = _apply(out, pos, kind, text[s:e], word, (s, e))
            edits.append(edit)
            cur = e
        out.append(text[cur:end])
        pos += end - cur
        if k in moved:
            moved_spans.append(((start, end), (para_start, pos)))
    return "".join(out), edits, moved_spans


def _apply(
    out: list[str], pos: int, kind: str, old: str, word: str, span: tuple[int, int]
) -> tuple[int, Edit]:
    if kind == "replace":
        out.append(word)
        return pos + len(word), Edit(kind, span, (pos, pos + len(word)))
    if kind == "delete":
        out.append("")
        return pos, Edit(kind, span, (pos, pos))
    out.append(f"{word} {old}")
    return pos + len(word) + 1 + len(old), Edit(kind, (span[0], span[0]), (pos, pos + len(word)))


def paragraph_pool(texts: list[str], min_words: int = 20) -> list[str]:
    """The paragraphs of ``texts`` with at least ``min_words`` words, as building material."""
    return [
        text[s:e]
        for text in texts
        for s, e in paragraphs(text)
        if len(_WORD.findall(text, s, e)) >= min_words
    ]


def mutated(paragraph: str, rng: random.Random, vocabulary: list[str], rate: float) -> str:
    """``paragraph`` with about ``rate`` of its words swapped for vocabulary words (distinct copies)."""
    return _WORD.sub(lambda m: rng.choice(vocabulary) if rng.random() < rate else m.group(), paragraph)


def synthetic_document(pool: list[str], rng: random.Random, words: int, rate: float = 0.25) -> str:
    """A document of about ``words`` words: mutated pool paragraphs in random order."""
    vocabulary = sorted({w.casefold() for p in pool[:200] for w in _WORD.findall(p)})
    parts: list[str] = []
    count = 0
    while count < words:
        para = mutated(rng.choice(pool), rng, vocabulary, rate)
        parts.append(para)
        count += len(para.split())
    return "\n\n".join(parts)
