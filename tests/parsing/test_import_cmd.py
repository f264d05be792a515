"""``naast import``: a folder with one bad file imports all the others; duplicates are skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

from parsing_corpus import SAMPLES, corpus_file

from naast.cli import main
from naast.store.project import Project


def _counts(path: Path) -> dict[str, int]:
    with Project.open(path, read_only=True) as project:
        return project.counts()


def test_folder_with_one_bad_file(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy(corpus_file(name), folder / name)
    (folder / "kapot.pdf").write_bytes(b"this is no pdf at all " * 20)
    project = tmp_path / "p.naast"
    Project.create(project).close()

    assert main(["import", str(project), str(folder)]) == 1
    out = capsys.readouterr()
    assert "kapot.pdf: the file is named .pdf but is not a PDF document" in out.err
    assert "4 imported" in out.out and "1 failed" in out.out
    counts = _counts(project)
    assert counts["documents"] == 4

    assert main(["import", str(project), str(folder / SAMPLES[0])]) == 0
    out = capsys.readouterr()
    assert "already in the project" in out.out and "1 duplicates skipped" in out.out
    assert _counts(project) == counts


def test_only_bad_files_leave_the_project_unchanged(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.naast"
    Project.create(project).close()
    before = _counts(project)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    assert main(["import", str(project), str(empty)]) == 1
    assert "the file is empty" in capsys.readouterr().err
    assert _counts(project) == before


def test_every_kind_of_bad_file_fails_alone(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(corpus_file(SAMPLES[0]), folder / "goed.txt")
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "nep.pdf").write_bytes(bytes(range(256)) * 8)
    (folder / "kapot.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (folder / "xxe.xml").write_text(
        '<!DOCTYPE k [<!ENTITY e SYSTEM "file:///etc/passwd">]><kamervragen><al>&e;</al></kamervragen>',
        encoding="utf-8",
    )
    (folder / "raadsel.txt").write_bytes(bytes(range(0x80, 0x100)) * 12)
    project = tmp_path / "p.naast"
    Project.create(project).close()

    assert main(["import", str(project), str(folder)]) == 1
    out = capsys.readouterr()
    assert "1 imported" in out.out and "5 failed" in out.out
    for name in ("leeg.txt", "nep.pdf", "kapot.docx", "xxe.xml", "raadsel.txt"):
        assert f"{name}: " in out.err
    assert "root:" not in out.err  # the external entity was never read
    assert _counts(project)["documents"] == 1
