"""The distinct token keys of the documents being compared, and what each key stands for.

Tokens become integer ids once; the similarity term, the diff character and the reuse hash are then
worked out per distinct key and looked up for all tokens at once with numpy.
"""

from __future__ import annotations

import numpy as np

from naast.core.compare.ngrams import mix64
from naast.core.compare.tokens import Tokens

_STEM = 6
_FIRST_CODE = 0x100
_SURROGATE_START, _SURROGATE_END = 0xD800, 0xE000


def similarity_term(key: str) -> str | None:
    """The form a word takes in block similarity: case-folded and cut to its first 6 letters.

    Truncation is a crude stemmer that works well for Dutch (terugkeer/terugkeren, ondersteuning/
    ondersteunen); numbers and words of one or two letters are left out (they say nothing of topic,
    and headings such as "Vraag 1" would otherwise pair blocks by their numbers).
    """
    if len(key) <= 2 or not key.isalpha():
        return None
    return key.casefold()[:_STEM]


class Lexicon:
    """Distinct token keys of the documents compared together, each with an id."""

    def __init__(self, keys: list[str]) -> None:
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    @classmethod
    def build(cls, docs: list[Tokens]) -> tuple[Lexicon, list[np.ndarray]]:
        """The lexicon of ``docs`` and the key id of each of their tokens."""
        distinct: dict[str, None] = {}
        for tokens in docs:
            distinct.update(dict.fromkeys(tokens.keys))
        ids = {key: i for i, key in enumerate(distinct)}
        lookup = ids.__getitem__
        arrays = [np.fromiter(map(lookup, t.keys), dtype=np.int64, count=len(t.keys)) for t in docs]
        return cls(list(ids)), arrays

    def terms(self) -> tuple[np.ndarray, int]:
        """Similarity term id per key (-1 for keys without one) and the number of terms."""
        # similarity_term for all keys at once: keys never hold a line break, so one casefold serves
        folded = "\n".join(self._keys).casefold().split("\n")
        terms = [
            f[:_STEM] if len(k) > 2 and k.isalpha() else None for k, f in zip(self._keys, folded, strict=True)
        ]
        vocab = {t: i for i, t in enumerate(dict.fromkeys(t for t in terms if t is not None))}
        out = np.fromiter((-1 if t is None else vocab[t] for t in terms), dtype=np.int64, count=len(terms))
        return out, len(vocab)

    def codes(self) -> np.ndarray:
        """One Unicode code point per key (skipping surrogates), for the word-mode diff."""
        codes = np.arange(_FIRST_CODE, _FIRST_CODE + len(self._keys), dtype=np.uint32)
        codes[codes >= _SURROGATE_START] += _SURROGATE_END - _SURROGATE_START
        return codes

    def word_hashes(self) -> np.ndarray:
        """A reuse hash of each key's case-folded form, valid within this lexicon only."""
        folded: dict[str, int] = {}
        ids = np.fromiter(
            (folded.setdefault(k.casefold(), len(folded)) for k in self._keys),
            dtype=np.uint64,
            count=len(self._keys),
        )
        return mix64(ids + np.uint64(1))


def chars_of(codes: np.ndarray, ids: np.ndarray) -> str:
    """The diff string of a token id sequence."""
    return codes[ids].astype("<u4").tobytes().decode("utf-32-le")
