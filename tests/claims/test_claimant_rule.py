"""The claimant follows the speaker of the unit (issue 13, Must show 1), and the claimant check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from claims_helpers import SAMPLES, WHEN, seeded_project, tag, text_of

from naast.cli import main
from naast.core.claims.claimant_check import FixClaimants
from naast.store.claimant_check import check_claimants
from naast.store.claims import get_claim, list_claims
from naast.store.project import Project

FABER_QUESTION = "Gaat hier volgens u niet het signaal van uit"
FABER_ANSWER = "Daar zet ik op in."
BK2021_QUESTION = "Gezien het feit dat het rapport van de Europese Rekenkamer concludeert"
BK2019_QUESTION = "In hoeverre herkent u de cijfers en percentages"


@pytest.fixture
def project_file(tmp_path: Path, corpus: Path) -> Path:
    project, _ = seeded_project(tmp_path / "rule.naast", corpus)
    project.close()
    return tmp_path / "rule.naast"


def _export(project_file: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["claims", "export", str(project_file), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_claims_import_gives_a_question_to_its_asker_never_the_minister(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "questions.csv"
    sheet.write_text(
        "document,quote,topics,stance\n"
        f"2025Z00029,{FABER_QUESTION},9,rejects\n"
        f"{SAMPLES['bk2021']},{BK2021_QUESTION},9,rejects\n"
        f"{SAMPLES['bk2019']},{BK2019_QUESTION},9,neutral/informative\n"
        f"2025Z00029,{FABER_ANSWER},9,supports\n",
        encoding="utf-8",
    )
    assert main(["claims", "import", str(project_file), str(sheet), "--coder", "bea"]) == 0
    rows = {r["quote"]: r for r in _export(project_file, capsys)}
    assert rows[FABER_QUESTION]["unit"] == "Vraag 9"
    assert rows[FABER_QUESTION]["claimant"] == "Van Nispen"
    assert rows[BK2021_QUESTION]["unit"] == "Vraag 8"
    assert rows[BK2021_QUESTION]["claimant"] is None  # no asker header: nobody, not Broekers-Knol
    assert rows[BK2019_QUESTION]["claimant"] == "Van Wijngaarden"  # the first of two askers
    assert rows[FABER_ANSWER]["claimant"] == "Faber-van de Klashorst"


def test_the_check_lists_only_contradicting_claimants_and_fixes_the_chosen(
    tmp_path: Path, corpus: Path
) -> None:
    project, ids = seeded_project(tmp_path / "old.naast", corpus)
    # what the old rule wrote: the answering minister on questions
    wrong_2021 = tag(project, ids["bk2021"], BK2021_QUESTION, claimant="Broekers-Knol")
    wrong_faber = tag(project, ids["faber"], FABER_QUESTION, claimant="Faber-van de Klashorst")
    mp_on_answer = tag(project, ids["faber"], FABER_ANSWER, claimant="Van Nispen")
    second_asker = tag(project, ids["bk2019"], BK2019_QUESTION, claimant="Weverling")  # also asked
    outsider = tag(
        project, ids["letter"], "Ontwikkelingssamenwerking blijft zo bij uitstek", claimant="Van Nispen"
    )
    fine = tag(project, ids["bk2019"], "Gecontroleerd vertrek heeft daarom de voorkeur")
    before = {c.id: c for c in list_claims(project)}

    findings = check_claimants(project)
    assert [f.claim_id for f in findings] == sorted([wrong_2021, wrong_faber, mp_on_answer])
    by_id = {f.claim_id: f for f in findings}
    assert by_id[wrong_2021].expected == () and by_id[wrong_2021].unit == "Vraag 8"
    assert by_id[wrong_2021].claimant == "Broekers-Knol"
    assert by_id[wrong_faber].expected == ("Van Nispen",)
    assert by_id[mp_on_answer].expected == ("Faber-van de Klashorst",)
    assert by_id[wrong_faber].uid == before[wrong_faber].uid
    assert "expected nobody" in by_id[wrong_2021].describe()
    assert {c.id: c for c in list_claims(project)} == before  # the check changes nothing

    project.apply(FixClaimants((wrong_2021, wrong_faber), WHEN))
    assert get_claim(project, wrong_2021).claimant is None
    assert get_claim(project, wrong_faber).claimant == "Van Nispen"
    assert get_claim(project, mp_on_answer).claimant == "Van Nispen"  # not selected: left alone
    assert [f.claim_id for f in check_claimants(project)] == [mp_on_answer]
    for untouched in (second_asker, outsider, fine, mp_on_answer):
        assert get_claim(project, untouched) == before[untouched]
    project.undo()
    assert {c.id: c for c in list_claims(project)} == before
    project.close()


def test_naast_check_lists_the_contradicting_claimants(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.naast"
    project, ids = seeded_project(path, corpus)
    wrong = tag(project, ids["faber"], FABER_QUESTION, claimant="Faber-van de Klashorst")
    tag(project, ids["faber"], FABER_ANSWER)  # the rule's own claimant: fine
    project.close()
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAILED   claimants" in out
    assert f"claim {wrong} (" in out and "claimant Faber-van de Klashorst, expected Van Nispen" in out
    assert out.count("expected ") == 1


def test_the_popup_names_the_same_speaker_as_the_store(tmp_path: Path, corpus: Path) -> None:
    from claims_helpers import parse_sample

    from naast.gui.tagging import speaker

    project, ids = seeded_project(tmp_path / "p.naast", corpus)
    for name, phrase in (("bk2021", BK2021_QUESTION), ("faber", FABER_QUESTION), ("faber", FABER_ANSWER)):
        parsed = parse_sample(corpus, name)
        offset = parsed.text.index(phrase)
        assert text_of(project, ids[name]) == parsed.text
        claim = get_claim(project, tag(project, ids[name], phrase))
        assert speaker(parsed, offset) == (claim.claimant or "—")
    project.close()


def test_an_old_project_is_not_changed_by_opening_it(project_file: Path) -> None:
    with Project.open(project_file) as project:
        assert check_claimants(project) == []


def test_the_demo_follows_the_rule(tmp_path: Path) -> None:
    from naast.demo import build_demo

    path = build_demo(tmp_path / "demo.naast")
    with Project.open(path) as project:
        claims = list_claims(project)
        assert claims and check_claimants(project) == []
        assert all(c.claimant for c in claims if (c.unit_label or "").startswith(("Antwoord", "3.", "4.")))
        speakers = {
            r[0]: r[1]
            for r in project.query(
                "SELECT da.document_id, a.name FROM document_actors da JOIN actors a ON a.id = da.actor_id "
                "WHERE da.relation IN ('answered_by', 'signatory')"
            )
        }
        assert all(c.claimant == speakers[c.document_id] for c in claims)  # every demo claim is an answer
