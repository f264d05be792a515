"""Which rows of a damaged file belong to which table.

First by the file's own structure: the schema (the b-tree at page 1) names each table's root
page, and walking each tree from its root finds its leaf pages; a page that does not parse is
recorded as lost for that table. Leaf pages that no walk reached (their interior page, or the
schema itself, is damaged) and that are not on the freelist are then assigned by their shape:
the table of the current schema whose columns fit every row on the page (types, NOT NULL, the
integer primary key stored as NULL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from naast.store.recovery.pages import LEAF_TABLE, BadPage, Cell, LeafPage, PageFile, Value


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # declared type, upper case ('' when none)
    not_null: bool
    has_default: bool
    rowid_alias: bool  # INTEGER PRIMARY KEY: stored as NULL, the value is the rowid


@dataclass(frozen=True, slots=True)
class TableShape:
    name: str
    columns: tuple[Column, ...]


@dataclass
class Found:
    """Rows per table, and what could not be read."""

    rows: dict[str, dict[int, Cell]] = field(default_factory=dict)
    lost_pages: dict[str, list[int]] = field(default_factory=dict)  # table (or '?') -> pages
    bad_cells: dict[str, int] = field(default_factory=dict)
    guessed_pages: dict[str, int] = field(default_factory=dict)  # pages placed by their shape
    schema_readable: bool = True

    def add_page(self, table: str, page: LeafPage) -> None:
        rows = self.rows.setdefault(table, {})
        for cell in page.cells:
            rows.setdefault(cell.rowid, cell)
        if page.bad_cells:
            self.bad_cells[table] = self.bad_cells.get(table, 0) + page.bad_cells

    def lose(self, table: str, page: int) -> None:
        self.lost_pages.setdefault(table, []).append(page)


#: Tables rebuilt from the others rather than copied: a page that fits only these may be any of them.
DERIVED = (
    "documents_fts",
    "documents_list",
    "documents_count",
    "search_pending",
    "reuse_",
    "_sqlite_migrations",
    "sqlite_",
)

#: Rows that fit two tables of the same shape are told apart by their content.
HINTS: dict[str, Callable[[tuple[Value, ...]], bool]] = {
    "history": lambda v: len(v) > 4 and isinstance(v[4], str) and v[4].startswith("["),
    "stances": lambda v: len(v) > 4 and isinstance(v[4], str) and v[4].startswith("#"),
    "topics": lambda v: len(v) > 5 and isinstance(v[5], str) and v[5].startswith("#"),
}


def read_schema(pages: PageFile) -> dict[str, int] | None:
    """Table name -> root page, from the schema b-tree; None when page 1 is unreadable."""
    leaves, lost = walk(pages, 1)
    if 1 in lost or not leaves:
        return None
    roots: dict[str, int] = {}
    for number in leaves:
        for cell in pages.leaf(number).cells:
            kind, name, _table, root = (cell.values + (None,) * 4)[:4]
            if kind == "table" and isinstance(name, str) and isinstance(root, int) and root > 0:
                roots[name] = root
    return roots


def walk(pages: PageFile, root: int) -> tuple[list[int], list[int]]:
    """The leaf pages of the table tree at ``root``, and the pages that did not parse."""
    leaves: list[int] = []
    lost: list[int] = []
    stack, seen = [root], set()
    while stack:
        number = stack.pop()
        if number in seen:
            continue
        seen.add(number)
        kind = pages.page_type(number)
        try:
            if kind == LEAF_TABLE:
                pages.leaf(number)
                leaves.append(number)
            else:
                stack.extend(reversed(pages.children(number)))
        except BadPage:
            lost.append(number)
    return leaves, lost


def gather(pages: PageFile, shapes: dict[str, TableShape]) -> Found:
    found = Found()
    reached: set[int] = set()
    roots = read_schema(pages)
    if roots is None:
        found.schema_readable = False
        roots = {}
    for table, root in roots.items():
        leaves, lost = walk(pages, root)
        for number in leaves:
            found.add_page(table, pages.leaf(number))
        for number in lost:
            found.lose(table, number)
        reached.update(leaves)
        reached.update(lost)
    _place_orphans(pages, shapes, found, reached | set(_schema_pages(pages)) | pages.freelist())
    return found


def _schema_pages(pages: PageFile) -> list[int]:
    leaves, lost = walk(pages, 1)
    return [1, *leaves, *lost]


def _place_orphans(pages: PageFile, shapes: dict[str, TableShape], found: Found, known: set[int]) -> None:
    for number in range(2, pages.page_count + 1):
        if number in known or pages.page_type(number) != LEAF_TABLE:
            continue
        try:
            leaf = pages.leaf(number)
        except BadPage:
            continue
        table = shape_of(leaf.cells, shapes)
        if table is None:
            if leaf.cells:
                found.lose("?", number)
            continue
        found.add_page(table, leaf)
        found.guessed_pages[table] = found.guessed_pages.get(table, 0) + 1


def shape_of(cells: list[Cell], shapes: dict[str, TableShape]) -> str | None:
    """The one table every row fits; a tie is settled by :data:`HINTS`."""
    if not cells:
        return None
    fitting = [name for name, shape in shapes.items() if all(fits(c.values, shape) for c in cells)]
    exact = [n for n in fitting if all(len(c.values) == len(shapes[n].columns) for c in cells)]
    fitting = exact or fitting  # a shorter row (older than an added column) only when nothing fits whole
    if len(fitting) > 1:
        hinted = [n for n in fitting if n in HINTS and all(HINTS[n](c.values) for c in cells)]
        fitting = hinted if len(hinted) == 1 else fitting
    if len(fitting) > 1 and all(n.startswith(DERIVED) for n in fitting):
        return fitting[0]  # the full-text index's data and sizes look alike; neither is copied
    return fitting[0] if len(fitting) == 1 else None


def fits(values: tuple[Value, ...], shape: TableShape) -> bool:
    columns = shape.columns
    if len(values) > len(columns) or not values:
        return False
    for column in columns[len(values) :]:  # a row older than an added column is shorter
        if column.not_null and not column.has_default:
            return False
    return all(_value_fits(v, c) for v, c in zip(values, columns, strict=False))


def _value_fits(value: Value, column: Column) -> bool:
    if column.rowid_alias:
        return value is None
    if value is None:
        return not column.not_null
    kind = column.type
    if "INT" in kind:
        return isinstance(value, int)
    if any(t in kind for t in ("CHAR", "CLOB", "TEXT")):
        return isinstance(value, str)
    if "BLOB" in kind:
        return isinstance(value, bytes)
    if any(t in kind for t in ("REAL", "FLOA", "DOUB")):
        return isinstance(value, int | float)
    return True
