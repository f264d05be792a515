"""Writing where it cannot be done: a missing folder, a target that is a folder. Every command
says so in one sentence, exits non-zero, writes nothing and leaves the project as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import build_project, fingerprint
from running import in_process, one_sentence


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("targets") / "p.naast", claims=20)


def cases(project: Path, folder: Path) -> dict[str, list[str | Path]]:
    missing = folder / "missing"
    return {
        "memo into a missing folder": ["export", project, missing / "memo.docx"],
        "memo onto a folder": ["export", project, folder],
        "claims CSV into a missing folder": ["claims", "export", project, "-o", missing / "c.csv"],
        "claims CSV onto a folder": ["claims", "export", project, "-o", folder],
        "codebook into a missing folder": ["codebook", "export", project, missing / "c.json"],
        "codebook onto a folder": ["codebook", "export", project, folder],
        "recovery into a missing folder": ["recover", project, missing / "new.naast"],
        "new project in a missing folder": ["new", missing / "new.naast"],
        "new project over a folder": ["new", folder / "taken.naast"],
    }


def test_unwritable_targets_are_one_sentence(project: Path, tmp_path: Path, ledger) -> None:
    (tmp_path / "taken.naast").mkdir()
    before = fingerprint(project)
    for name, argv in cases(project, tmp_path).items():
        run = in_process(*argv)
        identical = fingerprint(project) == before
        clear = run.returncode != 0 and one_sentence(run.stderr)
        ledger.record(f"target: {name}", clear=clear, identical=identical)
        assert clear, (name, run.returncode, run.stderr)
        assert identical, name
    assert not (tmp_path / "missing").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.naast"]
