"""Typed reads of cases (the documents of one set of Kamervragen) and of metadata provenance."""

from __future__ import annotations

from dataclasses import dataclass

from naast.store.project import Project


@dataclass(frozen=True, slots=True)
class CaseMember:
    document_id: int
    role: str  # questions, notice, answers, other
    identifier: str | None
    title: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    key: str  # the kenmerk / Zaak number
    zaak_id: str | None
    title: str | None
    documents: tuple[CaseMember, ...]


@dataclass(frozen=True, slots=True)
class Disagreement:
    document_id: int
    identifier: str | None
    field: str
    official: str | None
    parsed: str | None
    source: str


_ROLE_ORDER = "CASE cd.role WHEN 'questions' THEN 0 WHEN 'notice' THEN 1 WHEN 'answers' THEN 2 ELSE 3 END"


def list_cases(project: Project) -> list[Case]:
    rows = project.query("SELECT id, key, zaak_id, title FROM cases ORDER BY key")
    return [_case(project, r) for r in rows]


def case_of_document(project: Project, document_id: int) -> Case | None:
    rows = project.query(
        """SELECT c.id, c.key, c.zaak_id, c.title FROM cases c
           JOIN case_documents cd ON cd.case_id = c.id WHERE cd.document_id = ?""",
        [document_id],
    )
    return _case(project, rows[0]) if rows else None


def _case(project: Project, row: object) -> Case:
    case_id, key, zaak_id, title = tuple(row)  # type: ignore[arg-type]
    members = project.query(
        f"""SELECT d.id, cd.role, d.identifier, d.title, COALESCE(d.date_received, d.date_submitted)
            FROM case_documents cd JOIN documents d ON d.id = cd.document_id
            WHERE cd.case_id = ? ORDER BY {_ROLE_ORDER}, d.id""",
        [case_id],
    )
    return Case(case_id, key, zaak_id, title, tuple(CaseMember(*tuple(m)) for m in members))


def disagreements(project: Project, document_id: int | None = None) -> list[Disagreement]:
    """Fields where the official metadata and the text disagree: the review list."""
    where = "WHERE p.agrees = 0" + (" AND p.document_id = ?" if document_id is not None else "")
    rows = project.query(
        f"""SELECT p.document_id, d.identifier, p.field, p.official, p.parsed, p.source
            FROM document_provenance p JOIN documents d ON d.id = p.document_id {where}
            ORDER BY p.document_id, p.field""",
        [document_id] if document_id is not None else [],
    )
    return [Disagreement(*tuple(r)) for r in rows]


def documents_for_review(project: Project) -> list[int]:
    rows = project.query("SELECT DISTINCT document_id FROM document_provenance WHERE agrees = 0 ORDER BY 1")
    return [r[0] for r in rows]


def provenance(
    project: Project, document_id: int
) -> list[tuple[str, str | None, str | None, str, int | None]]:
    rows = project.query(
        "SELECT field, official, parsed, source, agrees FROM document_provenance"
        " WHERE document_id = ? ORDER BY field",
        [document_id],
    )
    return [tuple(r) for r in rows]  # type: ignore[misc]
