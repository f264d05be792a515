"""Slide pure insertions and deletions of a minimal diff to where a reader puts them.

A minimal diff may show a paragraph inserted as "Nederlandse wet … voorziening. De" when the
paragraph is "De Nederlandse wet … voorziening." and the next one also starts with "De": both
have the same cost. Such a change can slide along the equal text around it as long as the tokens
it passes repeat; of those places, the one with the strongest boundaries (a blank line, a line end,
a sentence end, a space) wins, as in diff-match-patch's lossless semantic cleanup, but on tokens.
"""

from __future__ import annotations

from naast.core.compare.worddiff import Run, Side

_MAX_SLIDE = 40  # tokens tried each way


def slide_runs(runs: list[Run], a: Side, b: Side) -> list[Run]:
    """``runs`` with each pure insertion or deletion between two equal runs slid to its best place."""
    out = list(runs)
    for k in range(1, len(out) - 1):
        before, change, after = out[k - 1], out[k], out[k + 1]
        if change.equal or not before.equal or not after.equal or change.moved:
            continue
        inserted = change.a_hi == change.a_lo
        if not inserted and change.b_hi != change.b_lo:
            continue
        side = b if inserted else a
        lo, hi = (change.b_lo, change.b_hi) if inserted else (change.a_lo, change.a_hi)
        left = min(before.a_hi - before.a_lo - 1, _MAX_SLIDE)  # each equal run keeps a token
        right = min(after.a_hi - after.a_lo - 1, _MAX_SLIDE)
        shift = _best_shift(side, lo, hi, left, right)
        if shift:
            out[k - 1], out[k], out[k + 1] = _shifted(before, change, after, shift)
    return out


def _best_shift(side: Side, lo: int, hi: int, left: int, right: int) -> int:
    """The shift (negative: left) of the change ``[lo, hi)`` in ``side`` with the best boundaries."""
    chars = side.chars
    best, best_score = 0, _score(side, lo) + _score(side, hi)
    k = 1
    while k <= left and chars[lo - k] == chars[hi - k]:
        score = _score(side, lo - k) + _score(side, hi - k)
        if score > best_score:
            best, best_score = -k, score
        k += 1
    k = 1
    while k <= right and hi + k - 1 < len(chars) and chars[lo + k - 1] == chars[hi + k - 1]:
        score = _score(side, lo + k) + _score(side, hi + k)
        if score > best_score:
            best, best_score = k, score
        k += 1
    return best


def _score(side: Side, token: int) -> int:
    """How good a boundary lies just before ``token``: blank line 4, line end 3, sentence end 2."""
    tokens = side.tokens
    if token <= 0 or token >= len(tokens):
        return 5
    text = tokens.text
    gap = text[int(tokens.ends[token - 1]) : int(tokens.starts[token])]
    if gap.count("\n") >= 2:
        return 4
    if "\n" in gap:
        return 3
    if tokens.keys[token - 1] in (".", "?", "!", ":", ";"):
        return 2
    return 1 if gap else 0


def _shifted(before: Run, change: Run, after: Run, k: int) -> tuple[Run, Run, Run]:
    """The three runs with the change moved ``k`` tokens (the equal runs give and take ``k``)."""
    return (
        Run(True, before.a_lo, before.a_hi + k, before.b_lo, before.b_hi + k),
        Run(False, change.a_lo + k, change.a_hi + k, change.b_lo + k, change.b_hi + k),
        Run(True, after.a_lo + k, after.a_hi, after.b_lo + k, after.b_hi),
    )
