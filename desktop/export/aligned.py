"""The answers the comparison engine pairs, as ``UnitLink``s for ``--group question``.

Two documents are compared only when it can matter: each holds claims, of different actors, on a
topic they share. Only pairs whose two units both hold a claim are kept.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence

from naast.core.compare import compare_parsed
from naast.core.model import ParsedDocument
from naast.export.plan import ClaimEntry, UnitLink


def _holds_claim(starts: Sequence[int], begin: int, end: int) -> bool:
    return any(begin <= s < end for s in starts)


def aligned_units(
    load: Callable[[int], ParsedDocument], entries: Sequence[ClaimEntry]
) -> tuple[UnitLink, ...]:
    """Links between the paired units of every two documents whose claims could share a row."""
    topics: dict[str, set[str]] = defaultdict(set)
    actors: dict[str, set[str]] = defaultdict(set)
    starts: dict[str, list[int]] = defaultdict(list)
    for e in entries:
        if e.document_id is None or e.start is None or e.document_missing:
            continue
        topics[e.document_id].add(e.topic.key)
        actors[e.document_id].add(e.actor)
        starts[e.document_id].append(e.start)
    links: list[UnitLink] = []
    for a, b in itertools.combinations(sorted(topics, key=lambda d: (len(d), d)), 2):
        if not topics[a] & topics[b] or len(actors[a] | actors[b]) < 2:
            continue
        comparison = compare_parsed(load(int(a)), load(int(b)))
        for pair in comparison.pairs:
            if _holds_claim(starts[a], pair.a.start, pair.a.end) and _holds_claim(
                starts[b], pair.b.start, pair.b.end
            ):
                links.append(
                    UnitLink(
                        a, pair.a.start, pair.a.end, pair.a.label, b, pair.b.start, pair.b.end, pair.b.label
                    )
                )
    return tuple(links)
