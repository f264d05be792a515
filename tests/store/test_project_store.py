"""The project store: migrations, integrity, full-text search, undo/redo that survives reopening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from naast.core.commands import Delete, Insert, RowOps, Update
from naast.core.documents import DeleteDocument, ImportDocument
from naast.core.errors import InvalidCommand, ProjectError
from naast.core.model import DocType, ParsedDocument, Person, Responder, Unit, UnitKind
from naast.store.documents import find_document, list_documents, load_document, search
from naast.store.project import Project
from naast.store.schema import migrations
from naast.store.version import APPLICATION_ID, SCHEMA_VERSION

TEXT = "Vraag 1\nKlopt het dat de terugkeer stokt?\nAntwoord 1\nNee, de terugkeer naar Marokko loopt."


def sample_document(text: str = TEXT) -> ParsedDocument:
    split = text.index("Antwoord 1")
    return ParsedDocument(
        text=text,
        doc_type=DocType.ANSWERS,
        units=(
            Unit(UnitKind.QUESTION, 0, split, "Vraag 1", (1,)),
            Unit(UnitKind.ANSWER, split, len(text), "Antwoord 1", (1,), answers=(1,)),
        ),
        title="Vragen over terugkeer",
        askers=(Person("Van Nispen", "SP"),),
        answered_by=Responder("Faber-van de Klashorst", "Minister", "Asiel en Migratie"),
        kenmerk="2025Z00029",
        source_name="faber.txt",
    )


def table_dump(project: Project) -> dict[str, list[tuple]]:
    """Every table but the history and what is derived: the full-text indexes, the reuse index and its
    queues (the reuse index has tests of its own)."""
    tables = [
        r[0]
        for r in project.query("SELECT name FROM sqlite_master WHERE type='table'")
        if not r[0].startswith("reuse_")
    ]
    skip = {"history", "search_pending", "_sqlite_migrations", "sqlite_stat1", "sqlite_stat4"}
    return {
        t: [tuple(r) for r in project.query(f'SELECT * FROM "{t}" ORDER BY 1, 2')]
        for t in tables
        if t not in skip and not t.startswith(("documents_fts", "documents_list_fts"))
    }


def test_new_project_is_migrated_and_marked(project: Project, project_path: Path) -> None:
    assert project.schema_version == SCHEMA_VERSION
    header = project_path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert project.query("PRAGMA journal_mode")[0][0] == "wal"
    assert project.query("PRAGMA foreign_keys")[0][0] == 1
    assert set(project.counts()) >= {"documents", "units", "claims", "actors", "topics", "history"}


def test_foreign_keys_are_enforced(project: Project) -> None:
    bad_unit = {"id": 1, "document_id": 999, "ordinal": 0, "kind": "answer", "label": "x"}
    bad_unit |= {"start": 0, "end": 1}
    with pytest.raises(InvalidCommand, match="FOREIGN KEY"):
        project.apply(RowOps("bad", (Insert("units", bad_unit),)))
    assert project.count("units") == 0
    assert project.count("history") == 0
    batch = (Insert("units", bad_unit), Insert("units", bad_unit | {"id": 2}))  # one executemany
    with pytest.raises(InvalidCommand, match="FOREIGN KEY"):
        project.apply(RowOps("bad batch", batch))
    assert project.count("units") == 0
    assert project.count("history") == 0


def test_import_document_round_trips_through_the_store(project: Project) -> None:
    project.apply(ImportDocument(sample_document(), "hash-1", "2025-01-01T00:00:00+00:00"))
    [summary] = list_documents(project)
    assert summary.kenmerk == "2025Z00029"
    assert summary.answered_by == "Faber-van de Klashorst"
    assert summary.askers == "Van Nispen (SP)"
    stored = load_document(project, summary.id)
    assert stored.parsed.text == TEXT
    assert stored.parsed.units == sample_document().units
    assert stored.parsed.answered_by == sample_document().answered_by
    assert find_document(project, "2025Z00029") == summary.id
    assert find_document(project, "faber.txt") == summary.id


def test_full_text_search_finds_a_word(project: Project) -> None:
    project.apply(ImportDocument(sample_document(), "hash-1", "2025-01-01T00:00:00+00:00"))
    hits = search(project, "Marokko")
    assert len(hits) == 1
    assert "[[Marokko]]" in hits[0].snippet
    assert search(project, "Albanië") == []


def test_undo_and_redo_restore_exact_rows(project: Project) -> None:
    empty = table_dump(project)
    project.apply(ImportDocument(sample_document(), "hash-1", "2025-01-01T00:00:00+00:00"))
    imported = table_dump(project)
    doc_id = list_documents(project)[0].id
    project.apply(DeleteDocument(doc_id))
    assert project.count("documents") == 0
    assert project.count("units") == 0

    assert project.undo_label() == "Delete document"
    project.undo()
    assert table_dump(project) == imported
    assert search(project, "Marokko")  # the FTS index follows the restored rows
    project.undo()
    assert table_dump(project) == empty
    assert project.undo() is None
    project.redo()
    assert table_dump(project) == imported
    assert project.redo_label() == "Delete document"


def test_update_and_delete_inverse_exactly(project: Project) -> None:
    project.apply(ImportDocument(sample_document(), "hash-1", "2025-01-01T00:00:00+00:00"))
    before = table_dump(project)
    project.apply(RowOps("Retitle", (Update("documents", {"id": 1}, {"title": "Nieuw"}),)))
    project.apply(RowOps("Drop unit", (Delete("units", {"id": 1}),)))
    project.undo()
    project.undo()
    assert table_dump(project) == before


def test_history_survives_reopening(project_path: Path) -> None:
    with Project.create(project_path) as project:
        project.apply(ImportDocument(sample_document(), "hash-1", "2025-01-01T00:00:00+00:00"))
        imported = table_dump(project)
    with Project.open(project_path) as project:
        assert project.undo_label() == "Import faber.txt"
        project.undo()
        assert project.count("documents") == 0
    with Project.open(project_path) as project:
        assert project.redo_label() == "Import faber.txt"
        project.redo()
        assert table_dump(project) == imported


def test_a_new_command_clears_the_redo_history(project: Project) -> None:
    project.apply(ImportDocument(sample_document(), "hash-1", "t"))
    project.undo()
    project.apply(ImportDocument(sample_document(TEXT + " Extra."), "hash-2", "t"))
    assert project.redo_label() is None
    assert [e.label for e in project.history()] == ["Import faber.txt"]


def test_duplicate_import_is_refused_in_the_plan(project: Project) -> None:
    project.apply(ImportDocument(sample_document(), "hash-1", "t"))
    with pytest.raises(InvalidCommand, match="already in the project"):
        project.apply(ImportDocument(sample_document(), "hash-1", "t"))
    assert project.count("documents") == 1


def test_failed_command_changes_nothing(project: Project) -> None:
    before = table_dump(project)
    ops = (
        Insert("settings", {"key": "a", "value": "1"}),
        Update("documents", {"id": 42}, {"title": "nope"}),
    )
    with pytest.raises(InvalidCommand):
        project.apply(RowOps("Half", ops))
    assert table_dump(project) == before


def test_read_only_project_refuses_changes(project_path: Path) -> None:
    Project.create(project_path).close()
    with (
        Project.open(project_path, read_only=True) as project,
        pytest.raises(ProjectError, match="read-only"),
    ):
        project.apply(RowOps("x", (Insert("settings", {"key": "a", "value": "1"}),)))


def test_sqlite_connection_is_plain(project_path: Path) -> None:
    Project.create(project_path).close()
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_schema_version_counts_the_migration_steps() -> None:
    assert len(migrations.pending(Database(memory=True))) == SCHEMA_VERSION
