"""Coding claims on the corpus documents and reading them back (Must show 1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from claims_helpers import WHEN, seeded_project, span, tag, text_of

from naast.core.claims import KEEP, CreateClaim, CreateLink, DeleteClaim, DeleteLink, EditClaim, EditLink
from naast.core.errors import InvalidCommand
from naast.store.claims import ClaimFilter, claims_of_document, get_claim, links_of, list_claims
from naast.store.codebook import lookups
from naast.store.project import Project

TWO_PARAGRAPHS = (
    "Daar zet ik op in.\n\nIn bepaalde gevallen is er een onorthodoxe aanpak nodig om vreemdelingen "
    "te laten terugkeren naar het land van herkomst."
)
OUTER = "Ik sta nog steeds achter een harde aanpak van overlastgevende vreemdelingen. Het sluitstuk"
NESTED = "harde aanpak van overlastgevende vreemdelingen"
OVERLAP = "overlastgevende vreemdelingen. Het sluitstuk van die aanpak is terugkeer"


@pytest.fixture
def coded(tmp_path: Path, corpus: Path) -> Iterator[tuple[Project, dict[str, int]]]:
    project, ids = seeded_project(tmp_path / "coded.naast", corpus)
    yield project, ids
    project.close()


def test_overlapping_nested_and_two_paragraph_claims_read_back(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    doc = ids["faber"]
    text = text_of(project, doc)
    outer = tag(project, doc, OUTER, topics=("9",), stance="supports")
    nested = tag(project, doc, NESTED, topics=("Law and Crime",), stance="steunt")
    overlap = tag(project, doc, OVERLAP, topics=("9", "12"), stance="conditional")
    both = tag(project, doc, TWO_PARAGRAPHS, topics=("Immigratie en integratie",), stance="neutral")

    records = {c.id: c for c in claims_of_document(project, doc)}
    assert set(records) == {outer, nested, overlap, both}
    for claim in records.values():
        assert text[claim.start : claim.end] == claim.quote
        assert claim.status == "ok"
        assert claim.unit_label == "Antwoord op vraag 8"
        assert claim.claimant == "Faber-van de Klashorst"  # answer text: the minister who answered
        assert claim.coder == "anna"
        assert claim.created == claim.modified == WHEN
        assert claim.kenmerk == "2025Z00029"
    assert records[both].quote == TWO_PARAGRAPHS and "\n\n" in records[both].quote
    assert records[outer].start < records[nested].start < records[nested].end < records[outer].end
    assert records[outer].start < records[overlap].start < records[outer].end < records[overlap].end
    assert [t.code for t in records[overlap].topics] == ["9", "12"]
    assert records[nested].stance is not None and records[nested].stance.code == "supports"
    assert records[overlap].stance is not None and records[overlap].stance.colour == "#E69F00"
    assert records[outer].prefix.endswith("Antwoord op vraag 8\n")
    assert records[outer].suffix == text[records[outer].end : records[outer].end + 32]


def test_default_claimant_follows_the_text(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    question = tag(project, ids["faber"], "Gaat hier volgens u niet het signaal van uit")
    answer = tag(project, ids["bk2019"], "Gecontroleerd vertrek heeft daarom de voorkeur")
    letter = tag(project, ids["letter"], "Ontwikkelingssamenwerking blijft zo bij uitstek")
    chosen = tag(project, ids["faber"], "Daar zet ik op in.", claimant="Van Nispen")
    assert get_claim(project, question).claimant == "Van Nispen"
    assert get_claim(project, question).unit_label == "Vraag 9"
    assert get_claim(project, answer).claimant == "Broekers-Knol"
    assert get_claim(project, letter).claimant == "Broekers-Knol"
    section = "7. Stopzetten ontwikkelingshulp aan tegenwerkende herkomstlanden"
    assert get_claim(project, letter).unit_label == section
    assert get_claim(project, chosen).claimant == "Van Nispen"


def test_filters_by_topic_stance_actor_proposition_and_date(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    names = lookups(project)
    a = tag(project, ids["faber"], OUTER, topics=("9",), stance="supports", proposition="harde  aanpak")
    b = tag(project, ids["bk2019"], "Gecontroleerd vertrek", topics=("12",), stance="rejects")
    c = tag(project, ids["faber"], NESTED, stance="supports", proposition="harde aanpak")
    assert get_claim(project, a).proposition_id == get_claim(project, c).proposition_id  # reused
    assert [x.id for x in list_claims(project, ClaimFilter(topic_id=names.topics["9"]))] == [a]
    assert {x.id for x in list_claims(project, ClaimFilter(stance_id=names.stances["supports"]))} == {a, c}
    faber = names.actors["faber-van de klashorst"]
    assert {x.id for x in list_claims(project, ClaimFilter(actor_id=faber))} == {a, c}
    proposition = get_claim(project, a).proposition_id
    assert {x.id for x in list_claims(project, ClaimFilter(proposition_id=proposition))} == {a, c}
    dates = {x.id: x.date for x in list_claims(project)}
    assert dates[b] is not None and dates[a] is not None and dates[b] < dates[a]
    assert [x.id for x in list_claims(project, ClaimFilter(date_to=dates[b]))] == [b]
    assert {x.id for x in list_claims(project, ClaimFilter(date_from=dates[a]))} == {a, c}


def test_topic_filter_includes_subtopics(coded: tuple[Project, dict[str, int]]) -> None:
    from naast.core.claims import AddTopic

    project, ids = coded
    parent = lookups(project).topics["9"]
    changes = project.apply(AddTopic("Return", "Terugkeer", "#DDEEFF", parent_id=parent, code="930"))
    child = next(iter(changes.ids["topics"]))
    claim = tag(project, ids["faber"], NESTED, topics=("930",))
    assert [x.id for x in list_claims(project, ClaimFilter(topic_id=parent))] == [claim]
    assert [x.id for x in list_claims(project, ClaimFilter(topic_id=child))] == [claim]


def test_edit_changes_span_topics_and_fields(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    names = lookups(project)
    doc = ids["faber"]
    claim = tag(project, doc, OUTER, topics=("9", "12"), stance="supports")
    new_span = span(text_of(project, doc), NESTED)
    project.apply(
        EditClaim(
            claim,
            "2026-02-01T00:00:00+00:00",
            span=new_span,
            topics=(names.topics["12"], names.topics["1"]),
            stance_id=None,
            note="hedged after all",
            proposition="harde aanpak",
        )
    )
    edited = get_claim(project, claim)
    assert (edited.start, edited.end, edited.quote) == (*new_span, NESTED)
    assert [t.code for t in edited.topics] == ["1", "12"]  # codebook order
    assert edited.stance is None and edited.note == "hedged after all"
    assert edited.proposition == "harde aanpak" and edited.modified == "2026-02-01T00:00:00+00:00"
    assert edited.created == WHEN
    unchanged = EditClaim(claim, "later", note="hedged after all", stance_id=KEEP)
    assert project.apply(unchanged).tables == frozenset()


def test_invalid_claims_are_refused(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    text = text_of(project, ids["faber"])
    for start, end in ((5, 5), (-1, 4), (0, len(text) + 1), (20, 10)):
        with pytest.raises(InvalidCommand):
            project.apply(CreateClaim(ids["faber"], start, end, WHEN))
    with pytest.raises(InvalidCommand):
        project.apply(CreateClaim(ids["faber"], 0, 10, WHEN, topics=(9999,)))
    with pytest.raises(InvalidCommand):
        project.apply(CreateClaim(9999, 0, 10, WHEN))
    assert project.count("claims") == 0


def test_links_and_deleting_a_claim_takes_its_links(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    question = tag(project, ids["faber"], "Gaat hier volgens u niet het signaal van uit")
    answer = tag(project, ids["faber"], OUTER)
    other = tag(project, ids["bk2019"], "Gecontroleerd vertrek heeft daarom de voorkeur")
    project.apply(CreateLink(answer, question, "answers", "direct answer"))
    project.apply(CreateLink(other, answer, "agrees"))
    with pytest.raises(InvalidCommand):
        project.apply(CreateLink(answer, question, "answers"))
    with pytest.raises(InvalidCommand):
        project.apply(CreateLink(answer, answer, "repeats"))
    with pytest.raises(InvalidCommand):
        project.apply(CreateLink(answer, question, "denies"))
    link = links_of(project, question)[0]
    project.apply(EditLink(link.id, kind="contradicts", note="on second reading"))
    assert links_of(project, question)[0].kind == "contradicts"
    project.apply(DeleteClaim(answer))
    assert links_of(project) == []
    project.undo()
    assert len(links_of(project)) == 2
    project.apply(DeleteLink(link.id))
    assert [x.kind for x in links_of(project)] == ["agrees"]


def test_claim_details_edit_and_links_are_one_undo_step(coded: tuple[Project, dict[str, int]]) -> None:
    from naast.core.claims.links import EditClaimDetails

    project, ids = coded
    question = tag(project, ids["faber"], "Gaat hier volgens u niet het signaal van uit")
    answer = tag(project, ids["faber"], OUTER)
    other = tag(project, ids["bk2019"], "Gecontroleerd vertrek heeft daarom de voorkeur")
    project.apply(CreateLink(other, answer, "agrees"))
    [old] = links_of(project)
    details = EditClaimDetails(
        EditClaim(answer, WHEN, note="answers the question"),
        remove_links=(old.id,),
        add_links=((answer, question, "answers"), (answer, other, "repeats")),
    )
    project.apply(details)
    assert sorted((x.source_id, x.target_id, x.kind) for x in links_of(project)) == sorted(
        [(answer, question, "answers"), (answer, other, "repeats")]
    )
    assert get_claim(project, answer).note == "answers the question"
    project.undo()
    assert [(x.id, x.kind) for x in links_of(project)] == [(old.id, "agrees")]
    assert get_claim(project, answer).note == ""
    with pytest.raises(InvalidCommand):  # refused whole: nothing of it applied
        project.apply(EditClaimDetails(None, (old.id,), ((answer, answer, "repeats"),)))
    assert [x.id for x in links_of(project)] == [old.id]
