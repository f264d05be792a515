"""Plans built from a real project: corpus documents imported, the scripted coding applied."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from export_readback import comment_texts, open_docx, tables_after_headings
from export_script import SCRIPT, TOPICS, topic_id

from naast.core.claims import EditClaim
from naast.core.documents import DeleteDocument
from naast.core.errors import NotFound
from naast.export.docx_annotated import write_annotated_document
from naast.export.docx_writer import write_memo
from naast.export.from_project import (
    Selection,
    annotated_plan_from_project,
    claim_rows,
    memo_plan_from_project,
)
from naast.export.tabular import write_csv
from naast.store.claims import list_claims
from naast.store.project import Project


def test_memo_of_all_claims(tmp_path: Path, coded: tuple[Project, dict[str, int]]) -> None:
    project, _ids = coded
    plan = memo_plan_from_project(project, Selection())
    assert len(plan.claims()) == len(SCRIPT)
    labels = [t.label for t in TOPICS.values()]
    assert [s.topic.label for s in plan.sections] == [labels[0], "Maatwerk", *labels[1:]]  # tree order
    path = write_memo(plan, tmp_path / "memo.docx")
    assert len(comment_texts(path)) == sum(1 for row in SCRIPT if row[4])
    assert plan.meta.author == "Anna de Vries" and plan.meta.project == "coded"


def test_selected_topic_includes_its_subtopics_and_actor_filter(
    coded: tuple[Project, dict[str, int]],
) -> None:
    project, _ids = coded
    plan = memo_plan_from_project(project, Selection(topics=("terugkeer",)))
    assert [s.topic.key for s in plan.sections] == [str(topic_id(project, "terugkeer"))]
    assert len(plan.claims()) == sum(1 for row in SCRIPT if row[2] == "terugkeer")
    faber = next(c.claimant for c in list_claims(project) if c.document_id == _ids["2025"])
    only = memo_plan_from_project(project, Selection(actors=(faber or "",)))
    assert {c.actor for c in only.claims()} == {faber}
    with pytest.raises(NotFound):
        memo_plan_from_project(project, Selection(topics=("no such topic",)))


def test_claims_of_a_deleted_document_are_marked(
    tmp_path: Path, coded: tuple[Project, dict[str, int]]
) -> None:
    project, ids = coded
    project.apply(DeleteDocument(ids["2019"]))
    plan = memo_plan_from_project(project, Selection())
    missing = [c for c in plan.claims() if c.document_missing]
    assert len(missing) == sum(1 for row in SCRIPT if row[0] == "2019")
    assert all(c.citation.document_title for c in missing)
    path = write_memo(plan, tmp_path / "deleted.docx")
    cells = [c.text for t in open_docx(path).tables for r in t.rows for c in r.cells]
    assert sum("source document deleted" in text for text in cells) == len(missing)


def test_annotated_document_and_annex(tmp_path: Path, coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    plan = annotated_plan_from_project(project, str(ids["2025"]), Selection(language="nl"))
    assert len(plan.spans) == sum(1 for row in SCRIPT if row[0] == "2025")
    assert any(u.label.startswith("Antwoord") for u in plan.units)
    write_annotated_document(plan, tmp_path / "annotated.docx")
    memo = memo_plan_from_project(project, Selection(annex=(str(ids["2019"]), str(ids["2021r"]))))
    assert memo.annex is not None and memo.annex.pairs
    path = write_memo(memo, tmp_path / "annex.docx")
    assert "Annex: aligned passages" in tables_after_headings(open_docx(path))


def test_csv_rows_from_project(tmp_path: Path, coded: tuple[Project, dict[str, int]]) -> None:
    project, _ids = coded
    rows = claim_rows(project, Selection())
    assert len(rows) == len(SCRIPT)
    path = write_csv(rows, tmp_path / "claims.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    assert {r["quote"] for r in read} == {c.quote for c in list_claims(project)}
    assert any(r["kenmerk"] == "2025Z00029" for r in read)


def test_memo_by_proposition(coded: tuple[Project, dict[str, int]]) -> None:
    project, ids = coded
    proposition = "Terugkeer moet worden afgedwongen"
    tagged = [c for c in list_claims(project) if c.document_id in (ids["2019"], ids["2025"])][:3]
    for claim in tagged:
        project.apply(EditClaim(claim.id, "2026-11-22T11:00:00", proposition=proposition))
    plan = memo_plan_from_project(project, Selection(by="proposition"))
    assert [s.topic.label for s in plan.sections] == [proposition]
    assert sorted(c.claim_id for c in plan.claims()) == sorted(str(c.id) for c in tagged)
    assert [t.label for t in plan.overview.columns] == [proposition]
    # the section is the proposition already: its claims are not all heaped into one row
    assert len(plan.sections[0].rows) == len(tagged)
    assert all(row.reason is None for row in plan.sections[0].rows)
