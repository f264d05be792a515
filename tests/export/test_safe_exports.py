"""Every exporter writes atomically with the umask's mode and refuses unsafe targets in one line.

Memo, annotated document, CSV and JSON (``naast export``), claims CSV (``naast claims export``)
and the codebook (JSON and REFI-QDA): under umask 022 the file is 0644 (not the temporary file's
0600); a read-only target, a folder, or a document open in LibreOffice or Word (its lock file
beside it) gives exit status 2, one line on standard error, and the target exactly as it was.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from export_script import make_coded_project

from naast.cli import main

Exporter = Callable[[Path, Path], list[str]]


def _export(suffix: str, *extra: str) -> tuple[str, Exporter]:
    return suffix, lambda project, out: ["export", str(project), str(out), *extra]


EXPORTERS: dict[str, tuple[str, Exporter | None]] = {
    "memo": _export(".docx"),
    "annotated": (".docx", None),  # needs the document id: built in the test
    "csv": _export(".csv"),
    "json": _export(".json"),
    "claims-csv": (".csv", lambda project, out: ["claims", "export", str(project), "--output", str(out)]),
    "codebook-json": (".json", lambda project, out: ["codebook", "export", str(project), str(out)]),
    "codebook-qdc": (".qdc", lambda project, out: ["codebook", "export", str(project), str(out)]),
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("safe") / "coded.naast"
    return path, make_coded_project(path)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _args(kind: str, project: Path, ids: dict[str, int], out: Path) -> list[str]:
    if kind == "annotated":
        return ["export", str(project), str(out), "--document", str(ids["2025"]), "--annotated"]
    build = EXPORTERS[kind][1]
    assert build is not None
    return build(project, out)


@pytest.mark.parametrize("kind", list(EXPORTERS))
def test_written_with_the_umask_mode(kind: str, tmp_path: Path, coded, umask_022: None) -> None:
    project, ids = coded
    out = tmp_path / f"out{EXPORTERS[kind][0]}"
    assert main(_args(kind, project, ids, out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert out.stat().st_size > 0
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".naast-")]  # no temp left


def _one_line_refusal(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("naast: ") and "\n" not in err and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("kind", list(EXPORTERS))
def test_read_only_target_is_left_as_it_was(kind: str, tmp_path: Path, coded, capsys) -> None:
    project, ids = coded
    out = tmp_path / f"old{EXPORTERS[kind][0]}"
    out.write_bytes(b"the colleague's copy")
    out.chmod(0o444)
    err = _one_line_refusal(capsys, _args(kind, project, ids, out))
    assert "read-only" in err
    assert out.read_bytes() == b"the colleague's copy" and stat.S_IMODE(out.stat().st_mode) == 0o444


@pytest.mark.parametrize("kind", list(EXPORTERS))
def test_a_folder_is_refused(kind: str, tmp_path: Path, coded, capsys) -> None:
    project, ids = coded
    folder = tmp_path / f"folder{EXPORTERS[kind][0]}"
    folder.mkdir()
    (folder / "inside.txt").write_text("kept", encoding="utf-8")
    err = _one_line_refusal(capsys, _args(kind, project, ids, folder))
    assert "is a folder" in err
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]


@pytest.mark.parametrize("lock", [".~lock.{name}#", "~${name}"])
@pytest.mark.parametrize("kind", list(EXPORTERS))
def test_a_document_open_elsewhere_is_left_as_it_was(
    kind: str, lock: str, tmp_path: Path, coded, capsys
) -> None:
    project, ids = coded
    out = tmp_path / f"memo{EXPORTERS[kind][0]}"
    out.write_bytes(b"open in LibreOffice")
    (tmp_path / lock.format(name=out.name)).write_text("user,host", encoding="utf-8")
    err = _one_line_refusal(capsys, _args(kind, project, ids, out))
    assert "open in another program" in err
    assert out.read_bytes() == b"open in LibreOffice"
