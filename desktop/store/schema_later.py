"""Schema steps 10 and on (steps 1–9 are in ``schema``, whose ``migrations`` they join, in order).

The same rule holds: add a step to change the schema; never edit a step that has shipped.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from naast.store.schema import _script, migrations


@migrations()
def m010_reuse_keys(db: Database) -> None:
    """Postings as one integer key each: ``hash * 2**32 + document_id`` in a rowid table.

    SQLite stores and compares an integer primary key faster than the two-column key of a table
    without rowid; one hash's postings are the key range ``[hash * 2**32, (hash + 1) * 2**32)``.
    The view ``reuse_postings`` shows the old columns for reading by hand (``naast check``,
    tests); the store queries ``reuse_keys`` by range.
    """
    _script(
        db,
        """
        CREATE TABLE reuse_keys (key INTEGER PRIMARY KEY, at INTEGER NOT NULL);
        INSERT INTO reuse_keys (key, at)
            SELECT hash * 4294967296 + document_id, at FROM reuse_postings ORDER BY 1;
        DROP TABLE reuse_postings;
        CREATE VIEW reuse_postings (hash, document_id, at) AS
            SELECT key >> 32, key & 4294967295, at FROM reuse_keys;
        PRAGMA user_version = 10;
        """,
    )


#: The rows of the list, from the tables they are derived from (a WHERE on ``d.id`` may follow).
#: Step 11 is made of this and ``LIST_COLUMNS``: a later change of either is a new step.
LIST_ROW = """
    SELECT d.id, d.title, d.doc_type, d.source_name, d.kenmerk,
           COALESCE(d.date_received, d.date_submitted, ''),
           r.name, r.ministry, r.role,
           COALESCE((SELECT group_concat(a.name || COALESCE(' (' || a.party || ')', ''), ', ')
                       FROM document_actors da JOIN actors a ON a.id = da.actor_id
                      WHERE da.document_id = d.id AND da.relation = 'asker'), '')
      FROM documents d
      LEFT JOIN actors r ON r.id = (
           SELECT da.actor_id FROM document_actors da
            WHERE da.document_id = d.id AND da.relation IN ('answered_by', 'signatory')
            ORDER BY da.ordinal LIMIT 1)
"""


#: The columns of ``documents_list`` (also made as a temporary table for an older file open
#: read-only, see ``document_list``).
LIST_COLUMNS = """
    id INTEGER PRIMARY KEY, title TEXT, doc_type TEXT NOT NULL, source_name TEXT, kenmerk TEXT,
    date TEXT NOT NULL, answered_by TEXT, ministry TEXT, role TEXT, askers TEXT NOT NULL
"""


def _refresh(document: str) -> str:
    """Statements that make ``documents_list`` hold the current row of ``document`` (or none)."""
    return (
        f"DELETE FROM documents_list WHERE id = {document};\n"
        f"INSERT INTO documents_list {LIST_ROW} WHERE d.id = {document};"
    )


@migrations()
def m011_documents_list(db: Database) -> None:
    """The document list as a table of its own, kept by triggers: what the browser shows of each
    document (no text), with an index per grouping, so that a group's count and a page of it are
    read from a few small pages however many documents there are.

    Derived data, as the full-text index: no history, rebuilt by recovery from ``documents``.
    ``date`` is the received date, else the submitted one, else '' (so that it sorts first and
    compares as a key). Triggers on ``documents``, ``document_actors`` and ``actors`` keep each
    row current through import, undo, redo, re-import and merge.
    """
    _script(
        db,
        f"""
        CREATE TABLE documents_list ({LIST_COLUMNS});
        INSERT INTO documents_list {LIST_ROW};
        CREATE INDEX documents_list_date ON documents_list(date, id);
        CREATE INDEX documents_list_type ON documents_list(doc_type, date, id);
        CREATE INDEX documents_list_actor ON documents_list(answered_by, date, id);
        CREATE INDEX documents_list_ministry ON documents_list(ministry, date, id);
        CREATE INDEX documents_list_year ON documents_list(substr(date, 1, 4), date, id);
        CREATE INDEX documents_list_case ON documents_list(kenmerk, date, id);
        CREATE TRIGGER documents_list_insert AFTER INSERT ON documents BEGIN
            {_refresh("new.id")}
        END;
        CREATE TRIGGER documents_list_update AFTER UPDATE ON documents BEGIN
            DELETE FROM documents_list WHERE id = old.id;
            {_refresh("new.id")}
        END;
        CREATE TRIGGER documents_list_delete AFTER DELETE ON documents BEGIN
            DELETE FROM documents_list WHERE id = old.id;
        END;
        CREATE TRIGGER documents_list_actor_insert AFTER INSERT ON document_actors BEGIN
            {_refresh("new.document_id")}
        END;
        CREATE TRIGGER documents_list_actor_update AFTER UPDATE ON document_actors BEGIN
            {_refresh("old.document_id")}
            {_refresh("new.document_id")}
        END;
        CREATE TRIGGER documents_list_actor_delete AFTER DELETE ON document_actors BEGIN
            {_refresh("old.document_id")}
        END;
        CREATE TRIGGER documents_list_actors_update AFTER UPDATE ON actors BEGIN
            DELETE FROM documents_list
             WHERE id IN (SELECT document_id FROM document_actors WHERE actor_id = new.id);
            INSERT INTO documents_list {LIST_ROW}
             WHERE d.id IN (SELECT document_id FROM document_actors WHERE actor_id = new.id);
        END;
        PRAGMA user_version = 11;
        """,
    )


@migrations()
def m012_reuse_runs(db: Database) -> None:
    """The reuse postings as sorted runs of blocks, merged as they grow (``reuse_runs``).

    - ``reuse_runs``: per run its number of postings and the first key of each block.
    - ``reuse_blocks``: the postings, ``BLOCK`` to a row (keys as little-endian int64, offsets as
      int32), the row id ``run * 2**24 + block number``.
    - ``reuse_dropped``: tombstones; a document's postings in runs up to ``run`` are dead.

    The counts per hash are read from the postings, so ``reuse_counts`` goes. The postings of
    step 10 are copied in key order into one run; the block format is this step's, and a change
    of it is a new step.
    """
    _script(
        db,
        """
        CREATE TABLE reuse_runs (run INTEGER PRIMARY KEY, postings INTEGER NOT NULL, firsts BLOB NOT NULL);
        CREATE TABLE reuse_blocks (id INTEGER PRIMARY KEY, keys BLOB NOT NULL, ats BLOB NOT NULL);
        CREATE TABLE reuse_dropped (document_id INTEGER PRIMARY KEY, run INTEGER NOT NULL);
        """,
    )
    _copy_postings(db.conn)
    _script(
        db,
        """
        DROP VIEW reuse_postings;
        DROP TABLE reuse_keys;
        DROP TABLE reuse_counts;
        PRAGMA user_version = 12;
        """,
    )


def _copy_postings(conn: sqlite3.Connection) -> None:
    import numpy as np

    from naast.store.reuse_runs import _RunWriter

    writer = _RunWriter(conn, 1, summarise=False)  # step 14 adds the summaries
    cursor = conn.execute("SELECT key, at FROM reuse_keys ORDER BY key")
    while rows := cursor.fetchmany(1 << 18):
        table = np.asarray(rows, dtype=np.int64)
        writer.add(table[:, 0], table[:, 1])
    writer.close()


_FTS_COLUMNS = "title, source_name, kenmerk, answered_by, ministry, askers, date"


def _fts_row(row: str) -> str:
    """The values of ``row`` (``new`` or ``old``) for the columns of ``documents_list_fts``."""
    return ", ".join(f"{row}.{c.strip()}" for c in _FTS_COLUMNS.split(","))


#: Statements of the triggers that keep the filter's index: a row added, a row taken out. Step 13
#: is made of these and ``_FTS_COLUMNS``: a later change of any is a new step.
_FTS_ADD = f"INSERT INTO documents_list_fts (rowid, {_FTS_COLUMNS}) VALUES (new.id, {_fts_row('new')});"
_FTS_TAKE_OUT = (
    f"INSERT INTO documents_list_fts (documents_list_fts, rowid, {_FTS_COLUMNS})"
    f" VALUES ('delete', old.id, {_fts_row('old')});"
)


@migrations()
def m013_documents_list_search(db: Database) -> None:
    """A trigram full-text index over the document list's columns, for the browser's filter: a
    substring of three characters or more is found from the index (FTS5's ``trigram`` tokenizer,
    case-insensitive), not by reading every row. Kept by triggers on ``documents_list``; derived,
    like the list itself."""
    _script(
        db,
        f"""
        CREATE VIRTUAL TABLE documents_list_fts USING fts5({_FTS_COLUMNS},
            content='documents_list', content_rowid='id', tokenize='trigram');
        INSERT INTO documents_list_fts (documents_list_fts) VALUES ('rebuild');
        CREATE TRIGGER documents_list_fts_insert AFTER INSERT ON documents_list BEGIN
            {_FTS_ADD}
        END;
        CREATE TRIGGER documents_list_fts_delete AFTER DELETE ON documents_list BEGIN
            {_FTS_TAKE_OUT}
        END;
        CREATE TRIGGER documents_list_fts_update AFTER UPDATE ON documents_list BEGIN
            {_FTS_TAKE_OUT}
            {_FTS_ADD}
        END;
        PRAGMA user_version = 13;
        """,
    )


@migrations()
def m014_reuse_tops(db: Database) -> None:
    """Each reuse run's most frequent hashes (``reuse_tops``: the hashes as little-endian int64,
    their postings in the run as int32, and the most postings of a hash not listed), so that
    most-reused reads these and not every key. Written with each run from now on; here counted
    from the keys of the runs there are."""
    _script(
        db,
        """CREATE TABLE reuse_tops (run INTEGER PRIMARY KEY, hashes BLOB NOT NULL, counts BLOB NOT NULL,
                                    floor INTEGER NOT NULL);""",
    )
    _summarise_runs(db.conn)
    _script(db, "PRAGMA user_version = 14;")


def _summarise_runs(conn: sqlite3.Connection) -> None:
    from naast.store import reuse_runs, reuse_summary

    for run in reuse_runs.runs(conn):
        counter = reuse_summary.TopCounter()
        for lo, hi in reuse_runs.key_ranges([run]):
            counter.add(reuse_runs.read_keys(conn, run, lo, hi))
        reuse_summary.write(conn, run.run, counter.summary())


@migrations()
def m015_documents_count(db: Database) -> None:
    """How many documents the project holds, in one row kept by triggers (``documents_count``):
    the reuse index's boilerplate cap needs it for every question, and ``COUNT(*)`` reads an
    index of every document (2.5 MB, 50 ms cold at 100,000 documents). Derived, as the list."""
    _script(
        db,
        """
        CREATE TABLE documents_count (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
        INSERT INTO documents_count (id, n) SELECT 1, COUNT(*) FROM documents;
        CREATE TRIGGER documents_count_insert AFTER INSERT ON documents BEGIN
            UPDATE documents_count SET n = n + 1;
        END;
        CREATE TRIGGER documents_count_delete AFTER DELETE ON documents BEGIN
            UPDATE documents_count SET n = n - 1;
        END;
        PRAGMA user_version = 15;
        """,
    )
