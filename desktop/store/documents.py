"""Typed reads of documents: listing, loading back into the core model, finding, searching."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from naast.core.errors import NotFound
from naast.core.model import (
    DocType,
    Footnote,
    PageBreak,
    ParsedDocument,
    Person,
    Responder,
    Unit,
    UnitKind,
)
from naast.core.titles import describe
from naast.store.project import Project
from naast.store.reader import Queryable


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the project browser needs of a document, without its text."""

    id: int
    title: str | None
    doc_type: str
    source_name: str | None
    kenmerk: str | None
    date: str | None  # received, else submitted
    answered_by: str | None
    ministry: str | None
    askers: str

    role: str | None = None

    @property
    def display_title(self) -> str:
        made = describe(self.doc_type, self.answered_by, self.role, self.ministry)
        return self.title or made or self.source_name or f"Document {self.id}"

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    content_hash: str
    imported_at: str
    parsed: ParsedDocument


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    snippet: str  # with [[ and ]] around the matched words
    rank: float


_SUMMARY_SQL = """
SELECT d.id, d.title, d.doc_type, d.source_name, d.kenmerk,
       COALESCE(d.date_received, d.date_submitted) AS date,
       r.name AS answered_by, r.ministry, r.role,
       (SELECT group_concat(a.name || COALESCE(' (' || a.party || ')', ''), ', ')
          FROM document_actors da JOIN actors a ON a.id = da.actor_id
         WHERE da.document_id = d.id AND da.relation = 'asker') AS askers
FROM documents d
LEFT JOIN actors r ON r.id = (
    SELECT da.actor_id FROM document_actors da
     WHERE da.document_id = d.id AND da.relation IN ('answered_by', 'signatory')
     ORDER BY da.ordinal LIMIT 1)
"""


def list_documents(project: Project) -> list[DocumentSummary]:
    rows = project.query(_SUMMARY_SQL + " ORDER BY date, d.id")
    return [_summary(r) for r in rows]


def document_summaries(project: Project, ids: Iterable[int]) -> dict[int, DocumentSummary]:
    """The summaries of the documents ``ids`` (those there are), by id: read by id, so a few
    documents of a large project cost a few rows."""
    wanted = sorted(set(ids))
    found: dict[int, DocumentSummary] = {}
    for k in range(0, len(wanted), 900):
        part = wanted[k : k + 900]
        rows = project.query(_SUMMARY_SQL + f" WHERE d.id IN ({', '.join('?' * len(part))})", part)
        found.update((s.id, s) for s in map(_summary, rows))
    return found


def document_summary(project: Project, document_id: int) -> DocumentSummary:
    rows = project.query(_SUMMARY_SQL + " WHERE d.id = ?", [document_id])
    if not rows:
        raise NotFound(f"There is no document {document_id} in this project.")
    return _summary(rows[0])


def _summary(r: object) -> DocumentSummary:
    row = dict(r)  # type: ignore[call-overload]
    row["askers"] = row["askers"] or ""
    return DocumentSummary(**row)


def load_document(project: Project, document_id: int) -> StoredDocument:
    rows = project.query("SELECT * FROM documents WHERE id = ?", [document_id])
    if not rows:
        raise NotFound(f"There is no document {document_id} in this project.")
    row = rows[0]
    meta = json.loads(row["metadata"])
    units = tuple(
        Unit(
            kind=UnitKind(u["kind"]),
            start=u["start"],
            end=u["end"],
            label=u["label"],
            numbers=tuple(json.loads(u["numbers"])),
            answers=tuple(json.loads(u["answers"])),
            title=u["title"],
        )
        for u in project.query("SELECT * FROM units WHERE document_id = ? ORDER BY start", [document_id])
    )
    notes = tuple(
        Footnote(f["marker"], f["text"], f["anchor"])
        for f in project.query(
            "SELECT * FROM footnotes WHERE document_id = ? ORDER BY ordinal", [document_id]
        )
    )
    parsed = ParsedDocument(
        text=row["text"],
        doc_type=DocType(row["doc_type"]),
        units=units,
        title=row["title"],
        askers=tuple(Person(a["name"], a.get("party")) for a in meta.get("askers", [])),
        addressees=tuple(meta.get("addressees", [])),
        answered_by=_responder(meta.get("answered_by")),
        date_submitted=row["date_submitted"],
        date_received=row["date_received"],
        kenmerk=row["kenmerk"],
        vergaderjaar=row["vergaderjaar"],
        aanhangsel_number=row["aanhangsel_number"],
        identifier=row["identifier"],
        references=tuple(meta.get("references", [])),
        footnotes=notes,
        pages=tuple(PageBreak(p["offset"], p["page"]) for p in meta.get("pages", [])),
        source_name=row["source_name"],
        source_format=row["source_format"],
        extra=dict(meta.get("extra", {})),
    )
    return StoredDocument(row["id"], row["content_hash"], row["imported_at"], parsed)


def _responder(data: dict | None) -> Responder | None:
    if not data:
        return None
    return Responder(
        name=data["name"],
        role=data.get("role"),
        ministry=data.get("ministry"),
        on_behalf_of=tuple(data.get("on_behalf_of", [])),
    )


def has_content_hash(project: Project, content_hash: str) -> int | None:
    rows = project.query("SELECT id FROM documents WHERE content_hash = ?", [content_hash])
    return rows[0][0] if rows else None


def find_document(project: Project, name: str) -> int:
    """A document named by id, kenmerk, identifier, exact title or source file name."""
    name = name.strip()
    if name.isdigit() and project.query("SELECT 1 FROM documents WHERE id = ?", [int(name)]):
        return int(name)
    for column in ("kenmerk", "identifier", "source_name", "title"):
        rows = project.query(
            f"SELECT id FROM documents WHERE {column} = ? COLLATE NOCASE ORDER BY id", [name]
        )
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise NotFound(f"{len(rows)} documents have the {column} {name!r}; name one by its id.")
    rows = project.query(
        "SELECT id FROM documents WHERE title LIKE ? OR source_name LIKE ?", [f"%{name}%", f"%{name}%"]
    )
    if len(rows) == 1:
        return rows[0][0]
    if rows:
        raise NotFound(f"{len(rows)} documents match {name!r}; be more precise or use an id.")
    raise NotFound(f"No document in this project matches {name!r}.")


_FTS_WORD = re.compile(r"\w+", re.UNICODE)


#: A last word this short is matched whole while typing: as a prefix it would expand over much of
#: the vocabulary ("de" -> every word starting with de) for no useful narrowing.
MIN_PREFIX = 3


def fts_match(words: list[str], prefix: bool = True) -> str:
    """The FTS5 query: every word, the last one as a prefix once it has ``MIN_PREFIX`` letters
    (unless not ``prefix``)."""
    last = f'"{words[-1]}"' + ("*" if prefix and len(words[-1]) >= MIN_PREFIX else "")
    return " ".join([*(f'"{w}"' for w in words[:-1]), last])


#: The best ``?`` documents matching ``?``, ranked by BM25, each with FTS5's snippet.
RANKED_SQL = """SELECT rowid, COALESCE(title, ''), snippet(documents_fts, 1, '[[', ']]', '…', 16),
                       bm25(documents_fts)
                FROM documents_fts WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) LIMIT ?"""


def search(project: Project, query: str, limit: int = 50) -> list[SearchHit]:
    """Full-text search; every word must occur (prefix match on the last word)."""
    words = _FTS_WORD.findall(query)
    if not words:
        return []
    project.index_pending()
    return ranked(project, words, limit, unindexed=project.pending_search())


def ranked(source: Queryable, words: list[str], limit: int, *, unindexed: int) -> list[SearchHit]:
    """The best ``limit`` documents holding ``words``, through ``source`` (a project, or a worker's
    ``Reader``); ``unindexed`` documents wait for the full-text index and are read instead."""
    rows = source.query(RANKED_SQL, [fts_match(words).strip(), limit])
    hits = [SearchHit(r[0], r[1], r[2], r[3]) for r in rows]
    return (hits + (_unindexed_hits(source, words) if unindexed else []))[:limit]


def _unindexed_hits(project: Queryable, words: list[str]) -> list[SearchHit]:
    """Documents not in the full-text index yet, which only a project open read-only can have
    (another session is importing, or one stopped before indexing). Found by reading their
    text: every word as a whole word, the last as a prefix, ignoring case and accents as the
    index does; ranked after the indexed hits."""
    folded = [_fold(w) for w in words]
    patterns = [re.compile(rf"\b{re.escape(w)}\b") for w in folded[:-1]]
    patterns.append(re.compile(rf"\b{re.escape(folded[-1])}\w*"))
    rows = project.query(
        """SELECT d.id, COALESCE(d.title, ''), d.text
           FROM search_pending AS p JOIN documents AS d ON d.id = p.document_id ORDER BY d.id"""
    )
    hits = []
    for document_id, title, text in rows:
        plain = _fold(text)
        found = [pattern.search(plain) for pattern in patterns]
        if all(found):
            first = found[-1]
            assert first is not None
            snippet = (
                f"…{text[max(0, first.start() - 60) : first.start()]}[[{text[first.start() : first.end()]}]]"
            )
            hits.append(
                SearchHit(document_id, title, snippet + f"{text[first.end() : first.end() + 60]}…", 0.0)
            )
    return hits


def _fold(text: str) -> str:
    """Lower case without accents, one character for each character (so offsets carry over)."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0] if not char.isascii() else char
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


def document_texts(project: Project, ids: list[int] | None = None) -> list[tuple[int, str]]:
    """``(id, normalised text)`` of every document (or of ``ids``), in one query: the reuse index's
    input at project open."""
    if ids is None:
        return [(r[0], r[1]) for r in project.query("SELECT id, text FROM documents ORDER BY id")]
    marks = ", ".join("?" * len(ids))
    rows = project.query(f"SELECT id, text FROM documents WHERE id IN ({marks}) ORDER BY id", ids)
    return [(r[0], r[1]) for r in rows]
