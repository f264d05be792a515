"""Merging a source's codebook, actors and documents into the project, as row operations.

Topics are matched under their (matched) parent by code, then by English name, then by Dutch name;
the project keeps its own names and colours, and differences are reported. Stances are matched by
code, actors by key. Documents by content hash, then (same type) by identifier, then kenmerk: a
document found that way with another text is another version, and the source's claims on it are
re-anchored into the project's text; a document not found is copied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from naast.core.commands import Insert, ProjectView, Row, RowOp
from naast.core.team.snapshot import Snapshot, SourceDocument


@dataclass(slots=True)
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unchanged: int = 0
    documents: list[str] = field(default_factory=list)  # documents copied or matched as versions
    codebook: list[str] = field(default_factory=list)  # topics added, renamed, recoloured

    def clear(self) -> None:
        for name in ("added", "updated", "conflicts", "skipped", "documents", "codebook"):
            getattr(self, name).clear()
        self.unchanged = 0

    def lines(self) -> list[str]:
        out = [
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.conflicts)} conflicts, "
            f"{len(self.skipped)} skipped, {self.unchanged} unchanged"
        ]
        for title, items in (
            ("document", self.documents),
            ("codebook", self.codebook),
            ("added", self.added),
            ("updated", self.updated),
            ("conflict", self.conflicts),
            ("skipped", self.skipped),
        ):
            out.extend(f"  {title}: {item}" for item in items)
        return out


@dataclass(slots=True)
class Mapping:
    """Source ids → project ids, filled while the merge is planned."""

    topics: dict[int, int] = field(default_factory=dict)
    stances: dict[int, int] = field(default_factory=dict)
    actors: dict[int, int] = field(default_factory=dict)
    documents: dict[int, int] = field(default_factory=dict)
    versions: set[int] = field(default_factory=set)  # source documents matched as another version
    new_actors: list[RowOp] = field(default_factory=list)  # actors the project lacked


def _fold(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()


def map_topics(view: ProjectView, snapshot: Snapshot, mapping: Mapping, report: MergeReport) -> list[RowOp]:
    ops: list[RowOp] = []
    planned: dict[int | None, list[Row]] = {}
    for topic in snapshot.topics:
        parent = None if topic["parent_id"] is None else mapping.topics.get(topic["parent_id"])
        siblings = planned.setdefault(parent, list(view.rows("topics", {"parent_id": parent})))
        match = _match_topic(siblings, topic)
        if match is None:
            row = {k: topic[k] for k in ("code", "label_en", "label_nl", "colour")}
            row |= {"id": view.new_id("topics"), "parent_id": parent}
            row["ordinal"] = max((r["ordinal"] for r in siblings), default=-1) + 1
            ops.append(Insert("topics", row))
            siblings.append(row)
            report.codebook.append(f"new topic {topic['label_en']!r}")
            match = row
        else:
            if match["label_en"] != topic["label_en"] or match["label_nl"] != topic["label_nl"]:
                report.codebook.append(
                    f"topic {match['label_en']!r} is named {topic['label_en']!r} in {snapshot.name}; kept"
                )
            if str(match["colour"]).lower() != str(topic["colour"]).lower():
                report.codebook.append(
                    f"topic {match['label_en']!r} is coloured {topic['colour']} in {snapshot.name}; "
                    f"kept {match['colour']}"
                )
        mapping.topics[topic["id"]] = match["id"]
    return ops


def _match_topic(siblings: list[Row], topic: Row) -> Row | None:
    if topic["code"] is not None:
        found = next(
            (r for r in siblings if r["code"] is not None and str(r["code"]) == str(topic["code"])), None
        )
        if found is not None:
            return found
    for column in ("label_en", "label_nl"):
        found = next((r for r in siblings if _fold(r[column]) == _fold(topic[column])), None)
        if found is not None:
            return found
    return None


def map_stances(view: ProjectView, snapshot: Snapshot, mapping: Mapping, report: MergeReport) -> list[RowOp]:
    ops: list[RowOp] = []
    ordinal = max((r["ordinal"] for r in view.rows("stances")), default=-1) + 1
    for stance in snapshot.stances:
        existing = view.rows("stances", {"code": stance["code"]})
        if existing:
            mapping.stances[stance["id"]] = existing[0]["id"]
            continue
        new_id = view.new_id("stances")
        ops.append(Insert("stances", {**stance, "id": new_id, "ordinal": ordinal}))
        ordinal += 1
        mapping.stances[stance["id"]] = new_id
        report.codebook.append(f"new stance {stance['code']!r}")
    return ops


def actor_id(view: ProjectView, snapshot: Snapshot, mapping: Mapping, source_id: int | None) -> int | None:
    """The project's actor for a source actor; one the project lacks is added (``mapping.new_actors``,
    inserted before any row that refers to it, whatever becomes of the row that asked)."""
    if source_id is None:
        return None
    if source_id not in mapping.actors:
        actor = snapshot.actors[source_id]
        existing = view.rows("actors", {"key": actor["key"]})
        if existing:
            mapping.actors[source_id] = existing[0]["id"]
        else:
            new_id = view.new_id("actors")
            mapping.new_actors.append(Insert("actors", {**actor, "id": new_id}))
            mapping.actors[source_id] = new_id
    return mapping.actors[source_id]


def map_documents(
    view: ProjectView, snapshot: Snapshot, mapping: Mapping, report: MergeReport
) -> list[RowOp]:
    ops: list[RowOp] = []
    for document in snapshot.documents:
        row = document.row
        same = view.rows("documents", {"content_hash": row["content_hash"]})
        if same:
            mapping.documents[row["id"]] = same[0]["id"]
            continue
        version = _version_of(view, row)
        if version is not None:
            mapping.documents[row["id"]] = version
            mapping.versions.add(row["id"])
            report.documents.append(
                f"{_title(row)}: another version of document {version}; claims re-anchored"
            )
            continue
        ops.extend(_copy_document(view, snapshot, mapping, document))
        report.documents.append(f"{_title(row)}: copied")
    return ops


def _title(row: Row) -> str:
    return str(row["title"] or row["source_name"] or row["id"])


def _version_of(view: ProjectView, row: Row) -> int | None:
    for column in ("identifier", "kenmerk"):
        if row[column]:
            found = [
                r for r in view.rows("documents", {column: row[column]}) if r["doc_type"] == row["doc_type"]
            ]
            if len(found) == 1:
                return int(found[0]["id"])
    return None


def _copy_document(
    view: ProjectView, snapshot: Snapshot, mapping: Mapping, document: SourceDocument
) -> list[RowOp]:
    ops: list[RowOp] = []
    new_id = view.new_id("documents")
    ops.append(Insert("documents", {**document.row, "id": new_id}))
    mapping.documents[document.row["id"]] = new_id
    for table, rows in (("units", document.units), ("footnotes", document.footnotes)):
        ops.extend(Insert(table, {**r, "id": view.new_id(table), "document_id": new_id}) for r in rows)
    for link in document.actors:
        actor = actor_id(view, snapshot, mapping, link["actor_id"])
        ops.append(Insert("document_actors", {**link, "document_id": new_id, "actor_id": actor}))
    return ops
