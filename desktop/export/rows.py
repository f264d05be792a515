"""Rows that mean something: which claims of different actors share a row of a topic's table.

Claims of two actors stand side by side only when they belong together — the same proposition
(``proposition``), or answers the comparison engine pairs (``question``: a ``UnitLink`` joins the
claims inside its two units). Every other claim stands in a row of its own (``none`` puts every
claim in its own row). Rows, and the claims within a cell, are ordered by date and by position in
the document, so the memo reads as the record unfolded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from naast.export.plan import ClaimEntry, Grouping, MemoRow, RowReason, UnitLink

_LAST = 1 << 62


def _natural(claim_id: str) -> tuple[int, str]:
    return (int(claim_id), "") if claim_id.isdigit() else (_LAST, claim_id)


def claim_order(entry: ClaimEntry) -> tuple[str, str, int, tuple[int, str]]:
    """Date, then document, then position in it (then id): the order claims are read in."""
    document = entry.document_id or entry.citation.document_title
    position = entry.start if entry.start is not None else _LAST
    return (entry.date or entry.citation.date or "9999", document, position, _natural(entry.claim_id))


class _Groups:
    """Union–find over claim indices, remembering the first reason two groups were joined."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.reason: dict[int, RowReason] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, items: Sequence[int], reason: RowReason) -> None:
        roots = {self.find(i) for i in items}
        if len(roots) < 2:
            return
        known = [self.reason[r] for r in roots if r in self.reason]
        keep, *others = sorted(roots)
        for other in others:
            self.parent[other] = keep
        self.reason[keep] = known[0] if known else reason


def _by_proposition(claims: Sequence[ClaimEntry], groups: _Groups) -> None:
    members: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(claims):
        if entry.proposition and entry.proposition.strip():
            members[entry.proposition.strip()].append(index)
    for text, items in members.items():
        groups.join(items, RowReason("proposition", text))


def _inside(claims: Sequence[ClaimEntry], by_document: dict[str, list[int]], doc: str, start: int, end: int):
    return [i for i in by_document.get(doc, ()) if start <= (claims[i].start or 0) < end]


def _by_links(claims: Sequence[ClaimEntry], links: Sequence[UnitLink], groups: _Groups) -> None:
    by_document: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(claims):
        if entry.document_id is not None and entry.start is not None:
            by_document[entry.document_id].append(index)
    for link in links:
        left = _inside(claims, by_document, link.left_document, link.left_start, link.left_end)
        right = _inside(claims, by_document, link.right_document, link.right_start, link.right_end)
        if left and right:
            groups.join([*left, *right], RowReason("aligned", f"{link.left_label} ↔ {link.right_label}"))


def _row(members: list[ClaimEntry], actors: Sequence[str], reason: RowReason | None) -> MemoRow:
    cells = tuple(tuple(sorted((e for e in members if e.actor == a), key=claim_order)) for a in actors)
    return MemoRow(cells, reason)


def build_rows(
    claims: Sequence[ClaimEntry],
    actors: Sequence[str],
    grouping: Grouping,
    links: Sequence[UnitLink] = (),
) -> tuple[MemoRow, ...]:
    """The rows of one topic's table (``claims`` are that topic's, ``actors`` its columns)."""
    groups = _Groups(len(claims))
    if grouping == "proposition":
        _by_proposition(claims, groups)
    elif grouping == "question":
        _by_links(claims, links, groups)
    members: dict[int, list[ClaimEntry]] = defaultdict(list)
    for index, entry in enumerate(claims):
        members[groups.find(index)].append(entry)
    rows: list[tuple[tuple, MemoRow]] = []
    for root, group in members.items():
        if len({e.actor for e in group}) > 1:  # only different actors share a row
            rows.append((min(map(claim_order, group)), _row(group, actors, groups.reason.get(root))))
        else:
            rows += [(claim_order(e), _row([e], actors, None)) for e in group]
    rows.sort(key=lambda pair: pair[0])
    return tuple(row for _key, row in rows)
