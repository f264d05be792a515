"""Disagreements between two coders, and the commands that settle them.

A disagreement is a group of overlapping claims (``matching``) that only one of the two coders
made, or in which they gave different topics, stance or claimant. The team settles it by keeping
A's coding (B's claim becomes like A's; made for B if B had none; removed if A had none), keeping
B's the same way round, or making a consensus claim, coded by the ``consensus`` coder, which
leaves both codings as they were. Each is one undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from naast.core.claims.commands import CreateClaim, DeleteClaim, EditClaim
from naast.core.commands import ProjectView, Row, RowOp
from naast.core.errors import InvalidCommand
from naast.core.team.matching import CodedClaim, match_claims

#: The coder of the claims a team agreed on; left out of agreement figures unless asked for.
CONSENSUS = "consensus"


@dataclass(frozen=True, slots=True)
class Disagreement:
    document_id: int
    start: int
    end: int
    a: CodedClaim | None
    b: CodedClaim | None
    kinds: tuple[str, ...]  # "only A", "only B", "topic", "stance", "claimant"
    settled: bool = False  # a consensus claim lies on it


def disagreements(claims: Sequence[CodedClaim], coder_a: str, coder_b: str) -> list[Disagreement]:
    consensus = [c for c in claims if c.coder == CONSENSUS]
    found: list[Disagreement] = []
    for group in match_claims(claims, [coder_a, coder_b]):
        a, b = group.of(coder_a), group.of(coder_b)
        kinds: list[str] = []
        if a is None or b is None:
            kinds.append("only A" if b is None else "only B")
        else:
            kinds += [k for k, x, y in _fields(a, b) if x != y]
        if kinds:
            settled = any(
                c.document_id == group.document_id and c.start < group.end and group.start < c.end
                for c in consensus
            )
            found.append(Disagreement(group.document_id, group.start, group.end, a, b, tuple(kinds), settled))
    return found


def _fields(a: CodedClaim, b: CodedClaim) -> list[tuple[str, object, object]]:
    return [
        ("topic", a.topics, b.topics),
        ("stance", a.stance, b.stance),
        ("claimant", a.claimant, b.claimant),
    ]


def _claim(view: ProjectView, claim_id: int) -> Row:
    row = view.get("claims", {"id": claim_id})
    if row is None:
        raise InvalidCommand(f"there is no claim {claim_id}")
    if row["document_id"] is None:
        raise InvalidCommand("the claim's document was deleted")
    return row


def _topics(view: ProjectView, claim_id: int) -> tuple[int, ...]:
    return tuple(sorted(r["topic_id"] for r in view.rows("claim_topics", {"claim_id": claim_id})))


def _proposition(view: ProjectView, row: Row) -> str | None:
    if row["proposition_id"] is None:
        return None
    found = view.get("propositions", {"id": row["proposition_id"]})
    return None if found is None else str(found["text"])


def _copy(view: ProjectView, row: Row, coder: str, when: str) -> CreateClaim:
    return CreateClaim(
        document_id=row["document_id"],
        start=row["start"],
        end=row["end"],
        created=when,
        topics=_topics(view, row["id"]),
        stance_id=row["stance_id"],
        claimant_id=row["claimant_id"],
        addressee_id=row["addressee_id"],
        proposition=_proposition(view, row),
        coder=coder,
    )


@dataclass(frozen=True, slots=True)
class KeepCoding:
    """Settle a disagreement with one coder's coding: the other coder's claim is made the same."""

    keep_id: int | None  # the claim kept; None: that coder marked nothing here
    other_id: int | None  # the other coder's claim; None: the other coder marked nothing here
    other_coder: str
    when: str
    whose: str = "A"

    @property
    def label(self) -> str:
        return f"Settle: keep {self.whose}'s coding"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if self.keep_id is None:
            if self.other_id is None:
                raise InvalidCommand("there is nothing to settle")
            return DeleteClaim(self.other_id).plan(view)
        keep = _claim(view, self.keep_id)
        if self.other_id is None:
            return _copy(view, keep, self.other_coder, self.when).plan(view)
        other = _claim(view, self.other_id)
        if other["document_id"] != keep["document_id"]:
            raise InvalidCommand("the two claims are in different documents")
        return EditClaim(
            self.other_id,
            self.when,
            span=(keep["start"], keep["end"]),
            topics=_topics(view, self.keep_id),
            stance_id=keep["stance_id"],
            claimant_id=keep["claimant_id"],
            what=self.label,
        ).plan(view)


@dataclass(frozen=True, slots=True)
class ConsensusClaim:
    """A claim the team agreed on, made from one coder's claim and coded by ``consensus``."""

    from_id: int
    when: str

    @property
    def label(self) -> str:
        return "Settle: consensus claim"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        return _copy(view, _claim(view, self.from_id), CONSENSUS, self.when).plan(view)
