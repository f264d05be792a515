"""The document list (``documents_list``, schema step 11) against the documents it is derived
from: the summary query over ``documents`` and ``document_actors`` (``list_documents``) is the
independent reference, grouped and filtered in Python as the browser did before."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from older_steps import file_at_step_11

from naast.core.documents import DeleteDocument
from naast.store.document_list import DocumentList
from naast.store.documents import DocumentSummary, list_documents
from naast.store.importer import import_paths
from naast.store.project import Project
from naast.store.schema_later import LIST_ROW
from naast.store.version import SCHEMA_VERSION

REFERENCE_KEYS: dict[str, Callable[[DocumentSummary], str | None]] = {
    "type": lambda d: d.doc_type,
    "actor": lambda d: d.answered_by,
    "ministry": lambda d: d.ministry,
    "year": lambda d: d.year or "",
    "case": lambda d: d.kenmerk,
}


def _variants(corpus: Path, folder: Path, copies: int) -> list[Path]:
    """The samples, and ``copies`` altered copies of each (other content, the same structure)."""
    folder.mkdir()
    written = []
    for s, source in enumerate(sorted(corpus.glob("*.txt"))):
        text = source.read_text(encoding="utf-8")
        for k in range(copies):
            path = folder / f"{s}-{k:03d}.txt"
            path.write_text(f"{text}\n\nKopie {k} van {s}.\n", encoding="utf-8")
            written.append(path)
    return written


def _listed(doc_list: DocumentList, first_page: int = 0) -> dict[str | None, list[int]]:
    """Every group's documents, read a page of 7 at a time as the browser reads them (the
    first pages of ``first_page`` documents read with the groups)."""
    shown: dict[str | None, list[int]] = {}
    for group in doc_list.groups(first_page):
        docs: list[DocumentSummary] = []
        while page := doc_list.page(group, docs, 7):
            docs += page
        assert len(docs) == group.count
        shown[group.key] = [d.id for d in docs]
    return shown


def _reference(project: Project, grouping: str, text: str = "") -> dict[str | None, list[int]]:
    expected: dict[str | None, list[int]] = {}
    for doc in sorted(list_documents(project), key=lambda d: (d.date or "", d.id)):
        parts = (doc.title, doc.source_name, doc.kenmerk, doc.answered_by, doc.ministry, doc.askers, doc.date)
        if text and not any(p and text.casefold() in p.casefold() for p in parts):
            continue
        expected.setdefault(REFERENCE_KEYS[grouping](doc), []).append(doc.id)
    return expected


def _derived_rows_agree(project: Project) -> None:
    kept = project.query("SELECT * FROM documents_list ORDER BY id")
    fresh = project.query(LIST_ROW + " ORDER BY d.id")
    assert [tuple(r) for r in kept] == [tuple(r) for r in fresh]
    # FTS5's own check that the filter's trigram index agrees with the list (raises if not)
    project.query("INSERT INTO documents_list_fts (documents_list_fts, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def many(tmp_path: Path, corpus: Path) -> Project:
    project = Project.create(tmp_path / "many.naast")
    list(import_paths(project, _variants(corpus, tmp_path / "in", 60)))
    yield project
    project.close()


@pytest.mark.parametrize("grouping", ["type", "actor", "ministry", "year", "case"])
def test_every_grouping_lists_what_the_documents_hold(many: Project, grouping: str) -> None:
    assert _listed(DocumentList(many, grouping)) == _reference(many, grouping)


@pytest.mark.parametrize(
    "text", ["broekers", "2019", "Faber", "zzz-nothing", "50%", "vv", "Klashorst (", 'e "b']
)
def test_a_filter_lists_what_a_substring_search_finds(many: Project, text: str) -> None:
    assert _listed(DocumentList(many, "actor", text)) == _reference(many, "actor", text)
    for first_page in (3, 7, 50):  # first pages read with the groups, shorter, as long or longer
        assert _listed(DocumentList(many, "actor", text), first_page) == _reference(many, "actor", text)
    groups = DocumentList(many, "actor", text).groups(7)
    for group in groups[:20]:
        assert [d.id for d in group.first] == list(group.ids[:7])


def test_a_document_is_found_at_its_row(many: Project) -> None:
    doc_list = DocumentList(many, "year")
    for key, ids in _reference(many, "year").items():
        group = next(g for g in doc_list.groups() if g.key == key)
        for row in (0, len(ids) // 2, len(ids) - 1):
            assert doc_list.key_of(ids[row]) == (True, key)
            assert doc_list.row_of(group, ids[row]) == row


def test_import_undo_redo_and_delete_keep_the_list(tmp_path: Path, corpus: Path) -> None:
    with Project.create(tmp_path / "p.naast") as project:
        list(import_paths(project, _variants(corpus, tmp_path / "in", 2)))
        _derived_rows_agree(project)
        project.undo()
        _derived_rows_agree(project)
        project.redo()
        _derived_rows_agree(project)
        first = project.query("SELECT id FROM documents ORDER BY id LIMIT 1")[0][0]
        project.apply(DeleteDocument(first))
        _derived_rows_agree(project)
        project.conn.execute("UPDATE actors SET name = name || ' (renamed)'")  # as a merge may
        _derived_rows_agree(project)
        left = project.query("SELECT COUNT(*) FROM documents")[0][0]
        assert project.query("SELECT COUNT(*) FROM documents_list")[0][0] == left >= 5


def test_an_older_file_gets_its_list_and_one_open_read_only_a_temporary_one(
    tmp_path: Path, corpus: Path
) -> None:
    path = tmp_path / "p.naast"
    with Project.create(path) as project:
        list(import_paths(project, sorted(corpus.glob("*.txt"))))
        expected = _reference(project, "type")
    file_at_step_11(path)
    conn = sqlite3.connect(path)  # as a file of step 10: no list table, no triggers
    conn.executescript(
        """DROP TABLE documents_list; DROP TRIGGER documents_list_insert;
           DROP TRIGGER documents_list_update; DROP TRIGGER documents_list_delete;
           DROP TRIGGER documents_list_actor_insert; DROP TRIGGER documents_list_actor_update;
           DROP TRIGGER documents_list_actor_delete; DROP TRIGGER documents_list_actors_update;
           DELETE FROM _sqlite_migrations WHERE name = 'm011_documents_list'; PRAGMA user_version = 10;"""
    )
    conn.close()
    with Project.open(path, read_only=True) as project:
        assert project.schema_version == 10
        assert _listed(DocumentList(project, "type")) == expected
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        _derived_rows_agree(project)
        assert _listed(DocumentList(project, "type")) == expected
