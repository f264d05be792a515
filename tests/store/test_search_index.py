"""The full-text index is filled in batches: documents wait in ``search_pending`` until an import
ends, a search runs or the project closes. Whatever happens meanwhile (undo, delete, a new
version), the index stays exactly what the documents say, and a search never misses one."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database
from test_project_store import TEXT, sample_document

from naast.core.documents import DeleteDocument, ImportDocument
from naast.store import files
from naast.store.document_pages import ranked_hits
from naast.store.documents import search
from naast.store.importer import SEARCH_BATCH, Outcome, import_paths
from naast.store.project import Project
from naast.store.reanchor import reimport_document
from naast.store.schema import migrations

NOW = "2026-01-01T00:00:00+00:00"
OTHER = "Vraag 1\nHoe staat het met de opvang?\nAntwoord 1\nDe opvang in Albanië is gesloten."


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with Project.create(tmp_path / "p.naast") as opened:
        yield opened


def _import(project: Project, text: str = TEXT, key: str = "hash-1") -> int:
    doc = replace(sample_document(text), kenmerk=None, source_name=f"{key}.txt")
    changes = project.apply(ImportDocument(doc, key, NOW))
    return next(iter(changes.ids["documents"]))


def _index_matches_documents(project: Project) -> None:
    """FTS5's own check of the index against the documents table (raises if they differ)."""
    project.conn.execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")


def _indexed(project: Project) -> int:
    return project.query("SELECT COUNT(*) FROM documents_fts_docsize")[0][0]


def test_an_imported_document_waits_and_a_search_indexes_it_first(project: Project) -> None:
    _import(project)
    assert project.pending_search() == 1 and _indexed(project) == 0
    assert [hit.snippet.count("[[Marokko]]") for hit in search(project, "marokko")] == [1]
    assert project.pending_search() == 0 and _indexed(project) == 1
    _index_matches_documents(project)


def test_undoing_an_import_before_indexing_leaves_the_index_untouched(project: Project) -> None:
    _import(project)
    project.undo()
    assert project.pending_search() == 0
    _index_matches_documents(project)
    project.redo()
    assert project.pending_search() == 1
    assert search(project, "Marokko")
    _index_matches_documents(project)


def test_deleting_an_indexed_document_removes_it_from_the_index(project: Project) -> None:
    doc_id = _import(project)
    _import(project, OTHER, "hash-2")
    assert project.index_pending() == 2
    project.apply(DeleteDocument(doc_id))
    _index_matches_documents(project)
    assert search(project, "Marokko") == []
    assert search(project, "Albanië")
    project.undo()  # the document comes back and waits to be indexed again
    assert project.pending_search() == 1
    assert search(project, "Marokko")
    _index_matches_documents(project)


def test_a_new_version_is_indexed_with_its_new_text(project: Project) -> None:
    doc_id = _import(project)
    project.index_pending()
    new_text = TEXT.replace("Marokko", "Tunesië")
    reimport_document(project, doc_id, sample_document(new_text), "hash-2", NOW)
    assert project.pending_search() == 1
    assert search(project, "Marokko") == []
    assert [hit.document_id for hit in search(project, "Tunesie")] == [doc_id]
    _index_matches_documents(project)


def test_closing_the_project_indexes_what_waits(tmp_path: Path) -> None:
    path = tmp_path / "p.naast"
    with Project.create(path) as project:
        _import(project)
    with Project.open(path, read_only=True) as project:
        assert project.pending_search() == 0 and _indexed(project) == 1


def test_a_read_only_session_finds_documents_another_session_has_not_indexed(tmp_path: Path) -> None:
    path = tmp_path / "p.naast"
    with Project.create(path) as writer:
        _import(writer)
        _import(writer, OTHER, "hash-2")
        writer.index_pending()
        _import(writer, TEXT.replace("Marokko", "Marokkaanse autoriteiten"), "hash-3")
        with Project.open(path, read_only=True) as reader:
            assert reader.pending_search() == 1
            hits = search(reader, "marokk")  # a prefix, in lower case
            assert len(hits) == 2
            assert hits[-1].rank == 0.0 and "[[Marokkaanse]]" in hits[-1].snippet
            assert [hit.snippet for hit in search(reader, "albanie")] == [
                search(writer, "albanie")[0].snippet
            ]  # accents ignored, as the index ignores them
            assert search(reader, "terugkeer Marokkaanse")
            assert search(reader, "Marokkaanse Albanië") == []
            # the window's worker ranks on a connection of its own, and finds the same documents
            pending = reader.pending_search()
            assert ranked_hits(path, "marokk", 50, unindexed=pending) == search(reader, "marokk")


def test_a_folder_import_leaves_nothing_waiting(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(SEARCH_BATCH + 3):
        (folder / f"{k:03d}.txt").write_text(f"{OTHER}\n\nKopie {k}.\n", encoding="utf-8")
    results = list(import_paths(project, [folder]))
    assert [r.outcome for r in results] == [Outcome.IMPORTED] * (SEARCH_BATCH + 3)
    assert project.pending_search() == 0 and _indexed(project) == SEARCH_BATCH + 3
    assert len(search(project, "Kopie 66", limit=100)) == 1
    _index_matches_documents(project)


def test_a_version_two_project_keeps_its_index_through_the_migration(tmp_path: Path) -> None:
    """Documents indexed one at a time by the old triggers stay indexed, and leave cleanly."""
    path = tmp_path / "old.naast"
    with Project.create(tmp_path / "seed.naast") as seed:
        _import(seed)
    conn = files.connect(path, read_only=False)
    migrations.apply(Database(conn), stop_before="m003_search_pending")
    source = sqlite3.connect(tmp_path / "seed.naast")
    columns = "id, content_hash, source_name, doc_type, title, metadata, text, imported_at"
    row = source.execute(f"SELECT {columns} FROM documents").fetchone()
    conn.execute(f"INSERT INTO documents ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with Project.open(path) as project:
        assert project.pending_search() == 0 and _indexed(project) == 1
        assert search(project, "Marokko")
        project.conn.execute("DELETE FROM documents")
        _index_matches_documents(project)
        assert search(project, "Marokko") == []


@pytest.mark.parametrize("limit", [2, 5, 20])
def test_first_hits_are_whole_words_first_then_longer_words(project: Project, limit: int) -> None:
    """The first hits for "terugkeer" are documents holding it whole, in import order, then
    those holding only a longer word ("terugkeerbeleid"): all of them documents a prefix search
    matches (found here by a regular expression, not by the index)."""
    import re

    from naast.store.document_pages import first_hits

    texts = {}
    for i in range(8):
        word = "terugkeer" if i % 3 == 0 else "terugkeerbeleid" if i % 3 == 1 else "opvang"
        text = f"Vraag 1\nWat is het {word}?\nAntwoord 1\nHet {word} van dossier {i}."
        doc = replace(sample_document(text), kenmerk=None, source_name=f"k{i}.txt", title=f"Dossier {i}")
        changes = project.apply(ImportDocument(doc, f"k{i}", NOW))
        texts[next(iter(changes.ids["documents"]))] = text
    project.index_pending()
    whole = sorted(d for d, t in texts.items() if re.search(r"\bterugkeer\b", t))
    longer = sorted(d for d, t in texts.items() if re.search(r"\bterugkeer\w+", t) and d not in whole)
    hits = first_hits(project, "terugkeer", limit)
    assert [h.document_id for h in hits] == (whole + longer)[:limit]
    assert all("[[" in h.snippet for h in hits)
