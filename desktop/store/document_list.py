"""The browser's document list, read from ``documents_list`` (schema step 11) a group and a page
at a time: a group's count and a page of it come from an index, however many documents there are.

Groupings are columns of that table (the year is an indexed expression). Unfiltered, a page
continues after the last row shown (its date and id), so page 500 costs what page 1 costs. A
filter reads the whole (small) table once, on a worker (``filtered_groups``): the groups then
carry their documents' ids in order, and a page is read by id. The filter is a substring of the
title, file name, kenmerk, who answered, ministry, askers or date: found in a trigram index
(``documents_list_fts``, schema step 13) when it has three characters or more, else by SQLite's
LIKE (case-insensitive for ASCII letters).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from naast.store.documents import DocumentSummary
from naast.store.reader import Queryable, Reader

#: Grouping -> the column (or indexed expression) of ``documents_list`` it groups by.
GROUP_COLUMNS = {
    "type": "doc_type",
    "actor": "answered_by",
    "ministry": "ministry",
    "year": "substr(date, 1, 4)",
    "case": "kenmerk",
}
#: Grouping -> its index on (column, date, id), which holds all a filter's groups need.
GROUP_INDEXES = {
    "type": "documents_list_type",
    "actor": "documents_list_actor",
    "ministry": "documents_list_ministry",
    "year": "documents_list_year",
    "case": "documents_list_case",
}
_COLUMNS = "id, title, doc_type, source_name, kenmerk, date, answered_by, ministry, askers, role"
_SEARCHED = ("title", "source_name", "kenmerk", "answered_by", "ministry", "askers", "date")
_MAX_PARAMS = 900
_READ_AHEAD = 20  # groups whose first page a filter reads with the groups


@dataclass(frozen=True, slots=True)
class ListGroup:
    key: str | None  # the column's value; None (or '' for the year) where it is unknown
    count: int
    ids: tuple[int, ...] | None = None  # with a filter: the group's documents, in list order
    first: tuple[DocumentSummary, ...] = ()  # with a filter: its first page, when read with the groups


class DocumentList:
    """The list of one project under one grouping and filter."""

    def __init__(self, source: Queryable, grouping: str = "type", filter_text: str = "") -> None:
        self.source = source
        _ensure_table(source)
        self.grouping = grouping if grouping in GROUP_COLUMNS else "type"
        self.filter_text = filter_text.strip()
        self._column = GROUP_COLUMNS[self.grouping]
        self._indexed = _has_search_index(source) and len(self.filter_text) >= 3
        self._where, self._params = _filter(self.filter_text, self._indexed)

    def groups(self, first_page: int = 0) -> list[ListGroup]:
        """The groups with their counts; with a filter, also their documents' ids and, for the
        first ``_READ_AHEAD`` groups, their first ``first_page`` documents (read on the worker
        that calls it, see ``filtered_groups``, so that showing them reads nothing)."""
        if not self.filter_text:
            sql = f"SELECT {self._column}, COUNT(*) FROM documents_list GROUP BY 1"
            return [ListGroup(r[0], int(r[1])) for r in self.source.query(sql)]
        # From the trigram index, the group, date and id of each match come from the grouping's
        # index, read whole (3 MB at 100,000 documents); SQLite would read each matching row
        # instead, scattered over the table: 950 ms against 190 ms on a cold file.
        table = (
            f"documents_list INDEXED BY {GROUP_INDEXES[self.grouping]}" if self._indexed else "documents_list"
        )
        sql = f"SELECT {self._column}, id FROM {table} WHERE {self._where} ORDER BY date, id"
        members: dict[str | None, list[int]] = {}
        for key, doc_id in self.source.query(sql, self._params):
            members.setdefault(key, []).append(doc_id)
        groups = [ListGroup(key, len(ids), tuple(ids)) for key, ids in members.items()]
        if first_page:
            groups[:_READ_AHEAD] = [
                replace(g, first=tuple(self.page(g, [], first_page))) for g in groups[:_READ_AHEAD]
            ]
        return groups

    def page(self, group: ListGroup, loaded: list[DocumentSummary], limit: int) -> list[DocumentSummary]:
        """Up to ``limit`` documents of ``group`` after the ``loaded`` ones, in list order."""
        if group.ids is not None:
            if not loaded and len(group.first) >= min(limit, group.count):
                return list(group.first[:limit])
            return self._by_id(group.ids[len(loaded) : len(loaded) + limit])
        sql = f"SELECT {_COLUMNS} FROM documents_list WHERE {self._column} IS ?"
        params: list[object] = [group.key]
        if loaded:
            sql += " AND (date, id) > (?, ?)"
            params += [loaded[-1].date or "", loaded[-1].id]
        rows = self.source.query(sql + " ORDER BY date, id LIMIT ?", [*params, limit])
        return [_summary(r) for r in rows]

    def row_of(self, group: ListGroup, document_id: int) -> int | None:
        """The row of ``document_id`` in ``group``; None when it is not there."""
        if group.ids is not None:
            return group.ids.index(document_id) if document_id in group.ids else None
        found = self.source.query(
            f"SELECT date FROM documents_list WHERE id = ? AND {self._column} IS ?", [document_id, group.key]
        )
        if not found:
            return None
        before = self.source.query(
            f"SELECT COUNT(*) FROM documents_list WHERE {self._column} IS ? AND (date, id) < (?, ?)",
            [group.key, found[0][0], document_id],
        )
        return int(before[0][0])

    def key_of(self, document_id: int) -> tuple[bool, str | None]:
        """(whether the document is in the list at all, the key of its group)."""
        rows = self.source.query(f"SELECT {self._column} FROM documents_list WHERE id = ?", [document_id])
        return (True, rows[0][0]) if rows else (False, None)

    def _by_id(self, ids: tuple[int, ...]) -> list[DocumentSummary]:
        found: dict[int, DocumentSummary] = {}
        for k in range(0, len(ids), _MAX_PARAMS):
            part = ids[k : k + _MAX_PARAMS]
            sql = f"SELECT {_COLUMNS} FROM documents_list WHERE id IN ({', '.join('?' * len(part))})"
            found.update((s.id, s) for s in map(_summary, self.source.query(sql, part)))
        return [found[i] for i in ids if i in found]


def filtered_groups(path: Path, grouping: str, filter_text: str, first_page: int = 0) -> list[ListGroup]:
    """``DocumentList.groups`` of a filter, on a read-only connection of its own (a worker's)."""
    with Reader(path) as reader:
        return DocumentList(reader, grouping, filter_text).groups(first_page)


def _ensure_table(source: Queryable) -> None:
    """A file older than schema step 11, open read-only, gets the list as a temporary table."""
    sql = """SELECT 1 FROM sqlite_master WHERE name = 'documents_list'
             UNION ALL SELECT 1 FROM sqlite_temp_master WHERE name = 'documents_list'"""
    if source.query(sql):
        return
    from naast.store.schema_later import LIST_COLUMNS, LIST_ROW

    source.query(f"CREATE TEMP TABLE documents_list ({LIST_COLUMNS})")
    source.query(f"INSERT INTO temp.documents_list {LIST_ROW}")


def _has_search_index(source: Queryable) -> bool:
    return bool(source.query("SELECT 1 FROM sqlite_master WHERE name = 'documents_list_fts'"))


def _filter(text: str, indexed: bool) -> tuple[str, list[object]]:
    """The WHERE of a filter: from the trigram index (``indexed``: schema step 13 and three
    characters or more), else SQLite's LIKE over the columns."""
    if not text:
        return "1", []
    if indexed:
        phrase = '"' + text.replace('"', '""') + '"'
        return "id IN (SELECT rowid FROM documents_list_fts WHERE documents_list_fts MATCH ?)", [phrase]
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    where = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _SEARCHED)
    return f"({where})", [pattern] * len(_SEARCHED)


def _summary(r: object) -> DocumentSummary:
    values = list(r)  # type: ignore[call-overload]
    values[5] = values[5] or None  # '' in the table: no date
    return DocumentSummary(*values)
