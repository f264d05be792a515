"""Re-importing a changed version of a document: find the version it replaces, apply the
ReimportDocument command and report where every claim went."""

from __future__ import annotations

from dataclasses import dataclass

from naast.core.claims.anchoring import FUZZY_THRESHOLD, Placement, reanchor_all
from naast.core.claims.reimport import ReimportDocument, anchors_of, likely_same_text
from naast.core.model import ParsedDocument
from naast.store.project import Project


def short_quote(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"


@dataclass(frozen=True, slots=True)
class ClaimFate:
    """Where one claim went, with what a reader needs to find it: document, unit, quote."""

    placement: Placement
    document: str
    unit: str | None  # in the new version; for an orphaned claim, where it stood before
    quote: str  # what the claim quoted before the new version
    new_quote: str | None  # what it quotes now (None: orphaned)

    @property
    def kind(self) -> str:
        if self.placement.orphaned:
            return "orphaned"
        return "changed" if self.placement.changed else "moved" if self.placement.moved else "kept"

    def line(self) -> str:
        p = self.placement
        document = self.document if len(self.document) <= 60 else self.document[:59] + "…"
        where = " · ".join(x for x in (f"claim {p.claim_id}", document, self.unit) if x)
        text = short_quote(self.quote)
        if self.kind == "changed" and self.new_quote is not None:
            text += f" now reads {short_quote(self.new_quote)}"
        how = (
            ""
            if p.orphaned
            else f" ({p.method.value}, {p.old_start}-{p.old_end} -> {p.new_start}-{p.new_end})"
        )
        return f"{self.kind:<9} {where} · {text}{how}"


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    document_id: int
    placements: tuple[Placement, ...]
    fates: tuple[ClaimFate, ...] = ()

    @property
    def moved(self) -> list[Placement]:
        return [p for p in self.placements if p.moved]

    @property
    def changed(self) -> list[Placement]:
        return [p for p in self.placements if p.changed]

    @property
    def orphaned(self) -> list[Placement]:
        return [p for p in self.placements if p.orphaned]

    def summary(self) -> str:
        total = len(self.placements)
        if not total:
            return "new version; no claims to re-anchor"
        review = len(self.changed) + len(self.orphaned)
        return (
            f"new version; {total} claims re-anchored: {total - len(self.orphaned)} placed "
            f"({len(self.moved)} moved, {len(self.changed)} with changed words), "
            f"{len(self.orphaned)} orphaned" + (f"; {review} to review" if review else "")
        )

    def lines(self) -> list[str]:
        """One line for every claim that moved, changed or was orphaned (claims left in place: none)."""
        return [f.line() for f in self.fates if f.kind != "kept"]


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
    project: Project, document_id: int, document: ParsedDocument, threshold: float = FUZZY_THRESHOLD
) -> ReanchorReport:
    """Where the document's claims would land in the new version (nothing is changed)."""
    rows = [
        dict(r)
        for r in project.query(
            'SELECT id, start, "end", quote, prefix, suffix FROM claims WHERE document_id = ?', [document_id]
        )
    ]
    placements = reanchor_all(document.text, anchors_of(rows), threshold)
    old_units = project.query('SELECT label, start, "end" FROM units WHERE document_id = ?', [document_id])
    quotes = {r["id"]: r["quote"] for r in rows}
    name = document.title or document.source_name or f"document {document_id}"
    fates = []
    for p in placements:
        if p.orphaned or p.new_start is None or p.new_end is None:
            unit = next((u[0] for u in old_units if u[1] <= p.old_start < u[2]), None)
            new_quote = None
        else:
            found = document.unit_at(p.new_start)
            unit = found.label if found else None
            new_quote = document.text[p.new_start : p.new_end]
        fates.append(ClaimFate(p, name, unit, quotes[p.claim_id], new_quote))
    return ReanchorReport(document_id, tuple(placements), tuple(fates))


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
    report = reanchor_report(project, document_id, document)
    project.apply(ReimportDocument(document_id, document, content_hash, imported_at), coder=coder)
    return report
