"""Claims of different coders matched by overlap: the units that agreement on fields is measured on.

In each document, pairs of claims of different coders that share characters are taken in order of
how many they share (most first); a pair joins their groups when no coder would then have two
claims in one group. A group with two or more coders is a matched unit; a group of one is a claim
only one coder made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CodedClaim:
    """What agreement needs of a claim, with names that mean the same in every copy of a project."""

    id: int
    uid: str
    coder: str
    document_id: int
    start: int
    end: int
    topics: frozenset[str] = frozenset()  # topic labels
    stance: str | None = None  # stance code
    claimant: str | None = None  # the claimant's name

    def overlap(self, other: CodedClaim) -> int:
        if self.document_id != other.document_id:
            return 0
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass(frozen=True, slots=True)
class Group:
    """Claims of different coders on overlapping text (one claim per coder)."""

    document_id: int
    claims: tuple[CodedClaim, ...]  # in the order of the coders

    @property
    def coders(self) -> tuple[str, ...]:
        return tuple(c.coder for c in self.claims)

    @property
    def matched(self) -> bool:
        return len(self.claims) > 1

    def of(self, coder: str) -> CodedClaim | None:
        return next((c for c in self.claims if c.coder == coder), None)

    @property
    def start(self) -> int:
        return min(c.start for c in self.claims)

    @property
    def end(self) -> int:
        return max(c.end for c in self.claims)


def match_claims(claims: Iterable[CodedClaim], coders: Sequence[str]) -> list[Group]:
    """Every claim of ``coders`` in exactly one group, groups in document and text order."""
    order = {coder: i for i, coder in enumerate(coders)}
    by_document: dict[int, list[CodedClaim]] = {}
    for claim in claims:
        if claim.coder in order:
            by_document.setdefault(claim.document_id, []).append(claim)
    groups: list[Group] = []
    for document_id in sorted(by_document):
        for members in _groups_of(by_document[document_id]):
            ordered = tuple(sorted(members, key=lambda c: order[c.coder]))
            groups.append(Group(document_id, ordered))
    return sorted(groups, key=lambda g: (g.document_id, g.start, g.end, g.claims[0].id))


def _groups_of(claims: list[CodedClaim]) -> list[list[CodedClaim]]:
    claims = sorted(claims, key=lambda c: (c.start, c.end, c.id))
    pairs: list[tuple[int, int, int]] = []
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if b.start >= a.end:
                break
            if a.coder != b.coder and (shared := a.overlap(b)):
                pairs.append((-shared, i, j))
    parent = list(range(len(claims)))
    coders = [{c.coder} for c in claims]

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for _, i, j in sorted(pairs):
        ri, rj = root(i), root(j)
        if ri != rj and not coders[ri] & coders[rj]:
            parent[rj] = ri
            coders[ri] |= coders[rj]
    found: dict[int, list[CodedClaim]] = {}
    for k, claim in enumerate(claims):
        found.setdefault(root(k), []).append(claim)
    return list(found.values())
