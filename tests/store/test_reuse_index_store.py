"""The reuse index in the project file: kept by import, undo and redo; answers match the in-memory
index (``naast.core.compare.index.ReuseIndex``, the independent reference)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from older_steps import STEP_11_UNDONE, back_to_step_11

from naast.core.compare.fingerprints import GUARANTEED_WORDS, fingerprints
from naast.core.compare.index import ReuseIndex
from naast.core.documents import ImportDocument
from naast.core.parsing import content_hash, parse_text
from naast.store import document_pages, reuse_index, reuse_queries, reuse_tops
from naast.store.importer import import_paths
from naast.store.project import Project
from naast.store.version import SCHEMA_VERSION

PASSAGE = (
    "de regering zet zich in voor een ordentelijke terugkeer van uitgeprocedeerde vreemdelingen naar het "
    "land van herkomst en spreekt daarover met de betrokken autoriteiten"
)


def _add(project: Project, text: str, name: str) -> int:
    parsed = parse_text(text, source_name=name)
    changes = project.apply(ImportDocument(parsed, content_hash(text.encode()), "2026-01-01T00:00:00+00:00"))
    project.index_pending()
    return next(iter(changes.ids["documents"]))


def _filler(rng: random.Random, words: int) -> str:
    vocabulary = [f"woord{k}" for k in range(2000)]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def test_fingerprints_guarantee_a_shared_run_of_eight_words() -> None:
    rng = random.Random(2)
    for _ in range(200):
        shared = _filler(rng, GUARANTEED_WORDS)
        a = fingerprints(f"{_filler(rng, rng.randint(0, 30))} {shared} {_filler(rng, 5)}")
        b = fingerprints(f"{_filler(rng, rng.randint(0, 30))} {shared}")
        assert np.intersect1d(a.hashes, b.hashes).size > 0


def test_where_else_agrees_with_the_in_memory_index(tmp_path: Path, corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    with Project.create(tmp_path / "p.naast") as project:
        list(import_paths(project, files))
        texts = {r[0]: r[1] for r in project.query("SELECT id, text FROM documents")}
        reference = ReuseIndex()
        reference.add_documents(texts.items())
        rng = random.Random(7)
        asked = 0
        for doc_id, text in texts.items():
            for _ in range(15):
                start = rng.randrange(0, max(1, len(text) - 600))
                end = start + rng.randint(80, 600)
                expected = reference.where_else_span(doc_id, start, end)
                got = reuse_queries.where_else(project, doc_id, start, end)
                assert {(o.doc_id, o.start, o.end) for o in got} == {
                    (o.doc_id, o.start, o.end) for o in expected
                }
                if expected:  # a worker thread asks on a reader of its own: the same answer
                    assert document_pages.where_else_in(project.path, doc_id, start, end) == got
                asked += bool(expected)
        assert asked >= 3  # the corpus does share passages: some questions had answers


def test_import_undo_and_redo_keep_the_index(tmp_path: Path) -> None:
    rng = random.Random(1)
    with Project.create(tmp_path / "p.naast") as project:
        first = _add(project, f"{_filler(rng, 300)} {PASSAGE}. {_filler(rng, 100)}", "a.txt")
        text = project.query("SELECT text FROM documents WHERE id = ?", [first])[0][0]
        start = text.index("de regering zet")
        end = start + len(PASSAGE)
        assert reuse_queries.where_else(project, first, start, end) == []
        second = _add(project, f"Vraag 1 {_filler(rng, 50)}. {PASSAGE}.", "b.txt")
        hits = reuse_queries.where_else(project, first, start, end)
        assert [(h.doc_id, h.words) for h in hits] == [(second, len(PASSAGE.split()))]
        project.undo()
        project.index_pending()
        assert reuse_queries.where_else(project, first, start, end) == []
        assert [p for p in reuse_index.all_postings(project) if p[1] == second] == []
        assert list(reuse_index.shared_hashes(project)) == []
        project.redo()
        assert [h.doc_id for h in reuse_queries.where_else(project, first, start, end)] == [second]
        third = _add(project, f"Een andere tekst {_filler(rng, 40)}", "c.txt")
        assert third == second + 1


def test_index_survives_reopening_and_an_old_file_gets_one(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "p.naast"
    with Project.create(path) as project:
        list(import_paths(project, sorted(corpus.glob("*.txt"))))
        postings = reuse_index.all_postings(project)
    assert len(postings) > 1000
    conn = sqlite3.connect(path)  # as a file of schema 7 would be: no reuse index at all
    back_to_step_11(conn, postings)
    conn.executescript(
        STEP_11_UNDONE
        + """DROP INDEX history_batch; DROP TABLE history_batches; ALTER TABLE history DROP COLUMN batch;
           DELETE FROM _sqlite_migrations WHERE name = 'm009_history_batches';
           DROP VIEW reuse_postings; DROP TABLE reuse_keys;
           DELETE FROM _sqlite_migrations WHERE name = 'm010_reuse_keys';
           DROP TABLE reuse_counts; DROP TABLE reuse_documents;
           DROP TABLE reuse_pending; DROP TABLE reuse_stale; DROP TRIGGER documents_reuse_insert;
           DROP TRIGGER documents_reuse_delete; DROP TRIGGER documents_reuse_update;
           DROP INDEX documents_date;
           DELETE FROM _sqlite_migrations WHERE name = 'm008_reuse_index'; PRAGMA user_version = 7;"""
    )
    conn.close()
    with Project.open(path) as project:
        assert project.query("SELECT COUNT(*) FROM reuse_pending")[0][0] == 4
        project.index_pending()
        assert reuse_index.all_postings(project) == postings


def test_most_reused_agrees_with_the_in_memory_index(tmp_path: Path) -> None:
    rng = random.Random(1)
    boiler = "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het lid"
    closing = "met vriendelijke groet en hoogachting de minister van asiel en migratie"
    docs = [f"{boiler} {d}. {_filler(rng, 200)} {closing if d % 3 == 0 else ''}" for d in range(30)]
    with Project.create(tmp_path / "p.naast") as project:
        for d, text in enumerate(docs):
            _add(project, text, f"{d}.txt")
        texts = [(r[0], r[1]) for r in project.query("SELECT id, text FROM documents")]
        reference = ReuseIndex()
        reference.add_documents(texts)
        expected = reference.most_reused(8, 5)
        got = reuse_queries.most_reused(project, 8, 5)
    assert (
        [(p.count, p.words) for p in got[:2]]
        == [(p.count, p.words) for p in expected[:2]]
        == [(30, 14), (10, 11)]
    )
    assert got[0].text.startswith("Hierbij bied ik u")
    assert {o.doc_id for o in got[1].occurrences} == set(expected[1].doc_ids)


@pytest.mark.parametrize("words", [3, 7])
def test_short_texts_have_few_or_no_fingerprints(words: int) -> None:
    fp = fingerprints(" ".join(f"w{k}" for k in range(words)))
    assert len(fp) == (0 if words < 5 else len(fp))
    assert (fp.hashes >= 0).all() and (fp.hashes < 2**31).all()


def test_steps_ten_and_twelve_keep_the_postings_of_a_step_nine_file(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "p.naast"
    with Project.create(path) as project:
        list(import_paths(project, sorted(corpus.glob("*.txt"))))
        postings = reuse_index.all_postings(project)
        doc_id, text = project.query("SELECT id, text FROM documents ORDER BY id LIMIT 1")[0]
        answers = reuse_queries.where_else(project, doc_id, 0, len(text))
    conn = sqlite3.connect(path)  # back to step 9: postings in the two-column table
    back_to_step_11(conn, postings)
    conn.executescript(
        STEP_11_UNDONE
        + """CREATE TABLE old_postings (hash INTEGER NOT NULL, document_id INTEGER NOT NULL,
               at INTEGER NOT NULL, PRIMARY KEY (hash, document_id)) WITHOUT ROWID;
           INSERT INTO old_postings SELECT hash, document_id, at FROM reuse_postings;
           DROP VIEW reuse_postings; DROP TABLE reuse_keys;
           ALTER TABLE old_postings RENAME TO reuse_postings;
           DELETE FROM _sqlite_migrations WHERE name = 'm010_reuse_keys'; PRAGMA user_version = 9;"""
    )
    conn.close()
    with Project.open(path) as project:
        assert project.schema_version == SCHEMA_VERSION
        assert reuse_index.all_postings(project) == postings
        assert reuse_queries.where_else(project, doc_id, 0, len(text)) == answers
        summarised = reuse_tops.from_summaries(project.conn, 20)  # step 14 counted the runs there were
        assert summarised is not None
        every_key = reuse_tops.full_pass(project.conn, 20)
        assert [a.tolist() for a in summarised] == [a.tolist() for a in every_key]
    assert len(postings) > 1000 and answers


def test_where_else_gives_its_places_in_batches_that_add_up_to_the_answer(tmp_path: Path) -> None:
    """A passage shared by many documents: the first batch holds the places of the documents
    sharing most of it, later batches the rest, no place twice, together exactly where_else."""
    rng = random.Random(3)
    words = PASSAGE.split()
    with Project.create(tmp_path / "p.naast") as project:
        ids = []
        for n in range(20):  # as many as the frequency cap lets where else use
            kept = " ".join(words[: 12 + n % 9])  # documents share more or less of the passage
            ids.append(_add(project, f"{_filler(rng, 60)} {kept}. {_filler(rng, 60)}", f"d{n}.txt"))
        for n in range(10):
            _add(project, _filler(rng, 150), f"other{n}.txt")
        text = project.query("SELECT text FROM documents WHERE id = ?", [ids[8]])[0][0]
        start = text.index("de regering")
        end = start + len(" ".join(words[:20]))  # document 8 holds all 20 of these words
        batches = list(reuse_queries.where_else_batches(project, ids[8], start, end, first=5))
        everything = reuse_queries.where_else(project, ids[8], start, end)
        flat = [o for batch in batches for o in batch]
        assert [len(b) for b in batches] == [5, 14]  # the document itself and 5 others, then the rest
        assert len(flat) == len(set(flat)) == 19
        assert sorted(flat, key=lambda o: (o.doc_id, o.start, -o.end)) == everything
        mean = [sum(o.words for o in b) / len(b) for b in batches]
        assert mean[0] > mean[1]  # the documents sharing most fingerprints come first
        at_once = reuse_queries.where_else_batches(project, ids[8], start, end, first=25)
        assert [len(b) for b in at_once] == [19]


def test_a_worker_labels_each_place_as_the_list_shows_it(tmp_path: Path) -> None:
    """The places come from the worker with their document's date and title, the unit holding
    them and their words, so the window reads nothing to list them."""
    text = "Vraag 1\nIs er beleid?\n\nAntwoord 1\nZoals eerder: " + PASSAGE + ".\n"
    with Project.create(tmp_path / "p.naast") as project:
        first = _add(project, "Vraag 1\nWaarom?\n\nAntwoord 1\n" + PASSAGE + ".\n", "a.txt")
        second = _add(project, text, "b.txt")
        start = project.query("SELECT text FROM documents WHERE id = ?", [first])[0][0].index(PASSAGE)
        batches = list(document_pages.where_else_batches_in(project.path, first, start, start + len(PASSAGE)))
        (place,) = [p for batch in batches for p in batch]
        assert place.occurrence.doc_id == second
        summary = project.query("SELECT date, title FROM documents_list WHERE id = ?", [second])[0]
        unit = project.query(
            'SELECT label FROM units WHERE document_id = ? AND start <= ? AND ? < "end" ORDER BY ordinal',
            [second, place.occurrence.start, place.occurrence.start],
        )[0][0]
        assert unit == "Antwoord 1"
        assert place.where.endswith(" · Antwoord 1") and (summary[0] or "") in place.where
        assert place.passage == " ".join(PASSAGE.split())
        assert place.occurrence.words == len(PASSAGE.split())
