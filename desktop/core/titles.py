"""A readable title for a document whose source has none, made from its metadata.

Answers without the "Vragen van … over …" header and most letters carry no title. Rather than cite
them by file name, Naast names them the way a researcher would: "Antwoord van Staatssecretaris
Broekers-Knol (Justitie en Veiligheid), 5 oktober 2021". The documents are Dutch, so is the title.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.model import DocType, ParsedDocument

_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

_KIND = {
    DocType.ANSWERS: "Antwoord",
    DocType.QUESTIONS: "Vragen",
    DocType.NOTICE: "Mededeling",
    DocType.LETTER: "Brief",
}


def dutch_date(iso: str | None) -> str | None:
    """ "2021-10-05" as "5 oktober 2021"; None for anything that is not an ISO date."""
    if not iso or len(iso) < 10 or iso[4] != "-" or iso[7] != "-":
        return None
    try:
        year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    except ValueError:
        return None
    if not 1 <= month <= 12:
        return None
    return f"{day} {_MONTHS[month - 1]} {year}"


def describe(
    doc_type: DocType | str,
    name: str | None,
    role: str | None = None,
    ministry: str | None = None,
    date: str | None = None,
) -> str | None:
    """ "Antwoord van Minister Faber-van de Klashorst (Asiel en Migratie), 6 januari 2025"."""
    if not name and not role:
        return None
    who = " ".join(part for part in (role, name) if part)
    title = f"{_KIND[DocType(doc_type)]} van {who}"
    if ministry:
        title += f" ({ministry})"
    when = dutch_date(date)
    return f"{title}, {when}" if when else title


def display_title(doc: ParsedDocument) -> str:
    """The document's own title, else one made from its metadata, else its file name."""
    if doc.title:
        return doc.title
    responder = doc.answered_by
    made = None
    if responder is not None:
        date = doc.date_received or doc.date_submitted
        made = describe(doc.doc_type, responder.name, responder.role, responder.ministry, date)
    return made or doc.source_name or doc.identifier or "?"


def title_of_row(row: dict[str, Any]) -> str:
    """``display_title`` for a stored document row (its metadata column holds who answered)."""
    if row.get("title"):
        return str(row["title"])
    responder = json.loads(row.get("metadata") or "{}").get("answered_by") or {}
    made = describe(
        row["doc_type"],
        responder.get("name"),
        responder.get("role"),
        responder.get("ministry"),
        row.get("date_received") or row.get("date_submitted"),
    )
    return made or row.get("source_name") or row.get("identifier") or "?"
