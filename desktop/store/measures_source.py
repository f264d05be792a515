"""What the responsiveness measures read from a project: answered documents, notices, every text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from naast.core.model import ParsedDocument
from naast.store.documents import document_texts, list_documents, load_document
from naast.store.project import Project


@dataclass(frozen=True, slots=True)
class SourceDocument:
    id: int
    title: str
    parsed: ParsedDocument


def documents_of_types(project: Project, types: tuple[str, ...]) -> Iterator[SourceDocument]:
    """Each document of one of ``types``, loaded with its structure, in date order."""
    for summary in list_documents(project):
        if summary.doc_type in types:
            yield SourceDocument(summary.id, summary.display_title, load_document(project, summary.id).parsed)


def all_texts(project: Project) -> list[tuple[int, str]]:
    return document_texts(project)
