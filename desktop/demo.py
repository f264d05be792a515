"""The demo project (``naast demo``): the sample documents shipped in ``resources/samples`` with a
few example claims, built through the importer and claim commands like any user's project. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.claims.commands import CreateClaim
from desktop.core.errors import NaastError
from desktop.store.claims import seed_defaults
from desktop.store.codebook import list_stances, topic_tree
from desktop.store.documents import list_documents, load_document
from desktop.store.importer import Outcome, import_paths
from desktop.store.project import Project, now_iso

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
DEMO_PATH = ROOT / "projects" / "demo.naast"
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


def build_demo(path: Path = DEMO_PATH, *, rebuild: bool = False, samples: Path = SAMPLES) -> Path:
    """Create the demo project unless it exists (``rebuild`` replaces it)."""
    if path.exists() and not rebuild:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    if rebuild:
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
    with Project.create(path) as project:
        seed_defaults(project, coder=CODER)
        failures = [r for r in import_paths(project, [samples], coder=CODER) if r.outcome is Outcome.FAILED]
        if failures:
            raise NaastError(f"The demo could not import {failures[0].path.name}: {failures[0].message}")
        add_examples(project)
    return path


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
