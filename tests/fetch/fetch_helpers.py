"""Shared steps of the fetch tests: a project, a fetch through the real CLI, a project snapshot."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from loopback import RECORDED, Loopback

from naast.cli import main
from naast.store.project import Project

ANSWERS_QUERY = ["--text", "terugkeer", "--from", "2024-01-01", "--to", "2024-12-31", "--kind", "answers"]
ANSWERS = [
    "ah-tk-20232024-2901",
    "ah-tk-20232024-2902",
    "ah-tk-20232024-2903",
    "ah-tk-20242025-310",
    "ah-tk-20242025-411",
    "ah-tk-20242025-512",
]


def new_project(folder: Path, name: str = "p.naast") -> Path:
    path = folder / name
    Project.create(path).close()
    return path


def fetch(loop: Loopback, project: Path, *args: str, cache: Path | None = None, **options: Any) -> int:
    cache = cache or project.with_name(project.stem + ".cache")
    return main(["fetch", str(project), *args, "--cache", str(cache), *loop.cli_args(**options)])


def snapshot(project: Path) -> dict[str, Any]:
    """Everything a fetch writes that a user sees, keyed by identifiers rather than row ids."""
    with Project.open(project, read_only=True) as p:
        ident = {r[0]: r[1] for r in p.query("SELECT id, identifier FROM documents")}
        documents = sorted(
            tuple(r)
            for r in p.query(
                """SELECT identifier, content_hash, doc_type, title, kenmerk, vergaderjaar, aanhangsel_number,
                          date_submitted, date_received, metadata, text, source_format FROM documents"""
            )
        )
        units = sorted(
            (ident[r[0]], r[1], r[2], r[3], r[4])
            for r in p.query('SELECT document_id, ordinal, kind, start, "end" FROM units')
        )
        actors = sorted(
            (ident[r[0]], r[1], r[2], r[3])
            for r in p.query(
                """SELECT da.document_id, da.relation, a.name, COALESCE(a.party, '')
                   FROM document_actors da JOIN actors a ON a.id = da.actor_id"""
            )
        )
        provenance = sorted(
            (ident[r[0]], *tuple(r)[1:])
            for r in p.query(
                "SELECT document_id, field, official, parsed, source, agrees FROM document_provenance"
            )
        )
        cases = sorted(
            (r[0], r[1], r[2], ident[r[3]], r[4])
            for r in p.query(
                """SELECT c.key, c.zaak_id, c.title, cd.document_id, cd.role
                   FROM cases c JOIN case_documents cd ON cd.case_id = c.id"""
            )
        )
        history = sorted(r[0] for r in p.query("SELECT label FROM history WHERE undone = 0"))
        search = p.query("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'terugkeer'")[0][0]
    return {
        "documents": documents,
        "units": units,
        "actors": actors,
        "provenance": provenance,
        "cases": cases,
        "history": history,
        "search": search,
    }


def consistent(project: Path) -> None:
    """No half-imported document: every unit, footnote, actor link, provenance row and case link
    belongs to a document, and SQLite's own checks pass."""
    with Project.open(project, read_only=True) as p:
        assert p.query("PRAGMA integrity_check")[0][0] == "ok"
        assert p.query("PRAGMA foreign_key_check") == []
        for table in ("units", "footnotes", "document_actors", "document_provenance", "case_documents"):
            orphans = p.query(
                f"SELECT COUNT(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)"
            )
            assert orphans[0][0] == 0, table
        without_units = p.query(
            "SELECT COUNT(*) FROM documents WHERE id NOT IN (SELECT document_id FROM units)"
        )
        assert without_units[0][0] == 0


def official_metadata(identifier: str) -> dict[str, list[str]]:
    """The recorded metadata.xml of a publication, read with the standard library alone: the
    independent reference for what the fetch must have stored."""
    found = list((RECORDED / "repository").rglob(f"{identifier}/1/metadata/metadata.xml"))
    assert len(found) == 1, identifier
    values: dict[str, list[str]] = {}
    for elem in ET.parse(found[0]).getroot().iter("metadata"):
        values.setdefault(elem.get("name", ""), []).append(elem.get("content", ""))
    return values


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "Traceback" not in err
    return lines[0]
