"""Typed reads of claims: by document, topic, stance, actor, proposition and date range; the
comparison matrix (actor × topic or proposition → stance → claims) and the timeline.

Codebook reads (topic tree, stances, seeding the defaults) are in ``naast.store.codebook``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from naast.core.claims.aggregate import Fact, Matrix, build_matrix, roll_up
from naast.core.claims.codebook import default_codebook
from naast.core.claims.codebook_commands import LoadCodebook
from naast.core.commands import Changes
from naast.core.errors import NotFound
from naast.store.project import Project


@dataclass(frozen=True, slots=True)
class TopicRef:
    id: int
    code: str | None
    label_en: str
    label_nl: str
    colour: str


@dataclass(frozen=True, slots=True)
class StanceRef:
    id: int
    code: str
    label_en: str
    label_nl: str
    colour: str
    shape: str


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    id: int
    document_id: int | None
    document_title: str | None
    kenmerk: str | None
    aanhangsel_number: str | None
    date: str | None  # the document's date (received, else submitted)
    unit_label: str | None  # label of the unit holding the claim's start ("Antwoord 3")
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    topics: tuple[TopicRef, ...]
    stance: StanceRef | None
    claimant_id: int | None
    claimant: str | None
    addressee_id: int | None
    addressee: str | None
    proposition_id: int | None
    proposition: str | None
    note: str
    coder: str
    status: str  # ok | changed | orphaned
    created: str
    modified: str
    uid: str | None = None  # stable across copies of the project
    previous_quote: str | None = None  # what a ``changed`` claim quoted before its document changed

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"

    def to_json(self, language: str = "en") -> dict[str, Any]:
        """The documented row of ``naast claims export`` (JSON object, CSV row)."""
        label = "label_nl" if language == "nl" else "label_en"
        return {
            "id": self.id,
            "document": self.document_title,
            "kenmerk": self.kenmerk,
            "unit": self.unit_label,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "topics": [getattr(t, label) for t in self.topics],
            "stance": getattr(self.stance, label) if self.stance else None,
            "stance_code": self.stance.code if self.stance else None,
            "claimant": self.claimant,
            "addressee": self.addressee,
            "proposition": self.proposition,
            "note": self.note,
            "coder": self.coder,
            "status": self.status,
            "previous_quote": self.previous_quote,
            "created": self.created,
            "modified": self.modified,
        }


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Every field narrows the selection; None means "any"."""

    document_id: int | None = None
    topic_id: int | None = None  # includes the topic's subtopics
    stance_id: int | None = None
    actor_id: int | None = None  # the claimant
    addressee_id: int | None = None
    proposition_id: int | None = None
    date_from: str | None = None  # ISO, inclusive, the document's date
    date_to: str | None = None
    status: str | None = None
    claim_ids: tuple[int, ...] | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        simple = {
            "c.document_id": self.document_id,
            "c.stance_id": self.stance_id,
            "c.claimant_id": self.actor_id,
            "c.addressee_id": self.addressee_id,
            "c.proposition_id": self.proposition_id,
            "c.status": self.status,
        }
        for column, value in simple.items():
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.topic_id is not None:
            clauses.append(
                "c.id IN (SELECT claim_id FROM claim_topics WHERE topic_id IN ("
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM topics t "
                "JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub))"
            )
            params.append(self.topic_id)
        if self.date_from is not None:
            clauses.append("COALESCE(d.date_received, d.date_submitted) >= ?")
            params.append(self.date_from)
        if self.date_to is not None:
            clauses.append("COALESCE(d.date_received, d.date_submitted) <= ?")
            params.append(self.date_to)
        if self.claim_ids is not None:
            clauses.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(self.claim_ids)))
        return (" AND ".join(clauses) or "1"), params


_CLAIMS_SQL = """
SELECT c.id, c.document_id, c.document_title, d.kenmerk, d.aanhangsel_number,
       COALESCE(d.date_received, d.date_submitted),
       (SELECT u.label FROM units u WHERE u.document_id = c.document_id AND u.start <= c.start
         ORDER BY u.start DESC LIMIT 1),
       c.start, c."end", c.quote, c.prefix, c.suffix,
       c.stance_id, s.code, s.label_en, s.label_nl, s.colour, s.shape,
       c.claimant_id, ca.name, c.addressee_id, ad.name, c.proposition_id, p.text,
       c.note, c.coder, c.status, c.created, c.modified, c.uid, c.previous_quote
FROM claims c
LEFT JOIN documents d ON d.id = c.document_id
LEFT JOIN stances s ON s.id = c.stance_id
LEFT JOIN actors ca ON ca.id = c.claimant_id
LEFT JOIN actors ad ON ad.id = c.addressee_id
LEFT JOIN propositions p ON p.id = c.proposition_id
"""

_TOPICS_SQL = """
SELECT ct.claim_id, ct.topic_id FROM claim_topics ct
WHERE ct.claim_id IN (SELECT c.id FROM claims c LEFT JOIN documents d ON d.id = c.document_id
                      WHERE {clause})
"""


def list_claims(project: Project, where: ClaimFilter | None = None) -> list[ClaimRecord]:
    """Claims matching ``where``, in document and text order."""
    clause, params = (where or ClaimFilter()).where()
    rows = project.query(f"{_CLAIMS_SQL} WHERE {clause} ORDER BY c.document_id, c.start, c.id", params)
    if not rows:
        return []
    topics = _topics_of(project, clause, params)
    return [_record(r, topics.get(r[0], ())) for r in rows]


def claims_of_document(project: Project, document_id: int) -> list[ClaimRecord]:
    return list_claims(project, ClaimFilter(document_id=document_id))


def get_claim(project: Project, claim_id: int) -> ClaimRecord:
    found = list_claims(project, ClaimFilter(claim_ids=(claim_id,)))
    if not found:
        raise NotFound(f"There is no claim {claim_id} in this project.")
    return found[0]


def _topics_of(project: Project, clause: str, params: Sequence[Any]) -> dict[int, tuple[TopicRef, ...]]:
    """Each claim's topics in codebook order."""
    order: dict[int, int] = {}
    refs: dict[int, TopicRef] = {}
    for position, r in enumerate(
        project.query("SELECT id, code, label_en, label_nl, colour FROM topics ORDER BY ordinal, id")
    ):
        order[r[0]] = position
        refs[r[0]] = TopicRef(*r)
    found: dict[int, list[int]] = {}
    for claim_id, topic_id in project.query(_TOPICS_SQL.format(clause=clause), params):
        found.setdefault(claim_id, []).append(topic_id)
    return {k: tuple(refs[t] for t in sorted(v, key=order.__getitem__)) for k, v in found.items()}


def _record(r: Sequence[Any], topics: tuple[TopicRef, ...]) -> ClaimRecord:
    stance = None if r[12] is None else StanceRef(*r[12:18])
    return ClaimRecord(
        *r[0:6],
        r[6] if r[1] is not None and r[26] != "orphaned" else None,  # the unit, while the claim is placed
        *r[7:12],
        topics,
        stance,
        *r[18:31],
    )


# -- links -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LinkRecord:
    id: int
    source_id: int
    target_id: int
    kind: str
    note: str


def links_of(project: Project, claim_id: int | None = None) -> list[LinkRecord]:
    """Links from or to ``claim_id`` (all links when None)."""
    sql = "SELECT id, source_id, target_id, kind, note FROM claim_links"
    params: list[Any] = []
    if claim_id is not None:
        sql += " WHERE source_id = ? OR target_id = ?"
        params = [claim_id, claim_id]
    return [LinkRecord(*r) for r in project.query(sql + " ORDER BY id", params)]


# -- actors and propositions -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: int
    name: str
    party: str | None
    role: str | None
    ministry: str | None
    claim_count: int = 0

    @property
    def display(self) -> str:
        office = ", ".join(x for x in (self.role, self.ministry) if x)
        party = f" ({self.party})" if self.party else ""
        return f"{self.name}{party}" + (f" — {office}" if office else "")


def list_actors(project: Project) -> list[ActorRecord]:
    rows = project.query(
        "SELECT a.id, a.name, a.party, a.role, a.ministry, "
        "(SELECT COUNT(*) FROM claims c WHERE c.claimant_id = a.id) FROM actors a ORDER BY a.name, a.id"
    )
    return [ActorRecord(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class PropositionRecord:
    id: int
    text: str
    claim_count: int


def list_propositions(project: Project) -> list[PropositionRecord]:
    rows = project.query(
        "SELECT p.id, p.text, (SELECT COUNT(*) FROM claims c WHERE c.proposition_id = p.id) "
        "FROM propositions p ORDER BY p.text"
    )
    return [PropositionRecord(*r) for r in rows]


# -- across ministers --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """The matrix with the labels needed to show it."""

    matrix: Matrix
    by: str  # topic | proposition
    actors: dict[int, ActorRecord] = field(default_factory=dict)
    columns: dict[int, str] = field(default_factory=dict)  # topic or proposition id -> label
    stances: dict[int, StanceRef] = field(default_factory=dict)


def claim_facts(
    project: Project, by: Literal["topic", "proposition"], where: ClaimFilter | None = None
) -> list[Fact]:
    """One fact per claim and column (per topic for ``by="topic"``)."""
    clause, params = (where or ClaimFilter()).where()
    column = "ct.topic_id" if by == "topic" else "c.proposition_id"
    join = "LEFT JOIN claim_topics ct ON ct.claim_id = c.id" if by == "topic" else ""
    rows = project.query(
        f"SELECT c.id, c.claimant_id, {column}, c.stance_id, COALESCE(d.date_received, d.date_submitted) "
        f"FROM claims c LEFT JOIN documents d ON d.id = c.document_id {join} WHERE {clause} "
        "ORDER BY c.id",
        params,
    )
    return [Fact(*r) for r in rows]


def comparison_matrix(
    project: Project,
    by: Literal["topic", "proposition"] = "topic",
    where: ClaimFilter | None = None,
    *,
    top_level: bool = False,
) -> Comparison:
    """Actor × topic (or proposition) → stance → claim ids; ``top_level`` rolls subtopics up."""
    facts = claim_facts(project, by, where)
    if by == "topic" and top_level:
        parents = {r[0]: r[1] for r in project.query("SELECT id, parent_id FROM topics")}
        facts = roll_up(facts, parents)
    stances = _stance_refs(project)
    matrix = build_matrix(facts, tuple(stances))
    actors = {a.id: a for a in list_actors(project) if a.id in set(matrix.actors)}
    table = "topics" if by == "topic" else "propositions"
    label = "label_en" if by == "topic" else "text"
    columns = {r[0]: r[1] for r in project.query(f"SELECT id, {label} FROM {table}")}
    return Comparison(matrix, by, actors, {k: v for k, v in columns.items() if k in matrix.columns}, stances)


def _stance_refs(project: Project) -> dict[int, StanceRef]:
    rows = project.query(
        "SELECT id, code, label_en, label_nl, colour, shape FROM stances ORDER BY ordinal, id"
    )
    return {r[0]: StanceRef(*r) for r in rows}


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    date: str | None
    actor_id: int | None
    actor: str | None
    stance: StanceRef | None
    claim_id: int
    quote: str


def timeline(project: Project, where: ClaimFilter | None = None) -> list[TimelinePoint]:
    """One point per claim, by date then actor: the dots under the across-ministers grid."""
    points = [
        TimelinePoint(c.date, c.claimant_id, c.claimant, c.stance, c.id, c.quote)
        for c in list_claims(project, where)
    ]
    return sorted(points, key=lambda p: (p.date or "9999", p.actor or "", p.claim_id))


# -- seeding ---------------------------------------------------------------------------------


def seed_defaults(project: Project, *, coder: str = "") -> Changes | None:
    """Give a project without a codebook the shipped one (CAP major topics, default stances).

    Called by ``naast new`` and the GUI's New Project; does nothing if the project has topics or
    stances already. The seed is the project's starting point, not a step to undo, so its history
    entry is dropped (a project that already has history keeps the entry).
    """
    if project.count("topics") or project.count("stances"):
        return None
    fresh = project.count("history") == 0
    changes = project.apply(LoadCodebook(default_codebook(), "default codebook"), coder=coder)
    if fresh:
        project.conn.execute("DELETE FROM history")
    return changes
