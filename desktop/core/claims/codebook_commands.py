"""Commands that change the codebook: topics (a tree) and the stance scale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from naast.core.claims.codebook import (
    Codebook,
    CodebookError,
    StanceSpec,
    TopicSpec,
    check_colour,
    check_shape,
)
from naast.core.claims.commands import KEEP, Keep
from naast.core.commands import Delete, Insert, ProjectView, Row, RowOp, Update
from naast.core.errors import InvalidCommand


def _colour(colour: str) -> str:
    try:
        return check_colour(colour)
    except CodebookError as exc:
        raise InvalidCommand(str(exc)) from exc


def _shape(shape: str) -> str:
    try:
        return check_shape(shape)
    except CodebookError as exc:
        raise InvalidCommand(str(exc)) from exc


def _topic(view: ProjectView, topic_id: int) -> Row:
    row = view.get("topics", {"id": topic_id})
    if row is None:
        raise InvalidCommand(f"there is no topic {topic_id}")
    return row


def _ancestors(view: ProjectView, topic_id: int | None) -> list[int]:
    """``topic_id`` and every topic above it."""
    chain: list[int] = []
    while topic_id is not None and topic_id not in chain:
        chain.append(topic_id)
        topic_id = _topic(view, topic_id)["parent_id"]
    return chain


def _next_ordinal(view: ProjectView, table: str, where: dict[str, Any]) -> int:
    return max((r["ordinal"] for r in view.rows(table, where)), default=-1) + 1


def _changed(row: Row, **fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if not isinstance(v, Keep) and row[k] != v}


@dataclass(frozen=True, slots=True)
class AddTopic:
    label_en: str
    label_nl: str
    colour: str
    parent_id: int | None = None
    code: str | None = None
    description: str = ""

    @property
    def label(self) -> str:
        return f"Add topic {self.label_en}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if not self.label_en.strip():
            raise InvalidCommand("a topic needs a name")
        if self.parent_id is not None:
            _topic(view, self.parent_id)
        row = {
            "id": view.new_id("topics"),
            "parent_id": self.parent_id,
            "code": self.code,
            "label_en": self.label_en.strip(),
            "label_nl": self.label_nl.strip() or self.label_en.strip(),
            "colour": _colour(self.colour),
            "ordinal": _next_ordinal(view, "topics", {"parent_id": self.parent_id}),
            "description": self.description.strip(),
        }
        return [Insert("topics", row)]


@dataclass(frozen=True, slots=True)
class EditTopic:
    """Rename or recolour a topic, or change its code."""

    topic_id: int
    label_en: str | Keep = KEEP
    label_nl: str | Keep = KEEP
    colour: str | Keep = KEEP
    code: str | Keep | None = KEEP
    description: str | Keep = KEEP

    @property
    def label(self) -> str:
        if self.colour is not KEEP:
            return "Recolour topic"
        return "Describe topic" if self.description is not KEEP else "Rename topic"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        row = _topic(view, self.topic_id)
        colour = self.colour if isinstance(self.colour, Keep) else _colour(self.colour)
        for value in (self.label_en, self.label_nl):
            if not isinstance(value, Keep) and not value.strip():
                raise InvalidCommand("a topic needs a name")
        description = self.description if isinstance(self.description, Keep) else self.description.strip()
        values = _changed(
            row,
            label_en=self.label_en,
            label_nl=self.label_nl,
            colour=colour,
            code=self.code,
            description=description,
        )
        return [Update("topics", {"id": self.topic_id}, values)] if values else []


@dataclass(frozen=True, slots=True)
class MoveTopic:
    """Put a topic under another parent (None: top level) at ``position`` among its new siblings."""

    topic_id: int
    parent_id: int | None
    position: int | None = None  # None: last

    @property
    def label(self) -> str:
        return "Move topic"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        row = _topic(view, self.topic_id)
        if self.topic_id in _ancestors(view, self.parent_id):
            raise InvalidCommand("a topic cannot be moved under itself or one of its subtopics")
        siblings = [r for r in view.rows("topics", {"parent_id": self.parent_id}) if r["id"] != self.topic_id]
        siblings.sort(key=lambda r: (r["ordinal"], r["id"]))
        position = len(siblings) if self.position is None else max(0, min(self.position, len(siblings)))
        siblings.insert(position, row)
        ops: list[RowOp] = []
        for ordinal, sibling in enumerate(siblings):
            values = {"ordinal": ordinal}
            if sibling["id"] == self.topic_id:
                values["parent_id"] = self.parent_id
            values = _changed(sibling, **values)
            if values:
                ops.append(Update("topics", {"id": sibling["id"]}, values))
        return ops


@dataclass(frozen=True, slots=True)
class MergeTopics:
    """Fold ``source`` into ``target``: its claims and subtopics move over, then it goes."""

    source_id: int
    target_id: int

    @property
    def label(self) -> str:
        return "Merge topics"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        _topic(view, self.source_id)
        if self.source_id in _ancestors(view, self.target_id):
            raise InvalidCommand("a topic cannot be merged into itself or one of its subtopics")
        tagged = {r["claim_id"] for r in view.rows("claim_topics", {"topic_id": self.target_id})}
        ops: list[RowOp] = []
        for link in sorted(
            view.rows("claim_topics", {"topic_id": self.source_id}), key=lambda r: r["claim_id"]
        ):
            ops.append(Delete("claim_topics", {"claim_id": link["claim_id"], "topic_id": self.source_id}))
            if link["claim_id"] not in tagged:
                ops.append(Insert("claim_topics", {"claim_id": link["claim_id"], "topic_id": self.target_id}))
        ops.extend(_adopt_children(view, self.source_id, self.target_id))
        ops.append(Delete("topics", {"id": self.source_id}))
        return ops


def _adopt_children(view: ProjectView, old_parent: int, new_parent: int | None) -> list[RowOp]:
    children = sorted(view.rows("topics", {"parent_id": old_parent}), key=lambda r: (r["ordinal"], r["id"]))
    start = _next_ordinal(view, "topics", {"parent_id": new_parent})
    return [
        Update("topics", {"id": child["id"]}, {"parent_id": new_parent, "ordinal": start + i})
        for i, child in enumerate(children)
    ]


@dataclass(frozen=True, slots=True)
class DeleteTopic:
    """Remove a topic from the codebook and from every claim; its subtopics move up one level.

    Show ``naast.store.claims.topic_deletion_fate`` to the user before applying this.
    """

    topic_id: int

    @property
    def label(self) -> str:
        return "Delete topic"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        row = _topic(view, self.topic_id)
        ops = _adopt_children(view, self.topic_id, row["parent_id"])
        ops.append(Delete("topics", {"id": self.topic_id}))
        return ops


@dataclass(frozen=True, slots=True)
class AddStance:
    code: str
    label_en: str
    label_nl: str
    colour: str
    shape: str

    @property
    def label(self) -> str:
        return f"Add stance {self.label_en}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if not self.code.strip() or not self.label_en.strip():
            raise InvalidCommand("a stance needs a code and a name")
        if view.rows("stances", {"code": self.code.strip()}):
            raise InvalidCommand(f"there is already a stance {self.code!r}")
        row = _stance_row(
            StanceSpec(self.code.strip(), self.label_en, self.label_nl, self.colour, self.shape)
        )
        row |= {"id": view.new_id("stances"), "ordinal": _next_ordinal(view, "stances", {})}
        return [Insert("stances", row)]


def _stance_row(spec: StanceSpec) -> Row:
    return {
        "code": spec.code,
        "label_en": spec.label_en.strip(),
        "label_nl": spec.label_nl.strip() or spec.label_en.strip(),
        "colour": _colour(spec.colour),
        "shape": _shape(spec.shape),
    }


@dataclass(frozen=True, slots=True)
class EditStance:
    stance_id: int
    code: str | Keep = KEEP
    label_en: str | Keep = KEEP
    label_nl: str | Keep = KEEP
    colour: str | Keep = KEEP
    shape: str | Keep = KEEP
    position: int | Keep = KEEP  # place on the scale (0 = first)

    @property
    def label(self) -> str:
        return "Edit stance"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        row = view.get("stances", {"id": self.stance_id})
        if row is None:
            raise InvalidCommand(f"there is no stance {self.stance_id}")
        colour = self.colour if isinstance(self.colour, Keep) else _colour(self.colour)
        shape = self.shape if isinstance(self.shape, Keep) else _shape(self.shape)
        if (
            not isinstance(self.code, Keep)
            and self.code != row["code"]
            and view.rows("stances", {"code": self.code})
        ):
            raise InvalidCommand(f"there is already a stance {self.code!r}")
        values = _changed(
            row, code=self.code, label_en=self.label_en, label_nl=self.label_nl, colour=colour, shape=shape
        )
        ops: list[RowOp] = [Update("stances", {"id": self.stance_id}, values)] if values else []
        if not isinstance(self.position, Keep):
            ops.extend(self._reorder(view))
        return ops

    def _reorder(self, view: ProjectView) -> list[RowOp]:
        assert not isinstance(self.position, Keep)
        scale = sorted(view.rows("stances"), key=lambda r: (r["ordinal"], r["id"]))
        moving = next(r for r in scale if r["id"] == self.stance_id)
        scale.remove(moving)
        scale.insert(max(0, min(self.position, len(scale))), moving)
        return [
            Update("stances", {"id": r["id"]}, {"ordinal": i})
            for i, r in enumerate(scale)
            if r["ordinal"] != i
        ]


@dataclass(frozen=True, slots=True)
class DeleteStance:
    """Remove a stance from the scale; claims that had it keep no stance (undo restores it)."""

    stance_id: int

    @property
    def label(self) -> str:
        return "Delete stance"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if view.get("stances", {"id": self.stance_id}) is None:
            raise InvalidCommand(f"there is no stance {self.stance_id}")
        claims = sorted(r["id"] for r in view.rows("claims", {"stance_id": self.stance_id}))
        ops: list[RowOp] = [Update("claims", {"id": c}, {"stance_id": None}) for c in claims]
        ops.append(Delete("stances", {"id": self.stance_id}))
        return ops


@dataclass(frozen=True, slots=True)
class LoadCodebook:
    """Merge a codebook into the project: new topics and stances are added, known ones updated.

    A topic is known when a topic under the same parent has the same code (or, without a code, the
    same English label); a stance when it has the same code. Nothing is removed.
    """

    codebook: Codebook
    source: str = "codebook"

    @property
    def label(self) -> str:
        return f"Load {self.source}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        ops: list[RowOp] = []
        self._topics(view, self.codebook.topics, None, ops)
        next_ordinal = _next_ordinal(view, "stances", {})
        for spec in self.codebook.stances:
            row = _stance_row(spec)
            existing = view.rows("stances", {"code": spec.code})
            if existing:
                values = _changed(existing[0], **row)
                if values:
                    ops.append(Update("stances", {"id": existing[0]["id"]}, values))
                continue
            ops.append(Insert("stances", row | {"id": view.new_id("stances"), "ordinal": next_ordinal}))
            next_ordinal += 1
        return ops

    def _topics(
        self, view: ProjectView, specs: Sequence[TopicSpec], parent_id: int | None, ops: list[RowOp]
    ) -> None:
        planned_new = parent_id is not None and view.get("topics", {"id": parent_id}) is None
        siblings = [] if planned_new else view.rows("topics", {"parent_id": parent_id})
        ordinal = max((r["ordinal"] for r in siblings), default=-1) + 1
        for spec in specs:
            match = next((r for r in siblings if _same_topic(r, spec)), None)
            fields = {
                "label_en": spec.label_en,
                "label_nl": spec.label_nl,
                "colour": _colour(spec.colour),
                "description": spec.description,
            }
            if match is not None:
                if not spec.description:  # a codebook without definitions keeps the project's
                    fields.pop("description")
                values = _changed(match, **fields)
                if values:
                    ops.append(Update("topics", {"id": match["id"]}, values))
                topic_id = match["id"]
            else:
                topic_id = view.new_id("topics")
                row = {"id": topic_id, "parent_id": parent_id, "code": spec.code, "ordinal": ordinal}
                ops.append(Insert("topics", row | fields))
                ordinal += 1
            self._topics(view, spec.children, topic_id, ops)


def _same_topic(row: Row, spec: TopicSpec) -> bool:
    if spec.code is not None and row["code"] is not None:
        return str(row["code"]) == spec.code
    return str(row["label_en"]).casefold() == spec.label_en.casefold()
