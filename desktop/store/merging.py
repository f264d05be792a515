"""Reading a coder's project for ``naast merge``: opened read-only, read whole, closed."""

from __future__ import annotations

from pathlib import Path

from naast.core.errors import ProjectError
from naast.core.team.merge import MergeProject
from naast.core.team.merge_codebook import MergeReport
from naast.core.team.snapshot import Snapshot, SourceClaim, SourceDocument
from naast.store.project import Project, now_iso

#: The first schema whose claims have a stable uid, by which merging matches them.
_UID_SCHEMA = 4


def read_snapshot(path: Path) -> Snapshot:
    with Project.open(path, read_only=True) as source:
        if source.schema_version < _UID_SCHEMA:
            raise ProjectError(
                f"{path.name} is from an older Naast; open it once to update it, then merge it."
            )
        return _snapshot(source, path)


def _rows(project: Project, sql: str, params: list[object] | None = None) -> list[dict]:
    return [dict(r) for r in project.query(sql, params or [])]


def _snapshot(source: Project, path: Path) -> Snapshot:
    documents = []
    for row in _rows(source, "SELECT * FROM documents ORDER BY id"):
        parts = [
            tuple(
                {k: v for k, v in r.items() if k != "document_id"}
                for r in _rows(
                    source, f"SELECT * FROM {table} WHERE document_id = ? ORDER BY {order}", [row["id"]]
                )
            )
            for table, order in (("units", "ordinal, id"), ("footnotes", "ordinal, id"))
        ]
        links = tuple(
            {k: v for k, v in r.items() if k != "document_id"}
            for r in _rows(
                source, "SELECT * FROM document_actors WHERE document_id = ? ORDER BY ordinal", [row["id"]]
            )
        )
        documents.append(SourceDocument(row, parts[0], parts[1], links))
    topics: dict[int, list[int]] = {}
    for claim_id, topic_id in source.query("SELECT claim_id, topic_id FROM claim_topics ORDER BY topic_id"):
        topics.setdefault(claim_id, []).append(topic_id)
    propositions = {r[0]: r[1] for r in source.query("SELECT id, text FROM propositions")}
    claims = tuple(
        SourceClaim(r, tuple(topics.get(r["id"], ())), propositions.get(r["proposition_id"]))
        for r in _rows(source, "SELECT * FROM claims ORDER BY id")
    )
    return Snapshot(
        key=str(path.resolve()),
        name=path.name,
        documents=tuple(documents),
        topics=tuple(_parents_first(_rows(source, "SELECT * FROM topics ORDER BY ordinal, id"))),
        stances=tuple(_rows(source, "SELECT * FROM stances ORDER BY ordinal, id")),
        actors={r["id"]: r for r in _rows(source, "SELECT * FROM actors")},
        claims=claims,
    )


def _parents_first(topics: list[dict]) -> list[dict]:
    known = {t["id"] for t in topics}
    done: set[int] = set()
    ordered: list[dict] = []
    todo = list(topics)
    while todo:
        ready = [
            t for t in todo if t["parent_id"] is None or t["parent_id"] in done or t["parent_id"] not in known
        ]
        if not ready:  # a cycle: treat the rest as top-level
            ready = [{**t, "parent_id": None} for t in todo]
        for topic in ready:
            ordered.append(topic)
            done.add(topic["id"])
        ids = {t["id"] for t in ready}
        todo = [t for t in todo if t["id"] not in ids]
    return ordered


def merge_project(target: Project, source_path: Path, *, coder: str = "") -> MergeReport:
    """Merge the project at ``source_path`` into ``target`` in one undoable step."""
    if source_path.resolve() == target.path.resolve():
        raise ProjectError(f"{source_path.name} cannot be merged into itself.")
    command = MergeProject(read_snapshot(source_path), now_iso())
    target.apply(command, coder=coder)
    return command.report
