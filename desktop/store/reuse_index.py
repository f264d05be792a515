"""The project's reuse index in SQLite: upkeep (``update``) and the two questions it answers.

Fingerprints (winnowed word 5-gram hashes, see ``naast.core.compare.fingerprints``) of every
document are stored with their documents (schema step 8). A question reads the postings of a few
hashes and then compares the candidate passages word for word (``shared_passages``), so a hash
collision or a document changed since never gives a wrong answer, and nothing of the index is
held in Python objects between questions.

``update`` runs inside the write transaction of ``Project.index_pending`` (after an import batch,
before a question, on closing), so import, undo and redo keep the index current.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from naast.core.compare.fingerprints import Fingerprints, fingerprints
from naast.store import reuse_runs, reuse_summary, reuse_tops
from naast.store.version import DOCUMENTS_COUNT_SCHEMA, REUSE_INDEX_SCHEMA

if TYPE_CHECKING:
    from naast.store.project import Project

_BATCH = 256  # documents read and fingerprinted per step of ``update``
_MAX_PARAMS = 900  # bound parameters per IN (...) list
_DOC_SPAN = reuse_runs.DOC_SPAN  # a posting's key: hash * _DOC_SPAN + document id
SHARED_PAGE = 5_000  # shared hashes of the first pass over the index (most-reused rarely needs more)
CAP_MIN, CAP_SHARE = 20, 0.05  # a hash in more documents than the cap is boilerplate to skip


def update(conn: sqlite3.Connection, fingerprinted: Mapping[int, Fingerprints] | None = None) -> int:
    """Take stale documents out, then add pending ones; returns how many were added. The caller
    holds the write transaction. ``fingerprinted`` documents (pending ones only) are stored as
    given, the others are read and fingerprinted here."""
    _purge_stale(conn)
    added = 0
    if fingerprinted:
        ids = [(doc_id,) for doc_id in fingerprinted]
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS reuse_given (document_id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT OR IGNORE INTO temp.reuse_given VALUES (?)", ids)
        known = conn.execute(
            "SELECT document_id FROM reuse_pending JOIN temp.reuse_given USING (document_id)"
        ).fetchall()
        conn.execute("DELETE FROM temp.reuse_given")
        add_fingerprints(conn, [(r[0], fingerprinted[r[0]]) for r in known])
        added += len(known)
    while True:
        rows = conn.execute(
            """SELECT p.document_id, d.text FROM reuse_pending AS p
               JOIN documents AS d ON d.id = p.document_id ORDER BY p.document_id LIMIT ?""",
            [_BATCH],
        ).fetchall()
        if not rows:
            conn.execute("DELETE FROM reuse_pending")  # ids whose document left meanwhile
            return added
        add_fingerprints(conn, [(r[0], fingerprints(r[1])) for r in rows])
        added += len(rows)


def add_fingerprints(conn: sqlite3.Connection, docs: Sequence[tuple[int, Fingerprints]]) -> None:
    """Store the fingerprints of ``docs`` (computed anywhere, e.g. in import worker processes) as
    one new run of postings (``reuse_runs``). A document indexed already is taken out first."""
    if not docs:
        return
    again = _indexed(conn, [doc_id for doc_id, _fp in docs])
    reuse_runs.drop_documents(conn, again)
    keys = np.concatenate([fp.hashes.astype(np.int64) * _DOC_SPAN + doc_id for doc_id, fp in docs])
    ats = np.concatenate([fp.offsets for _doc_id, fp in docs])
    reuse_runs.add_run(conn, keys, ats)
    conn.executemany(
        "INSERT OR REPLACE INTO reuse_documents (document_id, hashes) VALUES (?, ?)",
        [(doc_id, fp.hashes.astype("<i4").tobytes()) for doc_id, fp in docs],
    )
    conn.executemany("DELETE FROM reuse_pending WHERE document_id = ?", [(doc_id,) for doc_id, _ in docs])


def _indexed(conn: sqlite3.Connection, ids: Sequence[int]) -> list[int]:
    found: list[int] = []
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT document_id FROM reuse_documents WHERE document_id IN ({marks})", part
            )
        ]
    return found


def _purge_stale(conn: sqlite3.Connection) -> None:
    """Documents changed or gone since they were indexed: their postings are killed by a
    tombstone (``reuse_runs.drop_documents``); merges leave them behind."""
    stale = [
        r[0]
        for r in conn.execute(
            "SELECT s.document_id FROM reuse_stale AS s JOIN reuse_documents USING (document_id)"
        )
    ]
    reuse_runs.drop_documents(conn, stale)
    conn.executemany("DELETE FROM reuse_documents WHERE document_id = ?", [(d,) for d in stale])
    conn.execute("DELETE FROM reuse_stale")


def pending(project: Project) -> int:
    """Documents not in the reuse index yet (only a project open read-only keeps any)."""
    return int(project.query("SELECT COUNT(*) FROM reuse_pending")[0][0])


def frequency_cap(documents: int) -> int:
    """A hash in more documents than this is boilerplate that "where else" skips."""
    return max(CAP_MIN, math.ceil(CAP_SHARE * documents))


def document_count(project: Project) -> int:
    """The documents the index holds or will hold: those of the project, from the count the
    triggers keep (schema step 15); an older file open read-only counts them."""
    if project.schema_version >= DOCUMENTS_COUNT_SCHEMA:
        return int(project.query("SELECT n FROM documents_count")[0][0])
    return int(project.query("SELECT COUNT(*) FROM documents")[0][0])


def readable(project: Project) -> bool:
    """Whether the file has the index in the form this module reads (an older file open
    read-only does not: its reader builds one in memory)."""
    return project.schema_version >= REUSE_INDEX_SCHEMA


def counts_of(project: Project, hashes: Sequence[int]) -> dict[int, int]:
    """In how many documents each of ``hashes`` occurs (hashes in none are left out)."""
    return reuse_tops.counts(project.conn, hashes)


def within_cap(project: Project, hashes: Sequence[int], cap: int) -> list[int]:
    """Those of ``hashes`` in at most ``cap`` documents, sorted (``reuse_runs.within``)."""
    return reuse_runs.within(project.conn, hashes, cap)


def postings_of(project: Project, hashes: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
    """``hash -> [(document id, character offset)]`` in document order, for those of ``hashes``
    in any document."""
    found = reuse_runs.lookup(project.conn, hashes)
    of_hash = found.hashes
    starts = reuse_summary.group_starts(of_hash).tolist()
    pairs = list(zip(found.documents.tolist(), found.ats.tolist(), strict=True))
    return {int(of_hash[a]): pairs[a:b] for a, b in zip(starts, [*starts[1:], len(pairs)], strict=True)}


def postings_of_one(project: Project, h: int, limit: int = -1) -> list[tuple[int, int]]:
    """``[(document id, character offset)]`` of hash ``h`` in document order (``limit`` < 0: all)."""
    if limit < 0:
        return postings_of(project, [h]).get(h, [])
    found = reuse_runs.first_postings(project.conn, h, limit)
    return list(zip(found.documents.tolist(), found.ats.tolist(), strict=True))


def shared_hashes(project: Project) -> Iterator[tuple[int, int]]:
    """``(hash, documents)`` of every hash in two or more documents, most shared first; read
    a page at a time (a pass over the index each; ``SHARED_PAGE``, then four times as many up to
    100,000), so memory stays bounded."""
    for hashes, docs in reuse_tops.shared_pages(project.conn, SHARED_PAGE, 100_000):
        yield from zip(hashes.tolist(), docs.tolist(), strict=True)


def all_postings(project: Project) -> list[tuple[int, int, int]]:
    """``(hash, document id, at)`` of every posting, by hash and document (checks and tests)."""
    return reuse_runs.all_postings(project.conn)


def _chunks(values: Sequence[int]) -> Iterable[list[int]]:
    values = list(values)
    for k in range(0, len(values), _MAX_PARAMS):
        yield values[k : k + _MAX_PARAMS]
