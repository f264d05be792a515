"""The shipped codebook, seeding new projects, and codebook edits (add, rename, move, merge, delete)."""

from __future__ import annotations

from pathlib import Path

import pytest
from claims_helpers import seeded_project, tag

from naast.cli import main
from naast.core.claims import (
    AddStance,
    AddTopic,
    DeleteStance,
    DeleteTopic,
    EditStance,
    EditTopic,
    MergeTopics,
    MoveTopic,
    default_codebook,
)
from naast.core.claims.codebook import SHAPES
from naast.core.errors import InvalidCommand
from naast.store.claims import get_claim, list_claims
from naast.store.codebook import list_stances, lookups, topic_deletion_fate, topic_tree
from naast.store.project import Project

CAP_MAJOR = [str(n) for n in (*range(1, 11), *range(12, 22), 23)]


def relative_luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_default_codebook_is_cap_with_both_languages_and_the_stance_scale() -> None:
    codebook = default_codebook()
    codes = [t.code for t in codebook.topics]
    assert codes[:21] == CAP_MAJOR and codes[21:] == ["99"]
    immigration = codebook.topics[8]
    assert (immigration.label_en, immigration.label_nl) == ("Immigration", "Immigratie en integratie")
    assert len({t.colour for t in codebook.topics}) == len(codebook.topics)
    for topic in codebook.topics:  # black text stays readable: contrast ratio above 7:1 (WCAG AAA)
        assert (relative_luminance(topic.colour) + 0.05) / 0.05 > 7, topic
    stances = {s.code: (s.colour, SHAPES[s.shape], s.label_nl) for s in codebook.stances}
    assert stances == {
        "supports": ("#0072B2", "▲", "steunt"),
        "neutral": ("#999999", "●", "neutraal/informatief"),
        "conditional": ("#E69F00", "◆", "voorwaardelijk/voorbehoud"),
        "rejects": ("#D55E00", "▼", "wijst af"),
        "evades": ("#CC79A7", "○", "ontwijkt"),
    }


def test_naast_new_seeds_the_codebook_without_an_undo_step(tmp_path: Path) -> None:
    path = tmp_path / "fresh.naast"
    assert main(["new", str(path)]) == 0
    with Project.open(path) as project:
        assert [n.code for n in topic_tree(project)] == [*CAP_MAJOR, "99"]
        assert [s.code for s, _ in list_stances(project)] == [
            "supports",
            "neutral",
            "conditional",
            "rejects",
            "evades",
        ]
        assert project.undo_label() is None


@pytest.fixture
def project(tmp_path: Path, corpus: Path) -> Project:
    opened, ids = seeded_project(tmp_path / "cb.naast", corpus)
    opened.ids = ids  # type: ignore[attr-defined]
    return opened


def test_rename_recolour_move_without_cycles(project: Project) -> None:
    names = lookups(project)
    imm, law = names.topics["9"], names.topics["12"]
    child = next(iter(project.apply(AddTopic("Return", "Terugkeer", "#ddeeff", parent_id=imm)).ids["topics"]))
    project.apply(EditTopic(child, label_en="Return and departure", colour="#EEDDFF"))
    with pytest.raises(InvalidCommand):
        project.apply(MoveTopic(imm, child))  # under its own subtopic
    with pytest.raises(InvalidCommand):
        project.apply(MoveTopic(imm, imm))
    with pytest.raises(InvalidCommand):
        project.apply(EditTopic(child, colour="blue"))
    project.apply(MoveTopic(child, law, 0))
    node = next(n for n in topic_tree(project) if n.id == law)
    assert [(c.label_en, c.colour) for c in node.children] == [("Return and departure", "#EEDDFF")]
    project.apply(MoveTopic(child, None, 0))
    assert topic_tree(project)[0].id == child
    project.close()


def test_merge_repoints_claims_and_delete_reports_the_fate_first(project: Project) -> None:
    ids = project.ids  # type: ignore[attr-defined]
    names = lookups(project)
    imm, law, health = names.topics["9"], names.topics["12"], names.topics["3"]
    a = tag(project, ids["faber"], "Ik sta nog steeds achter", topics=("9", "12"))
    b = tag(project, ids["faber"], "Daar zet ik op in.", topics=("12",))
    c = tag(project, ids["faber"], "Gaat hier volgens u niet", topics=("3",))
    sub = next(iter(project.apply(AddTopic("Sub", "Sub", "#EEEEEE", parent_id=law)).ids["topics"]))

    fate = topic_deletion_fate(project, law)
    assert (fate.claims_losing_topic, fate.claims_left_without_topic, fate.subtopics_moving_up) == (2, 1, 1)
    assert fate.describe() == (
        "2 claims lose the topic 'Law and Crime'; 1 of them are left without any topic; "
        "1 subtopics move up one level."
    )
    project.apply(MergeTopics(law, imm))
    assert [t.code for t in get_claim(project, a).topics] == ["9"]  # not twice
    assert [t.code for t in get_claim(project, b).topics] == ["9"]
    assert next(n for n in topic_tree(project) if n.id == imm).children[0].id == sub
    assert all(n.id != law for n in topic_tree(project))
    project.undo()
    assert [t.code for t in get_claim(project, b).topics] == ["12"]

    project.apply(DeleteTopic(health))
    assert get_claim(project, c).topics == () and len(list_claims(project)) == 3  # claims stay
    project.apply(DeleteTopic(law))
    assert any(n.id == sub for n in topic_tree(project))  # the subtopic moved up
    project.close()


def test_stance_scale_edits(project: Project) -> None:
    ids = project.ids  # type: ignore[attr-defined]
    names = lookups(project)
    claim = tag(project, ids["faber"], "Daar zet ik op in.", stance="evades")
    project.apply(AddStance("ambivalent", "ambivalent", "ambivalent", "#56B4E9", "square"))
    with pytest.raises(InvalidCommand):
        project.apply(AddStance("ambivalent", "again", "opnieuw", "#56B4E9", "square"))
    with pytest.raises(InvalidCommand):
        project.apply(AddStance("odd", "odd", "vreemd", "#56B4E9", "hexagon"))
    project.apply(EditStance(names.stances["evades"], label_en="dodges", position=0))
    assert [s.label_en for s, _ in list_stances(project)][:2] == ["dodges", "supports"]
    project.apply(DeleteStance(names.stances["evades"]))
    assert get_claim(project, claim).stance is None
    project.undo()
    stance = get_claim(project, claim).stance
    assert stance is not None and stance.label_en == "dodges"
    project.close()
