"""``naast merge`` (Must show 1): coders' projects brought together; again changes nothing; a claim
edited on both sides is a listed conflict with both versions kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from team_helpers import FABER, LETTER, Q_AIM, Q_DETAIN, Q_END, Q_HARD, coder_project, run

from naast.core.claims.codebook_commands import EditTopic
from naast.core.claims.commands import DeleteClaim, EditClaim
from naast.store.claims import list_claims
from naast.store.merging import merge_project
from naast.store.project import Project

ANNA = [(Q_HARD, "9", "supports", ""), (Q_END, "9", "supports", ""), (Q_DETAIN, "12", "conditional", "")]
BOB = [(Q_HARD, "9", "supports", ""), (Q_END, "9; 12", "rejects", ""), (Q_AIM, "9", "supports", "")]


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, Path]:
    anna = coder_project(tmp_path, "anna", ANNA)
    bob = coder_project(tmp_path, "bob", BOB, LETTER)
    team = tmp_path / "team.naast"
    assert run("new", team) == 0
    return team, anna, bob


def state(path: Path) -> tuple:
    with Project.open(path, read_only=True) as project:
        claims = sorted(
            (c.uid, c.coder, c.start, c.end, c.stance.code if c.stance else None)
            for c in list_claims(project)
        )
        return project.counts(), claims


def stance_id(project: Project, code: str) -> int:
    return project.query("SELECT id FROM stances WHERE code = ?", [code])[0][0]


def claim_of(project: Project, quote: str, coder: str) -> int:
    return project.query("SELECT id FROM claims WHERE quote = ? AND coder = ?", [quote, coder])[0][0]


def test_merge_brings_coders_together_and_again_changes_nothing(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target, anna, bob = team
    capsys.readouterr()
    assert run("merge", target, anna, bob) == 0
    out = capsys.readouterr().out
    assert "anna.naast: 3 added, 0 updated, 0 conflicts, 0 skipped, 0 unchanged" in out
    assert "bob.naast: 3 added, 0 updated, 0 conflicts, 0 skipped, 0 unchanged" in out
    counts, claims = state(target)
    assert counts["documents"] == 2 and counts["claims"] == 6
    assert sorted({c[1] for c in claims}) == ["anna", "bob"]
    assert {c[0] for c in claims} == {c[0] for c in state(anna)[1]} | {c[0] for c in state(bob)[1]}
    assert run("merge", target, anna, bob) == 0
    out = capsys.readouterr().out
    assert "anna.naast: 0 added, 0 updated, 0 conflicts, 0 skipped, 3 unchanged" in out
    assert state(target) == (counts, claims)  # no history entry either: counts include history


def test_a_claim_edited_on_both_sides_is_a_conflict_with_both_kept(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target, anna, _ = team
    assert run("merge", target, anna) == 0
    with Project.open(target) as project:
        project.apply(
            EditClaim(claim_of(project, Q_END, "anna"), "2026-02-01", stance_id=stance_id(project, "rejects"))
        )
    with Project.open(anna) as project:
        project.apply(
            EditClaim(claim_of(project, Q_END, "anna"), "2026-02-02", stance_id=stance_id(project, "neutral"))
        )
    capsys.readouterr()
    assert run("merge", target, anna) == 0
    out = capsys.readouterr().out
    assert "0 added, 0 updated, 1 conflicts, 0 skipped, 2 unchanged" in out
    assert "changed on both sides; both kept" in out
    with Project.open(target, read_only=True) as project:
        versions = [c for c in list_claims(project) if c.quote == Q_END]
        assert sorted(c.stance.code for c in versions if c.stance) == ["neutral", "rejects"]
        assert {c.coder for c in versions} == {"anna"} and len({c.uid for c in versions}) == 2
        kept, other = project.query("SELECT kept_claim_id, other_claim_id FROM merge_conflicts")[0]
        assert {kept, other} == {c.id for c in versions}
    before = state(target)
    assert run("merge", target, anna) == 0
    assert "0 added, 0 updated, 0 conflicts, 0 skipped, 3 unchanged" in capsys.readouterr().out
    assert state(target) == before


def test_an_edit_on_one_side_updates_and_a_deletion_here_is_skipped(team: tuple[Path, Path, Path]) -> None:
    target, anna, _ = team
    with Project.open(target) as project:
        merge_project(project, anna)
    with Project.open(anna) as project:
        project.apply(
            EditClaim(claim_of(project, Q_HARD, "anna"), "2026-02-02", stance_id=stance_id(project, "evades"))
        )
    with Project.open(target) as project:
        project.apply(DeleteClaim(claim_of(project, Q_DETAIN, "anna")))
        report = merge_project(project, anna)
        assert len(report.updated) == 1 and len(report.skipped) == 1
        assert "deleted in this project since the last merge" in report.skipped[0]
        hard = next(c for c in list_claims(project) if c.quote == Q_HARD)
        assert hard.stance is not None and hard.stance.code == "evades"
        project.undo()  # one undoable command
        hard = next(c for c in list_claims(project) if c.quote == Q_HARD)
        assert hard.stance is not None and hard.stance.code == "supports"


def test_undo_takes_a_whole_merge_back(team: tuple[Path, Path, Path]) -> None:
    target, _, bob = team
    before = state(target)
    with Project.open(target) as project:
        merge_project(project, bob)
        assert project.count("claims") == 3
        project.undo()
    after = state(target)
    assert after[1] == before[1] and after[0]["documents"] == before[0]["documents"]


def test_another_version_of_a_document_has_its_claims_reanchored(tmp_path: Path) -> None:
    anna = coder_project(tmp_path, "anna", ANNA)
    changed = tmp_path / "faber-v2.txt"
    text = FABER.read_text(encoding="utf-8")
    changed.write_text(
        text.replace("Ik sta nog steeds", "Ik sta ook nu nog steeds", 1).replace("\n\n", "\n\n\n", 3)
    )
    target = tmp_path / "team.naast"
    assert run("new", target) == 0
    assert run("import", target, changed) == 0
    with Project.open(target) as project:
        report = merge_project(project, anna)
        assert any("another version" in line for line in report.documents)
        assert len(report.added) == 3
        doc_text = project.query("SELECT text FROM documents")[0][0]
        for claim in list_claims(project):
            assert doc_text[claim.start : claim.end] == claim.quote
        end = next(c for c in list_claims(project) if c.quote == Q_END)
        assert end.status == "ok"


def test_codebook_differences_are_reported_and_the_project_keeps_its_own(
    team: tuple[Path, Path, Path],
) -> None:
    target, anna, _ = team
    with Project.open(anna) as project:
        topic = project.query("SELECT id FROM topics WHERE code = '9'")[0][0]
        project.apply(EditTopic(topic, label_en="Migration", colour="#abcdef"))
    with Project.open(target) as project:
        report = merge_project(project, anna)
        assert any("is named 'Migration'" in line for line in report.codebook)
        assert any("coloured #abcdef" in line.lower() for line in report.codebook)
        assert project.query("SELECT label_en FROM topics WHERE code = '9'")[0][0] == "Immigration"
        assert not any(line.startswith("new topic") for line in report.codebook)


def test_merging_a_project_into_itself_is_refused(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target, _, _ = team
    capsys.readouterr()
    assert run("merge", target, target) == 2
    assert capsys.readouterr().err.strip() == "naast: team.naast cannot be merged into itself."


def test_a_bad_source_is_one_sentence_and_changes_nothing(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target, _, _ = team
    junk = target.with_name("junk.naast")
    junk.write_text("not a project", encoding="utf-8")
    before = state(target)
    capsys.readouterr()
    assert run("merge", target, junk) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("naast: ") and len(err.splitlines()) == 1 and "Traceback" not in err
    assert state(target) == before
    assert junk.read_text(encoding="utf-8") == "not a project"
