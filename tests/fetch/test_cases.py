"""Must show 2: a question set, its Mededeling and its answers arrive as one linked case."""

from __future__ import annotations

from pathlib import Path

from fetch_helpers import ANSWERS_QUERY, consistent, fetch, new_project
from loopback import Loopback

from naast.store.cases import Case, case_of_document, list_cases
from naast.store.documents import find_document
from naast.store.project import Project

CASE = ["kv-tk-2024Z03001", "ah-tk-20232024-2850", "ah-tk-20232024-2901"]


def _only_case(project: Path) -> Case:
    with Project.open(project, read_only=True) as p:
        cases = list_cases(p)
        linked = {i: case_of_document(p, find_document(p, i)) for i in CASE}
    assert [c.key for c in cases if len(c.documents) > 1] == ["2024Z03001"]
    case = next(c for c in cases if c.key == "2024Z03001")
    assert all(found == case for found in linked.values())
    return case


def test_a_zaak_number_brings_questions_notice_and_answers_as_one_case(
    tmp_path: Path, loopback: Loopback
) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, "2024Z03001") == 0
    consistent(project)
    case = _only_case(project)
    assert [(m.role, m.identifier) for m in case.documents] == [
        ("questions", "kv-tk-2024Z03001"),
        ("notice", "ah-tk-20232024-2850"),
        ("answers", "ah-tk-20232024-2901"),
    ]
    assert case.zaak_id == "0a3f5c1e-0000-4000-8000-000000003001"
    assert [m.date for m in case.documents] == ["2024-02-20", "2024-03-12", "2024-04-16"]
    with Project.open(project, read_only=True) as p:
        types = dict(p.query("SELECT identifier, doc_type FROM documents"))
    assert types == {
        "kv-tk-2024Z03001": "questions",
        "ah-tk-20232024-2850": "notice",
        "ah-tk-20232024-2901": "answers",
    }


def test_a_document_number_finds_its_case(tmp_path: Path, loopback: Loopback) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, "2024D03003") == 0  # the answers' D-number
    assert [m.identifier for m in _only_case(project).documents] == CASE


def test_answers_fetched_first_are_joined_by_their_questions_and_notice_later(
    tmp_path: Path, loopback: Loopback, capsys
) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    assert fetch(loopback, project, "kv-tk-2024Z03001", "ah-tk-20232024-2850", "ah-tk-20232024-2901") == 0
    assert "3 listed: 2 imported, 1 already in the project" in capsys.readouterr().out
    assert [m.role for m in _only_case(project).documents] == ["questions", "notice", "answers"]
    from naast.cli import main

    assert main(["fetch", str(project), "--cases"]) == 0
    lines = capsys.readouterr().out.splitlines()
    heads = [line for line in lines if not line.startswith(" ")]
    assert len(heads) == 6 and sum(line.startswith("2024Z03001\t") for line in heads) == 1
    start = lines.index(next(line for line in heads if line.startswith("2024Z03001")))
    assert [line.split()[0] for line in lines[start + 1 : start + 4]] == ["questions", "notice", "answers"]


def test_complete_cases_brings_the_questions_and_notice_of_answers_found(
    tmp_path: Path, loopback: Loopback, capsys
) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, *ANSWERS_QUERY, "--complete-cases") == 0
    assert "8 listed: 8 imported" in capsys.readouterr().out  # 6 answers, 1 set of questions, 1 notice
    consistent(project)
    assert [(m.role, m.identifier) for m in _only_case(project).documents] == [
        ("questions", "kv-tk-2024Z03001"),
        ("notice", "ah-tk-20232024-2850"),
        ("answers", "ah-tk-20232024-2901"),
    ]
    assert fetch(loopback, project, *ANSWERS_QUERY, "--complete-cases") == 0
    assert "8 listed: 0 imported, 8 already in the project" in capsys.readouterr().out
