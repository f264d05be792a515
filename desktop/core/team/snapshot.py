"""A coder's project as plain data, read once, for merging into another project."""

from __future__ import annotations

from dataclasses import dataclass, field

from naast.core.commands import Row


@dataclass(frozen=True, slots=True)
class SourceDocument:
    row: Row  # the documents row
    units: tuple[Row, ...] = ()
    footnotes: tuple[Row, ...] = ()
    actors: tuple[Row, ...] = ()  # document_actors rows


@dataclass(frozen=True, slots=True)
class SourceClaim:
    row: Row  # the claims row
    topics: tuple[int, ...] = ()  # the source's topic ids
    proposition: str | None = None


@dataclass(frozen=True, slots=True)
class Snapshot:
    key: str  # names the source across merges (its resolved path)
    name: str
    documents: tuple[SourceDocument, ...] = ()
    topics: tuple[Row, ...] = ()  # parents before children
    stances: tuple[Row, ...] = ()
    actors: dict[int, Row] = field(default_factory=dict)
    claims: tuple[SourceClaim, ...] = ()
