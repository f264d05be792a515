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
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from naast.core.compare.fingerprints import Fingerprints, fingerprints

if TYPE_CHECKING:
    from naast.store.project import Project

_BATCH = 256  # documents read and fingerprinted per step of ``update``
_MAX_PARAMS = 900  # bound parameters per IN (...) list
_DOC_SPAN = 1 << 32  # a posting's key: hash * _DOC_SPAN + document id (schema step 10)
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
    """Store the fingerprints of ``docs`` (computed anywhere, e.g. in import worker processes):
    their postings in key order, and each distinct hash's count once per batch."""
    if not docs:
        return
    keys = np.concatenate([fp.hashes * _DOC_SPAN + doc_id for doc_id, fp in docs])
    ats = np.concatenate([fp.offsets for _doc_id, fp in docs])
    order = np.argsort(keys, kind="stable")
    conn.executemany(
        "INSERT OR REPLACE INTO reuse_keys (key, at) VALUES (?, ?)",
        zip(keys[order].tolist(), ats[order].tolist(), strict=True),
    )
    hashes, docs_per_hash = np.unique(keys // _DOC_SPAN, return_counts=True)
    conn.executemany(
        """INSERT INTO reuse_counts (hash, docs) VALUES (?, ?)
           ON CONFLICT (hash) DO UPDATE SET docs = docs + excluded.docs""",
        zip(hashes.tolist(), docs_per_hash.tolist(), strict=True),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO reuse_documents (document_id, hashes) VALUES (?, ?)",
        [(doc_id, fp.hashes.astype("<i4").tobytes()) for doc_id, fp in docs],
    )
    conn.executemany("DELETE FROM reuse_pending WHERE document_id = ?", [(doc_id,) for doc_id, _ in docs])


def _purge_stale(conn: sqlite3.Connection) -> None:
    stale = conn.execute(
        "SELECT s.document_id, r.hashes FROM reuse_stale AS s JOIN reuse_documents AS r USING (document_id)"
    ).fetchall()
    for doc_id, blob in stale:
        hashes = np.frombuffer(blob, dtype="<i4").astype(np.int64)
        keys = (hashes * _DOC_SPAN + doc_id).tolist()
        conn.executemany("DELETE FROM reuse_keys WHERE key = ?", ((k,) for k in keys))
        rows = [(h,) for h in hashes.tolist()]
        conn.executemany("UPDATE reuse_counts SET docs = docs - 1 WHERE hash = ?", rows)
        conn.executemany("DELETE FROM reuse_counts WHERE hash = ? AND docs <= 0", rows)
        conn.execute("DELETE FROM reuse_documents WHERE document_id = ?", [doc_id])
    conn.execute("DELETE FROM reuse_stale")


def pending(project: Project) -> int:
    """Documents not in the reuse index yet (only a project open read-only keeps any)."""
    return int(project.query("SELECT COUNT(*) FROM reuse_pending")[0][0])


def frequency_cap(documents: int) -> int:
    """A hash in more documents than this is boilerplate that "where else" skips."""
    return max(CAP_MIN, math.ceil(CAP_SHARE * documents))


def document_count(project: Project) -> int:
    """The documents the index holds or will hold: those of the project. (Counted from an index
    of ``documents``: ``reuse_documents`` holds a blob per row, and counting it read them all.)"""
    return int(project.query("SELECT COUNT(*) FROM documents")[0][0])


def counts_of(project: Project, hashes: Sequence[int]) -> dict[int, int]:
    """In how many documents each of ``hashes`` occurs (hashes in none are left out)."""
    found: dict[int, int] = {}
    for part in _chunks(hashes):
        marks = ", ".join("?" * len(part))
        found.update(project.query(f"SELECT hash, docs FROM reuse_counts WHERE hash IN ({marks})", part))
    return found


def postings_of(project: Project, hashes: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
    """``hash -> [(document id, character offset)]`` for ``hashes``."""
    return {h: postings_of_one(project, h) for h in hashes}


def postings_of_one(project: Project, h: int, limit: int = -1) -> list[tuple[int, int]]:
    """``[(document id, character offset)]`` of hash ``h`` in document order (``limit`` < 0: all)."""
    rows = project.query(
        "SELECT key, at FROM reuse_keys WHERE key >= ? AND key < ? ORDER BY key LIMIT ?",
        [h * _DOC_SPAN, (h + 1) * _DOC_SPAN, limit],
    )
    return [(key - h * _DOC_SPAN, at) for key, at in rows]


def _chunks(values: Sequence[int]) -> Iterable[list[int]]:
    values = list(values)
    for k in range(0, len(values), _MAX_PARAMS):
        yield values[k : k + _MAX_PARAMS]
