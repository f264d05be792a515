"""Search results as they come: the first hits at once, and the slower questions (ranked search,
where else) on a reader of their own for a worker thread. (The document list a page at a time is
``document_list``.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from naast.store.documents import (
    _FTS_WORD,
    DocumentSummary,
    SearchHit,
    document_summary,
    fts_match,
    ranked,
)
from naast.store.project import Project
from naast.store.reader import Reader

if TYPE_CHECKING:  # where else's modules load numpy: at the first question, not at start-up
    from naast.core.compare.index import Occurrence

_FIRST_SQL = """SELECT rowid, COALESCE(title, ''), snippet(documents_fts, 1, '[[', ']]', '…', 16), 0.0
                 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?"""


def first_hits(project: Project, query: str, limit: int = 20) -> list[SearchHit]:
    """The first ``limit`` documents matching ``query``, each with FTS5's own snippet: shown at
    once while the ranked results (``documents.search``) are worked out.

    Those holding the last word whole come first, in index order, then those holding it only as
    the start of a longer word. FTS5 reads a word's postings as far as it needs, but gathers all
    postings of every word a prefix stands for before it answers: "terugkeer*" took 250 ms on a
    cold file of 100,000 documents, "terugkeer" 7 ms."""
    words = _FTS_WORD.findall(query)
    if not words:
        return []
    match = fts_match(words)
    whole = fts_match(words, prefix=False)
    rows = project.query(_FIRST_SQL, [whole, limit])
    if len(rows) < limit and match != whole:
        seen = {r[0] for r in rows}
        more = project.query(_FIRST_SQL, [match, limit + len(rows)])
        rows += [r for r in more if r[0] not in seen][: limit - len(rows)]
    return [SearchHit(r[0], r[1], r[2], r[3]) for r in rows]


def first_hits_in(path: Path, query: str, limit: int = 20) -> list[SearchHit]:
    """``first_hits`` on a read-only connection of its own, for a worker thread."""
    with Reader(path) as reader:
        return first_hits(reader, query, limit)  # type: ignore[arg-type]


def ranked_hits(path: Path, query: str, limit: int = 100, *, unindexed: int = 0) -> list[SearchHit]:
    """``documents.search`` on a read-only connection of its own, for a worker thread (an SQLite
    connection serves one thread). The caller opened and checked the project, indexed what it
    could, and says how many documents still wait for the index (``Project.pending_search``)."""
    words = _FTS_WORD.findall(query)
    if not words:
        return []
    with Reader(path) as reader:
        return ranked(reader, words, limit, unindexed=unindexed)


def where_else_in(path: Path, doc_id: int, start: int, end: int) -> list[Occurrence]:
    """``reuse_queries.where_else`` on a connection of its own, for a worker thread."""
    from naast.store import reuse_queries

    with Reader(path) as reader:
        return reuse_queries.where_else(reader, doc_id, start, end)  # type: ignore[arg-type]


def where_else_batches_in(path: Path, doc_id: int, start: int, end: int) -> Iterator[list[Place]]:
    """``reuse_queries.where_else_batches`` on a connection of its own, for a worker thread (the
    connection closes when the batches end or the caller stops asking for them), each place with
    what a list shows of it: reading 300 documents on the GUI thread to label them stalled it."""
    from naast.store import reuse_queries

    with Reader(path) as reader:
        for batch in reuse_queries.where_else_batches(reader, doc_id, start, end):  # type: ignore[arg-type]
            yield places_of(reader, batch)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Place:
    """An occurrence of a passage, as a list shows it."""

    occurrence: Occurrence
    where: str  # date · title · the unit holding its start
    passage: str  # its words, spaces folded, at most PASSAGE_SHOWN characters


PASSAGE_SHOWN = 240


def places_of(project: Project, found: list[Occurrence]) -> list[Place]:
    """Each occurrence with its document's date and title, its unit's label and its words."""
    places = []
    summaries: dict[int, DocumentSummary] = {}
    for occ in found:
        if occ.doc_id not in summaries:
            summaries[occ.doc_id] = document_summary(project, occ.doc_id)
        summary = summaries[occ.doc_id]
        unit = project.query(_UNIT_AT_SQL, [occ.doc_id, occ.start, occ.start])
        label = str(unit[0][0]) if unit else None
        where = " · ".join(x for x in (summary.date, summary.display_title, label) if x)
        text = project.query(_WORDS_SQL, [occ.start + 1, occ.end - occ.start, occ.doc_id])
        passage = " ".join(str(text[0][0] or "").split()) if text else ""
        places.append(Place(occ, where, passage[:PASSAGE_SHOWN]))
    return places


_WORDS_SQL = "SELECT substr(text, ?, ?) FROM documents WHERE id = ?"
_UNIT_AT_SQL = """SELECT label FROM units WHERE document_id = ? AND start <= ? AND "end" > ?
                  ORDER BY ordinal LIMIT 1"""
