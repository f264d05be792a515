"""Importing files into a project: parse, skip duplicates, apply one command per document.

Parsing (slow, pure) and applying (fast, one transaction) are separate steps so that the GUI can
parse on a worker thread and apply on the thread that owns the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from naast.core.documents import ImportDocument
from naast.core.errors import ImportFailed, NaastError
from naast.core.model import ParsedDocument
from naast.core.parsing.recognised import structure_warning
from naast.store.documents import has_content_hash
from naast.store.project import Project, now_iso
from naast.store.reanchor import find_previous_version, reimport_document

#: Documents imported between two runs of the full-text indexer (``Project.index_pending``).
SEARCH_BATCH = 64
#: The undo step of an import of several files (``{n}``: how many commands it made).
IMPORT_BATCH = "Import of {n} documents"
IMPORTABLE_SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".xml", ".odt", ".html", ".htm"})


class NothingToImport(NaastError):
    """The paths given name no file Naast could import."""


class Outcome(StrEnum):
    IMPORTED = "imported"
    REIMPORTED = "reimported"  # a new version of a document in the project; claims re-anchored
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ParsedFile:
    path: Path
    document: ParsedDocument
    content_hash: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    outcome: Outcome
    document_id: int | None = None
    message: str = ""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the importable files inside named folders (recursively, sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES
            )
        else:
            found.append(path)  # named directly: read, or refused with its reason
    return found


def parse_path(path: Path) -> ParsedFile:
    """Read and parse one file; raises ImportFailed with a plain reason."""
    from naast.core.parsing import content_hash, parse_file, read_file

    data = read_file(path)  # read once: parsed, and hashed to find duplicates
    return ParsedFile(path, parse_file(path, data=data), content_hash(data))


def apply_parsed(project: Project, parsed: ParsedFile, *, coder: str = "") -> ImportResult:
    """Add one parsed document in one transaction, unless the project has it already."""
    existing = has_content_hash(project, parsed.content_hash)
    if existing is not None:
        return ImportResult(parsed.path, Outcome.DUPLICATE, existing, "already in the project")
    previous = find_previous_version(project, parsed.document)
    if previous is not None:
        report = reimport_document(
            project, previous, parsed.document, parsed.content_hash, now_iso(), coder=coder
        )
        message = "\n".join([report.summary(), *report.lines(), *filter(None, [warning_of(parsed.document)])])
        return ImportResult(parsed.path, Outcome.REIMPORTED, previous, message)
    command = ImportDocument(parsed.document, parsed.content_hash, now_iso())
    changes = project.apply(command, coder=coder)
    document_id = next(iter(changes.ids.get("documents", ())), None)
    return ImportResult(parsed.path, Outcome.IMPORTED, document_id, warning_of(parsed.document))


def warning_of(document: ParsedDocument) -> str:
    """What the import report should say of a document it imported: what the reader had to
    repair (bytes that were not valid UTF-8), and that no structure was recognised."""
    found = [document.extra.get("decoding", ""), structure_warning(document)]
    return "; ".join(x for x in found if x)


def import_paths(
    project: Project,
    paths: Iterable[Path],
    *,
    coder: str = "",
    progress: Callable[[int, int, Path], None] | None = None,
) -> Iterator[ImportResult]:
    """Import files and folders one document at a time, each in its own transaction and all one
    undo step; a failing file never stops the others."""
    files = expand_paths(paths)
    with project.synced_at_end(), project.batch(IMPORT_BATCH):
        yield from _import_files(project, files, coder=coder, progress=progress)


def _import_files(
    project: Project,
    files: list[Path],
    *,
    coder: str,
    progress: Callable[[int, int, Path], None] | None,
) -> Iterator[ImportResult]:
    for index, path in enumerate(files):
        if progress is not None:
            progress(index, len(files), path)
        try:
            yield apply_parsed(project, parse_path(path), coder=coder)
        except ImportFailed as exc:
            yield ImportResult(path, Outcome.FAILED, None, exc.reason)
        except NaastError as exc:
            yield ImportResult(path, Outcome.FAILED, None, str(exc))
        if (index + 1) % SEARCH_BATCH == 0:
            project.index_pending()
    project.index_pending()  # a caller that stops early leaves the rest to a search or to closing
    if progress is not None and files:
        progress(len(files), len(files), files[-1])
