"""A coded project as REFI-QDA sees it: plain data, for writing and after reading a ``.qdpx``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from naast.core.claims.codebook import Codebook
from naast.core.claims.qdc import CodeTarget

PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
_GUIDS = uuid.UUID("2b7c1e7a-9d3f-5a41-8c2e-6f1d0b9a7c35")  # namespace of Naast's stable guids


def stable_guid(kind: str, key: str) -> str:
    """The same guid for the same thing in every export (a user, a document, a case ...)."""
    return str(uuid.uuid5(_GUIDS, f"{kind}:{key}"))


@dataclass(frozen=True, slots=True)
class Variable:
    """A document attribute as a REFI variable (``Text`` or ``Date``)."""

    name: str
    kind: str = "Text"  # Text | Date


#: The variables a Naast document carries, in order.
VARIABLES: tuple[Variable, ...] = (
    Variable("Type"),
    Variable("Kenmerk"),
    Variable("Identifier"),
    Variable("Aanhangsel number"),
    Variable("Date submitted", "Date"),
    Variable("Date received", "Date"),
    Variable("Askers"),
    Variable("Parties"),
    Variable("Answered by"),
    Variable("Role"),
    Variable("Ministry"),
)


@dataclass(frozen=True, slots=True)
class ExportDocument:
    key: str  # stable: the content hash
    name: str
    text: str
    variables: dict[str, str] = field(default_factory=dict)  # by Variable.name; empty values left out


@dataclass(frozen=True, slots=True)
class ExportActor:
    key: str
    name: str
    document_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportClaim:
    uid: str
    document_key: str
    start: int
    end: int
    quote: str
    code_paths: tuple[str, ...]  # ``topic/9/930`` and ``stance/supports``
    claimant: str | None = None
    addressee: str | None = None
    proposition: str | None = None
    note: str = ""
    coder: str = ""
    created: str = ""
    modified: str = ""


@dataclass(frozen=True, slots=True)
class ExportProject:
    name: str
    codebook: Codebook
    documents: tuple[ExportDocument, ...]
    actors: tuple[ExportActor, ...]
    claims: tuple[ExportClaim, ...]


@dataclass(frozen=True, slots=True)
class Selection:
    """A coded passage of a source as read from a ``.qdpx``."""

    guid: str
    start: int
    end: int
    codes: tuple[str, ...]  # code guids
    description: str = ""
    notes: tuple[str, ...] = ()
    coder: str = ""
    created: str = ""
    modified: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    guid: str
    name: str
    text: str
    selections: tuple[Selection, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadProject:
    name: str
    codebook: Codebook
    targets: dict[str, CodeTarget]
    sources: tuple[Source, ...]
    skipped: tuple[str, ...] = ()  # one sentence per source or coding that was not imported
    origin: str = ""  # the tool that wrote the file

    @property
    def from_naast(self) -> bool:
        return self.origin.startswith("Naast")


def merge_same_spans(selections: tuple[Selection, ...]) -> tuple[Selection, ...]:
    """One selection per span and coder, with the codes and notes of all of them.

    Tools such as QualCoder write one selection per code, so a passage coded with two codes is two
    selections of the same span; in Naast that is one claim with two topics.
    """
    merged: dict[tuple[int, int, str], Selection] = {}
    for selection in selections:
        key = (selection.start, selection.end, selection.coder)
        first = merged.get(key)
        if first is None:
            merged[key] = selection
            continue
        codes = tuple(dict.fromkeys(first.codes + selection.codes))
        notes = tuple(dict.fromkeys(first.notes + selection.notes))
        description = "\n".join(d for d in (first.description, selection.description) if d)
        merged[key] = Selection(
            first.guid,
            first.start,
            first.end,
            codes,
            description,
            notes,
            first.coder,
            first.created,
            first.modified,
        )
    return tuple(merged.values())
