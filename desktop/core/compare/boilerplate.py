"""The most-reused passages of an n-gram index: runs of n-grams shared by two or more documents.

A run is a maximal stretch of consecutive positions in one document whose n-grams occur in at least
one other document. Runs starting with the same n-gram form one passage; its count is the number of
documents holding it and its length the shortest of its runs (the part they all share).
"""

from __future__ import annotations

import numpy as np


def shared_runs(
    hashes: np.ndarray, slots: np.ndarray, pos: np.ndarray, n: int, min_words: int
) -> list[tuple[np.ndarray, np.ndarray, int]]:
    """(document slots, word positions, words) per passage, most documents first, then longest."""
    if len(hashes) == 0:
        return []
    shared = _document_frequency(hashes, slots) >= 2
    run_hash, run_slot, run_pos, run_len = _runs(hashes[shared], slots[shared], pos[shared])
    order = np.lexsort((run_slot, run_hash))
    rh, rs, rp, rl = run_hash[order], run_slot[order], run_pos[order], run_len[order]
    new_group = np.concatenate([[True], rh[1:] != rh[:-1]])
    new_doc = new_group | np.concatenate([[True], rs[1:] != rs[:-1]])
    starts = np.flatnonzero(new_group)
    group = np.cumsum(new_group) - 1
    docs = np.bincount(group, weights=new_doc).astype(np.int64)
    words = np.minimum.reduceat(rl, starts) + n - 1
    keep = np.flatnonzero((docs >= 2) & (words >= max(min_words, n)))
    ranked = keep[np.lexsort((-words[keep], -docs[keep]))]
    bounds = np.append(starts, len(rh))
    return [(rs[bounds[g] : bounds[g + 1]], rp[bounds[g] : bounds[g + 1]], int(words[g])) for g in ranked]


def _document_frequency(hashes: np.ndarray, slots: np.ndarray) -> np.ndarray:
    """For each entry, the number of distinct documents holding its n-gram."""
    order = np.lexsort((slots, hashes))
    h, s = hashes[order], slots[order]
    new_hash = np.concatenate([[True], h[1:] != h[:-1]])
    new_pair = new_hash | np.concatenate([[True], s[1:] != s[:-1]])
    group = np.cumsum(new_hash) - 1
    df = np.bincount(group, weights=new_pair)[group]
    out = np.empty(len(hashes), dtype=np.int64)
    out[order] = df
    return out


def _runs(
    hashes: np.ndarray, slots: np.ndarray, pos: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Maximal runs of consecutive positions per document: first hash, slot, start, length."""
    order = np.lexsort((pos, slots))
    h, s, p = hashes[order], slots[order], pos[order]
    brk = np.concatenate([[True], (s[1:] != s[:-1]) | (p[1:] != p[:-1] + 1)])
    first = np.flatnonzero(brk)
    lengths = np.diff(np.append(first, len(p)))
    return h[first], s[first], p[first], lengths
