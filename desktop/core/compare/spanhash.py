"""Polynomial hashes of many spans of one character array at once (numpy, modulo 2**64).

With ``Q[j] = c[j] * P**-rank(j)`` summed into ``S``, the hash of the kept characters of span
``s..e`` is ``P**(rank(e) - 1) * (S[e] - S[s])``: it depends on the characters alone, not on where
the span stands, so equal words get equal hashes in any text and in any process. Characters not
``kept`` (hyphens and line breaks inside a word) are left out.
"""

from __future__ import annotations

import numpy as np

from naast.core.compare.ngrams import mix64

_P = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(int(_P), -1, 1 << 64))


def span_hashes(chars: np.ndarray, kept: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The hash of ``chars[s:e]`` (kept ones only) for each span; uint64."""
    if len(chars) == 0:
        return np.zeros(len(starts), dtype=np.uint64)
    rank = np.cumsum(kept) - kept  # kept characters before each position
    count = int(rank[-1]) + 2
    with np.errstate(over="ignore"):
        pows, inv = _powers(_P, count), _powers(_P_INV, count)
        q = np.where(kept, (chars.astype(np.uint64) + np.uint64(1)) * inv[rank], np.uint64(0))
        prefix = np.concatenate([np.zeros(1, np.uint64), np.cumsum(q, dtype=np.uint64)])
        rank_end = np.append(rank, rank[-1] + kept[-1])
        raw = (prefix[ends] - prefix[starts]) * pows[rank_end[ends] - 1]
    return mix64(raw)


def _powers(base: np.uint64, count: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        out = np.full(count, base, dtype=np.uint64)
        out[0] = 1
        return np.cumprod(out, dtype=np.uint64)
