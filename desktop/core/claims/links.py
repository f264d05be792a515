"""Commands for links between claims: answers, agrees, contradicts, repeats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from naast.core.claims.commands import KEEP, EditClaim, Keep, check_exists
from naast.core.commands import Delete, Insert, ProjectView, RowOp, Update
from naast.core.errors import InvalidCommand

LINK_KINDS = ("answers", "agrees", "contradicts", "repeats")


def check_kind(kind: str) -> None:
    if kind not in LINK_KINDS:
        raise InvalidCommand(f"{kind!r} is not a kind of link (one of {', '.join(LINK_KINDS)})")


def _check_unique(view: ProjectView, source_id: int, target_id: int, kind: str) -> None:
    if view.rows("claim_links", {"source_id": source_id, "target_id": target_id, "kind": kind}):
        raise InvalidCommand(f"claim {source_id} already {kind} claim {target_id}")


@dataclass(frozen=True, slots=True)
class CreateLink:
    """``source`` answers / agrees with / contradicts / repeats ``target``."""

    source_id: int
    target_id: int
    kind: str
    note: str = ""

    @property
    def label(self) -> str:
        return "Link claims"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        check_kind(self.kind)
        if self.source_id == self.target_id:
            raise InvalidCommand("a claim cannot be linked to itself")
        check_exists(view, "claims", self.source_id, "claim")
        check_exists(view, "claims", self.target_id, "claim")
        _check_unique(view, self.source_id, self.target_id, self.kind)
        row = {
            "id": view.new_id("claim_links"),
            "source_id": self.source_id,
            "target_id": self.target_id,
            "kind": self.kind,
            "note": self.note,
        }
        return [Insert("claim_links", row)]


@dataclass(frozen=True, slots=True)
class EditLink:
    link_id: int
    kind: str | Keep = KEEP
    note: str | Keep = KEEP

    @property
    def label(self) -> str:
        return "Edit link"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        link = view.get("claim_links", {"id": self.link_id})
        if link is None:
            raise InvalidCommand(f"there is no link {self.link_id}")
        values: dict[str, str] = {}
        if not isinstance(self.kind, Keep) and self.kind != link["kind"]:
            check_kind(self.kind)
            _check_unique(view, link["source_id"], link["target_id"], self.kind)
            values["kind"] = self.kind
        if not isinstance(self.note, Keep) and self.note != link["note"]:
            values["note"] = self.note
        return [Update("claim_links", {"id": self.link_id}, values)] if values else []


@dataclass(frozen=True, slots=True)
class DeleteLink:
    link_id: int

    @property
    def label(self) -> str:
        return "Delete link"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        check_exists(view, "claim_links", self.link_id, "link")
        return [Delete("claim_links", {"id": self.link_id})]


@dataclass(frozen=True, slots=True)
class EditClaimDetails:
    """What the claim details dialog's OK does, as one undoable step: the claim's fields (an
    ``EditClaim``, or None when none changed), then the links removed, then the links added
    (``(source, target, kind)`` each)."""

    edit: EditClaim | None = None
    remove_links: tuple[int, ...] = ()
    add_links: tuple[tuple[int, int, str], ...] = ()

    @property
    def label(self) -> str:
        return self.edit.label if self.edit is not None else "Edit links"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if len(set(self.add_links)) != len(self.add_links):
            raise InvalidCommand("the same link is added twice")
        ops: list[RowOp] = list(self.edit.plan(view)) if self.edit is not None else []
        for link_id in self.remove_links:
            ops.extend(DeleteLink(link_id).plan(view))
        removed = {
            (r["source_id"], r["target_id"], r["kind"])
            for r in (view.get("claim_links", {"id": i}) for i in self.remove_links)
            if r is not None
        }
        for source, target, kind in self.add_links:
            if (source, target, kind) in removed:
                raise InvalidCommand(f"claim {source} {kind} claim {target} is both removed and added")
            ops.extend(CreateLink(source, target, kind).plan(view))
        return ops
