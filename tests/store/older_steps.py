"""A project file taken back to an older schema step, to test the steps that follow."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from naast.store import reuse_index
from naast.store.project import Project

STEP_11_UNDONE = """
    DROP TABLE documents_list; DROP TRIGGER documents_list_insert; DROP TRIGGER documents_list_update;
    DROP TRIGGER documents_list_delete; DROP TRIGGER documents_list_actor_insert;
    DROP TRIGGER documents_list_actor_update; DROP TRIGGER documents_list_actor_delete;
    DROP TRIGGER documents_list_actors_update;
    DELETE FROM _sqlite_migrations WHERE name = 'm011_documents_list';
"""


STEP_13_UNDONE = """
    DROP TRIGGER documents_list_fts_insert; DROP TRIGGER documents_list_fts_delete;
    DROP TRIGGER documents_list_fts_update; DROP TABLE documents_list_fts;
    DELETE FROM _sqlite_migrations WHERE name = 'm013_documents_list_search';
"""


STEP_14_UNDONE = """
    DROP TABLE reuse_tops; DELETE FROM _sqlite_migrations WHERE name = 'm014_reuse_tops';
"""


STEP_15_UNDONE = """
    DROP TRIGGER documents_count_insert; DROP TRIGGER documents_count_delete; DROP TABLE documents_count;
    DELETE FROM _sqlite_migrations WHERE name = 'm015_documents_count';
"""


def back_to_step_14(path: Path) -> None:
    """Take the file at ``path`` (at the newest step) back to step 14: no document count."""
    conn = sqlite3.connect(path)
    conn.executescript(STEP_15_UNDONE + "PRAGMA user_version = 14;")
    conn.close()


def back_to_step_11(conn: sqlite3.Connection, postings: list[tuple[int, int, int]]) -> None:
    """The file as step 11 had it: no document count (step 15), no run summaries (step 14), no
    filter index (step 13), postings in ``reuse_keys`` and counts in ``reuse_counts`` (step 12 undone)."""
    conn.executescript(
        STEP_15_UNDONE
        + STEP_14_UNDONE
        + STEP_13_UNDONE
        + """DROP TABLE reuse_runs; DROP TABLE reuse_blocks; DROP TABLE reuse_dropped;
           CREATE TABLE reuse_keys (key INTEGER PRIMARY KEY, at INTEGER NOT NULL);
           CREATE VIEW reuse_postings (hash, document_id, at) AS
               SELECT key >> 32, key & 4294967295, at FROM reuse_keys;
           CREATE TABLE reuse_counts (hash INTEGER PRIMARY KEY, docs INTEGER NOT NULL);
           CREATE INDEX reuse_counts_shared ON reuse_counts(docs) WHERE docs >= 2;
           DELETE FROM _sqlite_migrations WHERE name = 'm012_reuse_runs'; PRAGMA user_version = 11;"""
    )
    conn.executemany("INSERT INTO reuse_keys VALUES (?, ?)", [(h * 2**32 + d, at) for h, d, at in postings])
    conn.execute("INSERT INTO reuse_counts SELECT hash, COUNT(*) FROM reuse_postings GROUP BY hash")
    conn.commit()


def file_at_step_11(path: Path) -> None:
    """Take the file at ``path`` (at the newest step) back to step 11."""
    with Project.open(path) as project:
        postings = reuse_index.all_postings(project)
    conn = sqlite3.connect(path)
    back_to_step_11(conn, postings)
    conn.close()
