"""Replacing a document with a new version of itself, and re-anchoring its claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from naast.core.claims.anchoring import FUZZY_THRESHOLD, Anchor, Placement, make_selector, reanchor_all
from naast.core.claims.quote_key import same_words
from naast.core.commands import Delete, Insert, ProjectView, Row, RowOp, Update
from naast.core.documents import ImportDocument
from naast.core.errors import InvalidCommand
from naast.core.model import ParsedDocument

#: Tables whose rows belong to one document and are replaced wholesale by a new version.
_PARTS = ("units", "footnotes", "document_actors")


#: How alike (rapidfuzz ratio of the openings) two texts must be to count as versions of one
#: document when only their file names agree.
SAME_TEXT_THRESHOLD = 60.0


def likely_same_text(old: str, new: str, sample: int = 4000) -> bool:
    """Whether ``new`` reads like a version of ``old`` (not merely a file with the same name)."""
    return fuzz.ratio(old[:sample], new[:sample]) >= SAME_TEXT_THRESHOLD


def anchors_of(claims: Sequence[Row]) -> list[Anchor]:
    ordered = sorted(claims, key=lambda r: r["id"])
    return [Anchor(r["id"], r["start"], r["end"], r["quote"], r["prefix"], r["suffix"]) for r in ordered]


def placement_values(text: str, placement: Placement, current: Row | None = None) -> Row:
    """The claim columns that record a placement.

    A claim placed on words that differ from its quote becomes ``changed`` and keeps the words it
    quoted in ``previous_quote``; a claim already ``changed`` stays so (with the words its coder
    saw) until someone reviews it. Only a claim placed on its own words is ``ok``.
    """
    current = current or {}
    if placement.orphaned or placement.new_start is None or placement.new_end is None:
        return {"status": "orphaned"}
    selector = make_selector(text, placement.new_start, placement.new_end)
    values: Row = {
        "start": placement.new_start,
        "end": placement.new_end,
        "quote": selector.quote,
        "prefix": selector.prefix,
        "suffix": selector.suffix,
        "status": "ok",
    }
    earlier = current.get("previous_quote") if current.get("status") == "changed" else None
    if earlier is not None and same_words(earlier, selector.quote):
        values["previous_quote"] = None  # back on the words its coder saw: nothing to review
        return values
    if placement.changed or earlier is not None:
        values["status"] = "changed"
        values["previous_quote"] = earlier if earlier is not None else current.get("quote")
    return values


def reanchor_ops(view: ProjectView, document_id: int, text: str, threshold: float) -> list[RowOp]:
    claims = view.rows("claims", {"document_id": document_id})
    by_id = {r["id"]: r for r in claims}
    ops: list[RowOp] = []
    for placement in reanchor_all(text, anchors_of(claims), threshold):
        current = by_id[placement.claim_id]
        values = {k: v for k, v in placement_values(text, placement, current).items() if current[k] != v}
        if values:
            ops.append(Update("claims", {"id": placement.claim_id}, values))
    return ops


@dataclass(frozen=True, slots=True)
class ReimportDocument:
    """Replace a document's text, metadata, units, footnotes and actors; re-anchor every claim.

    Claims that cannot be placed in the new text are marked orphaned, never deleted; claims placed
    on other words are marked changed and keep their old quote (see ``placement_values``). The report
    of where each claim went is ``reanchor_all(new_text, anchors_of(claims))``, which this
    command computes the same way (see ``naast.store.claims.reimport_document``).
    """

    document_id: int
    document: ParsedDocument
    content_hash: str
    imported_at: str
    threshold: float = FUZZY_THRESHOLD

    @property
    def label(self) -> str:
        return f"Re-import {self.document.source_name or self.document.title or 'document'}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        current = view.get("documents", {"id": self.document_id})
        if current is None:
            raise InvalidCommand(f"there is no document {self.document_id}")
        if current["content_hash"] == self.content_hash:
            return []
        fresh = ImportDocument(self.document, self.content_hash, self.imported_at).plan(view)
        ops: list[RowOp] = []
        for table in _PARTS:
            for row in view.rows(table, {"document_id": self.document_id}):
                ops.append(Delete(table, _key(table, row)))
        new_doc_id: int | None = None
        for op in fresh:
            if isinstance(op, Insert) and op.table == "documents":
                new_doc_id = op.row["id"]
                values = {k: v for k, v in op.row.items() if k != "id" and current[k] != v}
                ops.append(Update("documents", {"id": self.document_id}, values))
            elif isinstance(op, Insert) and op.row.get("document_id") == new_doc_id:
                ops.append(Insert(op.table, op.row | {"document_id": self.document_id}))
            else:
                ops.append(op)  # a new actor
        ops.extend(reanchor_ops(view, self.document_id, self.document.text, self.threshold))
        title = self.document.title or self.document.source_name
        for claim in view.rows("claims", {"document_id": self.document_id}):
            if claim["document_title"] != title:
                ops.append(Update("claims", {"id": claim["id"]}, {"document_title": title}))
        return ops


def _key(table: str, row: Row) -> Row:
    if table == "document_actors":
        return {k: row[k] for k in ("document_id", "actor_id", "relation")}
    return {"id": row["id"]}
