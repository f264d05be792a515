"""``naast compare``, ``naast reuse`` and ``naast bench`` on the sample documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from compare_corpus import CORPUS

from naast.cli import main


def _file(prefix: str) -> Path:
    (path,) = CORPUS.resolve().glob(f"{prefix}*.txt")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def imported(project_path: Path) -> Path:
    from naast.store.importer import import_paths
    from naast.store.project import Project

    with Project.create(project_path) as project:
        files = [_file(p) for p in ("2019-answers", "2021-answers", "2021-letter", "2025-answers")]
        results = list(import_paths(project, files))
    assert all(r.document_id for r in results)
    return project_path


def test_compare_files_prints_the_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _file("2019-answers"), _file("2021-letter")
    data = _run(capsys, "compare", "--files", str(a), str(b), "--json")
    assert {"pairs", "reused", "only_a", "only_b", "documents"} <= set(data)
    for pair in data["pairs"]:
        assert set(pair["a"]) == {"label", "start", "end"} and set(pair["b"]) == {"label", "start", "end"}
        assert 0 < pair["score"] <= 1 and isinstance(pair["moved"], bool)
        for chunk in pair["chunks"]:
            assert chunk["op"] in {"insert", "delete", "replace"}
    shared = [r for r in data["reused"] if r["within"] == "both"]
    assert any("terugnemen van asielzoekers" in " ".join(r["text"].split()) for r in shared)
    for r in data["reused"]:
        assert len(r["a"]) == 2 and len(r["b"]) == 2 and r["a"][0] < r["a"][1]


def test_compare_documents_of_a_project_by_name(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _run(
        capsys,
        "compare",
        str(imported),
        "2025Z00029",
        "2021-answers-broekers-knol-rekenkamer-terugkeer.txt",
        "--json",
    )
    assert [d["source_name"] for d in data["documents"]] == [
        "2025-answers-faber-terugkeer-maatwerkondersteuning.txt",
        "2021-answers-broekers-knol-rekenkamer-terugkeer.txt",
    ]
    assert data["pairs"]


def test_compare_needs_two_documents(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(imported), "1"]) == 2
    assert "two documents" in capsys.readouterr().err


def test_reuse_lists_passages_shared_by_documents(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _run(capsys, "reuse", str(imported), "--min-words", "8", "--json")
    assert data["documents"] == 4
    texts = [" ".join(p["text"].split()) for p in data["passages"]]
    assert any("terugnemen van asielzoekers, zowel van eigen onderdanen" in t for t in texts)
    for p in data["passages"]:
        assert p["count"] >= 2 and p["words"] >= 8 and len(p["documents"]) == p["count"]
        assert p["actors"]


def test_bench_lists_the_compare_benchmarks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--list"]) == 0
    assert {"compare_20p", "reuse_index", "compare_2mb"} <= set(capsys.readouterr().out.split())
