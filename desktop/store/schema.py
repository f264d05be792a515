"""The project schema: migrations are its only definition.

Each step runs in its own transaction (sqlite-utils ``Migrations``) and ends by writing its number
into ``PRAGMA user_version``, so the file itself says which schema it has. Add a step to change the
schema; never edit a step that has shipped.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from naast.store.version import APPLICATION_ID

migrations = Migrations("naast")


def _script(db: Database, sql: str) -> None:
    """Run statements one by one inside the migration's transaction (executescript would commit)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer.strip())
            buffer = ""
    if buffer.strip():
        db.execute(buffer.strip())


@migrations()
def m001_initial(db: Database) -> None:
    _script(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source_name TEXT,
            source_format TEXT,
            doc_type TEXT NOT NULL,
            title TEXT,
            kenmerk TEXT,
            vergaderjaar TEXT,
            aanhangsel_number TEXT,
            identifier TEXT,
            date_submitted TEXT,
            date_received TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            text TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX documents_kenmerk ON documents(kenmerk);
        CREATE INDEX documents_identifier ON documents(identifier);
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            title TEXT,
            numbers TEXT NOT NULL DEFAULT '[]',
            answers TEXT NOT NULL DEFAULT '[]',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            CHECK (start <= "end")
        );
        CREATE INDEX units_document ON units(document_id, start);
        CREATE TABLE footnotes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            marker TEXT NOT NULL,
            text TEXT NOT NULL,
            anchor INTEGER
        );
        CREATE INDEX footnotes_document ON footnotes(document_id);
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            party TEXT,
            role TEXT,
            ministry TEXT
        );
        CREATE TABLE document_actors (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            relation TEXT NOT NULL
                CHECK (relation IN ('asker', 'addressee', 'answered_by', 'on_behalf_of', 'signatory')),
            ordinal INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (document_id, actor_id, relation)
        );
        CREATE INDEX document_actors_actor ON document_actors(actor_id);
        CREATE TABLE topics (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES topics(id),
            code TEXT,
            label_en TEXT NOT NULL,
            label_nl TEXT NOT NULL,
            colour TEXT NOT NULL,
            ordinal INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX topics_parent ON topics(parent_id);
        CREATE TABLE stances (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label_en TEXT NOT NULL,
            label_nl TEXT NOT NULL,
            colour TEXT NOT NULL,
            shape TEXT NOT NULL,
            ordinal INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE propositions (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE,
            note TEXT
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            document_title TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            claimant_id INTEGER REFERENCES actors(id),
            addressee_id INTEGER REFERENCES actors(id),
            stance_id INTEGER REFERENCES stances(id),
            proposition_id INTEGER REFERENCES propositions(id),
            note TEXT NOT NULL DEFAULT '',
            coder TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'orphaned')),
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (start <= "end")
        );
        CREATE INDEX claims_document ON claims(document_id, start);
        CREATE INDEX claims_claimant ON claims(claimant_id);
        CREATE INDEX claims_stance ON claims(stance_id);
        CREATE INDEX claims_proposition ON claims(proposition_id);
        CREATE TABLE claim_topics (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, topic_id)
        );
        CREATE INDEX claim_topics_topic ON claim_topics(topic_id);
        CREATE TABLE claim_links (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            target_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('answers', 'agrees', 'contradicts', 'repeats')),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (source_id, target_id, kind)
        );
        CREATE TABLE memos (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            coder TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            coder TEXT NOT NULL DEFAULT '',
            applied_at TEXT NOT NULL,
            ops TEXT NOT NULL,
            inverse TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        PRAGMA user_version = 1;
        """,
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@migrations()
def m002_lookup_indexes(db: Database) -> None:
    """Indexes for two lookups every change or import makes, which scanned whole tables.

    - Importing looks for an earlier version of a document by its file name: without an index
      that read every stored text (import into a project of 10,000 documents: 43/s).
    - The kenmerk and identifier indexes become partial (``IS NOT NULL``): many documents have
      neither, and once ANALYZE counted those NULLs as one value the planner judged the indexes
      useless and scanned every text instead (10 ms per import in a project of 10,000).
    - Applying a command forgets the undone history (``DELETE … WHERE undone = 1``) and redo
      looks for the oldest undone entry: a partial index holds just those few rows.
    """
    _script(
        db,
        """
        CREATE INDEX documents_source_name ON documents(source_name) WHERE source_name IS NOT NULL;
        DROP INDEX documents_kenmerk;
        CREATE INDEX documents_kenmerk ON documents(kenmerk) WHERE kenmerk IS NOT NULL;
        DROP INDEX documents_identifier;
        CREATE INDEX documents_identifier ON documents(identifier) WHERE identifier IS NOT NULL;
        CREATE INDEX history_undone ON history(id) WHERE undone = 1;
        PRAGMA user_version = 2;
        """,
    )


@migrations()
def m003_search_pending(db: Database) -> None:
    """Documents wait in ``search_pending`` to be added to the full-text index in batches.

    Indexing one document per transaction made FTS5 write a small segment at every commit and
    merge them over and over: two thirds of its cost. A new or changed document is now listed in
    ``search_pending`` in its own transaction, and ``Project.index_pending`` indexes the list in
    one transaction (after an import, before a search, on closing). A document that leaves while
    it waits leaves the list; the index itself is only asked to forget rows it holds.
    """
    _script(
        db,
        """
        CREATE TABLE search_pending (document_id INTEGER PRIMARY KEY);
        DROP TRIGGER documents_fts_insert;
        DROP TRIGGER documents_fts_delete;
        DROP TRIGGER documents_fts_update;
        CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
            INSERT OR IGNORE INTO search_pending (document_id) VALUES (new.id);
        END;
        CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            SELECT 'delete', old.id, old.title, old.text
            WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE document_id = old.id);
            DELETE FROM search_pending WHERE document_id = old.id;
        END;
        CREATE TRIGGER documents_search_update AFTER UPDATE OF title, text ON documents
        WHEN NOT EXISTS (SELECT 1 FROM search_pending WHERE document_id = old.id) BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO search_pending (document_id) VALUES (new.id);
        END;
        PRAGMA user_version = 3;
        """,
    )


#: A version 4 UUID made by SQLite, for claims that existed before claims had one.
_SQL_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)


@migrations()
def m004_claim_identity_and_changed_status(db: Database) -> None:
    """Claims get a stable UUID, a ``changed`` status and the quote they had before a re-import changed it.

    ``uid`` identifies a claim across copies of a project (exchange, merging coders' work); integer ids
    are only local. ``changed`` marks a claim re-anchored onto words that differ from what it quoted,
    and ``previous_quote`` keeps those words. SQLite cannot alter a CHECK constraint; widening one
    changes nothing stored, so the table's definition is rewritten in place as SQLite's documentation
    describes for such changes (writable_schema, then a new schema_version).
    """
    old_check = "CHECK (status IN ('ok', 'orphaned'))"
    new_check = "CHECK (status IN ('ok', 'changed', 'orphaned'))"
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'claims'").fetchone()
    if old_check in sql:
        (version,) = db.execute("PRAGMA schema_version").fetchone()
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'claims'",
            [sql.replace(old_check, new_check)],
        )
        db.execute(f"PRAGMA schema_version = {version + 1}")
        db.execute("PRAGMA writable_schema = OFF")
    _script(
        db,
        f"""
        ALTER TABLE claims ADD COLUMN uid TEXT;
        ALTER TABLE claims ADD COLUMN previous_quote TEXT;
        UPDATE claims SET uid = {_SQL_UUID4} WHERE uid IS NULL;
        CREATE UNIQUE INDEX claims_uid ON claims(uid);
        PRAGMA user_version = 4;
        """,
    )


@migrations()
def m005_merge_bases(db: Database) -> None:
    """What merging coders' projects remembers (``naast merge``).

    ``merge_bases`` keeps, per merged source project and claim, the fingerprint of the claim as it
    was when the two last agreed: a later merge tells from it which side changed a claim since.
    ``merge_conflicts`` lists claims both sides changed: the project's version stays, the source's
    is kept beside it as a claim of its own, until the team settles which is right.
    """
    _script(
        db,
        """
        CREATE TABLE merge_bases (
            source_key TEXT NOT NULL,
            claim_uid TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            PRIMARY KEY (source_key, claim_uid)
        );
        CREATE TABLE merge_conflicts (
            id INTEGER PRIMARY KEY,
            source_key TEXT NOT NULL,
            claim_uid TEXT NOT NULL,
            kept_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            other_claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            merged_at TEXT NOT NULL
        );
        CREATE INDEX merge_conflicts_kept ON merge_conflicts(kept_claim_id);
        CREATE INDEX merge_conflicts_other ON merge_conflicts(other_claim_id);
        PRAGMA user_version = 5;
        """,
    )


@migrations()
def m006_topic_descriptions(db: Database) -> None:
    """Topics get a description: the definition a codebook gives a code (REFI-QDA ``Description``).

    Codebooks of other tools carry their definitions there; without a column of its own Naast
    dropped them, and wrote its own metadata into the description instead.
    """
    _script(
        db,
        """
        ALTER TABLE topics ADD COLUMN description TEXT NOT NULL DEFAULT '';
        PRAGMA user_version = 6;
        """,
    )


@migrations()
def m007_fetch(db: Database) -> None:
    """Fetching from the official sources: jobs, metadata provenance and cases (additive only).

    - ``fetch_jobs`` and ``fetch_items``: a fetch's query, settings and what it has done, so that a
      fetch stopped at any point resumes where it was. Bookkeeping, not a user's change: no history.
    - ``document_provenance``: per document and field, the official value and the one parsed from
      the text, with whether they agree (NULL where one side is missing); a disagreement puts the
      document on the review list.
    - ``cases`` and ``case_documents``: the questions, the Mededeling and the answers of one set of
      Kamervragen, linked by their kenmerk (the Zaak number).

    Provenance and case rows are written by the import command, so undo removes them with the
    document.
    """
    _script(
        db,
        """
        CREATE TABLE fetch_jobs (
            id INTEGER PRIMARY KEY,
            query TEXT NOT NULL,
            settings TEXT NOT NULL,
            state TEXT NOT NULL
                CHECK (state IN ('discovering', 'running', 'interrupted', 'cancelled', 'done')),
            total INTEGER,
            message TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE fetch_items (
            job_id INTEGER NOT NULL REFERENCES fetch_jobs(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            identifier TEXT NOT NULL,
            record TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'imported', 'present', 'skipped', 'failed')),
            message TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_id, identifier)
        );
        CREATE INDEX fetch_items_pending ON fetch_items(job_id, ordinal) WHERE state = 'pending';
        CREATE TABLE document_provenance (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            official TEXT,
            parsed TEXT,
            source TEXT NOT NULL,
            agrees INTEGER CHECK (agrees IN (0, 1)),
            PRIMARY KEY (document_id, field)
        );
        CREATE INDEX document_provenance_disagree ON document_provenance(document_id) WHERE agrees = 0;
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            zaak_id TEXT,
            title TEXT
        );
        CREATE TABLE case_documents (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('questions', 'notice', 'answers', 'other')),
            PRIMARY KEY (case_id, document_id)
        );
        CREATE INDEX case_documents_document ON case_documents(document_id);
        PRAGMA user_version = 7;
        """,
    )


@migrations()
def m008_reuse_index(db: Database) -> None:
    """The reuse index ("where else", most-reused passages) lives in the project file.

    - ``reuse_postings``: per fingerprint hash (see ``naast.core.compare.fingerprints``) the
      documents holding it and the character offset of its first occurrence, clustered by hash.
    - ``reuse_counts``: in how many documents each hash occurs (the hash is the rowid); the
      partial index lists the shared ones, so most-reused reads the top of it.
    - ``reuse_documents``: each indexed document's hashes as one blob (to take it out again).
    - ``reuse_pending`` / ``reuse_stale``: documents to add, and indexed documents to take out,
      filled by triggers so that import, undo and redo keep the index right. The store's
      ``reuse_index.update`` works both lists off in one transaction (stale first), as
      ``index_pending`` does for the full-text index. Derived data: no history, no foreign keys.
    - ``documents_date``: the document list's order, so a page of it is read without sorting
      every document.
    """
    _script(
        db,
        """
        CREATE TABLE reuse_postings (
            hash INTEGER NOT NULL,
            document_id INTEGER NOT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY (hash, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE reuse_counts (hash INTEGER PRIMARY KEY, docs INTEGER NOT NULL);
        CREATE INDEX reuse_counts_shared ON reuse_counts(docs) WHERE docs >= 2;
        CREATE TABLE reuse_documents (document_id INTEGER PRIMARY KEY, hashes BLOB NOT NULL);
        CREATE TABLE reuse_pending (document_id INTEGER PRIMARY KEY);
        CREATE TABLE reuse_stale (document_id INTEGER PRIMARY KEY);
        CREATE INDEX documents_date ON documents(COALESCE(date_received, date_submitted), id);
        INSERT INTO reuse_pending (document_id) SELECT id FROM documents;
        CREATE TRIGGER documents_reuse_insert AFTER INSERT ON documents BEGIN
            INSERT OR IGNORE INTO reuse_pending (document_id) VALUES (new.id);
        END;
        CREATE TRIGGER documents_reuse_delete AFTER DELETE ON documents BEGIN
            DELETE FROM reuse_pending WHERE document_id = old.id;
            INSERT OR IGNORE INTO reuse_stale (document_id)
            SELECT old.id WHERE EXISTS (SELECT 1 FROM reuse_documents WHERE document_id = old.id);
        END;
        CREATE TRIGGER documents_reuse_update AFTER UPDATE OF text ON documents BEGIN
            INSERT OR IGNORE INTO reuse_stale (document_id)
            SELECT old.id WHERE EXISTS (SELECT 1 FROM reuse_documents WHERE document_id = old.id);
            INSERT OR IGNORE INTO reuse_pending (document_id) VALUES (new.id);
        END;
        PRAGMA user_version = 8;
        """,
    )


@migrations()
def m009_history_batches(db: Database) -> None:
    """Several commands can be one undo step: an import of many files is undone as one.

    ``history_batches`` holds a batch's label, a template whose ``{n}`` is the number of its
    entries; each entry of a batch names it in ``history.batch`` (NULL: an entry of its own). The
    entries stay separate rows, each committed in its own transaction as before, so a batch cut
    short by a crash is simply shorter.
    """
    _script(
        db,
        """
        CREATE TABLE history_batches (id INTEGER PRIMARY KEY, label TEXT NOT NULL);
        ALTER TABLE history ADD COLUMN batch INTEGER;
        CREATE INDEX history_batch ON history(batch) WHERE batch IS NOT NULL;
        PRAGMA user_version = 9;
        """,
    )


# Steps 10 and on live in their own module; importing it registers them after the steps above.
from naast.store import schema_later as _later  # noqa: E402, F401


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending step, each in its own transaction."""
    migrations.apply(Database(conn))
