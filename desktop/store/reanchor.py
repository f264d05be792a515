"""Re-importing a changed version of a document: find the version it replaces, apply the
ReimportDocument command and report where every claim went."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.claims.anchoring import FUZZY_THRESHOLD, Placement, reanchor_all
from desktop.core.claims.reimport import ReimportDocument, anchors_of, likely_same_text
from desktop.core.model import ParsedDocument
from desktop.store.project import Project


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    document_id: int
    placements: tuple[Placement, ...]

    @property
    def moved(self) -> list[Placement]:
        return [p for p in self.placements if p.moved]

    @property
    def orphaned(self) -> list[Placement]:
        return [p for p in self.placements if p.orphaned]

    def summary(self) -> str:
        total = len(self.placements)
        if not total:
            return "new version; no claims to re-anchor"
        return (
            f"new version; {total} claims re-anchored: {total - len(self.orphaned)} placed "
            f"({len(self.moved)} moved), {len(self.orphaned)} orphaned"
        )

    def lines(self) -> list[str]:
        return [p.describe() for p in self.placements]


def find_previous_version(project: Project, document: ParsedDocument) -> int | None:
    """The document this one is a new version of: same type and the same kenmerk, else the same
    identifier, else the same source file name with a text that reads alike; None when there is
    no single such document."""
    for column, value in (
        ("kenmerk", document.kenmerk),
        ("identifier", document.identifier),
        ("source_name", document.source_name),
    ):
        if not value:
            continue
        rows = project.query(
            f"SELECT id, text FROM documents WHERE {column} = ? AND doc_type = ?",
            [value, document.doc_type.value],
        )
        if column == "source_name":
            rows = [r for r in rows if likely_same_text(r[1], document.text)]
        if len(rows) == 1:
            return int(rows[0][0])
        if rows:
            return None
    return None


def reanchor_report(
    project: Project, document_id: int, new_text: str, threshold: float = FUZZY_THRESHOLD
) -> ReanchorReport:
    """Where the document's claims would land in ``new_text`` (nothing is changed)."""
    rows = project.query(
        'SELECT id, start, "end", quote, prefix, suffix FROM claims WHERE document_id = ?', [document_id]
    )
    placements = reanchor_all(new_text, anchors_of([dict(r) for r in rows]), threshold)
    return ReanchorReport(document_id, tuple(placements))


def reimport_document(
    project: Project,
    document_id: int,
    document: ParsedDocument,
    content_hash: str,
    imported_at: str,
    *,
    coder: str = "",
) -> ReanchorReport:
    """Replace the document with its new version in one undoable step; return the report."""
    report = reanchor_report(project, document_id, document.text)
    project.apply(ReimportDocument(document_id, document, content_hash, imported_at), coder=coder)
    return report
