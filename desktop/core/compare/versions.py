"""Whether two texts are versions of one document, so that one whole-document diff pairs them.

The time of a whole-document diff grows with the length times the number of differences: fine
for two versions, minutes for two long texts that share words or even sentences but not their
order. Two cheap tests decide, both on token trigrams: most of them must be shared, and for long
texts the ones found once in each must mostly come in the same order.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

_ORDER_CHECK_TOKENS = 100_000  # longer pairs are checked for shared order before a whole diff
_ORDER_SAMPLE = 20_000  # anchors looked at in that check


def are_versions(ids_a: np.ndarray, ids_b: np.ndarray, threshold: float) -> bool:
    """Whether the texts are versions of one: most of the shorter one's token trigrams (every
    fourth, sampled) occur in the other (looked up in a bit table of the other's trigram codes).

    The time of a whole-document diff grows with the length times the number of differences;
    two documents of the same vocabulary but different text (shared words, not shared sentences)
    are left to the block pairing.
    """
    short, long = (ids_a, ids_b) if len(ids_a) <= len(ids_b) else (ids_b, ids_a)
    if len(short) < 3:
        return bool(len(short)) and set(short.tolist()) <= set(long.tolist())
    sample, codes = _trigrams(short)[::4], _trigrams(long)
    bits = max(int(len(codes) * 16).bit_length(), 10)  # a table 16 times the codes: 6% false hits
    mask = np.uint64((1 << bits) - 1)
    seen = np.zeros(1 << bits, dtype=bool)
    seen[codes & mask] = True
    if seen[sample & mask].mean() < threshold:
        return False
    return len(ids_a) + len(ids_b) < _ORDER_CHECK_TOKENS or in_order(ids_a, ids_b, threshold)


def in_order(ids_a: np.ndarray, ids_b: np.ndarray, threshold: float) -> bool:
    """Whether the trigrams found once in each text mostly come in the same order in both.

    Two long documents can share their sentences in another order (paragraphs reused in a new
    letter): a whole-document diff of those would take minutes. Versions keep the order.
    """
    (ua, pa), (ub, pb) = _unique_codes(_trigrams(ids_a)), _unique_codes(_trigrams(ids_b))
    _, xa, xb = np.intersect1d(ua, ub, assume_unique=True, return_indices=True)
    if not len(xa):
        return False
    seq = pb[xb][np.argsort(pa[xa])]
    seq = seq[:: max(len(seq) // _ORDER_SAMPLE, 1)].tolist()
    tails: list[int] = []  # patience sorting: the length of the longest increasing subsequence
    for x in seq:
        k = bisect_left(tails, x)
        tails[k : k + 1] = [x]
    return len(tails) >= threshold * len(seq)


def _unique_codes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The codes that occur once, sorted, and where each occurs."""
    values, first, counts = np.unique(codes, return_index=True, return_counts=True)
    once = counts == 1
    return values[once], first[once]


def _trigrams(ids: np.ndarray) -> np.ndarray:
    """One 64-bit code per run of three token ids (wrapping multiplication: collisions are rare)."""
    x = ids.astype(np.uint64)
    k = np.uint64(0x9E3779B97F4A7C15)
    return (x[:-2] * k + x[1:-1]) * k + x[2:]
