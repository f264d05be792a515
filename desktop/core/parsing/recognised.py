"""Whether a file held anything of a parliamentary document, for the import report.

Any file of text imports: what the parser does not recognise becomes a letter of one preamble.
A README or a shopping list then enters the project silently as a "letter"; the importer warns
instead. The test is what the parser found, never the file's name: a unit past the preamble
(questions, answers, sections, a notice, a signature block) or any of the facts an official
document states (kenmerk, dates, who answered or asked, to whom, its identifier, title,
references, footnotes).
"""

from __future__ import annotations

from naast.core.model import ParsedDocument, UnitKind

NO_STRUCTURE = (
    "no Kamervragen, answers or letter structure was found (no questions, sections, kenmerk, dates "
    "or signatory), so it was imported as a plain letter"
)


def structure_found(document: ParsedDocument) -> bool:
    if any(unit.kind is not UnitKind.PREAMBLE for unit in document.units):
        return True
    facts = (
        document.kenmerk,
        document.date_submitted,
        document.date_received,
        document.answered_by,
        document.askers,
        document.addressees,
        document.identifier,
        document.title,
        document.references,
        document.footnotes,
    )
    return any(facts)


def structure_warning(document: ParsedDocument) -> str:
    """:data:`NO_STRUCTURE` when nothing was recognised, else an empty string."""
    return "" if structure_found(document) else NO_STRUCTURE
