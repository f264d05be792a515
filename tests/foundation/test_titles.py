"""Documents without a title of their own are named from their metadata, not by file name."""

from __future__ import annotations

import json

from naast.core.model import DocType, ParsedDocument, Responder
from naast.core.titles import describe, display_title, title_of_row


def test_answers_without_header_are_named_after_who_answered() -> None:
    doc = ParsedDocument(
        text="Vraag 1\nJa.",
        doc_type=DocType.ANSWERS,
        units=(),
        answered_by=Responder("Broekers-Knol", "Staatssecretaris", "Justitie en Veiligheid"),
        date_received="2021-10-05",
        source_name="scan-0042.txt",
    )
    # no date in the title: citations and headings print the date beside it
    assert display_title(doc) == "Antwoord van Staatssecretaris Broekers-Knol (Justitie en Veiligheid)"


def test_a_title_of_its_own_wins_and_the_file_name_is_the_last_resort() -> None:
    titled = ParsedDocument(text="x", doc_type=DocType.LETTER, units=(), title="Actieplan")
    assert display_title(titled) == "Actieplan"
    bare = ParsedDocument(text="x", doc_type=DocType.LETTER, units=(), source_name="brief.pdf")
    assert display_title(bare) == "brief.pdf"


def test_stored_rows_give_the_same_title() -> None:
    responder = {"name": "Faber-van de Klashorst", "role": "Minister", "ministry": "Asiel en Migratie"}
    meta = {"answered_by": responder}
    row = {"title": None, "doc_type": "answers", "metadata": json.dumps(meta), "date_submitted": "2025-01-06"}
    assert title_of_row(row) == "Antwoord van Minister Faber-van de Klashorst (Asiel en Migratie)"
    assert describe("letter", None) is None
    letter = describe("letter", "Broekers-Knol", "Staatssecretaris")
    assert letter == "Brief van Staatssecretaris Broekers-Knol"
