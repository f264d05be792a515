"""Quote selectors and re-anchoring: where does a claim's text sit in a new version of a document?

Offsets are Python code points into the normalised text. A claim remembers its span and a quote
selector (the exact text plus up to :data:`CONTEXT` characters before and after it). When the text
changes, :func:`reanchor` tries, in order: the old position, the exact quote (best context, then
nearest the old position), the same words with other white space, hyphenation or quotation marks
(``naast.core.claims.quote_key``), a fuzzy match (rapidfuzz), and otherwise reports the claim
orphaned. Only the first three keep a claim's meaning for certain; a fuzzy placement on words that
differ is ``changed``: the claim must be reviewed, never silently moved onto other words.
Everything here is pure and deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from naast.core.claims.quote_key import find_all_keyed, same_words

#: Characters of context kept before and after a quote.
CONTEXT = 32
#: Minimum rapidfuzz score (0-100) for a fuzzy placement.
FUZZY_THRESHOLD = 85.0
#: Quotes shorter than this are never placed fuzzily: too many false friends.
FUZZY_MIN_LENGTH = 12


@dataclass(frozen=True, slots=True)
class QuoteSelector:
    """The exact text of a span plus its surroundings (W3C Web Annotation TextQuoteSelector)."""

    quote: str
    prefix: str
    suffix: str


class Method(StrEnum):
    POSITION = "position"
    EXACT = "exact"
    SAME_WORDS = "same words"  # equal but for white space, hyphenation, quotation marks
    FUZZY = "fuzzy"
    ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a claim stores about where it is."""

    claim_id: int
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a claim landed in the new text (one line of a re-anchoring report)."""

    claim_id: int
    old_start: int
    old_end: int
    new_start: int | None
    new_end: int | None
    method: Method
    score: float = 100.0
    #: Placed on words that differ from the quote: the claim's meaning may have changed.
    changed: bool = False

    @property
    def orphaned(self) -> bool:
        return self.method is Method.ORPHANED

    @property
    def moved(self) -> bool:
        return not self.orphaned and (self.new_start, self.new_end) != (self.old_start, self.old_end)

    def describe(self) -> str:
        if self.orphaned:
            return f"claim {self.claim_id}: orphaned (was {self.old_start}-{self.old_end})"
        where = f"{self.old_start}-{self.old_end} -> {self.new_start}-{self.new_end}"
        notes = [n for n, on in (("moved", self.moved), ("words changed", self.changed)) if on]
        return f"claim {self.claim_id}: {self.method.value} {where}" + (
            f" ({', '.join(notes)})" if notes else ""
        )


def make_selector(text: str, start: int, end: int, context: int = CONTEXT) -> QuoteSelector:
    """The selector of ``text[start:end]``."""
    return QuoteSelector(text[start:end], text[max(0, start - context) : start], text[end : end + context])


def reanchor(text: str, anchor: Anchor, threshold: float = FUZZY_THRESHOLD) -> Placement:
    """Place one claim in ``text`` (see the module docstring for the order of attempts)."""
    if not anchor.quote:
        return _orphan(anchor)
    exact = _exact(text, anchor)
    if exact is not None:
        return exact
    same = _same_words(text, anchor)
    if same is not None:
        return same
    span = locate_fuzzy(
        text, anchor.quote, near=anchor.start, threshold=threshold, prefix=anchor.prefix, suffix=anchor.suffix
    )
    if span is None:
        return _orphan(anchor)
    start, end, score = span
    changed = not same_words(anchor.quote, text[start:end])
    return Placement(anchor.claim_id, anchor.start, anchor.end, start, end, Method.FUZZY, score, changed)


def reanchor_all(text: str, anchors: list[Anchor], threshold: float = FUZZY_THRESHOLD) -> list[Placement]:
    return [reanchor(text, anchor, threshold) for anchor in anchors]


def _orphan(anchor: Anchor) -> Placement:
    return Placement(anchor.claim_id, anchor.start, anchor.end, None, None, Method.ORPHANED, 0.0)


def _exact(text: str, anchor: Anchor) -> Placement | None:
    """The occurrence of the quote with the best context, then nearest the old position."""
    quote = anchor.quote
    best: tuple[float, int, int] | None = None  # (-context, distance, start)
    pos = text.find(quote)
    while pos >= 0:
        key = (-_context_score(text, pos, pos + len(quote), anchor), abs(pos - anchor.start), pos)
        if best is None or key < best:
            best = key
        pos = text.find(quote, pos + 1)
    if best is None:
        return None
    start = best[2]
    end = start + len(quote)
    method = Method.POSITION if (start, end) == (anchor.start, anchor.end) else Method.EXACT
    return Placement(anchor.claim_id, anchor.start, anchor.end, start, end, method)


def _same_words(text: str, anchor: Anchor) -> Placement | None:
    """The span with the quote's words (see ``quote_key``) with the best context, then nearest."""
    spans = find_all_keyed(text, anchor.quote)
    if not spans:
        return None
    start, end = min(
        spans, key=lambda s: (-_context_score(text, s[0], s[1], anchor), abs(s[0] - anchor.start), s[0])
    )
    return Placement(anchor.claim_id, anchor.start, anchor.end, start, end, Method.SAME_WORDS)


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> float:
    """How much of the stored prefix and suffix surround ``text[start:end]`` (0..1)."""
    total = len(anchor.prefix) + len(anchor.suffix)
    if total == 0:
        return 1.0
    before = _common_suffix(text[max(0, start - len(anchor.prefix)) : start], anchor.prefix)
    after = _common_prefix(text[end : end + len(anchor.suffix)], anchor.suffix)
    return (before + after) / total


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def locate_fuzzy(
    text: str,
    quote: str,
    *,
    near: int = 0,
    threshold: float = FUZZY_THRESHOLD,
    prefix: str = "",
    suffix: str = "",
) -> tuple[int, int, float] | None:
    """The span of ``text`` most like ``quote`` (score >= threshold), searched near ``near`` first."""
    if len(quote) < FUZZY_MIN_LENGTH or len(text) < len(quote) // 2:
        return None
    margin = max(2000, 4 * len(quote))
    windows = [(max(0, near - margin), min(len(text), near + len(quote) + margin)), (0, len(text))]
    for lo, hi in windows:
        found = fuzz.partial_ratio_alignment(quote, text[lo:hi], score_cutoff=threshold)
        if found is not None and found.dest_end > found.dest_start:
            start, end = lo + found.dest_start, lo + found.dest_end
            start, end, score = _refine(text, quote, start, end, prefix, suffix)
            if score >= threshold:
                return start, end, score
        if (lo, hi) == (0, len(text)):
            break
    return None


def _refine(text: str, quote: str, start: int, end: int, prefix: str, suffix: str) -> tuple[int, int, float]:
    """Move the edges of an aligned window to where the quote's (or its context's) words are.

    The alignment has the quote's length, so an edit that made the text longer or shorter leaves an
    edge off. Candidate edges come from the quote's first and last characters and from the stored
    context; the pair whose text is most like the quote wins, then the one nearest the alignment.
    """
    slack = max(8, len(quote) // 4)
    starts, ends = {start}, {end}
    for k in (16, 8, 4):
        if len(quote) > 2 * k:
            starts.update(_finds(text, quote[:k], start - slack, start + slack + k))
            ends.update(p + k for p in _finds(text, quote[-k:], end - slack - k, end + slack))
        if len(prefix) >= k:
            starts.update(p + k for p in _finds(text, prefix[-k:], start - slack - k, start + slack))
        if len(suffix) >= k:
            ends.update(_finds(text, suffix[:k], end - slack, end + slack + k))
    best = (-1.0, 0, start, end)
    for s in starts:
        for e in ends:
            if e - s > 0:
                score = fuzz.ratio(quote, text[s:e])
                key = (score, -(abs(s - start) + abs(e - end)), s, e)
                if key[:2] > best[:2]:
                    best = key
    return best[2], best[3], best[0]


def _finds(text: str, needle: str, lo: int, hi: int) -> list[int]:
    lo, hi = max(0, lo), min(len(text), hi)
    found: list[int] = []
    pos = text.find(needle, lo, hi)
    while pos >= 0:
        found.append(pos)
        pos = text.find(needle, pos + 1, hi)
    return found
