"""Word tokens with offsets into the normalised text, found with numpy (no per-character Python).

A word is a run of letters and digits, glued across a single apostrophe or hyphen between two such
characters ("NGO’s", "EU-verband"), a hyphen at a line end ("Ontwikke-\\nlingssamenwerking") and a
point or comma between two digits ("4.830"). Every other character that is not a space is a
punctuation token of its own. A word's ``key`` drops its hyphens and line breaks (so a word broken
over a line end equals the word written whole, and "EU-verband" equals "EUverband"); similarity and
reuse compare the key case-folded. The word diff shows punctuation; similarity and reuse skip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_TABLE_SIZE = 0x3000  # code points classified up front; rarer ones are classified on demand
_SPACE, _ALNUM, _OTHER = 0, 1, 2
_BATCH = 1 << 16
_JOINERS = re.compile(r"-[ \t]*\n[ \t]*|-")
_HYPHEN_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _classify(cp: int) -> int:
    ch = chr(cp)
    if ch.isspace():
        return _SPACE
    return _ALNUM if ch.isalnum() else _OTHER


_CLASS = np.array([_classify(cp) for cp in range(_TABLE_SIZE)], dtype=np.uint8)
_DIGIT = np.array([chr(cp).isdecimal() for cp in range(_TABLE_SIZE)], dtype=bool)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of one text as parallel arrays (index ``i`` is one token)."""

    text: str
    starts: np.ndarray  # int64
    ends: np.ndarray  # int64
    keys: list[str]  # exact form without the hyphens and line breaks inside a word
    is_word: np.ndarray  # bool
    word_prefix: np.ndarray  # int64, words among the first i tokens (length + 1)
    length_prefix: np.ndarray  # int64, characters in the first i tokens (length + 1)

    def __len__(self) -> int:
        return len(self.starts)


@dataclass(frozen=True, slots=True)
class Scan:
    """The character-level view of a text that tokens are cut from (numpy arrays)."""

    cp: np.ndarray  # code points
    glue: np.ndarray  # characters joining two word parts
    word_starts: np.ndarray
    word_ends: np.ndarray
    punct_starts: np.ndarray


def scan(text: str) -> Scan:
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cls, digit = _classes(cp)
    glue = _glue(text, cp, cls, digit)
    in_word = (cls == _ALNUM) | glue
    edges = np.diff(np.concatenate([[False], in_word, [False]]).astype(np.int8))
    w_start, w_end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    p_start = np.flatnonzero((cls == _OTHER) & ~glue)
    return Scan(cp, glue, w_start, w_end, p_start)


def tokenize(text: str) -> Tokens:
    """All tokens of ``text`` in order."""
    sc = scan(text)
    cp, w_start, w_end, p_start = sc.cp, sc.word_starts, sc.word_ends, sc.punct_starts
    end_of = np.zeros(len(cp) + 1, dtype=np.int32 if len(cp) < 2**31 else np.int64)  # 0: no token
    end_of[p_start] = p_start + 1
    end_of[w_start] = w_end
    starts = np.flatnonzero(end_of)
    ends = end_of[starts].astype(np.int64)
    is_word = np.zeros(len(cp) + 1, dtype=bool)
    is_word[w_start] = True
    keys: list[str] = []
    distinct: dict[str, str] = {}  # one string per distinct key: "de" 300,000 times costs 56 bytes once
    same = distinct.setdefault
    for k in range(0, len(starts), _BATCH):  # in batches: Python ints for all offsets would be big
        batch = zip(starts[k : k + _BATCH].tolist(), ends[k : k + _BATCH].tolist(), strict=True)
        keys += [same(key, key) for key in (text[s:e] for s, e in batch)]
    hyphens = np.flatnonzero(sc.glue & (cp == ord("-")))
    for i in np.unique(np.searchsorted(starts, hyphens, side="right") - 1).tolist():
        keys[i] = _JOINERS.sub("", keys[i])
    words = is_word[starts]
    word_prefix = np.concatenate([np.zeros(1, np.int64), np.cumsum(words, dtype=np.int64)])
    length_prefix = np.concatenate([np.zeros(1, np.int64), np.cumsum(ends - starts)])
    return Tokens(text, starts, ends, keys, words, word_prefix, length_prefix)


def joined_chars_kept(sc: Scan) -> np.ndarray:
    """False for the hyphens and line-break spaces that join two parts of a word, else True."""
    cp = sc.cp
    joiner = (cp == ord("-")) | (cp == ord(" ")) | (cp == ord("\t")) | (cp == ord("\n"))
    return ~(sc.glue & joiner)


def _classes(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Character class and decimal-digit flag of each code point."""
    inside = cp < _TABLE_SIZE
    index = np.where(inside, cp, 0)
    cls, digit = _CLASS[index], _DIGIT[index]
    if not inside.all():
        rare = np.flatnonzero(~inside)
        values = np.unique(cp[rare])
        lookup = {int(v): (_classify(int(v)), chr(int(v)).isdecimal()) for v in values}
        cls[rare] = [lookup[int(v)][0] for v in cp[rare]]
        digit[rare] = [lookup[int(v)][1] for v in cp[rare]]
    return cls, digit


def _glue(text: str, cp: np.ndarray, cls: np.ndarray, digit: np.ndarray) -> np.ndarray:
    """Characters that join two word parts into one word."""
    n = len(cp)
    glue = np.zeros(n, dtype=bool)
    if n < 3:
        return glue
    alnum = cls == _ALNUM
    mid = cp[1:-1]
    between_alnum = alnum[:-2] & alnum[2:]
    joiner = (mid == ord("-")) | (mid == ord("'")) | (mid == ord("’"))
    number_mark = ((mid == ord(".")) | (mid == ord(","))) & digit[:-2] & digit[2:]
    glue[1:-1] = (joiner & between_alnum) | number_mark
    for i in np.flatnonzero((cp[:-1] == ord("-")) & (cls[1:] == _SPACE)).tolist():
        if i > 0 and alnum[i - 1]:
            match = _HYPHEN_BREAK.match(text, i + 1)
            if match and match.end() < n and alnum[match.end()]:
                glue[i : match.end()] = True
    return glue


def folded_words(text: str) -> list[str]:
    """The case-folded words of ``text`` (the form reuse and similarity compare)."""
    toks = tokenize(text)
    return [k.casefold() for k, w in zip(toks.keys, toks.is_word, strict=True) if w]
