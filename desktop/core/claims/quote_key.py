"""When two quotes say the same words: equal but for white space, hyphenation and typographic quotes.

A re-anchored claim keeps status ``ok`` only when its words are found unchanged. "Unchanged"
forgives what a new extraction of the same text changes without changing a word: runs of white
space and line breaks, a word hyphenated at a line end (``verant-\\nwoordelijk``) or joined with
a hyphen (``oud-minister`` against ``oudminister``), soft hyphens, and curly against straight
quotation marks. Anything else — one letter — is a change the coder must see.
"""

from __future__ import annotations

from functools import lru_cache

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SOFT_HYPHEN = "\u00ad"


@lru_cache(maxsize=8)  # one document's text is keyed once for all its claims
def keyed(text: str) -> tuple[str, list[int]]:
    """The comparison key of ``text`` and, for each key character, its offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == _SOFT_HYPHEN:
            i += 1
        elif c == "-" and out and out[-1].isalnum() and (skip := _hyphen_skip(text, i)) > i:
            i = skip
        elif c.isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i = j
        else:
            out.append(c.translate(_QUOTES))
            where.append(i)
            i += 1
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def _hyphen_skip(text: str, i: int) -> int:
    """Where the word goes on after a hyphen at ``i`` that only joins (or breaks) a word; else ``i``."""
    n = len(text)
    j = i + 1
    if j < n and text[j].isalnum():
        return j  # oud-minister ~ oudminister
    while j < n and text[j] in " \t":
        j += 1
    if j < n and text[j] == "\n":
        while j < n and text[j].isspace():
            j += 1
        if j < n and text[j].isalnum():
            return j  # verant-\nwoordelijk
    return i


def quote_key(text: str) -> str:
    return keyed(text)[0]


def same_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` quote the same words (see the module docstring)."""
    return a == b or quote_key(a) == quote_key(b)


def find_all_keyed(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``text`` whose key equals the key of ``quote``."""
    needle = quote_key(quote)
    if not needle:
        return []
    hay, where = keyed(text)
    found: list[tuple[int, int]] = []
    pos = hay.find(needle)
    while pos >= 0:
        found.append((where[pos], where[pos + len(needle) - 1] + 1))
        pos = hay.find(needle, pos + 1)
    return found
