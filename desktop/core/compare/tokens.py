"""Word tokens with offsets into the normalised text.

One tokenisation serves the whole engine: the word diff uses the exact ``key`` (case kept, hyphens
dropped so a word broken over a line end equals the same word written whole), similarity and reuse use
``folded`` (the key case-folded). Punctuation marks are tokens too (``is_word`` false): the diff shows
them, the similarity and reuse steps skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<num>\d+(?:[.,]\d+)+)                                 # 4.830, 2,5
  | (?P<word>[^\W_]+(?:['’][^\W_]+)?                         # word, NGO's
       (?:-(?:[ \t]*\n[ \t]*)?[^\W_]+(?:['’][^\W_]+)?)*)     # EU-verband, Ontwikke-\nlingssamenwerking
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
_JOINERS = re.compile(r"-[ \t]*\n[ \t]*|-")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of one text, as parallel tuples (index ``i`` is one token)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    keys: tuple[str, ...]  # exact form without hyphens or line breaks
    is_word: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def folded(self, i: int) -> str:
        return self.keys[i].casefold()


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokenise ``text[start:end]``; offsets stay relative to the whole ``text``."""
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str] = []
    flags: list[bool] = []
    stop = len(text) if end is None else end
    for match in _TOKEN.finditer(text, start, stop):
        starts.append(match.start())
        ends.append(match.end())
        punct = match.lastgroup == "punct"
        raw = match.group()
        keys.append(raw if punct else _JOINERS.sub("", raw))
        flags.append(not punct)
    return Tokens(tuple(starts), tuple(ends), tuple(keys), tuple(flags))


def word_indices(tokens: Tokens, lo: int = 0, hi: int | None = None) -> list[int]:
    """Indices of the word tokens (not punctuation) in ``[lo, hi)``."""
    stop = len(tokens) if hi is None else hi
    flags = tokens.is_word
    return [i for i in range(lo, stop) if flags[i]]


def folded_words(text: str) -> list[str]:
    """The case-folded words of ``text`` (the form reuse and similarity compare)."""
    toks = tokenize(text)
    return [k.casefold() for k, w in zip(toks.keys, toks.is_word, strict=True) if w]


# the literal first lets the regex engine skip to hyphens; the lookbehind then checks the letter
_FAST_JOIN = re.compile(r"-(?<=[^\W_]-)(?:[ \t]*\n[ \t]*)?(?=[^\W_])")
_FAST_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['’][^\W_]+)?")


def fast_folded_words(text: str) -> list[str]:
    """``folded_words`` without offsets, several times faster: for indexing many documents."""
    return _FAST_WORD.findall(_FAST_JOIN.sub("", text.casefold()))
