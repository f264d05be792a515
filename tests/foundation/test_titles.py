"""Documents without a title of their own are named from their metadata, not by file name."""

from __future__ import annotations

import json

from desktop.core.model import DocType, ParsedDocument, Responder
from desktop.core.titles import describe, display_title, dutch_date, title_of_row


def test_dutch_dates() -> None:
    assert dutch_date("2021-10-05") == "5 oktober 2021"
    assert dutch_date("2025-01-06") == "6 januari 2025"
    assert dutch_date("2025-13-06") is None
    assert dutch_date(None) is None
    assert dutch_date("oktober") is None


def test_answers_without_header_are_named_after_who_answered() -> None:
    doc = ParsedDocument(
        text="Vraag 1\nJa.",
        doc_type=DocType.ANSWERS,
        units=(),
        answered_by=Responder("Broekers-Knol", "Staatssecretaris", "Justitie en Veiligheid"),
        date_received="2021-10-05",
        source_name="scan-0042.txt",
    )
    assert display_title(doc) == (
        "Antwoord van Staatssecretaris Broekers-Knol (Justitie en Veiligheid), 5 oktober 2021"
    )


def test_a_title_of_its_own_wins_and_the_file_name_is_the_last_resort() -> None:
    titled = ParsedDocument(text="x", doc_type=DocType.LETTER, units=(), title="Actieplan")
    assert display_title(titled) == "Actieplan"
    bare = ParsedDocument(text="x", doc_type=DocType.LETTER, units=(), source_name="brief.pdf")
    assert display_title(bare) == "brief.pdf"


def test_stored_rows_give_the_same_title() -> None:
    meta = {
        "answered_by": {"name": "Faber-van de Klashorst", "role": "Minister", "ministry": "Asiel en Migratie"}
    }
    row = {"title": None, "doc_type": "answers", "metadata": json.dumps(meta), "date_submitted": "2025-01-06"}
    assert (
        title_of_row(row)
        == "Antwoord van Minister Faber-van de Klashorst (Asiel en Migratie), 6 januari 2025"
    )
    assert describe("letter", None) is None
