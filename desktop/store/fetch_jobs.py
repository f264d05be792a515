"""Fetch jobs in the project: the query, the settings, the listed publications and what is done.

Bookkeeping of a fetch, not a change of the user's (like the search index's waiting list): it
has no history entry. The documents themselves arrive through the import command.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from naast.core.errors import NotFound
from naast.store.project import Project, now_iso

RESUMABLE = ("discovering", "running", "interrupted", "cancelled")


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    query: dict[str, Any]
    settings: dict[str, Any]
    state: str
    total: int | None
    message: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class Item:
    ordinal: int
    identifier: str
    record: dict[str, Any]
    state: str
    message: str


def create_job(project: Project, query: dict[str, Any], settings: dict[str, Any]) -> int:
    now = now_iso()
    with project._write():
        cur = project.conn.execute(
            "INSERT INTO fetch_jobs (query, settings, state, created, updated)"
            " VALUES (?, ?, 'discovering', ?, ?)",
            [json.dumps(query, ensure_ascii=False), json.dumps(settings), now, now],
        )
    return int(cur.lastrowid or 0)


def load_job(project: Project, job_id: int) -> Job:
    row = project.conn.execute("SELECT * FROM fetch_jobs WHERE id = ?", [job_id]).fetchone()
    if row is None:
        raise NotFound(f"There is no fetch job {job_id} in this project.")
    return _job(row)


def latest_resumable(project: Project) -> Job | None:
    marks = ", ".join("?" * len(RESUMABLE))
    row = project.conn.execute(
        f"SELECT * FROM fetch_jobs WHERE state IN ({marks}) ORDER BY id DESC LIMIT 1", RESUMABLE
    ).fetchone()
    return _job(row) if row is not None else None


def list_jobs(project: Project) -> list[Job]:
    return [_job(r) for r in project.conn.execute("SELECT * FROM fetch_jobs ORDER BY id")]


def set_state(project: Project, job_id: int, state: str, message: str = "", total: int | None = None) -> None:
    with project._write():
        project.conn.execute(
            "UPDATE fetch_jobs SET state = ?, message = ?, total = COALESCE(?, total), updated = ?"
            " WHERE id = ?",
            [state, message, total, now_iso(), job_id],
        )


def add_items(project: Project, job_id: int, records: Iterable[tuple[str, dict[str, Any]]]) -> int:
    """List publications for the job (each once, in the order found); returns how many were new."""
    with project._write():
        start = project.conn.execute(
            "SELECT COALESCE(MAX(ordinal), -1) + 1 FROM fetch_items WHERE job_id = ?", [job_id]
        ).fetchone()[0]
        added = 0
        for identifier, record in records:
            cur = project.conn.execute(
                "INSERT OR IGNORE INTO fetch_items (job_id, ordinal, identifier, record) VALUES (?, ?, ?, ?)",
                [job_id, start + added, identifier, json.dumps(record, ensure_ascii=False)],
            )
            added += cur.rowcount
    return added


def items(project: Project, job_id: int, state: str | None = None) -> list[Item]:
    sql = (
        "SELECT * FROM fetch_items WHERE job_id = ?"
        + (" AND state = ?" if state else "")
        + " ORDER BY ordinal"
    )
    rows = project.conn.execute(sql, [job_id, state] if state else [job_id]).fetchall()
    return [
        Item(r["ordinal"], r["identifier"], json.loads(r["record"]), r["state"], r["message"]) for r in rows
    ]


def item_counts(project: Project, job_id: int) -> dict[str, int]:
    rows = project.conn.execute(
        "SELECT state, COUNT(*) FROM fetch_items WHERE job_id = ? GROUP BY state", [job_id]
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def mark_item(project: Project, job_id: int, identifier: str, state: str, message: str = "") -> None:
    with project._write():
        project.conn.execute(
            "UPDATE fetch_items SET state = ?, message = ? WHERE job_id = ? AND identifier = ?",
            [state, message, job_id, identifier],
        )


def present(project: Project, identifier: str, content_hash: str | None = None) -> int | None:
    """The document already in the project with this identifier or these bytes, if any."""
    row = project.conn.execute(
        "SELECT id FROM documents WHERE identifier = ? OR content_hash = ? ORDER BY id LIMIT 1",
        [identifier, content_hash or ""],
    ).fetchone()
    return int(row[0]) if row is not None else None


def _job(row: Any) -> Job:
    return Job(
        row["id"],
        json.loads(row["query"]),
        json.loads(row["settings"]),
        row["state"],
        row["total"],
        row["message"],
        row["created"],
        row["updated"],
    )


class ProjectLedger:
    """A job's ``Ledger`` (``naast.core.fetch.job``) kept in the project file."""

    def __init__(self, project: Project, job_id: int, *, coder: str = "") -> None:
        self.project = project
        self.job_id = job_id
        self.coder = coder

    def add_items(self, records: Iterable[tuple[str, dict[str, Any]]]) -> int:
        return add_items(self.project, self.job_id, records)

    def pending(self) -> list[tuple[str, dict[str, Any]]]:
        return [(i.identifier, i.record) for i in items(self.project, self.job_id, "pending")]

    def counts(self) -> dict[str, int]:
        return item_counts(self.project, self.job_id)

    def mark(self, identifier: str, state: str, message: str = "") -> None:
        mark_item(self.project, self.job_id, identifier, state, message)

    def set_state(self, state: str, message: str = "", total: int | None = None) -> None:
        set_state(self.project, self.job_id, state, message, total)

    def discovered(self) -> bool:
        return load_job(self.project, self.job_id).total is not None

    def present(self, identifier: str, content_hash: str | None = None) -> int | None:
        return present(self.project, identifier, content_hash)

    def import_fetched(self, command: Any) -> int | None:
        changes = self.project.apply(command, coder=self.coder)
        self.project.index_pending()
        return next(iter(changes.ids.get("documents", ())), None)
