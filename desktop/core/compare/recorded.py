"""A new version of a real text with every edit recorded, so that its minimum diff is known.

The copy gets words replaced, deleted and inserted, phrases rewritten, whole paragraphs deleted,
foreign paragraphs inserted and some paragraphs moved; then every paragraph's lines are broken
again at another width, as a new PDF export of the same document breaks them. The number of words
a diff must at least report (moved paragraphs not counted) follows from the edits themselves:
``min_changed_words``. Edited words are at least three letters long and differ from the words they
replace, and rewritten phrases share no word with the phrases they replace, so no shorter diff can
exist; a test checks that against the Indel distance of the two word sequences.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from naast.core.compare.synthetic import NEW_WORDS, paragraphs
from naast.core.compare.tokens import tokenize

_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]{3,}(?![\w’'-])")  # whole words only
_HEADER = re.compile(r"^\s*(?:vra(?:ag|gen)|antwoord|\d{1,2}[.)]|[ivx]+\.)", re.IGNORECASE | re.MULTILINE)
_BREAK_BEFORE = re.compile(r"-[ \t]*\n[ \t]*$")
_BREAK_AFTER = re.compile(r"-[ \t]*\n")
_NEW_PHRASES = (
    "naar verwachting binnenkort",
    "zoals eerder toegezegd",
    "met ingang van volgend jaar",
    "onder voorbehoud",
    "voor zover bekend",
    "na overleg met betrokken partijen",
)


@dataclass(frozen=True, slots=True)
class RecipeOptions:
    edit_every: int = 60  # about one word in this many is replaced, deleted or has one inserted
    phrase_every: int = 400  # about one word in this many starts a rewritten phrase
    moves: int = 3  # paragraphs of 20 words or more moved at least three places away
    deletes: int = 2  # paragraphs of 10 words or more deleted
    inserts: int = 2  # foreign paragraphs inserted
    width: int = 62  # the new line width (characters) the copy's paragraphs are wrapped at


@dataclass(frozen=True, slots=True)
class RecordedPair:
    original: str
    copy: str  # every edit, move and the new line breaks applied
    unmoved: str  # the same without the moves
    min_changed_words: int  # words deleted plus words inserted by the edits (moves not counted)
    moved_words: int  # words in the moved paragraphs
    moved: tuple[str, ...]  # the moved paragraphs' text as in the copy (wrapped)
    counts: dict[str, int]  # edits of each kind


def recorded_copy(
    original: str, foreign: list[str], seed: int, options: RecipeOptions = RecipeOptions()
) -> RecordedPair:
    """A recorded new version of ``original``; ``foreign`` holds paragraphs to insert."""
    rng = random.Random(seed)
    paras = [original[s:e] for s, e in paragraphs(original)]
    body = [k for k, p in enumerate(paras) if not _HEADER.search(p) and _prose(p, last=True)]
    moved = _pick(rng, [k for k in body[1:-1] if _words(paras[k]) >= 20], options.moves, set())
    deleted = _pick(rng, [k for k in body if _words(paras[k]) >= 10], options.deletes, moved)
    counts = dict.fromkeys(("replace", "delete", "insert", "phrase", "para_delete", "para_insert"), 0)
    minimum = 0
    edited: dict[int, str] = {}
    for k, para in enumerate(paras):
        if k in moved:
            edited[k] = para
        elif k in deleted:
            minimum += _words(para)
            counts["para_delete"] += 1
        else:
            edited[k], cost = _edit_paragraph(para, rng, options, counts)
            minimum += cost
    order = [k for k in range(len(paras)) if k in edited]
    inserted = _insertions(foreign, rng, options.inserts, len(order))
    for _, para in inserted:
        minimum += _words(para)
        counts["para_insert"] += 1
    unmoved = _assemble([edited[k] for k in order], inserted, options.width)
    moved_order = _move(order, moved, rng)
    copy = _assemble([edited[k] for k in moved_order], inserted, options.width)
    moved_texts = tuple(_wrap(paras[k], options.width) for k in sorted(moved))
    moved_words = sum(_words(paras[k]) for k in moved)
    return RecordedPair(original, copy, unmoved, minimum, moved_words, moved_texts, counts)


def _words(text: str) -> int:
    return int(tokenize(text).is_word.sum())


def _pick(rng: random.Random, candidates: list[int], n: int, taken: set[int]) -> set[int]:
    free = [k for k in candidates if k not in taken and all(abs(k - t) > 1 for t in taken)]
    return set(rng.sample(free, min(n, len(free))))


def _edit_paragraph(
    para: str, rng: random.Random, options: RecipeOptions, counts: dict[str, int]
) -> tuple[str, int]:
    """The paragraph with word edits and phrase rewrites, and the words they change."""
    out: list[str] = []
    cur, cost, last_end = 0, 0, -1
    matches = [
        m
        for m in _WORD.finditer(para)
        if not _broken(para, m.start(), m.end()) and not _markup(para, m.start())
    ]
    k = 0
    while k < len(matches):
        m = matches[k]
        if m.start() < last_end + 40:
            k += 1
            continue
        if not rng.randrange(options.phrase_every) and k + 4 < len(matches):
            run = matches[k : k + rng.randint(3, 5)]
            old = {r.group().casefold() for r in run}
            phrase = rng.choice([p for p in _NEW_PHRASES if not old & set(p.split())] or [_NEW_PHRASES[0]])
            out += [para[cur : m.start()], phrase]
            cur = last_end = run[-1].end()
            cost += _words(para[m.start() : cur]) + len(phrase.split())
            counts["phrase"] += 1
            k += len(run)
            continue
        if not rng.randrange(options.edit_every):
            kind = rng.choice(("replace", "delete", "insert"))
            word = rng.choice([w for w in NEW_WORDS if w != m.group().casefold()])
            new = {"replace": word, "delete": "", "insert": f"{word} {m.group()}"}[kind]
            out += [para[cur : m.start()], new]
            cur = last_end = m.end()
            cost += 2 if kind == "replace" else 1
            counts[kind] += 1
        k += 1
    out.append(para[cur:])
    return "".join(out), cost


def _broken(para: str, start: int, end: int) -> bool:
    """Whether the word is one half of a word hyphenated at a line end ("contrapro-\nductief")."""
    return bool(_BREAK_BEFORE.search(para, max(start - 8, 0), start) or _BREAK_AFTER.match(para, end))


def _markup(para: str, start: int) -> bool:
    """Whether the word is inside square brackets: a converter's mark ("[footnoteRef:1]"), not text."""
    return para.rfind("[", 0, start) > para.rfind("]", 0, start)


def _insertions(foreign: list[str], rng: random.Random, n: int, places: int) -> list[tuple[int, str]]:
    """(position among the copy's paragraphs, paragraph) for ``n`` foreign paragraphs."""
    pool = [p for p in foreign if _words(p) >= 20 and not _HEADER.search(p) and _prose(p, last=True)]
    chosen = rng.sample(pool, min(n, len(pool)))
    return sorted((rng.randrange(1, max(places, 2)), p) for p in chosen)


def _move(order: list[int], moved: set[int], rng: random.Random) -> list[int]:
    order = list(order)
    for k in sorted(moved):
        here = order.index(k)
        order.remove(k)
        places = [p for p in range(1, len(order)) if abs(p - here) >= 3] or [len(order)]
        order.insert(rng.choice(places), k)
    return order


def _assemble(paras: list[str], inserted: list[tuple[int, str]], width: int) -> str:
    out = list(paras)
    for shift, (at, para) in enumerate(inserted):
        out.insert(at + shift, para)
    return "\n\n".join(_wrap(p, width) for p in out)


def _prose(para: str, last: bool = False) -> bool:
    """Running text: no line that is a number, a note or a list item (``last``: the last line too)."""
    lines = [ln.strip() for ln in para.strip().splitlines() if ln.strip()]
    checked = lines if last else lines[:-1]
    return all(len(ln) >= 30 and not ln[0].isdigit() and ln[0] not in "-•*[" for ln in checked)


def _wrap(para: str, width: int) -> str:
    """The paragraph's lines broken again at ``width``; a word hyphenated at a line end stays so.

    Double-spaced text (a blank line after every line) stays double-spaced.
    """
    if width <= 0 or "\n" not in para.strip() or not _prose(para):
        return para
    double = para.count("\n\n") * 2 >= para.count("\n")
    words = re.split(r"(?<!-)\s+", para.strip())  # "Ontwikke-\nlingssamenwerking" stays one piece
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word.split("\n")[0]) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return ("\n\n" if double else "\n").join(f"{ln} " for ln in lines).rstrip()
