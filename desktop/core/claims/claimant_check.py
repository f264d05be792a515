"""Claims whose claimant contradicts the speaker of their unit, and the command that fixes them.

Projects coded before the claimant rule (``naast.core.claims.speaker``) may hold questions
attributed to the answering minister. A claim is listed when its claimant is one of its document's
own people (an asker or the office holder) but not one who speaks in its unit: the minister on a
question, an MP on an answer. A claimant from outside the document was chosen on purpose and is
not listed, nor is an empty one. Nothing changes until the user applies :class:`FixClaimants` to
the findings they select; the check itself only reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from naast.core.claims.commands import claims_count
from naast.core.claims.speaker import ASKER, OFFICE_HOLDER, speakers, speaking_relations, unit_kind_at
from naast.core.commands import ProjectView, RowOp, Update
from naast.core.errors import InvalidCommand

CHECK_NAME = "claimants"


@dataclass(frozen=True, slots=True)
class ClaimantFinding:
    """One claim attributed to someone who does not speak where it stands."""

    claim_id: int
    uid: str | None
    document_id: int
    document: str | None
    unit: str | None
    quote: str
    claimant_id: int
    claimant: str | None
    expected_ids: tuple[int, ...]  # empty: the document names nobody who speaks there
    expected: tuple[str, ...]

    def describe(self) -> str:
        should = ", ".join(self.expected) if self.expected else "nobody (the document names no speaker)"
        quote = " ".join(self.quote.split())
        quote = quote if len(quote) <= 60 else quote[:59] + "…"
        where = " · ".join(x for x in (self.document, self.unit) if x)
        return f"claim {self.claim_id} ({where}, “{quote}”): claimant {self.claimant}, expected {should}"

    def to_json(self) -> dict[str, Any]:
        return {
            "check": CHECK_NAME,
            "claim": self.claim_id,
            "uid": self.uid,
            "document": self.document,
            "unit": self.unit,
            "quote": self.quote,
            "claimant": self.claimant,
            "expected": list(self.expected),
        }


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What the check needs of one document: its type, units and people (plain table rows)."""

    title: str | None
    doc_type: str
    units: Sequence[Mapping[str, Any]]  # kind, label, start, end
    links: Sequence[Mapping[str, Any]]  # actor_id, relation, ordinal


def find_contradictions(
    claims: Iterable[Mapping[str, Any]],
    documents: Mapping[int, DocumentFacts],
    actor_names: Mapping[int, str],
) -> list[ClaimantFinding]:
    """The claims (rows of ``claims``) whose claimant contradicts their unit's speaker."""
    found: list[ClaimantFinding] = []
    for claim in sorted(claims, key=lambda r: r["id"]):
        facts = documents.get(claim["document_id"]) if claim["document_id"] is not None else None
        if facts is None or claim["claimant_id"] is None or claim["status"] == "orphaned":
            continue
        own = set(speakers(facts.links, ASKER + OFFICE_HOLDER))
        expected = expected_at(facts, claim["start"])
        if claim["claimant_id"] not in own or claim["claimant_id"] in expected:
            continue
        found.append(_finding(claim, facts, expected, actor_names))
    return found


def expected_at(facts: DocumentFacts, offset: int) -> list[int]:
    relations = speaking_relations(facts.doc_type, unit_kind_at(facts.units, offset))
    return speakers(facts.links, relations)


def _finding(
    claim: Mapping[str, Any], facts: DocumentFacts, expected: list[int], names: Mapping[int, str]
) -> ClaimantFinding:
    unit = next((u["label"] for u in facts.units if u["start"] <= claim["start"] < u["end"]), None)
    return ClaimantFinding(
        claim_id=int(claim["id"]),
        uid=claim.get("uid"),
        document_id=int(claim["document_id"]),
        document=facts.title,
        unit=unit,
        quote=claim["quote"],
        claimant_id=int(claim["claimant_id"]),
        claimant=names.get(claim["claimant_id"]),
        expected_ids=tuple(expected),
        expected=tuple(names.get(a, "?") for a in expected),
    )


@dataclass(frozen=True, slots=True)
class FixClaimants:
    """Give each listed claim the speaker of its unit (the first asker where several asked;
    nobody where the document names none), as one undoable step."""

    claim_ids: tuple[int, ...]
    modified: str

    @property
    def label(self) -> str:
        return f"Fix the claimant of {claims_count(len(self.claim_ids))}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        ops: list[RowOp] = []
        for claim_id in dict.fromkeys(self.claim_ids):
            claim = view.get("claims", {"id": claim_id})
            if claim is None:
                raise InvalidCommand(f"there is no claim {claim_id}")
            if claim["document_id"] is None:
                raise InvalidCommand(f"claim {claim_id} has lost its document; its speaker is unknown")
            doc = view.get("documents", {"id": claim["document_id"]})
            facts = DocumentFacts(
                None,
                doc["doc_type"] if doc else "",
                view.rows("units", {"document_id": claim["document_id"]}),
                view.rows("document_actors", {"document_id": claim["document_id"]}),
            )
            expected = expected_at(facts, claim["start"])
            value = expected[0] if expected else None
            if claim["claimant_id"] not in expected and claim["claimant_id"] != value:
                ops.append(
                    Update("claims", {"id": claim_id}, {"claimant_id": value, "modified": self.modified})
                )
        return ops
