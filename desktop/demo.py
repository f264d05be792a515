"""The demo project (``naast demo``): the sample documents shipped in ``resources/samples`` with a
few example claims, built through the importer and claim commands like any user's project. No Qt.
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from naast import paths
from naast.core.claims.commands import CreateClaim
from naast.core.errors import NaastError
from naast.store.backups import BackupPolicy
from naast.store.claims import seed_defaults
from naast.store.codebook import list_stances, topic_tree
from naast.store.documents import list_documents, load_document
from naast.store.files import ProjectLock
from naast.store.importer import Outcome, import_paths
from naast.store.project import Project, now_iso

CODER = "demo"
RETURN = "Zelfstandige terugkeer heeft de voorkeur boven gedwongen vertrek"
EU = "Terugkeer vraagt om Europese samenwerking"


@dataclass(frozen=True, slots=True)
class ExampleClaim:
    source: str  # the sample file's name starts with this
    opening: str  # the claim runs from these words to the end of their sentence
    topic: str  # CAP code
    stance: str  # stance code
    proposition: str | None = None
    sentences: int = 1


EXAMPLES: tuple[ExampleClaim, ...] = (
    ExampleClaim("2019-answers", "Gecontroleerd vertrek heeft daarom de voorkeur", "9", "supports", RETURN),
    ExampleClaim("2019-answers", "Het kabinet zet zich in om de samenwerking", "19", "supports", EU),
    ExampleClaim("2021-answers", "Het kabinet is voorstander van een brede aanpak", "19", "supports", EU, 2),
    ExampleClaim("2021-answers", "Het kabinet is positief over de ambities", "19", "supports", EU),
    ExampleClaim(
        "2021-answers", "Het kabinet is ook kritisch op enkele elementen", "19", "conditional", EU, 2
    ),
    ExampleClaim("2021-letter", "Het kabinet deelt de stelling", "9", "supports", None, 2),
    ExampleClaim("2021-letter", "is het kabinet van mening dat het alleen zin heeft", "19", "rejects", EU, 2),
    ExampleClaim("2025-answers", "Zoals u bekend kan ik niet ingaan op individuele zaken", "12", "evades"),
    ExampleClaim("2025-answers", "Het uitgangspunt is dat vreemdelingen", "9", "supports", RETURN),
    ExampleClaim("2025-answers", "Deze bevoegdheid wordt terughoudend toegepast", "9", "conditional", RETURN),
)


def sentence_span(text: str, opening: str, sentences: int = 1) -> tuple[int, int] | None:
    """From ``opening`` to the end of its sentence (or of the next ones)."""
    start = text.find(opening)
    if start < 0:
        return None
    end = start
    for _ in range(sentences):
        stop = min((i for i in (text.find(". ", end), text.find(".\n", end)) if i >= 0), default=-1)
        if stop < 0:
            return start, len(text.rstrip())
        end = stop + 1
    return start, end


def build_demo(path: Path | None = None, *, rebuild: bool = False, samples: Path | None = None) -> Path:
    """Create the demo project unless it exists (``rebuild`` replaces it); return its path.

    The default place is :func:`naast.paths.demo_project`. The project is built under a temporary
    name beside it and renamed into place only when complete, so a failed build leaves no demo behind
    (and an existing one as it was); a folder inside Python's installation is refused.
    """
    path = path or paths.demo_project()
    samples = samples or paths.samples_dir()
    if path.exists() and not rebuild:
        return path
    check_demo_inputs(path, samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A demo that exists may be open in Naast: refuse to rebuild it under the open window. The lock
    # is keyed on the file's identity, so there is nothing to lock before the first build.
    lock = ProjectLock(path) if path.exists() else None
    if lock is not None:
        lock.acquire()
    try:
        partial = path.with_name(f".{path.name}.building-{os.getpid()}")
        try:
            _build(partial, samples)
            for stale in _companions(path):
                stale.unlink(missing_ok=True)
            partial.replace(path)
        finally:
            for leftover in (partial, *_companions(partial), partial.with_name(partial.name + ".lock")):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
    finally:
        if lock is not None:
            lock.release()
    return path


def check_demo_inputs(path: Path, samples: Path) -> None:
    """One sentence when the demo cannot be built from ``samples`` at ``path``."""
    if paths.is_installed_path(path.parent):
        raise NaastError(
            f"{path.parent} is inside Python's installation folders; choose a folder of your own "
            "for the demo project (--path, or NAAST_PROJECTS)."
        )
    if not samples.is_dir() or not any(samples.iterdir()):
        raise NaastError(f"The demo's sample documents are missing from {samples}; reinstall Naast.")


def _companions(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _build(path: Path, samples: Path) -> None:
    with Project.create(path, backups=BackupPolicy(enabled=False)) as project:  # a build, not work
        seed_defaults(project, coder=CODER)
        failures = [r for r in import_paths(project, [samples], coder=CODER) if r.outcome is Outcome.FAILED]
        if failures:
            raise NaastError(f"The demo could not import {failures[0].path.name}: {failures[0].message}")
        add_examples(project)


def add_examples(project: Project) -> int:
    topics = {n.code: n.id for root in topic_tree(project) for n in root.walk() if n.code}
    stances = {s.code: s.id for s, _count in list_stances(project)}
    documents = {d.source_name or "": d.id for d in list_documents(project)}
    added = 0
    for example in EXAMPLES:
        doc_id = next((i for name, i in documents.items() if name.startswith(example.source)), None)
        if doc_id is None:
            continue
        span = sentence_span(load_document(project, doc_id).parsed.text, example.opening, example.sentences)
        if span is None:
            continue
        command = CreateClaim(
            document_id=doc_id,
            start=span[0],
            end=span[1],
            created=now_iso(),
            topics=(topics[example.topic],) if example.topic in topics else (),
            stance_id=stances.get(example.stance),
            proposition=example.proposition,
            coder=CODER,
        )
        project.apply(command, coder=CODER)
        added += 1
    return added
