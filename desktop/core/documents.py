"""Commands that add or remove documents, and the row form of a parsed document."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from naast.core.commands import Delete, Insert, ProjectView, Row, RowOp
from naast.core.errors import InvalidCommand
from naast.core.model import ParsedDocument, Person, Responder


def actor_key(
    name: str, party: str | None = None, role: str | None = None, ministry: str | None = None
) -> str:
    """Identity of an actor: the same person in the same party and office is one actor."""
    parts = (name, party or "", role or "", ministry or "")
    return "|".join(" ".join(p.split()).casefold() for p in parts)


def document_metadata(doc: ParsedDocument) -> dict[str, Any]:
    """Fields of a parsed document that have no column of their own."""
    data = doc.metadata_json()
    for column in ("type", "title", "kenmerk", "vergaderjaar"):
        data.pop(column, None)
    for column in ("aanhangsel_number", "identifier", "date_submitted", "date_received"):
        data.pop(column, None)
    return data


@dataclass(frozen=True, slots=True)
class ImportDocument:
    """Add a parsed document with its units, footnotes and actors."""

    document: ParsedDocument
    content_hash: str
    imported_at: str

    @property
    def label(self) -> str:
        return f"Import {self.document.source_name or self.document.title or 'document'}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if view.rows("documents", {"content_hash": self.content_hash}):
            raise InvalidCommand("this document is already in the project")
        doc = self.document
        doc_id = view.new_id("documents")
        ops: list[RowOp] = [Insert("documents", self._document_row(doc_id))]
        for ordinal, unit in enumerate(doc.units):
            row = {
                "id": view.new_id("units"),
                "document_id": doc_id,
                "ordinal": ordinal,
                "kind": unit.kind.value,
                "label": unit.label,
                "title": unit.title,
                "numbers": _int_list_json(unit.numbers),
                "answers": _int_list_json(unit.answers),
                "start": unit.start,
                "end": unit.end,
            }
            ops.append(Insert("units", row))
        for ordinal, note in enumerate(doc.footnotes):
            row = {"id": view.new_id("footnotes"), "document_id": doc_id, "ordinal": ordinal}
            row |= {"marker": note.marker, "text": note.text, "anchor": note.anchor}
            ops.append(Insert("footnotes", row))
        ops.extend(_actor_ops(view, doc_id, doc))
        return ops

    def _document_row(self, doc_id: int) -> Row:
        doc = self.document
        return {
            "id": doc_id,
            "content_hash": self.content_hash,
            "source_name": doc.source_name,
            "source_format": doc.source_format,
            "doc_type": doc.doc_type.value,
            "title": doc.title,
            "kenmerk": doc.kenmerk,
            "vergaderjaar": doc.vergaderjaar,
            "aanhangsel_number": doc.aanhangsel_number,
            "identifier": doc.identifier,
            "date_submitted": doc.date_submitted,
            "date_received": doc.date_received,
            "metadata": json.dumps(document_metadata(doc), ensure_ascii=False),
            "text": doc.text,
            "imported_at": self.imported_at,
        }


@lru_cache(maxsize=1024)
def _int_list_json(numbers: tuple[int, ...]) -> str:
    """``json.dumps(list(numbers))`` for integers, without the encoder's set-up per call; the
    same few tuples recur in every document."""
    return "[" + ", ".join(map(str, numbers)) + "]"


def _actor_ops(view: ProjectView, doc_id: int, doc: ParsedDocument) -> list[RowOp]:
    people: list[tuple[str, Row]] = []
    for person in doc.askers:
        people.append(("asker", _person_row(person)))
    for name in doc.addressees:
        people.append(("addressee", {"name": name}))
    if doc.answered_by is not None:
        relation = "signatory" if doc.doc_type.value == "letter" else "answered_by"
        people.append((relation, _responder_row(doc.answered_by)))
        for office in doc.answered_by.on_behalf_of:
            people.append(("on_behalf_of", {"name": office}))
    ops: list[RowOp] = []
    created: dict[str, int] = {}
    linked: set[tuple[int, str]] = set()
    for ordinal, (relation, person) in enumerate(people):
        key = actor_key(person["name"], person.get("party"), person.get("role"), person.get("ministry"))
        actor_id = created.get(key)
        if actor_id is None:
            existing = view.rows("actors", {"key": key})
            if existing:
                actor_id = existing[0]["id"]
            else:
                actor_id = view.new_id("actors")
                ops.append(Insert("actors", {"id": actor_id, "key": key, **_actor_fields(person)}))
            created[key] = actor_id
        if (actor_id, relation) in linked:
            continue
        linked.add((actor_id, relation))
        link = {"document_id": doc_id, "actor_id": actor_id, "relation": relation, "ordinal": ordinal}
        ops.append(Insert("document_actors", link))
    return ops


def _person_row(person: Person) -> Row:
    return {"name": person.name, "party": person.party}


def _responder_row(responder: Responder) -> Row:
    return {"name": responder.name, "role": responder.role, "ministry": responder.ministry}


def _actor_fields(person: Row) -> Row:
    return {k: person.get(k) for k in ("name", "party", "role", "ministry")}


@dataclass(frozen=True, slots=True)
class DeleteDocument:
    """Remove a document; its claims stay (marked as having lost their document)."""

    document_id: int
    title: str = ""

    @property
    def label(self) -> str:
        return f"Delete {self.title or 'document'}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        if view.get("documents", {"id": self.document_id}) is None:
            raise InvalidCommand(f"there is no document {self.document_id}")
        return [Delete("documents", {"id": self.document_id})]
