"""The number of documents kept by triggers (schema step 15) against ``COUNT(*)``: through import,
deletion, undo, redo and a new version; after the step runs on an older file; and on an older
file open read-only, which counts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from older_steps import back_to_step_14
from test_project_store import TEXT, sample_document

from naast.core.documents import DeleteDocument, ImportDocument
from naast.store import reuse_index
from naast.store.project import Project
from naast.store.reanchor import reimport_document

NOW = "2026-01-01T00:00:00+00:00"


def _import(project: Project, k: int) -> int:
    doc = replace(sample_document(TEXT + f"\nKopie {k}.\n"), kenmerk=None, source_name=f"{k}.txt")
    changes = project.apply(ImportDocument(doc, f"hash-{k}", NOW))
    return next(iter(changes.ids["documents"]))


def _kept(project: Project) -> int:
    return int(project.query("SELECT n FROM documents_count")[0][0])


def _counted(project: Project) -> int:
    return int(project.query("SELECT COUNT(*) FROM documents")[0][0])


def test_the_kept_count_follows_every_change(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.naast") as project:
        assert _kept(project) == 0
        ids = [_import(project, k) for k in range(5)]
        seen = [_kept(project)]
        project.apply(DeleteDocument(ids[1]))
        seen.append(_kept(project))
        project.undo()
        seen.append(_kept(project))
        project.redo()
        seen.append(_kept(project))
        new_version = sample_document(TEXT.replace("Marokko", "Tunesië"))
        reimport_document(project, ids[2], new_version, "hash-new", NOW)
        seen.append(_kept(project))
        project.undo()
        project.undo()
        seen.append(_kept(project))
        assert seen == [5, 4, 5, 4, 4, 5]
        assert _kept(project) == _counted(project) == reuse_index.document_count(project)


def test_the_step_counts_the_documents_of_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "p.naast"
    with Project.create(path) as project:
        for k in range(3):
            _import(project, k)
    back_to_step_14(path)
    with Project.open(path, read_only=True) as older:  # not migrated: counted
        assert older.schema_version == 14 and reuse_index.document_count(older) == 3
    with Project.open(path) as project:
        assert project.schema_version >= 15 and _kept(project) == 3
        _import(project, 9)
        assert _kept(project) == _counted(project) == 4
