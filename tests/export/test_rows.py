"""Rows that mean something: which claims of two actors share a row, and in what order rows come."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from naast.core.parsing import parse_text
from naast.export.aligned import aligned_units
from naast.export.plan import Citation, ClaimEntry, TopicStyle, UnitLink
from naast.export.rows import build_rows

TOPIC = TopicStyle("t", "Terugkeer", "#FFE08A")


def _claim(
    cid: str, actor: str, doc: str, date: str, start: int, proposition: str | None = None
) -> ClaimEntry:
    return ClaimEntry(
        cid, f"quote {cid}", actor, TOPIC, None, Citation(f"doc {doc}"), date=date,
        document_id=doc, start=start, end=start + 10, proposition=proposition,
    )  # fmt: skip


CLAIMS = [
    _claim("1", "Faber", "b", "2025-01-06", 500, "Maatwerk"),
    _claim("2", "Broekers-Knol", "a", "2019-11-21", 900),
    _claim("3", "Broekers-Knol", "a", "2019-11-21", 100, "Maatwerk"),
    _claim("4", "Faber", "b", "2025-01-06", 40),
    _claim("5", "Faber", "b", "2025-01-06", 700, "Alleen Faber"),
]
ACTORS = ["Broekers-Knol", "Faber"]


def _ids(rows) -> list[list[list[str]]]:
    return [[[e.claim_id for e in cell] for cell in row.cells] for row in rows]


def test_same_proposition_shares_a_row_and_says_why() -> None:
    rows = build_rows(CLAIMS, ACTORS, "proposition")
    assert _ids(rows) == [[["3"], ["1"]], [["2"], []], [[], ["4"]], [[], ["5"]]]
    assert rows[0].reason is not None and rows[0].reason.kind == "proposition"
    assert rows[0].reason.detail == "Maatwerk"
    assert all(r.reason is None for r in rows[1:])  # one actor's proposition: rows of their own


def test_none_puts_every_claim_in_its_own_row_by_date_and_position() -> None:
    rows = build_rows(CLAIMS, ACTORS, "none")
    assert _ids(rows) == [[["3"], []], [["2"], []], [[], ["4"]], [[], ["1"]], [[], ["5"]]]


def test_aligned_answers_share_a_row() -> None:
    link = UnitLink("a", 800, 1000, "Antwoord 4", "b", 0, 100, "Antwoord op vraag 2")
    rows = build_rows(CLAIMS, ACTORS, "question", [link])
    shared = [r for r in rows if r.reason is not None]
    assert _ids(shared) == [[["2"], ["4"]]]
    assert (
        shared[0].reason.kind == "aligned" and shared[0].reason.detail == "Antwoord 4 ↔ Antwoord op vraag 2"
    )
    assert sum(len(r.claims()) for r in rows) == len(CLAIMS)


def test_two_claims_of_one_actor_in_a_row_are_in_text_order() -> None:
    extra = replace(CLAIMS[3], claim_id="6", start=20, proposition="Maatwerk")
    rows = build_rows([*CLAIMS, extra], ACTORS, "proposition")
    assert _ids(rows)[0] == [["3"], ["6", "1"]]


def test_the_comparison_engine_pairs_the_same_answer_given_by_two_ministers() -> None:
    """Two versions of the 2025 answers (another minister, a few words changed): their claims on
    the same answer share a row, labelled by the answers the comparison engine aligned."""
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples"
    text = (sample / "2025-answers-faber-terugkeer-maatwerkondersteuning.txt").read_text(encoding="utf-8")
    other = text.replace("2025Z00029", "2025Z99999").replace("terughoudend", "zeer terughoudend")
    docs = {1: parse_text(text, source_name="a.txt"), 2: parse_text(other, source_name="b.txt")}
    phrase = "Deze bevoegdheid wordt"
    entries = [
        _claim("1", "Faber", "1", "2025-01-06", docs[1].text.index(phrase)),
        _claim("2", "Opvolger", "2", "2025-06-01", docs[2].text.index(phrase)),
        _claim("3", "Opvolger", "2", "2025-06-01", docs[2].text.index("Vraag 1")),
    ]
    links = aligned_units(docs.__getitem__, entries)
    assert links and all({link.left_document, link.right_document} == {"1", "2"} for link in links)
    rows = build_rows(entries, ["Faber", "Opvolger"], "question", links)
    shared = [r for r in rows if r.reason is not None]
    assert _ids(shared) == [[["1"], ["2"]]]
    assert shared[0].reason.kind == "aligned"
    assert "Antwoord op vraag 2" in shared[0].reason.detail
    assert _ids([r for r in rows if r.reason is None]) == [[[], ["3"]]]
