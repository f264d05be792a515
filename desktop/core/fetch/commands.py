"""The command that imports a fetched document: the document, its provenance and its case link
in one transaction, so that undo takes all of it back like any import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from naast.core.commands import Insert, ProjectView, RowOp, Update
from naast.core.documents import ImportDocument
from naast.core.fetch.documents import FetchedDocument


@dataclass(frozen=True, slots=True)
class ImportFetched:
    fetched: FetchedDocument
    imported_at: str

    @property
    def label(self) -> str:
        return f"Fetch {self.fetched.identifier}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        fetched = self.fetched
        ops = list(ImportDocument(fetched.document, fetched.content_hash, self.imported_at).plan(view))
        document_id = ops[0].row["id"]  # type: ignore[union-attr]  # ImportDocument inserts it first
        for record in fetched.provenance:
            agrees = None if record.agrees is None else int(record.agrees)
            row = {
                "document_id": document_id,
                "field": record.field,
                "official": record.official,
                "parsed": record.parsed,
                "source": record.source,
                "agrees": agrees,
            }
            ops.append(Insert("document_provenance", row))
        if fetched.case_key:
            ops.extend(_case_ops(view, fetched, document_id))
        return ops


def _case_ops(view: ProjectView, fetched: FetchedDocument, document_id: int) -> list[RowOp]:
    ops: list[RowOp] = []
    case = fetched.case
    zaak_id = case.zaak_id if case is not None and case.zaak_id else None
    title = case.title if case is not None and case.title else None
    existing = view.rows("cases", {"key": fetched.case_key})
    if existing:
        case_id = existing[0]["id"]
        missing = {k: v for k, v in (("zaak_id", zaak_id), ("title", title)) if v and not existing[0][k]}
        if missing:
            ops.append(Update("cases", {"id": case_id}, missing))
    else:
        case_id = view.new_id("cases")
        ops.append(
            Insert("cases", {"id": case_id, "key": fetched.case_key, "zaak_id": zaak_id, "title": title})
        )
    ops.append(
        Insert("case_documents", {"case_id": case_id, "document_id": document_id, "role": fetched.case_role})
    )
    return ops
