"""A project to and from a REFI-QDA ``.qdpx``: gather what the writer needs, apply what the reader found.

Import order: the codebook (one ``LoadCodebook``), each text source as a document (one
``ImportDocument`` each, parsed like any text; a source whose text is already in the project is
reused), then every coding as one ``SyncClaims`` — so a claim whose uid is in the project is
updated, never duplicated. Offsets are moved from the source's text to the parsed text exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from naast.core.claims.bulk import SheetRow, SyncClaims, key, resolve_table
from naast.core.claims.codebook import TopicSpec
from naast.core.claims.codebook_commands import LoadCodebook
from naast.core.claims.qdc import CodeTarget
from naast.core.documents import ImportDocument
from naast.core.errors import NaastError
from naast.core.exchange.offsets import OffsetMap
from naast.core.exchange.qdpx_model import (
    ExportActor,
    ExportClaim,
    ExportDocument,
    ExportProject,
    Selection,
    merge_same_spans,
)
from naast.core.exchange.qdpx_read import QdpxError, read_qdpx
from naast.core.exchange.qdpx_write import DESCRIPTION_FIELDS, qdpx_bytes
from naast.core.parsing import content_hash, parse_text
from naast.core.safe_write import write_bytes_atomically
from naast.core.titles import display_title
from naast.store.claims import list_claims
from naast.store.codebook import codebook_of
from naast.store.documents import load_document
from naast.store.exchange import exchange_lookups
from naast.store.project import Project, now_iso

#: A topic tree by parent: (id, code, English label) of each child.
Children = dict[int | None, list[tuple[int, str | None, str]]]

# -- export --------------------------------------------------------------------------------------


def topic_paths(project: Project) -> dict[int, str]:
    """Each topic's code path (``topic/9/930``), as ``naast.core.claims.qdc.add_codes`` names them."""
    rows = {
        r[0]: (r[1], r[2] or r[3]) for r in project.query("SELECT id, parent_id, code, label_en FROM topics")
    }
    paths: dict[int, str] = {}

    def path(topic_id: int, seen: frozenset[int] = frozenset()) -> str:
        if topic_id not in paths:
            parent, name = rows[topic_id]
            above = path(parent, seen | {topic_id}) if parent is not None and parent not in seen else "topic"
            paths[topic_id] = f"{above}/{name}"
        return paths[topic_id]

    for topic_id in rows:
        path(topic_id)
    return paths


def export_project(project: Project) -> ExportProject:
    documents = [
        _document(project, r[0], r[1])
        for r in project.query("SELECT id, content_hash FROM documents ORDER BY id")
    ]
    keys = {r[0]: r[1] for r in project.query("SELECT id, content_hash FROM documents")}
    paths = topic_paths(project)
    claims = [
        ExportClaim(
            uid=c.uid or "",
            document_key=keys[c.document_id],
            start=c.start,
            end=c.end,
            quote=c.quote,
            code_paths=tuple(paths[t.id] for t in c.topics)
            + ((f"stance/{c.stance.code}",) if c.stance else ()),
            claimant=c.claimant,
            addressee=c.addressee,
            proposition=c.proposition,
            note=c.note,
            coder=c.coder,
            created=c.created,
            modified=c.modified,
        )
        for c in list_claims(project)
        if c.document_id is not None and c.status != "orphaned" and c.uid
    ]
    actors: dict[int, tuple[str, str, list[str]]] = {}
    for actor_id, actor_key, name, party, doc_id in project.query(
        "SELECT a.id, a.key, a.name, a.party, da.document_id FROM actors a "
        "JOIN document_actors da ON da.actor_id = a.id ORDER BY a.id, da.document_id"
    ):
        entry = actors.setdefault(actor_id, (actor_key, f"{name} ({party})" if party else name, []))
        if keys[doc_id] not in entry[2]:
            entry[2].append(keys[doc_id])
    return ExportProject(
        project.path.stem,
        codebook_of(project),
        tuple(documents),
        tuple(ExportActor(k, n, tuple(d)) for k, n, d in actors.values()),
        tuple(claims),
    )


def _document(project: Project, document_id: int, digest: str) -> ExportDocument:
    doc = load_document(project, document_id).parsed
    responder = doc.answered_by
    variables = {
        "Type": doc.doc_type.value,
        "Kenmerk": doc.kenmerk or "",
        "Identifier": doc.identifier or "",
        "Aanhangsel number": doc.aanhangsel_number or "",
        "Date submitted": doc.date_submitted or "",
        "Date received": doc.date_received or "",
        "Askers": "; ".join(p.name for p in doc.askers),
        "Parties": "; ".join(dict.fromkeys(p.party for p in doc.askers if p.party)),
        "Answered by": responder.name if responder else "",
        "Role": (responder.role or "") if responder else "",
        "Ministry": (responder.ministry or "") if responder else "",
    }
    name = doc.source_name or display_title(doc)
    return ExportDocument(digest, name, doc.text, {k: v for k, v in variables.items() if v})


def write_qdpx(project: Project, path: Path) -> ExportProject:
    """Write the project as a ``.qdpx`` (atomically); returns what was written."""
    exported = export_project(project)
    write_bytes_atomically(path, qdpx_bytes(exported))
    return exported


# -- import --------------------------------------------------------------------------------------


@dataclass(slots=True)
class QdpxImport:
    documents_added: int = 0
    documents_reused: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents_added} documents added, {self.documents_reused} already in the project; "
            f"claims: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.refused)} refused; {len(self.skipped)} sources skipped"
        )


def import_qdpx(project: Project, path: Path, *, coder: str = "") -> QdpxImport:
    """Import a ``.qdpx``; raises ``QdpxError`` (nothing changed) when the file cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QdpxError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    read = read_qdpx(data, path.name)
    report = QdpxImport(skipped=list(read.skipped))
    if read.codebook.topics or read.codebook.stances:
        project.apply(LoadCodebook(read.codebook, path.name), coder=coder)
    codes = _code_names(project, read.targets)
    rows: list[SheetRow] = []
    labels: dict[int, str] = {}
    actors = exchange_lookups(project).actors
    for source in read.sources:
        try:
            document_id, text, offsets = _add_source(project, source.name, source.text, report, coder)
        except NaastError as exc:
            report.skipped.append(f"{source.name}: {exc}")
            continue
        selections = source.selections if read.from_naast else merge_same_spans(source.selections)
        for selection in selections:
            values = _row(selection, document_id, text, offsets, codes, actors, source.name)
            rows.append(SheetRow(len(rows) + 1, values))
            labels[len(rows)] = f"{source.name}, coding {selection.start}-{selection.end}"
    resolved = resolve_table(rows, exchange_lookups(project), now=now_iso(), coder=coder)
    if resolved.creates or resolved.edits:
        project.apply(SyncClaims(resolved.creates, resolved.edits, path.name), coder=coder)
    report.added, report.updated, report.unchanged = (
        len(resolved.creates),
        len(resolved.edits),
        resolved.unchanged,
    )
    report.refused = [f"{labels[p.line]}: {p.reason}" for p in resolved.problems]
    return report


def _add_source(
    project: Project, name: str, text: str, report: QdpxImport, coder: str
) -> tuple[int, str, OffsetMap]:
    parsed = parse_text(text, source_name=name if "." in name else f"{name}.txt")
    digest = content_hash(text.encode("utf-8"))
    found = project.query(
        "SELECT id FROM documents WHERE content_hash = ? OR text = ? ORDER BY id", [digest, parsed.text]
    )
    if found:
        report.documents_reused += 1
        document_id = found[0][0]
        stored = project.query("SELECT text FROM documents WHERE id = ?", [document_id])[0][0]
        return document_id, stored, OffsetMap.between(text, stored)
    changes = project.apply(ImportDocument(parsed, digest, now_iso()), coder=coder)
    report.documents_added += 1
    return next(iter(changes.ids["documents"])), parsed.text, OffsetMap.between(text, parsed.text)


def _code_names(project: Project, targets: dict[str, CodeTarget]) -> dict[str, tuple[str, str]]:
    """Each code guid as ("topic", a name the lookups resolve to exactly that topic) or ("stance", code)."""
    children: Children = {}
    for topic_id, parent_id, code, label_en in project.query(
        "SELECT id, parent_id, code, label_en FROM topics ORDER BY ordinal, id"
    ):
        children.setdefault(parent_id, []).append((topic_id, code, label_en))
    names: dict[str, tuple[str, str]] = {}
    for guid, target in targets.items():
        if target.kind == "stance" and target.stance:
            names[guid] = ("stance", target.stance)
        elif target.path:
            topic_id = _walk(children, target.path)
            if topic_id is not None:
                names[guid] = ("topic", f"#{topic_id}")
    return names


def _walk(children: Children, path: tuple[TopicSpec, ...]) -> int | None:
    """The topic at ``path``, matched as ``LoadCodebook`` matches (by code when both have one)."""
    parent: int | None = None
    for spec in path:
        parent = next((t for t, code, label in children.get(parent, []) if _same(code, label, spec)), None)
        if parent is None:
            return None
    return parent


def _same(code: str | None, label: str, spec: TopicSpec) -> bool:
    if code is not None and spec.code is not None:
        return str(code) == spec.code
    return label.casefold() == spec.label_en.casefold()


def _row(
    selection: Selection,
    document_id: int,
    text: str,
    offsets: OffsetMap,
    codes: dict[str, tuple[str, str]],
    actors: Mapping[str, int],
    source: str,
) -> dict[str, str]:
    start, end = offsets.start(selection.start), offsets.end(selection.end)
    fields, rest = _description(selection.description)
    topics = [name for kind, name in (codes.get(c, ("", "")) for c in selection.codes) if kind == "topic"]
    stances = [name for kind, name in (codes.get(c, ("", "")) for c in selection.codes) if kind == "stance"]
    note = "\n\n".join([*selection.notes, *([rest] if rest else [])])
    return {
        "claim_id": selection.guid.strip("{}"),
        "document_id": str(document_id),
        "source": source,
        "start": str(start),
        "end": str(end),
        "quote": text[start:end] if 0 <= start < end <= len(text) else "",
        "topics": "; ".join(topics),
        "stance": stances[0] if stances else "",
        "claimant": fields.get("claimant", "") if key(fields.get("claimant", "")) in actors else "",
        "addressee": fields.get("addressee", "") if key(fields.get("addressee", "")) in actors else "",
        "proposition": fields.get("proposition", ""),
        "note": note,
        "coder": selection.coder,
        "created": selection.created,
        "modified": selection.modified,
    }


def _description(description: str) -> tuple[dict[str, str], str]:
    """Naast's ``claimant: …`` lines of a selection's description, and the rest of it."""
    fields: dict[str, str] = {}
    rest: list[str] = []
    for line in description.splitlines():
        name, _, value = line.partition(": ")
        if name in DESCRIPTION_FIELDS and value.strip():
            fields[name] = value.strip()
        else:
            rest.append(line)
    return fields, "\n".join(rest).strip()
