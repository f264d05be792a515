"""Commands that create, edit and delete claims.

Plans are deterministic: timestamps and the coder come in with the command, never from the clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from naast.core.claims.anchoring import make_selector
from naast.core.claims.speaker import default_claimant
from naast.core.commands import Delete, Insert, ProjectView, Row, RowOp, Update
from naast.core.errors import InvalidCommand
from naast.core.titles import title_of_row


class Keep(Enum):
    """Marks an EditClaim field that stays as it is (None would mean "clear it")."""

    KEEP = "keep"


KEEP = Keep.KEEP


def normalise_proposition(text: str) -> str:
    return " ".join(text.split())


def check_exists(view: ProjectView, table: str, key: int | None, what: str) -> None:
    if key is not None and view.get(table, {"id": key}) is None:
        raise InvalidCommand(f"there is no {what} {key}")


def check_topics(view: ProjectView, topics: Sequence[int]) -> tuple[int, ...]:
    unique = tuple(dict.fromkeys(topics))
    for topic_id in unique:
        check_exists(view, "topics", topic_id, "topic")
    return unique


def document_text(view: ProjectView, document_id: int) -> Row:
    doc = view.get("documents", {"id": document_id})
    if doc is None:
        raise InvalidCommand(f"there is no document {document_id}")
    return doc


def check_span(text: str, start: int, end: int) -> None:
    if not 0 <= start < end <= len(text):
        raise InvalidCommand(f"the span {start}-{end} is not inside the document (0-{len(text)})")
    if not text[start:end].strip():
        raise InvalidCommand("a claim must contain some text")


def proposition_ops(
    view: ProjectView, text: str | None, cache: dict[str, int]
) -> tuple[int | None, list[RowOp]]:
    """The id of the proposition with this text, creating it if it is new (create-or-reuse)."""
    if text is None or not normalise_proposition(text):
        return None, []
    text = normalise_proposition(text)
    if text in cache:
        return cache[text], []
    existing = view.rows("propositions", {"text": text})
    if existing:
        cache[text] = existing[0]["id"]
        return cache[text], []
    new_id = view.new_id("propositions")
    cache[text] = new_id
    return new_id, [Insert("propositions", {"id": new_id, "text": text, "note": None})]


def claims_count(n: int) -> str:
    """``1 claim``, ``3 claims``: for command labels (the window translates them whole)."""
    return "1 claim" if n == 1 else f"{n} claims"


@dataclass(frozen=True, slots=True)
class CreateClaim:
    """Tag ``text[start:end]`` of a document as a claim."""

    document_id: int
    start: int
    end: int
    created: str
    topics: tuple[int, ...] = ()
    stance_id: int | None = None
    claimant_id: int | None = None  # None: the document's default speaker for this text
    addressee_id: int | None = None
    proposition: str | None = None
    note: str = ""
    coder: str = ""
    #: The claim's identity across copies of the project; a new one unless the claim comes from elsewhere.
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: When the claim was last changed, if it comes from elsewhere with its history (else ``created``).
    modified: str | None = None

    @property
    def label(self) -> str:
        return "Tag claim"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        return self.plan_with(view, {})

    def plan_with(self, view: ProjectView, propositions: dict[str, int]) -> list[RowOp]:
        doc = document_text(view, self.document_id)
        check_span(doc["text"], self.start, self.end)
        topics = check_topics(view, self.topics)
        check_exists(view, "stances", self.stance_id, "stance")
        check_exists(view, "actors", self.claimant_id, "actor")
        check_exists(view, "actors", self.addressee_id, "actor")
        claimant = self.claimant_id
        if claimant is None:
            claimant = default_claimant(view, self.document_id, self.start)
        proposition_id, ops = proposition_ops(view, self.proposition, propositions)
        claim_id = view.new_id("claims")
        selector = make_selector(doc["text"], self.start, self.end)
        row: Row = {
            "id": claim_id,
            "uid": self.uid,
            "document_id": self.document_id,
            "document_title": title_of_row(doc),
            "start": self.start,
            "end": self.end,
            "quote": selector.quote,
            "prefix": selector.prefix,
            "suffix": selector.suffix,
            "claimant_id": claimant,
            "addressee_id": self.addressee_id,
            "stance_id": self.stance_id,
            "proposition_id": proposition_id,
            "note": self.note,
            "coder": self.coder,
            "status": "ok",
            "created": self.created,
            "modified": self.modified or self.created,
        }
        ops.append(Insert("claims", row))
        ops.extend(Insert("claim_topics", {"claim_id": claim_id, "topic_id": t}) for t in topics)
        return ops


@dataclass(frozen=True, slots=True)
class ImportClaims:
    """Several new claims as one undoable step (bulk coding from a spreadsheet)."""

    claims: tuple[CreateClaim, ...]
    source: str = "spreadsheet"

    @property
    def label(self) -> str:
        return f"Import {claims_count(len(self.claims))} from {self.source}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        cache: dict[str, int] = {}
        ops: list[RowOp] = []
        for claim in self.claims:
            ops.extend(claim.plan_with(view, cache))
        return ops


@dataclass(frozen=True, slots=True)
class EditClaim:
    """Change any of a claim's fields; fields left at KEEP stay as they are."""

    claim_id: int
    modified: str
    span: tuple[int, int] | Keep = KEEP
    topics: tuple[int, ...] | Keep = KEEP
    stance_id: int | Keep | None = KEEP
    claimant_id: int | Keep | None = KEEP
    addressee_id: int | Keep | None = KEEP
    proposition: str | Keep | None = KEEP
    note: str | Keep = KEEP
    coder: str | Keep = KEEP
    what: str = field(default="Edit claim", compare=False)

    @property
    def label(self) -> str:
        return self.what

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        claim = view.get("claims", {"id": self.claim_id})
        if claim is None:
            raise InvalidCommand(f"there is no claim {self.claim_id}")
        ops: list[RowOp] = []
        values: dict[str, Any] = {}
        if not isinstance(self.span, Keep):
            values |= self._span_values(view, claim)
        for column in ("stance_id", "claimant_id", "addressee_id"):
            value = getattr(self, column)
            if not isinstance(value, Keep):
                table, what = ("stances", "stance") if column == "stance_id" else ("actors", "actor")
                check_exists(view, table, value, what)
                values[column] = value
        if not isinstance(self.proposition, Keep):
            values["proposition_id"], ops = proposition_ops(view, self.proposition, {})
        for column in ("note", "coder"):
            value = getattr(self, column)
            if not isinstance(value, Keep):
                values[column] = value
        values = {k: v for k, v in values.items() if claim[k] != v}
        topic_ops = self._topic_ops(view)
        if not values and not topic_ops:
            return []
        values["modified"] = self.modified
        ops.append(Update("claims", {"id": self.claim_id}, values))
        return ops + topic_ops

    def _span_values(self, view: ProjectView, claim: Row) -> dict[str, Any]:
        assert not isinstance(self.span, Keep)
        if claim["document_id"] is None:
            raise InvalidCommand("the claim's document was deleted; its span cannot change")
        text = document_text(view, claim["document_id"])["text"]
        start, end = self.span
        check_span(text, start, end)
        selector = make_selector(text, start, end)
        return {
            "start": start,
            "end": end,
            "quote": selector.quote,
            "prefix": selector.prefix,
            "suffix": selector.suffix,
            "status": "ok",  # placed by hand: the coder has seen the words
            "previous_quote": None,
        }

    def _topic_ops(self, view: ProjectView) -> list[RowOp]:
        if isinstance(self.topics, Keep):
            return []
        wanted = check_topics(view, self.topics)
        current = {r["topic_id"] for r in view.rows("claim_topics", {"claim_id": self.claim_id})}
        ops: list[RowOp] = [
            Delete("claim_topics", {"claim_id": self.claim_id, "topic_id": t})
            for t in sorted(current - set(wanted))
        ]
        ops.extend(
            Insert("claim_topics", {"claim_id": self.claim_id, "topic_id": t})
            for t in wanted
            if t not in current
        )
        return ops


@dataclass(frozen=True, slots=True)
class AcceptWording:
    """Accept the new words of a ``changed`` claim: it quotes them from now on and is ``ok`` again.

    (To put the claim somewhere else instead, ``EditClaim`` with a new span re-places it.)
    """

    claim_id: int
    modified: str

    @property
    def label(self) -> str:
        return "Accept new wording"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        claim = view.get("claims", {"id": self.claim_id})
        if claim is None:
            raise InvalidCommand(f"there is no claim {self.claim_id}")
        if claim["status"] != "changed":
            raise InvalidCommand(f"claim {self.claim_id} has no changed wording to accept")
        values = {"status": "ok", "previous_quote": None, "modified": self.modified}
        return [Update("claims", {"id": self.claim_id}, values)]


@dataclass(frozen=True, slots=True)
class DeleteClaim:
    """Remove a claim with its topics, links and memos (undo brings them all back)."""

    claim_id: int

    @property
    def label(self) -> str:
        return "Delete claim"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if view.get("claims", {"id": self.claim_id}) is None:
            raise InvalidCommand(f"there is no claim {self.claim_id}")
        return [Delete("claims", {"id": self.claim_id})]
