"""The project browser's model: documents grouped by type, actor, ministry, year or case.

A lazy model over ``naast.store.document_list``: the groups and their counts come first, a
group's documents a page at a time as the view shows them (``canFetchMore`` / ``fetchMore``),
so a project of 100,000 documents opens as fast as one of a hundred.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from naast.store.document_list import DocumentList, ListGroup
from naast.store.documents import DocumentSummary

DOCUMENT_MIME = "application/x-naast-document-id"
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentsModel", text)


def kind_group(doc_type: str) -> str:
    labels = {
        "answers": _t("Answers"),
        "questions": _t("Questions"),
        "letter": _t("Letters"),
        "notice": _t("Notices"),
    }
    return labels.get(doc_type, doc_type.title())


#: Grouping -> the label of a group from its key (None, or '' for the year, where unknown).
GROUP_LABELS: dict[str, Callable[[str | None], str]] = {
    "type": lambda key: kind_group(key or ""),
    "actor": lambda key: key or _t("(unknown)"),
    "ministry": lambda key: key or _t("(unknown)"),
    "year": lambda key: key or _t("(no date)"),
    # a case (one set of Kamervragen: questions, Mededeling, answers) is named by its kenmerk
    "case": lambda key: key or _t("(no case)"),
}


@dataclass(slots=True)
class _Group:
    group: ListGroup
    name: str
    docs: list[DocumentSummary] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return len(self.docs) >= self.group.count


def short_title(doc: DocumentSummary) -> str:
    """ "2019 Broekers-Knol · Veilige landers …" — year, who answered, then the title."""
    parts = [p for p in (doc.year, _surname(doc.answered_by)) if p]
    head = " ".join(parts)
    title = doc.display_title
    return f"{head} · {title}" if head else title


def _surname(name: str | None) -> str | None:
    """ "M.H.M. Faber- van de Klashorst" → "Faber-van de Klashorst": the name without initials."""
    if not name:
        return None
    words = [w for w in name.replace("- ", "-").split() if not (w.endswith(".") and len(w) <= 8)]
    return " ".join(words) or name


class DocumentsModel(QAbstractItemModel):
    PAGE = 200  # documents fetched at a time, as the view scrolls to them

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._list: DocumentList | None = None
        self._groups: list[_Group] = []

    # -- data in ---------------------------------------------------------------------------------

    @property
    def grouping(self) -> str:
        return self._list.grouping if self._list is not None else "type"

    @property
    def filter_text(self) -> str:
        return self._list.filter_text if self._list is not None else ""

    def set_list(self, doc_list: DocumentList | None, groups: list[ListGroup] | None = None) -> None:
        """Show ``doc_list`` (None: nothing); ``groups`` when they were read already (a filter's,
        on a worker), else they are read here."""
        self.beginResetModel()
        self._list = doc_list
        found = groups if groups is not None else (doc_list.groups() if doc_list is not None else [])
        label = GROUP_LABELS[self.grouping]
        named = [_Group(g, label(g.key)) for g in found if g.count]
        named.sort(key=lambda g: g.name.casefold(), reverse=self.grouping == "year")
        self._groups = named
        self.endResetModel()

    def document_count(self) -> int:
        return sum(g.group.count for g in self._groups)

    def document_at(self, index: Index) -> DocumentSummary | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        docs = self._groups[index.internalId() - 1].docs
        return docs[index.row()] if index.row() < len(docs) else None

    def index_of(self, document_id: int) -> QModelIndex:
        """The row of ``document_id``, its group's pages fetched as far as it (invalid when the
        list does not show it)."""
        if self._list is None:
            return QModelIndex()
        shown, key = self._list.key_of(document_id)
        keys = [group.group.key for group in self._groups]
        g = keys.index(key) if shown and key in keys else None
        if g is None:
            return QModelIndex()
        row = self._list.row_of(self._groups[g].group, document_id)
        if row is None:
            return QModelIndex()
        parent = self.index(g, 0)
        while len(self._groups[g].docs) <= row and self.canFetchMore(parent):
            self.fetchMore(parent)
        return self.createIndex(row, 0, g + 1) if row < len(self._groups[g].docs) else QModelIndex()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        if not parent.isValid() or parent.internalId() != 0 or self._list is None:
            return False
        return not self._groups[parent.row()].complete

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._list is None:
            return
        group = self._groups[parent.row()]
        page = self._list.page(group.group, group.docs, self.PAGE)
        if not page:  # the project changed under the list: it is refreshed on the change
            group.group = ListGroup(group.group.key, len(group.docs), group.group.ids)
            return
        first = len(group.docs)
        self.beginInsertRows(parent, first, first + len(page) - 1)
        group.docs.extend(page)
        self.endInsertRows()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if not parent.isValid():
            return bool(self._groups)
        return parent.internalId() == 0 and self._groups[parent.row()].group.count > 0

    # -- Qt model API ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, 0, parent.row() + 1) if row < len(group.docs) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].docs)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{group.name} ({group.group.count})"
            return None
        doc = self.document_at(index)
        if doc is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return short_title(doc)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (doc.display_title, doc.askers, doc.kenmerk, doc.date) if p)
        if role == Qt.ItemDataRole.UserRole:
            return doc.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled
        if index.isValid() and index.internalId() != 0:
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DOCUMENT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = [str(d.id) for i in indexes if (d := self.document_at(i)) is not None]
        mime.setData(DOCUMENT_MIME, ",".join(ids).encode())
        return mime
