"""A readable title for a document whose source has none, made from its metadata.

Answers without the "Vragen van … over …" header and most letters carry no title. Rather than cite
them by file name, Naast names them the way a researcher would: "Antwoord van Staatssecretaris
Broekers-Knol (Justitie en Veiligheid)". The date is left out: citations, the browser and the
document heading show it beside the title. The documents are Dutch, so is the title.
"""

from __future__ import annotations

import json
from typing import Any

from naast.core.model import DocType, ParsedDocument

_KIND = {
    DocType.ANSWERS: "Antwoord",
    DocType.QUESTIONS: "Vragen",
    DocType.NOTICE: "Mededeling",
    DocType.LETTER: "Brief",
}


def describe(
    doc_type: DocType | str, name: str | None, role: str | None = None, ministry: str | None = None
) -> str | None:
    """ "Antwoord van Minister Faber-van de Klashorst (Asiel en Migratie)"; None without a name."""
    if not name and not role:
        return None
    who = " ".join(part for part in (role, name) if part)
    title = f"{_KIND[DocType(doc_type)]} van {who}"
    return f"{title} ({ministry})" if ministry else title


def display_title(doc: ParsedDocument) -> str:
    """The document's own title, else one made from its metadata, else its file name."""
    if doc.title:
        return doc.title
    responder = doc.answered_by
    made = None
    if responder is not None:
        made = describe(doc.doc_type, responder.name, responder.role, responder.ministry)
    return made or doc.source_name or doc.identifier or "?"


def title_of_row(row: dict[str, Any]) -> str:
    """``display_title`` for a stored document row (its metadata column holds who answered)."""
    if row.get("title"):
        return str(row["title"])
    responder = json.loads(row.get("metadata") or "{}").get("answered_by") or {}
    made = describe(row["doc_type"], responder.get("name"), responder.get("role"), responder.get("ministry"))
    return made or row.get("source_name") or row.get("identifier") or "?"
