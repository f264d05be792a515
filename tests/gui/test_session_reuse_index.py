"""The reuse index stays in step with imports, deletions and their undo (it lives in the project
file; the session holds none of it)."""

from __future__ import annotations

from pathlib import Path

from gui_fixtures import qa_document

from naast.core.documents import DeleteDocument, ImportDocument
from naast.gui.session import Session
from naast.store import reuse_index
from naast.store.project import Project, now_iso

SHARED = "Het kabinet zet onverminderd in op het bevorderen van zelfstandige terugkeer van vreemdelingen."


def test_index_follows_import_delete_and_undo(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "reuse.naast")
    session = Session(project)
    try:
        first = qa_document([SHARED + " Dat blijft zo.", "Anders."])
        a = next(iter(session.apply(ImportDocument(first, "hash-a", now_iso())).ids["documents"]))
        start = first.text.find(SHARED)
        assert session.where_else(a, start, start + len(SHARED)) == []  # one document: nowhere else

        second = qa_document(["Zoals eerder: " + SHARED, "Iets nieuws."], minister="Faber")
        b = next(iter(session.apply(ImportDocument(second, "hash-b", now_iso())).ids["documents"]))
        assert {o.doc_id for o in session.where_else(a, start, start + len(SHARED))} == {b}

        session.apply(DeleteDocument(b))
        assert session.where_else(a, start, start + len(SHARED)) == []
        session.undo()  # the deleted document is back, and so is its place in the index
        assert {o.doc_id for o in session.where_else(a, start, start + len(SHARED))} == {b}
        session.compare(a, b)
        assert session._index is None  # nothing of the index was built in memory
        assert next(reuse_index.shared_hashes(project))[1] == 2
    finally:
        session.close()


def test_a_document_is_tokenized_once_across_comparisons(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "tokens.naast")
    session = Session(project)
    try:
        first = qa_document([SHARED + " Dat blijft zo.", "Anders."])
        second = qa_document(["Zoals eerder: " + SHARED, "Iets nieuws."], minister="Faber")
        a = next(iter(session.apply(ImportDocument(first, "hash-a", now_iso())).ids["documents"]))
        b = next(iter(session.apply(ImportDocument(second, "hash-b", now_iso())).ids["documents"]))
        session.compare(a, b)
        tokens_a = session._text(a).tokens
        session.compare(b, a)  # the swapped pair: same documents, same tokens
        assert session._text(a).tokens is tokens_a
        session.apply(DeleteDocument(b))  # documents changed: nothing stale is kept
        assert session._text(a).tokens is not tokens_a
    finally:
        session.close()
