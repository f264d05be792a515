"""Typed reads of the codebook: the topic tree with claim counts, the stance scale, a deleted
topic's consequences, the project's codebook as data, and the name lookups of bulk coding."""

from __future__ import annotations

from dataclasses import dataclass

from naast.core.claims.bulk import Lookups, key
from naast.core.claims.codebook import Codebook, StanceSpec, TopicSpec
from naast.core.errors import NotFound
from naast.store.claims import StanceRef
from naast.store.documents import find_document
from naast.store.project import Project


@dataclass(frozen=True, slots=True)
class TopicNode:
    id: int
    parent_id: int | None
    code: str | None
    label_en: str
    label_nl: str
    colour: str
    ordinal: int
    claim_count: int  # claims tagged with this topic itself
    total_count: int  # distinct claims tagged with it or any subtopic
    children: tuple[TopicNode, ...] = ()
    description: str = ""  # the topic's definition

    def walk(self) -> list[TopicNode]:
        return [self, *(n for c in self.children for n in c.walk())]


def topic_tree(project: Project) -> list[TopicNode]:
    """The top-level topics, each with its subtopics, in codebook order."""
    rows = project.query(
        "SELECT t.id, t.parent_id, t.code, t.label_en, t.label_nl, t.colour, t.ordinal, "
        "(SELECT COUNT(*) FROM claim_topics ct WHERE ct.topic_id = t.id), t.description FROM topics t "
        "ORDER BY t.ordinal, t.id"
    )
    claims_by_topic: dict[int, set[int]] = {}
    for topic_id, claim_id in project.query("SELECT topic_id, claim_id FROM claim_topics"):
        claims_by_topic.setdefault(topic_id, set()).add(claim_id)
    children: dict[int | None, list[tuple]] = {}
    for r in rows:
        children.setdefault(r[1], []).append(tuple(r))

    def build(row: tuple, seen: frozenset[int]) -> tuple[TopicNode, set[int]]:
        below = [build(c, seen | {row[0]}) for c in children.get(row[0], []) if c[0] not in seen]
        claims = set(claims_by_topic.get(row[0], set()))
        for _, sub in below:
            claims |= sub
        node = TopicNode(
            *row[:8], total_count=len(claims), children=tuple(n for n, _ in below), description=row[8]
        )
        return node, claims

    return [build(r, frozenset())[0] for r in children.get(None, [])]


def list_stances(project: Project) -> list[tuple[StanceRef, int]]:
    """The stance scale in order, each with its number of claims."""
    rows = project.query(
        "SELECT s.id, s.code, s.label_en, s.label_nl, s.colour, s.shape, "
        "(SELECT COUNT(*) FROM claims c WHERE c.stance_id = s.id) FROM stances s ORDER BY s.ordinal, s.id"
    )
    return [(StanceRef(*r[:6]), r[6]) for r in rows]


@dataclass(frozen=True, slots=True)
class TopicFate:
    """What deleting a topic would do, to show before doing it."""

    topic_id: int
    label: str
    claims_losing_topic: int  # claims tagged with it
    claims_left_without_topic: int  # of those, claims that have no other topic
    subtopics_moving_up: int

    def describe(self) -> str:
        text = f"{self.claims_losing_topic} claims lose the topic {self.label!r}"
        if self.claims_left_without_topic:
            text += f"; {self.claims_left_without_topic} of them are left without any topic"
        if self.subtopics_moving_up:
            text += f"; {self.subtopics_moving_up} subtopics move up one level"
        return text + "."


def topic_deletion_fate(project: Project, topic_id: int) -> TopicFate:
    rows = project.query("SELECT label_en FROM topics WHERE id = ?", [topic_id])
    if not rows:
        raise NotFound(f"There is no topic {topic_id} in this project.")
    losing, alone = project.query(
        "SELECT COUNT(*), COALESCE(SUM(NOT EXISTS (SELECT 1 FROM claim_topics o "
        "WHERE o.claim_id = ct.claim_id AND o.topic_id <> ct.topic_id)), 0) "
        "FROM claim_topics ct WHERE ct.topic_id = ?",
        [topic_id],
    )[0]
    children = project.query("SELECT COUNT(*) FROM topics WHERE parent_id = ?", [topic_id])[0][0]
    return TopicFate(topic_id, rows[0][0], losing, alone, children)


def codebook_of(project: Project) -> Codebook:
    """The project's codebook as data (for ``naast codebook export``)."""
    rows = project.query(
        "SELECT id, parent_id, code, label_en, label_nl, colour, description FROM topics ORDER BY ordinal, id"
    )
    children: dict[int | None, list] = {}
    for r in rows:
        children.setdefault(r[1], []).append(r)

    def spec(r: object, seen: frozenset[int]) -> TopicSpec:
        below = tuple(spec(c, seen | {r[0]}) for c in children.get(r[0], []) if c[0] not in seen)  # type: ignore[index]
        return TopicSpec(r[3], r[4], r[5], r[2], below, r[6])  # type: ignore[index]

    stances = tuple(
        StanceSpec(s.code, s.label_en, s.label_nl, s.colour, s.shape) for s, _ in list_stances(project)
    )
    return Codebook(tuple(spec(r, frozenset()) for r in children.get(None, [])), stances)


def lookups(project: Project) -> Lookups:
    """Names for bulk coding: documents by title/kenmerk/..., topics and stances by code or label
    in either language, actors by name or key."""
    topics: dict[str, int] = {}
    for topic_id, code, label_en, label_nl in project.query(
        "SELECT id, code, label_en, label_nl FROM topics ORDER BY id DESC"
    ):
        for name in (label_nl, label_en, code):
            if name:
                topics[key(str(name))] = topic_id
    stances: dict[str, int] = {}
    for s, _ in reversed(list_stances(project)):
        for name in (s.label_nl, s.label_en, s.code):
            stances[key(name)] = s.id
    actors: dict[str, int] = {}
    for actor_id, actor_key, name in project.query("SELECT id, key, name FROM actors ORDER BY id DESC"):
        actors[key(name)] = actor_id
        actors[key(actor_key)] = actor_id

    def document(name: str) -> tuple[int, str]:
        document_id = find_document(project, name)
        text = project.query("SELECT text FROM documents WHERE id = ?", [document_id])[0][0]
        return document_id, text

    return Lookups(document, topics, stances, actors)
