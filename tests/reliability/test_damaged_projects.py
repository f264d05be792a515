"""Must show 2: a damaged project (truncated, schema page zeroed, a corrupt page of claims, of
documents) is refused by every command with one sentence and left byte-identical; ``naast
recover`` rescues every claim on an undamaged page.

Which claims sit on undamaged pages is decided independently of the recovery code: by SQLite
itself, looking each claim up by id in the damaged file (for the truncated file, with the lost
tail filled with zeros so that the pages before it can be reached).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import (
    build_project,
    claims_of,
    corrupt_page,
    fingerprint,
    leaf_pages,
    readable_claims,
    readable_topics,
    truncate,
    zero_schema_page,
)
from running import in_process, naast, one_sentence

from naast.store.recovery import recover

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples"
DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncate,
    "schema page zeroed": zero_schema_page,
    "claims page corrupt": lambda p: corrupt_page(p, leaf_pages(p, "claims")[3]),
    "documents page corrupt": lambda p: corrupt_page(p, leaf_pages(p, "documents")[1]),
}


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("orig") / "orig.naast", claims=1500)


DERIVED_TABLES = ("documents_fts", "documents_list", "sqlite_", "_sqlite", "search_pending", "reuse_")


def damaged_copy(original: Path, folder: Path, kind: str) -> Path:
    path = folder / "damaged.naast"
    shutil.copy(original, path)
    DAMAGE[kind](path)
    return path


def commands(path: Path, folder: Path) -> dict[str, list[str]]:
    sample = str(next(SAMPLE.glob("2019-*.txt")))
    return {
        "info": ["info", str(path)],
        "import": ["import", str(path), sample],
        "claims export": ["claims", "export", str(path), "--format", "json"],
        "export memo": ["export", str(path), str(folder / "memo.docx")],
        "compare": ["compare", str(path), "1", "2"],
        "codebook export": ["codebook", "export", str(path), str(folder / "codebook.json")],
        "reuse": ["reuse", str(path)],
    }


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_every_command_refuses_a_damaged_project_with_one_sentence(
    original: Path, tmp_path: Path, kind: str, ledger
) -> None:
    path = damaged_copy(original, tmp_path, kind)
    before = fingerprint(path)
    for name, argv in commands(path, tmp_path).items():
        run = in_process(*argv)
        code, err = run.returncode, run.stderr
        identical = fingerprint(path) == before
        ledger.record(f"{kind}: {name}", clear=one_sentence(err) and code != 0, identical=identical)
        assert code != 0, (name, err)
        assert one_sentence(err), (name, err)
        assert "damaged" in err, (name, err)
        assert identical, name
    assert not (tmp_path / "memo.docx").exists()
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_an_import_process_refuses_and_leaves_the_file_as_it_was(
    original: Path, tmp_path: Path, kind: str
) -> None:
    path = damaged_copy(original, tmp_path, kind)
    before = fingerprint(path)
    run = naast(*commands(path, tmp_path)["import"])
    assert run.returncode != 0
    assert one_sentence(run.stderr), run.stderr
    assert fingerprint(path) == before


def readable_file(path: Path, original: Path, kind: str, folder: Path) -> Path:
    """The damaged file as SQLite can best read it: the truncated one padded back with zeros."""
    if kind != "truncated":
        return path
    padded = folder / "padded.naast"
    shutil.copy(path, padded)
    with padded.open("r+b") as handle:
        handle.truncate(original.stat().st_size)
    return padded


def reference(path: Path, original: Path, ids: list[int], kind: str, folder: Path) -> set[int]:
    """The claims SQLite can still read from the damaged file (the truncated one padded back)."""
    return readable_claims(readable_file(path, original, kind, folder), ids)


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_recover_rescues_every_claim_on_undamaged_pages(
    original: Path, tmp_path: Path, kind: str, ledger
) -> None:
    claims = claims_of(original)
    path = damaged_copy(original, tmp_path, kind)
    before = fingerprint(path)
    expected = reference(path, original, sorted(claims), kind, tmp_path)
    if kind == "schema page zeroed":
        assert expected == set()  # SQLite reads nothing at all: every claim page is intact, though
        expected = set(claims)
    report = recover(path, tmp_path / "rescued.naast")
    rescued = claims_of(tmp_path / "rescued.naast")
    assert fingerprint(path) == before
    assert expected <= set(rescued), f"{len(expected - set(rescued))} readable claims were not rescued"
    lost_documents = {row[1] for row in claims.values()} - _document_ids(tmp_path / "rescued.naast")
    links = readable_topics(readable_file(path, original, kind, tmp_path), sorted(rescued))
    for cid, row in rescued.items():
        original_row = claims[cid]
        if original_row[1] in lost_documents:  # its document was on the damaged page
            assert row[1] is None and row[2:-1] == original_row[2:-1]
        else:
            assert row[:-1] == original_row[:-1], cid
        _assert_links_rescued(row[-1], original_row[-1], links[cid], kind, cid)
    ledger.record(
        f"{kind}: recover",
        clear=True,
        identical=fingerprint(path) == before,
        claims_lost=len(expected - set(rescued)),
    )
    assert report.lines()[0].startswith("Rescued ")
    conn = sqlite3.connect(tmp_path / "rescued.naast")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def _assert_links_rescued(
    rescued: tuple[int, ...], original: tuple[int, ...], readable: tuple[int, ...] | None, kind: str, cid: int
) -> None:
    """Every topic link SQLite can read is rescued, and none is made up. (A truncation can cut
    pages of links too; the schema page zeroed leaves SQLite nothing, while every page is intact.)"""
    if kind == "schema page zeroed":
        readable = original
    assert set(rescued) <= set(original), cid
    if readable is not None:
        assert set(readable) <= set(rescued), cid


def _document_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM documents")}
    finally:
        conn.close()


def test_the_recovered_project_opens_and_its_claims_export(original: Path, tmp_path: Path) -> None:
    path = damaged_copy(original, tmp_path, "claims page corrupt")
    run = naast("recover", path, tmp_path / "new.naast")
    assert run.returncode == 1  # something was lost, and the report says what
    assert "Could not read 1 page(s) of claims" in run.stdout
    exported = naast("claims", "export", tmp_path / "new.naast", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    check = naast("check", tmp_path / "new.naast")
    assert check.returncode == 0, check.stdout


def test_check_names_the_damage_and_passes_an_intact_project(original: Path, tmp_path: Path) -> None:
    ok = naast("check", original)
    assert ok.returncode == 0, ok.stdout
    assert "all 6 checks passed" in ok.stdout
    path = damaged_copy(original, tmp_path, "claims page corrupt")
    before = fingerprint(path)
    bad = naast("check", path)
    assert bad.returncode == 1
    assert "FAILED   sqlite" in bad.stdout
    assert fingerprint(path) == before


def test_recover_reads_the_commits_a_crash_left_in_the_wal(original: Path, tmp_path: Path) -> None:
    """A crash leaves commits in ``-wal`` only; then a page of the file itself goes bad. Every
    claim SQLite can read (file and WAL together) is rescued, the ones only in the WAL too."""
    from naast.core.claims import CreateClaim
    from naast.store.backups import BackupPolicy
    from naast.store.project import Project

    live = tmp_path / "live.naast"
    shutil.copy(original, live)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Project.open(live, backups=BackupPolicy(enabled=False)) as project:
        project.conn.execute("PRAGMA wal_autocheckpoint=0")
        doc = project.query("SELECT id FROM documents LIMIT 1")[0][0]
        for k in range(40):
            project.apply(
                CreateClaim(doc, k, k + 20, "2026-02-02T10:00:00+00:00", note=f"only in the WAL {k}")
            )
        shutil.copy(live, crashed / "p.naast")  # the files as a crash leaves them
        shutil.copy(f"{live}-wal", crashed / "p.naast-wal")
    path = crashed / "p.naast"
    corrupt_page(path, leaf_pages(original, "claims")[2])  # a page the WAL does not hold
    wanted = claims_of(live)
    expected = readable_claims(path, sorted(wanted))
    assert any(cid not in claims_of(original) for cid in expected)  # some exist only in the WAL
    recover(path, tmp_path / "rescued.naast")
    rescued = claims_of(tmp_path / "rescued.naast")
    assert expected <= set(rescued)
    assert all(rescued[cid] == wanted[cid] for cid in rescued)


def test_recovering_an_intact_project_rescues_everything(original: Path, tmp_path: Path) -> None:
    report = recover(original, tmp_path / "copy.naast")
    assert report.complete and report.missing_claim_ids == 0
    assert claims_of(tmp_path / "copy.naast") == claims_of(original)


def test_an_error_naming_a_file_with_a_newline_stays_one_line(tmp_path: Path) -> None:
    run = in_process("info", tmp_path / "no\nsuch\x1b[2J.naast")
    assert run.returncode == 2
    assert one_sentence(run.stderr), run.stderr
    assert "\\n" in run.stderr and "\x1b" not in run.stderr


def test_the_page_reader_reads_every_table_as_sqlite_does(original: Path, tmp_path: Path) -> None:
    """Independent reference: SQLite's own reading of the intact file, table by table."""
    recover(original, tmp_path / "copy.naast")
    a = sqlite3.connect(f"file:{original}?mode=ro&immutable=1", uri=True)
    b = sqlite3.connect(tmp_path / "copy.naast")
    tables = [
        r[0]
        for r in a.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        if not r[0].startswith(DERIVED_TABLES)
    ]  # the full-text and reuse indexes are derived: rebuilt from the documents, not read back
    assert {"documents", "units", "claims", "claim_topics", "topics", "stances", "history"} <= set(tables)
    for table in tables:
        query = f'SELECT * FROM "{table}" ORDER BY rowid'
        assert a.execute(query).fetchall() == b.execute(query).fetchall(), table
    hits = b.execute("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'terugkeer'").fetchone()[0]
    assert (
        hits
        == a.execute("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'terugkeer'").fetchone()[0]
    )
    a.close()
    b.close()
