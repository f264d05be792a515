"""Compare with…: choose the second document from a filterable list that always fits the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from naast.store.documents import DocumentSummary


class CompareDialog(QDialog):
    """Long titles wrap inside the list; the dialog is never wider than most of its screen."""

    def __init__(self, current: str, documents: list[DocumentSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with"))
        self.filter = QLineEdit(
            placeholderText=self.tr("Filter by title, minister, kenmerk…"), clearButtonEnabled=True
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        for doc in documents:
            parts = [doc.year or "", doc.display_title, doc.kenmerk or ""]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setToolTip(doc.display_title)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        heading = QLabel(self.tr("Compare «%1» with:").replace("%1", current))
        heading.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._fit_screen()

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(720, int(screen.width() * 0.8))
        self.setMaximumWidth(int(screen.width() * 0.9))
        self.resize(width, min(520, int(screen.height() * 0.8)))

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else int(item.data(Qt.ItemDataRole.UserRole))
