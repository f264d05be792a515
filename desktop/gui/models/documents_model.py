"""The project browser's model: document summaries grouped by type, actor, ministry or year.

One model over plain summaries (no widget per document), so 10,000 documents load in milliseconds.
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


GROUPINGS: dict[str, Callable[[DocumentSummary], str]] = {
    "type": lambda d: kind_group(d.doc_type),
    "actor": lambda d: d.answered_by or _t("(unknown)"),
    "ministry": lambda d: d.ministry or _t("(unknown)"),
    "year": lambda d: d.year or _t("(no date)"),
    # a case (one set of Kamervragen: questions, Mededeling, answers) is named by its kenmerk
    "case": lambda d: d.kenmerk or _t("(no case)"),
}


@dataclass(slots=True)
class _Group:
    name: str
    docs: list[DocumentSummary] = field(default_factory=list)


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
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[DocumentSummary] = []
        self._groups: list[_Group] = []
        self.grouping = "type"
        self.filter_text = ""

    # -- data in ---------------------------------------------------------------------------------

    def set_documents(self, docs: list[DocumentSummary]) -> None:
        self._all = list(docs)
        self._rebuild()

    def set_grouping(self, grouping: str) -> None:
        self.grouping = grouping if grouping in GROUPINGS else "type"
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self.filter_text = text.strip().casefold()
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        key = GROUPINGS[self.grouping]
        groups: dict[str, _Group] = {}
        for doc in self._all:
            if self.filter_text and self.filter_text not in _haystack(doc):
                continue
            name = key(doc)
            groups.setdefault(name, _Group(name)).docs.append(doc)
        self._groups = [groups[k] for k in sorted(groups, reverse=self.grouping == "year")]
        self.endResetModel()

    def document_count(self) -> int:
        return sum(len(g.docs) for g in self._groups)

    def document_at(self, index: Index) -> DocumentSummary | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].docs[index.row()]

    def index_of(self, document_id: int) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for row, doc in enumerate(group.docs):
                if doc.id == document_id:
                    return self.createIndex(row, 0, g + 1)
        return QModelIndex()

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
                return f"{group.name} ({len(group.docs)})"
            return None
        doc = self._groups[index.internalId() - 1].docs[index.row()]
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


def _haystack(doc: DocumentSummary) -> str:
    parts = (doc.title, doc.source_name, doc.kenmerk, doc.answered_by, doc.ministry, doc.askers, doc.date)
    return " ".join(p for p in parts if p).casefold()
