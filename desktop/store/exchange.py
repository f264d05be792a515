"""The claims table of a project (export) and applying a table to a project (import)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from naast.core.claims.bulk import (
    ExistingClaim,
    Lookups,
    Resolved,
    SyncClaims,
    check_header,
    resolve_table,
)
from naast.core.exchange.table import TableClaim
from naast.core.exchange.table_read import SheetRead, read_table
from naast.store.claims import ClaimFilter, ClaimRecord, list_claims
from naast.store.codebook import lookups
from naast.store.project import Project, now_iso

_DOCUMENT_COLUMNS = {"identifier": "identifier", "kenmerk": "kenmerk", "source": "source_name"}


def table_claims(
    project: Project, where: ClaimFilter | None = None, language: str = "en"
) -> list[TableClaim]:
    """The project's claims (those ``where`` selects) as rows of the claims table."""
    documents = {
        r[0]: (r[1], r[2]) for r in project.query("SELECT id, identifier, source_name FROM documents")
    }
    return [
        table_claim(c, documents.get(c.document_id or -1, (None, None)), language)
        for c in list_claims(project, where)
    ]


def table_claim(record: ClaimRecord, document: tuple[str | None, str | None], language: str) -> TableClaim:
    label = "label_nl" if language == "nl" else "label_en"
    return TableClaim(
        claim_id=record.uid or "",
        document_id=record.document_id,
        identifier=document[0],
        kenmerk=record.kenmerk,
        source=document[1],
        document=record.document_title,
        unit=record.unit_label,
        start=record.start,
        end=record.end,
        quote=record.quote,
        topics=tuple(getattr(t, label) for t in record.topics),
        stance=getattr(record.stance, label) if record.stance else None,
        claimant=record.claimant,
        addressee=record.addressee,
        proposition=record.proposition,
        note=record.note,
        coder=record.coder,
        status=record.status,
        previous_quote=record.previous_quote,
        created=record.created,
        modified=record.modified,
    )


def existing_claims(project: Project) -> dict[str, ExistingClaim]:
    """Every claim of the project by its uid, as a row of a table may update it."""
    return {
        c.uid: ExistingClaim(
            c.id,
            c.document_id,
            c.start,
            c.end,
            tuple(t.id for t in c.topics),
            c.stance.id if c.stance else None,
            c.claimant_id,
            c.addressee_id,
            c.proposition,
            c.note,
            c.coder,
        )
        for c in list_claims(project)
        if c.uid
    }


def exchange_lookups(project: Project) -> Lookups:
    """The names of bulk coding, plus exact document lookups by column and the claims by uid."""
    texts: dict[int, str] = {}

    def text(document_id: int) -> str:
        if document_id not in texts:
            texts[document_id] = project.query("SELECT text FROM documents WHERE id = ?", [document_id])[0][0]
        return texts[document_id]

    def document_by(column: str, value: str) -> tuple[int, str] | None:
        if column == "document_id":
            if not value.isdigit():
                return None
            rows = project.query("SELECT id FROM documents WHERE id = ?", [int(value)])
        elif column in _DOCUMENT_COLUMNS:
            sql = f"SELECT id FROM documents WHERE {_DOCUMENT_COLUMNS[column]} = ? COLLATE NOCASE"
            rows = project.query(sql, [value.strip()])
        else:
            return None
        return (rows[0][0], text(rows[0][0])) if len(rows) == 1 else None

    names = lookups(project)
    topics = dict(names.topics) | {f"#{r[0]}": r[0] for r in project.query("SELECT id FROM topics")}
    return replace(names, topics=topics, document_by=document_by, existing=existing_claims(project))


def resolve_sheet(project: Project, read: SheetRead, *, coder: str = "", now: str | None = None) -> Resolved:
    check_header(read.header)
    resolved = resolve_table(read.rows, exchange_lookups(project), now=now or now_iso(), coder=coder)
    problems = tuple(sorted(read.problems + list(resolved.problems), key=lambda p: p.line))
    return replace(resolved, problems=problems)


def import_table(project: Project, path: Path, *, coder: str = "", now: str | None = None) -> Resolved:
    """Apply a claims table (CSV, .xlsx, JSON) as one undoable command; nothing when it is unreadable."""
    resolved = resolve_sheet(project, read_table(path), coder=coder, now=now)
    if resolved.creates or resolved.edits:
        project.apply(SyncClaims(resolved.creates, resolved.edits, path.name), coder=coder)
    return resolved
