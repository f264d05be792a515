"""Reads for team work: claims as agreement sees them, the documents they lie in, the coders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from naast.core.errors import NotFound
from naast.core.team.agreement import Continuum
from naast.core.team.matching import CodedClaim
from naast.core.team.settle import CONSENSUS
from naast.store.project import Project

__all__ = ["CONSENSUS", "Selection", "coded_claims", "coders_of", "continua", "measured_documents"]

_CLAIMS = """
SELECT c.id, c.uid, c.coder, c.document_id, c.start, c."end", s.code, a.name
FROM claims c LEFT JOIN stances s ON s.id = c.stance_id LEFT JOIN actors a ON a.id = c.claimant_id
WHERE c.document_id IS NOT NULL AND c.status != 'orphaned'
ORDER BY c.document_id, c.start, c.id
"""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which claims agreement looks at; empty means all."""

    coders: tuple[str, ...] = ()
    documents: tuple[int, ...] = ()
    topics: tuple[int, ...] = ()  # with their subtopics


def coders_of(project: Project) -> list[str]:
    """Every coder with a placed claim, the consensus coder last if present."""
    rows = project.query("SELECT DISTINCT coder FROM claims WHERE status != 'orphaned' ORDER BY coder")
    names = [r[0] for r in rows]
    return [n for n in names if n != CONSENSUS] + ([CONSENSUS] if CONSENSUS in names else [])


def coded_claims(project: Project, selection: Selection = Selection()) -> list[CodedClaim]:
    labels = {r[0]: r[1] for r in project.query("SELECT id, label_en FROM topics")}
    topics: dict[int, set[int]] = {}
    for claim_id, topic_id in project.query("SELECT claim_id, topic_id FROM claim_topics"):
        topics.setdefault(claim_id, set()).add(topic_id)
    wanted = _with_subtopics(project, selection.topics)
    found: list[CodedClaim] = []
    for r in project.query(_CLAIMS):
        mine = topics.get(r[0], set())
        if selection.documents and r[3] not in selection.documents:
            continue
        if wanted and not mine & wanted:
            continue
        if selection.coders and r[2] not in selection.coders:
            continue
        found.append(
            CodedClaim(
                r[0], r[1] or "", r[2], r[3], r[4], r[5], frozenset(labels[t] for t in mine), r[6], r[7]
            )
        )
    return found


def _with_subtopics(project: Project, topics: Sequence[int]) -> set[int]:
    if not topics:
        return set()
    children: dict[int | None, list[int]] = {}
    for topic_id, parent_id in project.query("SELECT id, parent_id FROM topics"):
        children.setdefault(parent_id, []).append(topic_id)
    found, todo = set(), list(topics)
    while todo:
        topic = todo.pop()
        if topic not in found:
            found.add(topic)
            todo.extend(children.get(topic, []))
    return found


def continua(project: Project, document_ids: Sequence[int]) -> list[Continuum]:
    """Each document's unit spans (its whole text if it has no units), in the order given."""
    out: list[Continuum] = []
    for document_id in document_ids:
        rows = project.query(
            "SELECT title, source_name, length(text) FROM documents WHERE id = ?", [document_id]
        )
        if not rows:
            raise NotFound(f"There is no document {document_id} in this project.")
        title, source, length = rows[0]
        spans = [
            (r[0], r[1])
            for r in project.query(
                'SELECT start, "end" FROM units WHERE document_id = ? AND "end" > start ORDER BY start',
                [document_id],
            )
        ]
        out.append(
            Continuum(document_id, title or source or str(document_id), tuple(_union(spans) or [(0, length)]))
        )
    return out


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def measured_documents(project: Project, claims: Sequence[CodedClaim], selection: Selection) -> list[int]:
    """The documents named, else every document someone coded: an untouched document is not
    evidence of agreement."""
    if selection.documents:
        return list(selection.documents)
    return sorted({c.document_id for c in claims})
