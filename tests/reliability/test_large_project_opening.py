"""Opening a large project does not read every page (issue 20): the researcher's own tables are
checked whole, the bulk of imported text is left to SQLite's reads and ``naast check``. What
issue 15 promised still holds: a damaged page gives one sentence and leaves the file as it was.

"Large" is any file above ``integrity.FULL_CHECK_BYTES``; the tests lower that bound to 0 so that
the sample project counts as large.
"""

from __future__ import annotations

import shutil

import pytest
from builders import build_project, corrupt_page, fingerprint, leaf_pages
from running import in_process, one_sentence

from naast.store import integrity

DAMAGED_WORK = {
    "claims": lambda p: corrupt_page(p, leaf_pages(p, "claims")[3]),
    "history": lambda p: corrupt_page(p, leaf_pages(p, "history")[0]),
}


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrity, "FULL_CHECK_BYTES", 0)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory):
    return build_project(tmp_path_factory.mktemp("large") / "orig.naast", claims=1500)


@pytest.mark.parametrize("table", list(DAMAGED_WORK))
def test_damage_to_the_researchers_work_is_refused_at_opening(original, tmp_path, large, table: str) -> None:
    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    DAMAGED_WORK[table](path)
    before = fingerprint(path)
    for argv in (["info", path], ["claims", "export", path, "--format", "json"], ["reuse", path]):
        run = in_process(*argv)
        assert run.returncode != 0 and one_sentence(run.stderr), (argv, run.stderr)
    assert fingerprint(path) == before


def test_damage_to_a_document_page_is_found_when_read_and_changes_nothing(original, tmp_path, large) -> None:
    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    corrupt_page(path, leaf_pages(path, "documents")[1])
    before = fingerprint(path)
    opened = in_process("info", path)  # opening no longer reads the documents' pages
    assert opened.returncode == 0, opened.stderr
    exported = in_process("export", path, tmp_path / "memo.docx")
    assert exported.returncode != 0 and one_sentence(exported.stderr), exported.stderr
    check = in_process("check", path)
    assert check.returncode == 1 and "FAILED   sqlite" in check.stdout
    assert fingerprint(path) == before


def test_a_small_project_is_still_read_whole_at_opening(original, tmp_path) -> None:
    path = tmp_path / "damaged.naast"
    shutil.copy(original, path)
    corrupt_page(path, leaf_pages(path, "documents")[1])
    run = in_process("info", path)
    assert run.returncode != 0 and one_sentence(run.stderr)
