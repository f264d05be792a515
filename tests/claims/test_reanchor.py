"""Anchors that survive a changed version of a document (Must show 2 and 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from claims_helpers import SAMPLES, seeded_project, tag, text_of

from naast.core.claims.anchoring import Anchor, Method, make_selector, reanchor
from naast.core.parsing import content_hash, parse_text
from naast.store.claims import claims_of_document, get_claim
from naast.store.importer import Outcome, ParsedFile, apply_parsed
from naast.store.project import Project

INSERTED = "Dit is een nieuwe alinea die in de tweede versie vóór alle antwoorden is ingevoegd.\n\n"
A = "Ik sta nog steeds achter een harde aanpak van overlastgevende vreemdelingen."
B = "Er is vast beleid voor de ondersteuning van terugkerende vreemdelingen."
B_EDITED = "Er is vastgesteld beleid voor de ondersteuning van terugkerende vreemdelingen."
C = (
    "Er is mij geen eerdere parlementaire correspondentie/aandacht voor maatwerkondersteuning "
    "vanuit de DTenV bekend."
)
D = "Het sluitstuk van die aanpak is terugkeer naar land van herkomst."


def new_version(raw: str) -> str:
    """Insert a paragraph before everything, edit a word in B, delete C's paragraph, copy D earlier."""
    assert raw.count(B) == 1 and raw.count(C) == 1 and raw.count(D) == 1
    first_answer = raw.index("Antwoord op vraag 1\n") + len("Antwoord op vraag 1\n")
    raw = raw[:first_answer] + INSERTED + raw[first_answer:]
    raw = raw.replace(B, B_EDITED)
    line_start = raw.rindex("\n", 0, raw.index(C)) + 1
    raw = raw[:line_start] + raw[raw.index("\n", raw.index(C)) + 1 :]
    duplicate_at = raw.index("Het artikel schetst de complexiteit")
    return raw[:duplicate_at] + D + " " + raw[duplicate_at:]


def reimport(project: Project, raw: str, name: str) -> tuple[Outcome, str, int | None]:
    document = parse_text(raw, source_name=name)
    parsed = ParsedFile(Path(name), document, content_hash(raw.encode("utf-8")))
    result = apply_parsed(project, parsed, coder="anna")
    return result.outcome, result.message, result.document_id


def test_reimport_places_moves_and_orphans_claims(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "p.naast", corpus)
    doc = ids["faber"]
    old_text = text_of(project, doc)
    claims = {name: tag(project, doc, phrase) for name, phrase in (("A", A), ("B", B), ("C", C), ("D", D))}
    context_before_d = old_text[old_text.index(D) - 40 : old_text.index(D)]
    before = {c.id: c for c in claims_of_document(project, doc)}
    documents_before = project.count("documents")

    raw = (corpus / SAMPLES["faber"]).read_text(encoding="utf-8")
    outcome, message, document_id = reimport(project, new_version(raw), SAMPLES["faber"])

    assert outcome is Outcome.REIMPORTED and document_id == doc
    assert project.count("documents") == documents_before
    new_text = text_of(project, doc)
    assert INSERTED.strip() in new_text and C not in new_text
    after = {c.id: c for c in claims_of_document(project, doc)}
    assert set(after) == set(before)  # none lost
    a, b, c, d = (after[claims[k]] for k in "ABCD")
    assert a.status == "ok" and a.quote == A and new_text[a.start : a.end] == A
    assert a.start != before[a.id].start
    assert b.status == "changed" and b.quote == B_EDITED and new_text[b.start : b.end] == B_EDITED
    assert b.previous_quote == B and a.previous_quote is None  # the words it quoted, kept for review
    assert c.status == "orphaned" and c.quote == C  # kept for review, with its old quote
    assert c.unit_label is None and before[c.id].unit_label == "Antwoord op vraag 7"
    assert d.status == "ok" and new_text[d.start : d.end] == D
    assert new_text.count(D) == 2
    assert new_text[d.start - 40 : d.start] == context_before_d  # the original, not the copy
    lines = message.splitlines()
    assert lines[0] == (
        "new version; 4 claims re-anchored: 3 placed (3 moved, 1 with changed words), 1 orphaned; 2 to review"
    )
    kinds = {int(line.split()[2]): line.split()[0] for line in lines[1:]}
    assert kinds == {a.id: "moved", b.id: "changed", c.id: "orphaned", d.id: "moved"}
    assert all(" · Antwoord op vraag " in line for line in lines[1:])
    assert "(exact, " in lines[1 + sorted(kinds).index(a.id)] and "(fuzzy, " in message
    assert a.unit_label == "Antwoord op vraag 8"

    project.undo()  # one step brings the old text, units and spans back
    assert text_of(project, doc) == old_text
    assert {c.id: c for c in claims_of_document(project, doc)} == before
    project.close()


def test_same_content_is_a_duplicate_and_an_unchanged_position_stays(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "p.naast", corpus)
    doc = ids["bk2019"]
    claim = tag(project, doc, "Gecontroleerd vertrek heeft daarom de voorkeur")
    raw = (corpus / SAMPLES["bk2019"]).read_text(encoding="utf-8")
    outcome, _, _ = reimport(project, raw, "other-name.txt")
    assert outcome is Outcome.IMPORTED  # different name, no kenmerk: a new document
    old = get_claim(project, claim)
    end_of_text = raw + "\nEen toegevoegde slotzin aan het einde.\n"
    outcome, message, _ = reimport(project, end_of_text, SAMPLES["bk2019"])
    assert outcome is Outcome.REIMPORTED
    assert (
        message == "new version; 1 claims re-anchored: 1 placed (0 moved, 0 with changed words), 0 orphaned"
    )
    assert get_claim(project, claim) == old
    project.close()


def test_emoji_before_a_claim_does_not_shift_it(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "p.naast", corpus)
    doc = ids["faber"]
    claim = tag(project, doc, A)
    start = get_claim(project, claim).start
    raw = (corpus / SAMPLES["faber"]).read_text(encoding="utf-8")
    with_emoji = raw.replace("Antwoord op vraag 8\n", "Antwoord op vraag 8\n🙂 👍🏽 ")
    reimport(project, with_emoji, SAMPLES["faber"])
    text = text_of(project, doc)
    moved = get_claim(project, claim)
    assert moved.status == "ok" and text[moved.start : moved.end] == A
    assert moved.start == start + len("🙂 👍🏽 ")  # 5 code points, 8 UTF-16 units
    assert len("🙂 👍🏽 ".encode("utf-16-le")) // 2 == 8
    # a claim created after the emoji, by code points, reads back the same text
    fresh = tag(project, doc, "Het sluitstuk van die aanpak")
    record = get_claim(project, fresh)
    assert text[record.start : record.end] == record.quote == "Het sluitstuk van die aanpak"
    project.close()


# -- the anchoring function itself ---------------------------------------------------------


def anchor_for(text: str, phrase: str, claim_id: int = 1) -> Anchor:
    start = text.index(phrase)
    selector = make_selector(text, start, start + len(phrase))
    return Anchor(claim_id, start, start + len(phrase), selector.quote, selector.prefix, selector.suffix)


TEXT = (
    "Vraag 1\nWat vindt u?\n\nAntwoord 1\nIk vind het een slecht plan. Wij doen dat niet.\n\n"
    "Antwoord 2\nDe regering steunt het voorstel van harte. Wij doen dat niet.\n"
)


def test_exact_quote_prefers_context_then_nearness() -> None:
    anchor = anchor_for(TEXT, "Wij doen dat niet.", 1)
    copy = "Wij doen dat niet. " + TEXT
    placed = reanchor(copy, anchor)
    assert placed.method is Method.EXACT
    assert placed.new_start == anchor.start + len("Wij doen dat niet. ")


@pytest.mark.parametrize(
    ("changed", "method"),
    [
        (TEXT, Method.POSITION),
        (TEXT.removesuffix("niet.\n") + "nooit.\n", Method.POSITION),  # an edit after the span
        (TEXT.replace("slecht", "bijzonder slecht"), Method.EXACT),  # an edit before it
        (TEXT.replace("Antwoord 2\nDe regering steunt", "Antwoord 2\nHet kabinet zelf steunt"), Method.EXACT),
        (TEXT.replace("van harte", "van ganser harte"), Method.FUZZY),
        (TEXT.replace("De regering steunt het voorstel van harte. ", ""), Method.ORPHANED),
    ],
)
def test_each_method(changed: str, method: Method) -> None:
    anchor = anchor_for(TEXT, "steunt het voorstel van harte.")
    placed = reanchor(changed, anchor)
    assert placed.method is method
    assert placed.changed is (method is Method.FUZZY)  # "van ganser harte" is not what was quoted
    if method is not Method.ORPHANED:
        assert placed.new_start is not None and placed.new_end is not None
        found = changed[placed.new_start : placed.new_end]
        assert found.startswith("steunt") and found.endswith("harte.")
    else:
        assert placed.new_start is None and placed.orphaned and not placed.moved


def test_another_document_with_the_same_file_name_is_not_a_new_version(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "p.naast", corpus)
    claim = tag(project, ids["bk2019"], "Gecontroleerd vertrek heeft daarom de voorkeur")
    other_text = (corpus / SAMPLES["bk2021"]).read_text(encoding="utf-8")
    outcome, _, document_id = reimport(project, other_text + "\nAnders.\n", SAMPLES["bk2019"])
    assert outcome is Outcome.IMPORTED and document_id not in ids.values()
    assert get_claim(project, claim).status == "ok"
    project.close()
