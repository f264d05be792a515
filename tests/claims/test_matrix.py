"""The comparison matrix and timeline after a scripted coding session on the corpus (Must show 5)."""

from __future__ import annotations

from pathlib import Path

from claims_helpers import seeded_project, tag

from naast.core.claims import AddTopic
from naast.core.claims.aggregate import Fact, build_matrix, roll_up
from naast.store.claims import ClaimFilter, comparison_matrix, timeline
from naast.store.codebook import lookups, topic_tree
from naast.store.project import Project

STOP_AID = "stop development aid to countries that do not take back their nationals"


def code_session(project: Project, ids: dict[str, int]) -> dict[str, int]:
    """What a researcher might tag in the four sample documents."""
    return {
        "faber_hard": tag(
            project,
            ids["faber"],
            "Ik sta nog steeds achter een harde aanpak",
            topics=("9",),
            stance="supports",
        ),
        "faber_return": tag(
            project, ids["faber"], "Het sluitstuk van die aanpak is terugkeer", topics=("9",), stance="steunt"
        ),
        "faber_cases": tag(
            project,
            ids["faber"],
            "Zoals u bekend kan ik niet ingaan op individuele zaken",
            topics=("12",),
            stance="wijst af",
        ),
        "nispen": tag(
            project,
            ids["faber"],
            "Gaat hier volgens u niet het signaal van uit",
            topics=("9",),
            stance="rejects",
        ),
        "bk_yes": tag(
            project,
            ids["bk2019"],
            "Gecontroleerd vertrek heeft daarom de voorkeur",
            topics=("9",),
            stance="supports",
        ),
        "bk_local": tag(
            project,
            ids["bk2019"],
            "Ik kan dan ook niet ingaan op de specifieke",
            topics=("9", "12"),
            stance="evades",
        ),
        "bk_rvk": tag(
            project,
            ids["bk2019"],
            "Jaarlijks informeer ik uw Kamer over incidenten",
            topics=("9",),
            stance="neutral",
        ),
        "bk_ecA": tag(
            project,
            ids["bk2021"],
            "Ik deel de bevinding van de Europese Rekenkamer",
            topics=("9",),
            stance="conditional/hedged",
        ),
        "letter_aid": tag(
            project,
            ids["letter"],
            "Ontwikkelingssamenwerking blijft zo bij uitstek",
            topics=("19",),
            stance="rejects",
            proposition=STOP_AID,
        ),
        "letter_fine": tag(
            project,
            ids["letter"],
            "het alleen zin heeft instrumenten in te zetten",
            topics=("International Affairs",),
            stance="conditional",
            proposition=STOP_AID,
        ),
    }


def test_matrix_counts_after_a_scripted_session(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "m.naast", corpus)
    c = code_session(project, ids)
    names = lookups(project)
    bk, faber = names.actors["broekers-knol"], names.actors["faber-van de klashorst"]
    nispen = names.actors["van nispen"]
    imm, law, intl = names.topics["9"], names.topics["12"], names.topics["19"]
    s = {code: names.stances[code] for code in ("supports", "neutral", "conditional", "rejects", "evades")}

    result = comparison_matrix(project, "topic")
    m = result.matrix
    counts = {
        (actor, topic): {
            code: m.count(actor, topic, sid) for code, sid in s.items() if m.count(actor, topic, sid)
        }
        for actor in (bk, faber, nispen)
        for topic in (imm, law, intl)
    }
    assert counts == {
        (bk, imm): {"supports": 1, "neutral": 1, "conditional": 1, "evades": 1},
        (bk, law): {"evades": 1},
        (bk, intl): {"conditional": 1, "rejects": 1},
        (faber, imm): {"supports": 2},
        (faber, law): {"rejects": 1},
        (faber, intl): {},
        (nispen, imm): {"rejects": 1},
        (nispen, law): {},
        (nispen, intl): {},
    }
    assert m.claims(faber, imm, s["supports"]) == tuple(sorted((c["faber_hard"], c["faber_return"])))
    assert m.claims(bk, law) == (c["bk_local"],)
    assert m.stances == tuple(s.values())  # the scale's order
    assert result.actors[bk].name == "Broekers-Knol" and result.columns[imm] == "Immigration"
    assert sum(m.totals().values()) == 11  # ten claims, one of them under two topics

    by_proposition = comparison_matrix(project, "proposition").matrix
    proposition = next(col for col in by_proposition.columns if col is not None)
    assert by_proposition.stance_counts(bk, proposition) == {s["rejects"]: 1, s["conditional"]: 1}

    since_2021 = comparison_matrix(project, "topic", ClaimFilter(date_from="2021-01-01")).matrix
    assert since_2021.stance_counts(bk, imm) == {s["conditional"]: 1}
    assert since_2021.claims(faber, imm) == m.claims(faber, imm)
    project.close()


def test_subtopics_roll_up_and_the_tree_counts(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "m.naast", corpus)
    names = lookups(project)
    imm = names.topics["9"]
    project.apply(AddTopic("Return", "Terugkeer", "#DDEEFF", parent_id=imm, code="930"))
    a = tag(
        project, ids["faber"], "Het sluitstuk van die aanpak is terugkeer", topics=("930",), stance="supports"
    )
    b = tag(project, ids["faber"], "Daar zet ik op in.", topics=("930", "9"), stance="supports")
    plain = comparison_matrix(project, "topic").matrix
    rolled = comparison_matrix(project, "topic", top_level=True).matrix
    faber = names.actors["faber-van de klashorst"]
    assert plain.claims(faber, imm) == (b,)
    assert rolled.claims(faber, imm) == tuple(sorted((a, b)))  # each claim once per cell
    node = next(n for n in topic_tree(project) if n.id == imm)
    assert (node.claim_count, node.total_count) == (1, 2)
    assert [child.label_nl for child in node.children] == ["Terugkeer"]
    assert node.children[0].claim_count == 2
    project.close()


def test_timeline_is_ordered_by_date(tmp_path: Path, corpus: Path) -> None:
    project, ids = seeded_project(tmp_path / "t.naast", corpus)
    code_session(project, ids)
    points = timeline(project)
    dates = [p.date for p in points if p.date is not None]
    assert dates == sorted(dates) and len(points) == 10
    undated = [p for p in points if p.date is None]  # the letter's date is not in its text
    assert points[len(dates) :] == undated
    assert points[0].actor == "Broekers-Knol"
    assert points[len(dates) - 1].actor in {"Faber-van de Klashorst", "Van Nispen"}
    assert all(p.stance is not None for p in points)
    project.close()


def test_pure_aggregation() -> None:
    facts = [Fact(1, 10, 5, 1), Fact(1, 10, 5, 1), Fact(2, 10, 6, 2), Fact(3, None, None, None)]
    matrix = build_matrix(facts, stance_order=(2, 1))
    assert matrix.stances == (2, 1, None)
    assert matrix.claims(10, 5, 1) == (1,) and matrix.count(None, None, None) == 1
    rolled = build_matrix(roll_up(facts, {5: None, 6: 5}))
    assert rolled.stance_counts(10, 5) == {1: 1, 2: 1}
