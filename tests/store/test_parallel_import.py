"""Import on several cores gives the same project as the one-process import."""

from __future__ import annotations

from pathlib import Path

from naast.store import reuse_index
from naast.store.importer import Outcome, import_paths
from naast.store.parallel_import import import_paths_parallel
from naast.store.project import Project

_TABLES = {
    "documents": "SELECT content_hash, source_name, title, kenmerk, text FROM documents ORDER BY id",
    "units": 'SELECT document_id, ordinal, kind, label, start, "end" FROM units ORDER BY id',
    "search": "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'terugkeer' ORDER BY rowid",
}


def _dump(project: Project) -> dict[str, list[tuple]]:
    dump = {name: [tuple(r) for r in project.query(sql)] for name, sql in _TABLES.items()}
    dump["postings"] = reuse_index.all_postings(project)
    dump["shared"] = sorted(reuse_index.shared_hashes(project))
    return dump


def test_two_workers_import_what_one_process_imports(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k, source in enumerate(sorted(corpus.glob("*.txt")) * 3):
        text = source.read_text(encoding="utf-8").replace("2025Z00029", f"2025Z{k:05d}")
        (folder / f"{k:02d}.txt").write_text(f"{text}\n\nKopie {k}.\n", encoding="utf-8")
    (folder / "05.txt").write_bytes(b"\xff\xfe\x00garbage\x00" * 3)  # fails, and must not stop the rest
    with Project.create(tmp_path / "one.naast") as one:
        serial = [(r.path.name, r.outcome) for r in import_paths(one, [folder])]
        one.index_pending()
        expected = _dump(one)
    with Project.create(tmp_path / "two.naast") as two:
        parallel = [(r.path.name, r.outcome) for r in import_paths_parallel(two, [folder], workers=2)]
        assert two.query("SELECT COUNT(*) FROM reuse_pending")[0][0] == 0  # workers' fingerprints used
        got = _dump(two)
    assert parallel == serial
    assert Outcome.FAILED in {o for _, o in serial} and Outcome.IMPORTED in {o for _, o in serial}
    assert got == expected
    assert len(got["postings"]) > 1000 and got["search"]
