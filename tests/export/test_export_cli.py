"""``naast export``: the memo, the annotated document, CSV and JSON from a project file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_readback import comment_texts, open_docx
from export_script import SCRIPT, make_coded_project

from naast.cli import main

ProjectFile = tuple[Path, dict[str, int]]


@pytest.fixture
def project_file(tmp_path: Path) -> ProjectFile:
    path = tmp_path / "cli.naast"
    return path, make_coded_project(path)


def test_memo_with_filters_and_dutch_labels(tmp_path: Path, project_file: ProjectFile) -> None:
    path, _ids = project_file
    out = tmp_path / "memo.docx"
    args = ["export", str(path), str(out), "--topic", "overlast", "--topic", "bewaring", "--lang", "nl"]
    assert main(args) == 0
    document = open_docx(out)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Overzicht", "Legenda"]
    assert headings[2:] == ["Overlast en criminaliteit", "Vreemdelingenbewaring"]
    expected = [row for row in SCRIPT if row[2] in ("overlast", "bewaring")]
    assert len(comment_texts(out)) == sum(1 for row in expected if row[4])


def test_annotated_document_csv_and_json(tmp_path: Path, project_file: ProjectFile) -> None:
    path, ids = project_file
    annotated = tmp_path / "faber.docx"
    assert main(["export", str(path), str(annotated), "--document", str(ids["2025"]), "--annotated"]) == 0
    assert len(comment_texts(annotated)) == sum(1 for row in SCRIPT if row[0] == "2025" and row[4])
    rows = tmp_path / "claims.json"
    assert main(["export", str(path), str(tmp_path / "all.csv")]) == 0
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["export", str(path), str(rows), "--document", str(ids["2019"])]) == 0
    data = json.loads(rows.read_text(encoding="utf-8"))
    assert len(data) == sum(1 for row in SCRIPT if row[0] == "2019")
    actor = data[0]["claimant"]
    assert main(["export", str(path), str(rows), "--actor", actor]) == 0
    by_actor = json.loads(rows.read_text(encoding="utf-8"))
    assert by_actor and {c["claimant"] for c in by_actor} == {actor}


def test_json_export_is_the_claims_table_of_claims_export(
    tmp_path: Path, project_file: ProjectFile, capsys: pytest.CaptureFixture[str]
) -> None:
    """One claims layout: ``naast export OUT.json`` writes what ``naast claims export --format json`` does."""
    path, _ids = project_file
    out = tmp_path / "claims.json"
    assert main(["export", str(path), str(out)]) == 0
    capsys.readouterr()
    assert main(["claims", "export", str(path), "--format", "json"]) == 0
    reference = json.loads(capsys.readouterr().out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported) == len(reference) == len(SCRIPT)
    by_id = {row["claim_id"]: row for row in reference}
    for row in exported:
        assert list(row) == list(by_id[row["claim_id"]])
        assert row == by_id[row["claim_id"]]


def test_bad_requests_are_refused(tmp_path: Path, project_file: ProjectFile) -> None:
    path, _ids = project_file
    assert main(["export", str(path), str(tmp_path / "x.txt")]) == 2
    assert main(["export", str(path), str(tmp_path / "x.docx"), "--annotated"]) == 2
    assert main(["export", str(path), str(tmp_path / "x.docx"), "--topic", "nonsense"]) == 2
    assert not list(tmp_path.glob("x.*"))
