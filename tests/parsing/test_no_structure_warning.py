"""A file in which nothing of a parliamentary document is recognised is imported with a warning
(issue 23); no sample and no real document warns."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from naast.cli import main
from naast.core.parsing.recognised import NO_STRUCTURE
from naast.store.importer import import_paths, parse_path, warning_of
from naast.store.project import Project

REPO = Path(__file__).resolve().parents[2]


def _not_parliamentary(folder: Path) -> list[Path]:
    (folder / "hello.txt").write_text("hello\n", encoding="utf-8")
    (folder / "boodschappen.txt").write_text(
        "Boodschappen\n\nmelk, brood en kaas.\n\nNiet vergeten de kat te voeden.\n", encoding="utf-8"
    )
    shutil.copy(REPO / "README.md", folder / "README.md")
    return sorted(folder.iterdir())


def test_files_without_structure_warn_in_the_cli_report(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = _not_parliamentary(folder)
    project = tmp_path / "p.naast"
    Project.create(project).close()
    assert main(["import", str(project), *map(str, files)]) == 0
    out = capsys.readouterr().out
    for path in files:
        assert f"imported   {path} (warning: {NO_STRUCTURE})" in out
    assert "3 with a warning" in out


def test_no_sample_warns(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.txt")):
        assert warning_of(parse_path(path).document) == "", path.name


def test_no_real_document_warns(real_corpus: Path) -> None:
    files = sorted(p for p in real_corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    assert len(files) >= 10
    for path in files:
        assert NO_STRUCTURE not in warning_of(parse_path(path).document), path.name


def test_the_warning_leaves_the_import_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with Project.create(tmp_path / "p.naast") as project:
        results = list(import_paths(project, _not_parliamentary(folder)))
        assert [r.message for r in results] == [NO_STRUCTURE] * 3
        assert project.count("documents") == 3


@pytest.mark.parametrize("name", ["hello.txt", "README.md"])
def test_the_sentence_is_about_what_was_found_not_the_name(tmp_path: Path, corpus: Path, name: str) -> None:
    sample = sorted(corpus.glob("*answers*"))[0]
    renamed = tmp_path / name
    shutil.copy(sample, renamed)
    assert warning_of(parse_path(renamed).document) == ""
