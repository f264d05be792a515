"""Sentences and paragraphs of a document's normalised text, for selecting them from the keyboard.

The text is unwrapped (one paragraph a line), so a paragraph is a line and a line break always ends a
sentence. Inside a line a sentence ends at ``.``, ``?`` or ``!`` (with any closing quotes, brackets
and a footnote number glued to it) before white space and a capital, a digit or an opening quote —
unless the full stop ends one of the abbreviations Dutch official texts use ("o.a.", "d.w.z.", "nr.",
"art.", "jl.") or an initial ("M.H.M. Jansen"), or sits between digits ("4.830").
"""

from __future__ import annotations

import re

#: Abbreviations whose full stop does not end a sentence, lower case, without their last full stop.
ABBREVIATIONS = frozenset(
    [
        "o.a",
        "d.w.z",
        "e.d",
        "e.a",
        "i.p.v",
        "i.v.m",
        "m.b.t",
        "t.a.v",
        "t.b.v",
        "t.o.v",
        "m.i.v",
        "i.c.m",
        "c.q",
        "cq",
        "v.w.b",
        "bijv",
        "bv",
        "zgn",
        "z.g.n",
        "resp",
        "ca",
        "incl",
        "excl",
        "jl",
        "jo",
        "nr",
        "nrs",
        "art",
        "artt",
        "lid",
        "blz",
        "p",
        "pp",
        "vs",
        "dhr",
        "mevr",
        "mr",
        "drs",
        "dr",
        "prof",
        "ir",
        "ing",
        "mw",
        "hr",
        "st",
        "stb",
        "stcrt",
        "kamerstukken",
        "vgl",
        "zie",
        "etc",
        "enz",
        "evt",
        "ibid",
        "id",
        "red",
        "min",
        "o.m",
        "dd",
        "d.d",
        "a.s",
        "j.l",
        "afd",
        "par",
        "sub",
    ]
)

_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_END = re.compile(r"[.?!]+[\"'’”»)\]]*(?:\d{1,3}(?![\d.,]))?(?=\s+[\"'‘“«(]?[A-ZÀ-ÖØ-Þ0-9]|\s*$)")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, each as (start, end) without surrounding white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line_start, line_end in paragraph_spans(text, start, end):
        begin = line_start
        for match in _END.finditer(text, line_start, line_end):
            if _is_abbreviation(text, line_start, match.start()):
                continue
            spans.append((begin, match.end()))
            begin = _skip_space(text, match.end(), line_end)
        if begin < line_end:
            spans.append((begin, line_end))
    return [(a, b) for a, b in spans if b > a]


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The non-empty lines of ``text[start:end]``, trimmed of white space."""
    end = len(text) if end is None else end
    spans = []
    at = start
    while at < end:
        newline = text.find("\n", at, end)
        stop = end if newline == -1 else newline
        a, b = at, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
        at = stop + 1
    return spans


def sentence_at(text: str, offset: int, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The sentence holding ``offset`` (or the next one, when ``offset`` is between sentences)."""
    return _span_at(sentence_spans(text, start, end), offset)


def paragraph_at(text: str, offset: int, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    return _span_at(paragraph_spans(text, start, end), offset)


def _span_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for a, b in spans:
        if offset < b:
            return (a, b)
    return spans[-1] if spans else None


def _is_abbreviation(text: str, line_start: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation, an initial or a number's part."""
    if text[stop] != ".":
        return False
    word_start = stop
    while (
        word_start > line_start
        and not text[word_start - 1].isspace()
        and text[word_start - 1] not in "(«“\"'"
    ):
        word_start -= 1
    word = text[word_start:stop]
    if word.casefold() in ABBREVIATIONS:
        return True
    initial = len(word) == 1 and word.isalpha() and word.isupper()
    return initial or bool(_INITIALS.fullmatch(word))


def _skip_space(text: str, at: int, end: int) -> int:
    while at < end and text[at].isspace():
        at += 1
    return at


def word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened so that neither end cuts a word (letters, digits, inner hyphens)."""

    def inside(i: int) -> bool:
        return 0 <= i < len(text) and (
            text[i].isalnum()
            or (
                text[i] in "-'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
            )
        )

    while start > 0 and inside(start - 1) and inside(start):
        start -= 1
    while end < len(text) and inside(end) and inside(end - 1):
        end += 1
    return start, end
