"""What a researcher asks for, and how that becomes a CQL query for the KOOP SRU service.

The CQL indexes used (``c.product-area``, ``w.publicatienaam``, ``dt.identifier``, ``dt.date``,
``cql.textAndIndexes``) are those of the KOOP SRU documentation for the officiële publicaties.
The ministry, office holder, asker and party go to the full-text index *and* are checked again on
each fetched document's metadata, so a document that only mentions the name is skipped.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from naast.core.fetch.errors import QueryError

KINDS = ("answers", "questions", "notices", "letters")
# answers and notices are both Aanhangsels; which one a document is follows from its text.
_PUBLICATION = {
    "answers": "Kamervragen (Aanhangsel)",
    "notices": "Kamervragen (Aanhangsel)",
    "questions": "Kamervragen zonder antwoord",
    "letters": "Kamerstuk",
}
_KOOP_ID = re.compile(r"(?:ah-tk-\d{8}-\d+(?:-[a-z]\d+)?|kv-tk-\d{4}Z\d{5}|kv-\d+|kst-[\w-]+-\d+)")
_ZAAK = re.compile(r"\d{4}Z\d{5}")
_DOCUMENT = re.compile(r"\d{4}D\d{5}")


@dataclass(frozen=True, slots=True)
class FetchQuery:
    text: str = ""
    date_from: str | None = None  # ISO yyyy-mm-dd
    date_to: str | None = None
    kind: str | None = None
    ministry: str = ""
    by: str = ""  # the office holder who answered
    asker: str = ""
    party: str = ""
    identifiers: tuple[str, ...] = field(default_factory=tuple)
    complete_cases: bool = False  # also fetch the questions and Mededeling of each case found

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise QueryError(f"The kind {self.kind!r} is not one of {', '.join(KINDS)}.")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise QueryError(f"{value!r} is not a date of the form 2015-01-31.") from None
        for identifier in self.identifiers:
            classify(identifier)
        if not (self.text or self.identifiers or self.asker or self.by or self.ministry or self.party):
            raise QueryError("Say what to fetch: words, a name, or identifiers.")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["identifiers"] = list(self.identifiers)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FetchQuery:
        return cls(**{**data, "identifiers": tuple(data.get("identifiers", ()))})

    def koop_identifiers(self) -> list[str]:
        return [i for i in self.identifiers if classify(i) == "koop"]

    def tk_numbers(self) -> list[str]:
        """Zaak (Z) and document (D) numbers: resolved through the Tweede Kamer's OData API."""
        return [i for i in self.identifiers if classify(i) in ("zaak", "document")]

    def search_cql(self) -> str | None:
        """The CQL for the words, names and dates; None when only identifiers were asked."""
        words = [w for w in (self.text, self.ministry, self.by, self.asker, self.party) if w]
        if not words and not (self.date_from or self.date_to):
            return None
        parts = ["c.product-area==officielepublicaties"]
        if self.kind:
            parts.append(f'w.publicatienaam=="{_PUBLICATION[self.kind]}"')
        else:
            parts.append(
                '(w.publicatienaam=="Kamervragen (Aanhangsel)" or '
                'w.publicatienaam=="Kamervragen zonder antwoord")'
            )
        parts.extend(f'cql.textAndIndexes="{_quote(w)}"' for w in words)
        if self.date_from:
            parts.append(f"dt.date>={self.date_from}")
        if self.date_to:
            parts.append(f"dt.date<={self.date_to}")
        return " and ".join(parts)


def identifier_cql(identifier: str) -> str:
    return f'c.product-area==officielepublicaties and dt.identifier=="{identifier}"'


def classify(identifier: str) -> str:
    """``koop`` (ah-tk-…, kv-tk-…, kst-…), ``zaak`` (2024Z02101) or ``document`` (2024D05555)."""
    if _KOOP_ID.fullmatch(identifier):
        return "koop"
    if _ZAAK.fullmatch(identifier):
        return "zaak"
    if _DOCUMENT.fullmatch(identifier):
        return "document"
    raise QueryError(
        f"{identifier!r} is not an identifier Naast knows (ah-tk-…, kv-tk-…, kst-…, a Z- or D-number)."
    )


def _quote(word: str) -> str:
    return " ".join(word.replace('"', " ").split())
