"""Helpers for the claims tests: a seeded project holding the four corpus sample documents."""

from __future__ import annotations

from pathlib import Path

from naast.core.claims import CreateClaim
from naast.core.documents import ImportDocument
from naast.core.model import ParsedDocument
from naast.core.parsing import content_hash, parse_text
from naast.store.claims import seed_defaults
from naast.store.codebook import lookups
from naast.store.project import Project

WHEN = "2026-01-02T10:00:00+00:00"

SAMPLES = {
    "faber": "2025-answers-faber-terugkeer-maatwerkondersteuning.txt",
    "bk2019": "2019-answers-broekers-knol-veilige-landers-harderwijk.txt",
    "bk2021": "2021-answers-broekers-knol-rekenkamer-terugkeer.txt",
    "letter": "2021-letter-broekers-knol-actieplan-veiligelanders.txt",
}


def parse_sample(corpus: Path, name: str) -> ParsedDocument:
    path = corpus / SAMPLES[name]
    return parse_text(path.read_text(encoding="utf-8"), source_name=path.name)


def add_document(project: Project, document: ParsedDocument) -> int:
    digest = content_hash(document.text.encode("utf-8"))
    changes = project.apply(ImportDocument(document, digest, WHEN))
    return next(iter(changes.ids["documents"]))


def seeded_project(path: Path, corpus: Path) -> tuple[Project, dict[str, int]]:
    project = Project.create(path)
    seed_defaults(project)
    ids = {name: add_document(project, parse_sample(corpus, name)) for name in SAMPLES}
    return project, ids


def text_of(project: Project, document_id: int) -> str:
    return project.query("SELECT text FROM documents WHERE id = ?", [document_id])[0][0]


def span(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """The span of the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(phrase, pos + 1)
    return pos, pos + len(phrase)


def tag(
    project: Project,
    document_id: int,
    phrase: str,
    *,
    topics: tuple[str, ...] = (),
    stance: str | None = None,
    proposition: str | None = None,
    claimant: str | None = None,
) -> int:
    """Tag the first occurrence of ``phrase``; topics and stance by code or label."""
    names = lookups(project)
    start, end = span(text_of(project, document_id), phrase)
    command = CreateClaim(
        document_id,
        start,
        end,
        WHEN,
        topics=tuple(names.topics[t.casefold()] for t in topics),
        stance_id=names.stances[stance.casefold()] if stance else None,
        claimant_id=names.actors[claimant.casefold()] if claimant else None,
        proposition=proposition,
        coder="anna",
    )
    changes = project.apply(command, coder="anna")
    return next(iter(changes.ids["claims"]))
