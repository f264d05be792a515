"""Decide whether a hyphen at a line end is a break inside a word or a real hyphen.

Evidence first, from the document itself: the joined form written elsewhere means a break;
the hyphenated form written elsewhere means a real hyphen. Otherwise Dutch spelling decides:
a capital or digit after the hyphen (EU-Dublinverordening, 2019-2020), an abbreviation before
it (COA-locatie), a suspended compound ("wet- en regelgeving") or two vowels that would merge
(zee-egel) keep the hyphen; a lower-case continuation is a word broken by the typesetter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PUNCTUATION = ".,;:!?()[]{}«»“”‘’'\"…–—*&%$#@+=<>|_-0123456789"
_SUSPENDED = {"en", "of", "tot", "noch", "als", "and", "or"}
# Vowels that would read as one sound when joined, so Dutch spelling keeps the hyphen
# (zee-eend, politie-inzet, auto-ongeluk). Not "ie": typesetters split financi-eel, materi-eel.
_MERGING = {"aa", "ee", "ii", "oo", "uu", "ai", "au", "ei", "eu", "oe", "ou", "ui"}


class WordIndex:
    """The words of one document, for the hyphen decision."""

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._words: set[str] | None = None
        self._hyphenated: set[str] = set()

    @property
    def words(self) -> set[str]:
        if self._words is None:
            self._build()
        return self._words or set()

    @property
    def hyphenated(self) -> set[str]:
        if self._words is None:
            self._build()
        return self._hyphenated

    def _build(self) -> None:
        """Built on first use only: most documents have no hyphen to decide."""
        self._words = set()
        text = "\n".join(self._lines).lower().replace("/", " ")
        for token in set(text.split()):
            word = token.strip(_PUNCTUATION)
            if not word:
                continue
            self._words.add(word)
            if "-" in word:
                self._hyphenated.add(word)
                self._words.update(word.split("-"))


def join_hyphenated(left: str, right: str, index: WordIndex) -> str:
    """Join ``left`` (ending in '-') with the next line ``right``."""
    head = left[:-1]
    last = head.split(" ")[-1] if head else ""
    first = right.split(" ")[0] if right else ""
    if _is_url(last):
        return head + "-" + right
    if keep_hyphen(last, first, index):
        if first.lower().strip(",.;:") in _SUSPENDED:
            return head + "- " + right
        return head + "-" + right
    return head + right


def keep_hyphen(before: str, after: str, index: WordIndex) -> bool:
    left = _tail_word(before)
    right = _head_word(after)
    if not left or not right:
        return True
    if right.lower() in _SUSPENDED:
        return True
    joined = (left + right).lower()
    dashed = f"{left}-{right}".lower()
    if dashed in index.hyphenated:
        return True
    if joined in index.words:
        return False
    if right[0].isupper() or right[0].isdigit() or left[-1].isdigit():
        return True
    if _is_abbreviation(left) or not _has_vowel(left) or not _has_vowel(right):
        return True  # a fragment without a vowel is no syllable: "htl-plaatsing"
    return (left[-1] + right[0]).lower() in _MERGING


def _tail_word(text: str) -> str:
    match = re.search(r"[\w'’]+$", text)
    return match.group(0) if match else ""


def _head_word(text: str) -> str:
    match = re.match(r"[\w'’]+", text)
    return match.group(0) if match else ""


def _is_abbreviation(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2


def _has_vowel(word: str) -> bool:
    return any(c in "aeiouyáéíóúäëïöüàèìòùâêîôû" for c in word.lower())


def _is_url(token: str) -> bool:
    return "://" in token or token.startswith("www.") or token.count("/") >= 2
