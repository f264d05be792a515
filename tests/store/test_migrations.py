"""Schema migrations: an older project opens, is brought up to date and keeps its data; the
lookups an import makes use their indexes even when most documents lack the looked-up field."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database
from test_project_store import sample_document

from naast.core.documents import ImportDocument
from naast.core.errors import NaastError
from naast.store import files
from naast.store.documents import load_document
from naast.store.project import Project
from naast.store.reanchor import find_previous_version
from naast.store.schema import migrations
from naast.store.version import SCHEMA_VERSION


def _version_one_project(path: Path) -> None:
    """A project as the first release wrote it: only the first migration step."""
    conn = files.connect(path, read_only=False)
    migrations.apply(Database(conn), stop_before="m002_lookup_indexes")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _indexes(project: Project) -> set[str]:
    return {r[0] for r in project.query("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_version_one_project_is_migrated_and_keeps_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.naast"
    _version_one_project(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert {"documents_source_name", "history_undone"} <= _indexes(project)
        project.apply(ImportDocument(sample_document(), "hash-1", "2026-01-01T00:00:00+00:00"))
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        doc_id = project.query("SELECT id FROM documents")[0][0]
        assert load_document(project, doc_id).parsed.kenmerk == "2025Z00029"
        assert project.undo() is not None  # the history written after migrating undoes
        assert project.count("documents") == 0


def _plan(project: Project, sql: str) -> str:
    return " ".join(r[3] for r in project.query(f"EXPLAIN QUERY PLAN {sql}", ["x", "answers"]))


def test_version_lookups_use_their_indexes_when_most_documents_lack_the_field(tmp_path: Path) -> None:
    """Once ANALYZE has counted many NULLs as one value, a full index looked useless to the planner,
    which then read every stored text on each import."""
    with Project.create(tmp_path / "p.naast") as project:
        base = sample_document()
        for k in range(60):
            doc = replace(base, kenmerk=None, identifier=None, source_name=None, text=f"{base.text} {k}")
            project.apply(ImportDocument(doc, f"hash-{k}", "2026-01-01T00:00:00+00:00"))
        project.conn.execute("ANALYZE")
        for column in ("kenmerk", "identifier", "source_name"):
            plan = _plan(project, f"SELECT id, text FROM documents WHERE {column} = ? AND doc_type = ?")
            assert f"INDEX documents_{column}" in plan, plan
        assert "INDEX history_undone" in _plan(project, "SELECT id FROM history WHERE undone = 1 AND ? = ?")
        probe = replace(base, kenmerk=None, identifier=None, source_name="new.txt")
        assert find_previous_version(project, probe) is None


def test_schema_four_gives_old_claims_a_uuid_and_allows_the_changed_status(tmp_path: Path) -> None:
    """Claims made under schema 3 keep their rows and topics, gain distinct UUIDs, and may be ``changed``."""
    path = tmp_path / "three.naast"
    conn = files.connect(path, read_only=False)
    migrations.apply(Database(conn), stop_before="m004_claim_identity_and_changed_status")
    conn.execute(
        "INSERT INTO documents (id, doc_type, text, content_hash, imported_at) "
        "VALUES (1, 'letter', 'abc', 'h', 't')"
    )
    conn.execute("INSERT INTO topics (id, label_en, label_nl, colour) VALUES (1, 'Asylum', 'Asiel', '#fff')")
    for k in (1, 2, 3):
        conn.execute(
            'INSERT INTO claims (id, document_id, start, "end", quote, created, modified) '
            "VALUES (?, 1, 0, 2, 'ab', 't', 't')",
            [k],
        )
        conn.execute("INSERT INTO claim_topics (claim_id, topic_id) VALUES (?, 1)", [k])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE claims SET status = 'changed' WHERE id = 1")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with Project.open(path) as project:
        uids = [r[0] for r in project.query("SELECT uid FROM claims ORDER BY id")]
        assert len(set(uids)) == 3
        assert all(
            re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", u)
            for u in uids
        )
        assert project.count("claim_topics") == 3
        assert [tuple(r) for r in project.query("PRAGMA integrity_check")] == [("ok",)]
    raw = sqlite3.connect(path)
    raw.execute("UPDATE claims SET status = 'changed', previous_quote = 'xy' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE claims SET status = 'lost' WHERE id = 2")
    raw.close()


def test_the_recorded_schema_is_what_the_migrations_make() -> None:
    from naast.store import integrity, schema_reference

    assert schema_reference.VERSION == SCHEMA_VERSION, "run python -m naast.store.schema_reference"
    tables, names = integrity.schema_from_migrations(SCHEMA_VERSION)
    assert (tables, names) == (schema_reference.TABLES, schema_reference.MIGRATIONS)
    assert integrity.expected_schema(SCHEMA_VERSION) == (tables, names)
    assert integrity.expected_schema(SCHEMA_VERSION - 1) == integrity.schema_from_migrations(
        SCHEMA_VERSION - 1
    )


def test_a_file_lacking_a_recorded_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.naast"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE claims DROP COLUMN prefix")
    conn.commit()
    conn.close()
    with pytest.raises(NaastError, match="lacks the column prefix"):
        Project.open(path)
