"""Reading a project for the claimant check (``naast.core.claims.claimant_check``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from naast.core.claims.claimant_check import ClaimantFinding, DocumentFacts, find_contradictions
from naast.store.project import Project

Query = Callable[[str, Sequence[Any]], Sequence[sqlite3.Row]]


def check_claimants(project: Project) -> list[ClaimantFinding]:
    """Claims whose claimant contradicts the speaker of their unit; nothing is changed."""
    return claimant_findings(lambda sql, params=(): project.query(sql, list(params)))


def claimant_findings(query: Query) -> list[ClaimantFinding]:
    """As :func:`check_claimants`, reading through ``query`` (a project's, or a read-only
    connection's for ``naast check``)."""
    claims = [
        dict(r)
        for r in query(
            'SELECT id, uid, document_id, start, "end", quote, claimant_id, status FROM claims '
            "WHERE claimant_id IS NOT NULL AND document_id IS NOT NULL",
            (),
        )
    ]
    wanted = sorted({c["document_id"] for c in claims})
    documents: dict[int, DocumentFacts] = {}
    for doc_id in wanted:
        (row,) = query("SELECT title, source_name, doc_type FROM documents WHERE id = ?", [doc_id])
        units = query('SELECT kind, label, start, "end" FROM units WHERE document_id = ?', [doc_id])
        links = query(
            "SELECT actor_id, relation, ordinal FROM document_actors WHERE document_id = ?", [doc_id]
        )
        documents[doc_id] = DocumentFacts(
            row[0] or row[1], row[2], [dict(u) for u in units], [dict(a) for a in links]
        )
    names = {r[0]: r[1] for r in query("SELECT id, name FROM actors", ())}
    return find_contradictions(claims, documents, names)
