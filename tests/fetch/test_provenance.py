"""Official metadata wins over the parsed text; where they disagree both are kept and the
document goes on the review list (``naast fetch --review``)."""

from __future__ import annotations

from pathlib import Path

from fetch_helpers import ANSWERS_QUERY, fetch, new_project
from loopback import Loopback

from naast.core.fetch.provenance import Official, merge
from naast.core.model import DocType, Person, Responder
from naast.core.parsing import parse_text
from naast.store.cases import disagreements, documents_for_review, provenance
from naast.store.documents import find_document
from naast.store.project import Project


def test_a_disagreement_is_kept_both_ways_and_listed_for_review(
    tmp_path: Path, loopback: Loopback, capsys
) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    with Project.open(project, read_only=True) as p:
        flagged = find_document(p, "ah-tk-20242025-512")
        assert documents_for_review(p) == [flagged]
        [found] = disagreements(p)
        assert (found.field, found.official, found.parsed, found.source) == (
            "date_received",
            "2024-12-03",
            "2024-12-10",
            "metadata.xml",
        )
        assert p.query("SELECT date_received FROM documents WHERE id = ?", [flagged])[0][0] == "2024-12-03"
        agreed = {r[0]: r[4] for r in provenance(p, find_document(p, "ah-tk-20232024-2901"))}
    assert agreed["kenmerk"] == 1 and agreed["askers"] == 1 and agreed["answered_by"] == 1
    assert agreed["title"] is None  # kept from both sides, never compared
    capsys.readouterr()
    from naast.cli import main

    assert main(["fetch", str(project), "--review"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 documents to review"
    assert out[1].startswith("ah-tk-20242025-512\tdate_received\tofficial '2024-12-03' (metadata.xml)")


def test_who_answered_stays_as_the_text_says_and_a_different_official_one_is_flagged() -> None:
    parsed = parse_text(
        "Vragen van het lid Ellian (VVD) aan de Minister van Asiel en Migratie over terugkeer "
        "(ingezonden 5 november 2024).\n\nAntwoord van Minister Faber-van de Klashorst (Asiel en Migratie) "
        "(ontvangen 10 december 2024).\n\nVraag 1\nHoe lang duurt terugkeer?\n\nAntwoord 1\nElf maanden.\n"
    )
    official = Official(
        {"doc_type": ("answers", "OData Zaak")},
        (Person("U. Ellian", "VVD"),),
        "OData Zaak",
        answered_by="D.M. van Weel",
    )
    document, records = merge(parsed, official)
    assert document.answered_by == parsed.answered_by  # the text is the reliable source for this
    assert document.doc_type is DocType.ANSWERS
    assert document.askers == (Person("U. Ellian", "VVD"),)
    by_field = {r.field: r for r in records}
    assert by_field["answered_by"].agrees is False
    assert by_field["askers"].agrees is True
    bare = parse_text("Vraag 1\nHoe lang?\n\nAntwoord 1\nElf maanden.\n")
    filled, _ = merge(bare, Official({}, answered_by="M.H.M. Faber-van de Klashorst"))
    assert filled.answered_by == Responder(
        "M.H.M. Faber-van de Klashorst"
    )  # official where the text is silent
