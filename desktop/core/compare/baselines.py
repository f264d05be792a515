"""The comparison benchmark's baselines, each called the way its users call it.

All start from what Naast's comparison starts from when a document's tokens are ready: the token
keys of both texts (words and punctuation, as ``tokens`` cuts them). Each gives an in-order diff;
its changed words are the words in its non-equal steps, counted as Naast counts them.

- ``difflib``: ``SequenceMatcher(None, a, b).get_opcodes()`` with Python's defaults (autojunk on:
  tokens in more than 1% of a long sequence are ignored as anchors);
- ``difflib_no_autojunk``: the same with ``autojunk=False``;
- ``rapidfuzz``: ``rapidfuzz.distance.Levenshtein.opcodes(a, b)`` on the token lists;
- ``fdmp``: fast-diff-match-patch on the whole document in word mode (each distinct token one
  character, as diff-match-patch's documentation does for lines and words), with the package's
  defaults: ``diff(a, b)``, semantic cleanup, no time limit.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import fast_diff_match_patch as fdmp
from rapidfuzz.distance import Levenshtein

from naast.core.compare.tokens import Tokens
from naast.core.compare.worddiff import CharCoder

Steps = list[tuple[str, int, int, int, int]]  # (tag, a_lo, a_hi, b_lo, b_hi) in token indices


@dataclass(frozen=True, slots=True)
class TokenLists:
    a: list[str]
    b: list[str]
    words_a: list[int]  # words among the first i tokens
    words_b: list[int]

    @classmethod
    def of(cls, a: Tokens, b: Tokens) -> TokenLists:
        return cls(list(a.keys), list(b.keys), a.word_prefix.tolist(), b.word_prefix.tolist())

    def changed_words(self, steps: Steps) -> int:
        wa, wb = self.words_a, self.words_b
        return sum(wa[i2] - wa[i1] + wb[j2] - wb[j1] for tag, i1, i2, j1, j2 in steps if tag != "equal")


def difflib_defaults(t: TokenLists) -> Steps:
    return [tuple(op) for op in difflib.SequenceMatcher(None, t.a, t.b).get_opcodes()]  # type: ignore[misc]


def difflib_no_autojunk(t: TokenLists) -> Steps:
    matcher = difflib.SequenceMatcher(None, t.a, t.b, autojunk=False)
    return [tuple(op) for op in matcher.get_opcodes()]  # type: ignore[misc]


def rapidfuzz_opcodes(t: TokenLists) -> Steps:
    return [
        (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in Levenshtein.opcodes(t.a, t.b)
    ]


def fdmp_whole(t: TokenLists) -> Steps:
    coder = CharCoder()
    ops = fdmp.diff(coder.encode(tuple(t.a)), coder.encode(tuple(t.b)))
    return _steps(ops)


def _steps(ops: Sequence[tuple[str, int]]) -> Steps:
    steps: Steps = []
    i = j = 0
    for op, n in ops:
        if op == "=":
            steps.append(("equal", i, i + n, j, j + n))
            i, j = i + n, j + n
        elif op == "-":
            steps.append(("delete", i, i + n, j, j))
            i += n
        else:
            steps.append(("insert", i, i, j, j + n))
            j += n
    return steps


BASELINES: dict[str, Callable[[TokenLists], Steps]] = {
    "difflib": difflib_defaults,
    "difflib_no_autojunk": difflib_no_autojunk,
    "rapidfuzz": rapidfuzz_opcodes,
    "fdmp": fdmp_whole,
}
