"""Official metadata against what the parser read from the text: who wins, and what is flagged.

Official values (``metadata.xml`` from the KOOP repository, the case from the Tweede Kamer's
OData API) win for every field, with one exception that FORMATS.md §3 explains: who answered is
stated reliably only in the text, so the text's answerer stays and the official one is kept
beside it. Where both sides give a value and they differ, the difference is recorded and the
document goes on the review list. Titles are kept from both sides but never compared: the
official title is phrased differently by design.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from naast.core.model import DocType, ParsedDocument, Person, Responder

_UNCOMPARED = frozenset({"title", "addressees"})


@dataclass(frozen=True, slots=True)
class Provenance:
    field: str
    official: str | None
    parsed: str | None
    source: str  # "metadata.xml", "OData Zaak", "SRU record"
    agrees: bool | None  # None: one side is missing, or the field is not compared


@dataclass(frozen=True, slots=True)
class Official:
    """The official facts about one document, each with where it came from."""

    values: dict[str, tuple[str, str]]  # field -> (value, source)
    askers: tuple[Person, ...] = ()
    askers_source: str = ""
    answered_by: str | None = None  # a name, from the case's Beantwoorder

    def get(self, name: str) -> str | None:
        found = self.values.get(name)
        return found[0] if found else None


def merge(parsed: ParsedDocument, official: Official) -> tuple[ParsedDocument, tuple[Provenance, ...]]:
    """The document to import (official values applied) and the provenance of each field."""
    records: list[Provenance] = []
    changes: dict[str, object] = {}
    for name in (
        "identifier",
        "kenmerk",
        "aanhangsel_number",
        "vergaderjaar",
        "date_submitted",
        "date_received",
        "title",
        "doc_type",
    ):
        if name not in official.values:
            continue
        value, source = official.values[name]
        mine = getattr(parsed, name)
        mine = mine.value if isinstance(mine, DocType) else mine
        records.append(Provenance(name, value, mine, source, _agree(name, value, mine)))
        changes[name] = DocType(value) if name == "doc_type" else value
    if official.askers:
        records.append(_askers(parsed, official))
        if not _same_people(parsed.askers, official.askers) or all(p.party for p in official.askers):
            changes["askers"] = official.askers
    if official.answered_by:
        mine = parsed.answered_by.name if parsed.answered_by else None
        agrees = None if mine is None else _surname(mine) in _surnames([official.answered_by])
        records.append(Provenance("answered_by", official.answered_by, mine, "OData Zaak", agrees))
        if parsed.answered_by is None:
            changes["answered_by"] = Responder(official.answered_by)
    return replace(parsed, **changes), tuple(records)  # type: ignore[arg-type]


def _askers(parsed: ParsedDocument, official: Official) -> Provenance:
    mine = "; ".join(_person(p) for p in parsed.askers) or None
    theirs = "; ".join(_person(p) for p in official.askers)
    agrees = None if mine is None else _same_people(parsed.askers, official.askers)
    return Provenance("askers", theirs, mine, official.askers_source, agrees)


def _person(person: Person) -> str:
    return f"{person.name} ({person.party})" if person.party else person.name


def _same_people(mine: tuple[Person, ...], theirs: tuple[Person, ...]) -> bool:
    return _surnames([p.name for p in mine]) == _surnames([p.name for p in theirs])


def _agree(name: str, official: str | None, parsed: str | None) -> bool | None:
    if name in _UNCOMPARED or official is None or parsed is None:
        return None
    if name == "aanhangsel_number" and official.isdigit() and parsed.isdigit():
        return int(official) == int(parsed)
    return _fold(official) == _fold(parsed)


def _surnames(names: list[str]) -> set[str]:
    return {_surname(n) for n in names if n.strip()}


def _surname(name: str) -> str:
    """The last word of a name, without accents or case: "W.L. Postma" -> "postma"."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", _fold(name))
    return words[-1] if words else _fold(name)


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())
