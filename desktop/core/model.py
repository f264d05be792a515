"""The parsed form of a parliamentary document: plain, immutable data.

Everything here is pure Python. Offsets are Python code points into ``ParsedDocument.text``
(the normalised NFC text with ``\\n`` line ends); the GUI alone converts them to Qt positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class DocType(StrEnum):
    ANSWERS = "answers"  # Aanhangsel: questions with the minister's answers
    QUESTIONS = "questions"  # Kamervragen zonder antwoord
    NOTICE = "notice"  # Mededeling (uitstel antwoord)
    LETTER = "letter"  # Kamerbrief


class UnitKind(StrEnum):
    PREAMBLE = "preamble"  # header before the first question or section
    QUESTION = "question"
    ANSWER = "answer"
    SECTION = "section"  # numbered section of a letter
    NOTICE = "notice"  # the body of a Mededeling
    CLOSING = "closing"  # signature block and anything after the last unit


@dataclass(frozen=True, slots=True)
class Person:
    """An MP or other actor as named in the document ("Van Nispen", party "SP")."""

    name: str
    party: str | None = None


@dataclass(frozen=True, slots=True)
class Responder:
    """Who answered or signed: "Staatssecretaris Broekers-Knol (Justitie en Veiligheid)"."""

    name: str
    role: str | None = None  # Minister, Staatssecretaris, Minister-president ...
    ministry: str | None = None  # "Justitie en Veiligheid", "Asiel en Migratie"
    on_behalf_of: tuple[str, ...] = ()  # "mede namens ..." as written, one entry per office


@dataclass(frozen=True, slots=True)
class Unit:
    """A structural piece of the normalised text: ``text[start:end]``.

    Units tile the text: sorted by ``start`` they cover every character exactly once.
    """

    kind: UnitKind
    start: int
    end: int
    label: str  # "Vraag 2 en 3", "Antwoord 5", "3. Terugkeer", "Preamble"
    numbers: tuple[int, ...] = ()  # question numbers, or the section number
    answers: tuple[int, ...] = ()  # for answers: the question numbers answered
    title: str | None = None  # section title for letters


@dataclass(frozen=True, slots=True)
class Footnote:
    marker: str  # "1", "2", ... as printed
    text: str  # the body; "" when the source lost it (kept, never invented)
    anchor: int | None = None  # offset of the marker in the normalised text, when found


@dataclass(frozen=True, slots=True)
class PageBreak:
    """From ``offset`` on, the normalised text comes from page ``page`` (1-based) of the source."""

    offset: int
    page: int


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    text: str
    doc_type: DocType
    units: tuple[Unit, ...]
    title: str | None = None
    askers: tuple[Person, ...] = ()
    addressees: tuple[str, ...] = ()
    answered_by: Responder | None = None
    date_submitted: str | None = None  # ISO yyyy-mm-dd
    date_received: str | None = None
    kenmerk: str | None = None  # 2025Z00029
    vergaderjaar: str | None = None  # "2019-2020"
    aanhangsel_number: str | None = None
    identifier: str | None = None  # ah-tk-20232024-1481, kst-19637-1550 ...
    references: tuple[str, ...] = ()  # referenced Kamerstukken and Aanhangsels, as written
    footnotes: tuple[Footnote, ...] = ()
    pages: tuple[PageBreak, ...] = ()
    source_name: str | None = None  # file name as imported
    source_format: str | None = None  # txt, docx, pdf, xml, odt, html
    extra: dict[str, str] = field(default_factory=dict)  # further metadata (metadata.xml fields ...)

    def unit_at(self, offset: int) -> Unit | None:
        for unit in self.units:
            if unit.start <= offset < unit.end:
                return unit
        return None

    def page_at(self, offset: int) -> int | None:
        page = None
        for brk in self.pages:
            if brk.offset > offset:
                break
            page = brk.page
        return page

    def to_json(self) -> dict[str, Any]:
        """The documented ``naast inspect --json`` contract (see README)."""
        data = self.metadata_json()
        data["units"] = [_unit_json(u, self.text) for u in self.units]
        data["footnotes"] = [{"marker": f.marker, "text": f.text, "anchor": f.anchor} for f in self.footnotes]
        data["text"] = self.text
        return data

    def metadata_json(self) -> dict[str, Any]:
        """The contract's fields about the document, without its text, units and footnotes."""
        return {
            "type": self.doc_type.value,
            "title": self.title,
            "askers": [{"name": p.name, "party": p.party} for p in self.askers],
            "addressees": list(self.addressees),
            "answered_by": _responder_json(self.answered_by),
            "date_submitted": self.date_submitted,
            "date_received": self.date_received,
            "kenmerk": self.kenmerk,
            "vergaderjaar": self.vergaderjaar,
            "aanhangsel_number": self.aanhangsel_number,
            "identifier": self.identifier,
            "references": list(self.references),
            "pages": [{"offset": p.offset, "page": p.page} for p in self.pages],
            "source_name": self.source_name,
            "source_format": self.source_format,
            "extra": dict(self.extra),
        }


def _responder_json(responder: Responder | None) -> dict[str, Any] | None:
    if responder is None:
        return None
    return {
        "name": responder.name,
        "role": responder.role,
        "ministry": responder.ministry,
        "on_behalf_of": list(responder.on_behalf_of),
    }


def _unit_json(unit: Unit, text: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": unit.kind.value,
        "numbers": list(unit.numbers),
        "label": unit.label,
        "start": unit.start,
        "end": unit.end,
        "text": text[unit.start : unit.end],
    }
    if unit.kind is UnitKind.ANSWER:
        data["answers"] = list(unit.answers)
    if unit.title is not None:
        data["title"] = unit.title
    return data
