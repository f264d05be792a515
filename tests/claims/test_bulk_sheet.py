"""Reading bulk-coding spreadsheets and placing their quotes (pure functions, no project)."""

from __future__ import annotations

import pytest

from naast.core.claims.bulk import Lookups, SheetError, locate_quote, read_sheet, resolve_rows
from naast.core.errors import NotFound

TEXT = (
    "Antwoord 1\nHet kabinet zet in op terugkeer van vreemdelingen zonder verblijfsrecht.\n\n"
    "Antwoord 2\nDe minister  deelt die mening niet."
)


def lookups() -> Lookups:
    def document(name: str) -> tuple[int, str]:
        if name != "2025Z00029":
            raise NotFound(f"No document in this project matches {name!r}.")
        return 7, TEXT

    return Lookups(document, {"9": 1, "immigration": 1}, {"steunt": 3, "supports": 3}, {"faber": 5})


def test_semicolon_sheet_with_bom_and_quoted_newlines() -> None:
    sheet = (
        "\ufeffDocument;Quote;Topics;Stance;Claimant;Note\n"
        '2025Z00029;"Het kabinet zet in op terugkeer";9|Immigration;Steunt;Faber;"twee\nregels"\n'
        "\n"
        "2025Z00029;De minister deelt die mening niet.;;;;\n"
    )
    rows = read_sheet(sheet)
    assert [r.line for r in rows] == [2, 5]
    claims, problems = resolve_rows(rows, lookups(), created="t", coder="c")
    assert problems == []
    first, second = claims
    assert (first.document_id, first.topics, first.stance_id, first.claimant_id) == (7, (1,), 3, 5)
    assert first.note == "twee\nregels"
    assert TEXT[second.start : second.end] == "De minister  deelt die mening niet."
    assert second.topics == () and second.stance_id is None and second.claimant_id is None


def test_missing_columns_and_empty_files_are_refused() -> None:
    with pytest.raises(SheetError):
        read_sheet("")
    with pytest.raises(SheetError, match="quote"):
        read_sheet("document,stance\nx,y\n")


def test_locate_quote_exact_whitespace_fuzzy_and_not_found() -> None:
    assert locate_quote(TEXT, "zet in op terugkeer") == (TEXT.index("zet in"), TEXT.index("zet in") + 19)
    start, end = locate_quote(TEXT, "Het kabinet zet in op de terugkeer van vreemdelingen") or (0, 0)
    assert TEXT[start:end].startswith("Het kabinet") and TEXT[start:end].endswith("vreemdelingen")
    assert locate_quote(TEXT, "Iets heel anders dat er niet staat") is None
    _, problems = resolve_rows(
        read_sheet("document,quote\n2025Z00029,Iets heel anders\n"), lookups(), created="t", coder=""
    )
    assert [str(p) for p in problems] == ["line 2: the quote was not found in '2025Z00029'"]
