"""Real projects for the fault-injection suite: the four sample documents, many claims, and ways
to damage a copy of the file the way a disk, a crash or a careless user does."""

from __future__ import annotations

import contextlib
import hashlib
import random
import sqlite3
from pathlib import Path

from naast.core.claims import CreateClaim
from naast.core.documents import ImportDocument
from naast.core.parsing import content_hash, parse_text
from naast.store.backups import BackupPolicy
from naast.store.claims import seed_defaults
from naast.store.project import Project

WHEN = "2026-01-02T10:00:00+00:00"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
NO_BACKUPS = BackupPolicy(enabled=False)


def build_project(path: Path, *, claims: int = 600, seed: int = 7) -> Path:
    """A project of the four samples with ``claims`` claims (topics, stances, notes) spread over
    them, closed cleanly (the WAL folded in)."""
    rng = random.Random(seed)
    with Project.create(path, backups=NO_BACKUPS) as project:
        seed_defaults(project)
        documents = []
        for sample in sorted(SAMPLES.glob("*.txt")):
            parsed = parse_text(sample.read_text(encoding="utf-8"), source_name=sample.name)
            changes = project.apply(ImportDocument(parsed, content_hash(parsed.text.encode()), WHEN))
            documents.append((next(iter(changes.ids["documents"])), len(parsed.text)))
        topics = [r[0] for r in project.query("SELECT id FROM topics")]
        stances = [r[0] for r in project.query("SELECT id FROM stances")]
        for n in range(claims):
            doc, length = rng.choice(documents)
            start = rng.randrange(0, length - 80)
            command = CreateClaim(
                doc,
                start,
                start + rng.randrange(10, 80),
                WHEN,
                topics=tuple(rng.sample(topics, rng.randrange(1, 3))),
                stance_id=rng.choice(stances),
                note=f"note {n} " + "é" * rng.randrange(0, 40),
                coder="anna",
            )
            project.apply(command, coder="anna")
    return path


def _read_only(path: Path) -> sqlite3.Connection:
    """Read-only, leaving nothing beside the file; a WAL left behind (by a full disk) is read."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def claims_of(path: Path) -> dict[int, tuple]:
    """Every claim row with its topics, read by SQLite from an intact file."""
    conn = _read_only(path)
    try:
        rows = {r[0]: tuple(r) for r in conn.execute("SELECT * FROM claims")}
        topics: dict[int, list[int]] = {}
        for claim, topic in conn.execute("SELECT claim_id, topic_id FROM claim_topics ORDER BY 1, 2"):
            topics.setdefault(claim, []).append(topic)
    finally:
        conn.close()
    return {cid: (*row, tuple(topics.get(cid, ()))) for cid, row in rows.items()}


def _readable_rows(path: Path, ids: list[int], sql: str) -> dict[int, list[tuple] | None]:
    """The rows of ``sql`` for each id as SQLite itself can still read them from a damaged file
    (None: SQLite raised, for that id or for the file)."""
    found: dict[int, list[tuple] | None] = dict.fromkeys(ids)
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return found
    try:
        for cid in ids:
            with contextlib.suppress(sqlite3.DatabaseError):
                found[cid] = conn.execute(sql, [cid]).fetchall()
    finally:
        conn.close()
    return found


def readable_claims(path: Path, ids: list[int]) -> set[int]:
    """The claims SQLite itself can still read by id from a damaged file: an independent
    reference of which claims sit on undamaged pages."""
    rows = _readable_rows(path, ids, "SELECT id FROM claims WHERE id = ?")
    return {cid for cid, found in rows.items() if found}


def readable_topics(path: Path, ids: list[int]) -> dict[int, tuple[int, ...] | None]:
    """Each claim's topic links as SQLite itself can still read them from a damaged file (None:
    SQLite could not read them, so any subset of the original ones may be right)."""
    rows = _readable_rows(path, ids, "SELECT topic_id FROM claim_topics WHERE claim_id = ? ORDER BY 1")
    return {cid: None if found is None else tuple(r[0] for r in found) for cid, found in rows.items()}


def leaf_pages(path: Path, table: str) -> list[int]:
    """The leaf pages of ``table``, by SQLite's own ``dbstat``."""
    conn = _read_only(path)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", [table]
            )
        ]
    finally:
        conn.close()


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def truncate(path: Path, fraction: float = 0.6) -> None:
    size = page_size(path)
    pages = path.stat().st_size // size
    with path.open("r+b") as handle:
        handle.truncate(int(pages * fraction) * size)


def zero_schema_page(path: Path) -> None:
    """Zero page 1 after its 100-byte file header: the schema is gone, the header still says
    "Naast project"."""
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00" * (size - 100))


def corrupt_page(path: Path, page: int, seed: int = 1) -> None:
    """Overwrite one page with random bytes."""
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(random.Random(seed).randbytes(size))


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
