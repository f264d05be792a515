"""An import of several files is one undo step (issue 23): undo takes every document out, redo
puts every one back, and the search and reuse indexes follow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from naast.core.claims import CreateClaim
from naast.store import reuse_index
from naast.store.importer import import_paths
from naast.store.parallel_import import import_paths_parallel
from naast.store.project import Project

_INDEXES = {
    "search": "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'terugkeer' ORDER BY rowid",
}


def _indexes(project: Project) -> dict[str, list[tuple]]:
    project.index_pending()
    found = {name: [tuple(r) for r in project.query(sql)] for name, sql in _INDEXES.items()}
    return found | {
        "postings": reuse_index.all_postings(project),
        "shared": list(reuse_index.shared_hashes(project)),
    }


def _documents(project: Project) -> list[str]:
    return [r[0] for r in project.query("SELECT source_name FROM documents ORDER BY id")]


@pytest.mark.parametrize("workers", [0, 1])
def test_one_import_of_three_files_is_one_undo_step(tmp_path: Path, corpus: Path, workers: int) -> None:
    files = sorted(corpus.glob("*.txt"))[:3]
    with Project.create(tmp_path / "p.naast") as project:
        empty = _indexes(project)
        list(import_paths_parallel(project, files, workers=workers))
        assert len(_documents(project)) == 3
        full = _indexes(project)
        assert full["search"] and full["postings"] != empty["postings"]
        assert project.undo_label() == "Import of 3 documents"

        changes = project.undo()
        assert changes is not None and changes.label == "Import of 3 documents"
        assert _documents(project) == []
        assert _indexes(project) == empty
        assert project.undo_label() is None
        assert project.redo_label() == "Import of 3 documents"

        project.redo()
        assert _documents(project) == [f.name for f in files]
        assert _indexes(project) == full
        assert project.undo_label() == "Import of 3 documents" and project.redo_label() is None


def test_a_single_file_keeps_its_own_label_and_later_commands_stay_apart(
    tmp_path: Path, corpus: Path
) -> None:
    first, second, third = sorted(corpus.glob("*.txt"))[:3]
    with Project.create(tmp_path / "p.naast") as project:
        list(import_paths(project, [first]))
        assert project.undo_label() == f"Import {first.name}"
        list(import_paths(project, [second, third]))
        doc_id = project.query("SELECT id FROM documents ORDER BY id")[0][0]
        project.apply(CreateClaim(doc_id, 0, 20, "2026-01-01T00:00:00Z"), coder="a")
        assert project.undo_label() != "Import of 2 documents"  # the claim is its own step

        project.undo()  # the claim
        project.undo()  # both files of the second import
        assert _documents(project) == [first.name]
        project.undo()
        assert _documents(project) == []
        assert project.query("SELECT COUNT(*) FROM history_batches")[0][0] == 1  # kept for redo
        list(import_paths(project, [second, third]))  # a new command drops the undone steps
        assert project.query("SELECT COUNT(*) FROM history_batches")[0][0] == 1


_DIE_HALF_WAY = """
import os, sys
from pathlib import Path
from naast.store import reuse_index
from naast.store.importer import import_paths
from naast.store.project import Project
project = Project.create(Path(sys.argv[1]))
imports = import_paths(project, [Path(p) for p in sys.argv[2:]])
next(imports), next(imports)
os._exit(0)  # as a crash: no end of the batch, no clean close
"""


def test_a_batch_cut_short_keeps_its_committed_documents_as_one_step(tmp_path: Path, corpus: Path) -> None:
    """The process dies after two of four documents: reopened, those two are there, and one undo
    takes them both out."""
    path = tmp_path / "p.naast"
    files = sorted(corpus.glob("*.txt"))
    subprocess.run([sys.executable, "-c", _DIE_HALF_WAY, path, *files], check=True)
    with Project.open(path) as reopened:
        assert _documents(reopened) == [f.name for f in files[:2]]
        assert reopened.undo_label() == "Import of 2 documents"
        reopened.undo()
        assert _documents(reopened) == []
