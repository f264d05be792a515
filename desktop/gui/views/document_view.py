"""A document pane: a heading line (who, when) above the document text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from naast.core.model import ParsedDocument
from naast.gui.widgets.document_text import DocumentText
from naast.gui.widgets.marks import ClaimMark
from naast.store.documents import DocumentSummary


def heading_text(summary: DocumentSummary, parsed: ParsedDocument) -> str:
    who = parsed.answered_by
    person = " ".join(x for x in ((who.role if who else None), (who.name if who else None)) if x)
    ministry = f" ({who.ministry})" if who and who.ministry else ""
    kinds = {
        "answers": QCoreApplication.translate("DocumentPane", "Answers"),
        "letter": QCoreApplication.translate("DocumentPane", "Letter"),
        "questions": QCoreApplication.translate("DocumentPane", "Questions"),
        "notice": QCoreApplication.translate("DocumentPane", "Notice"),
    }
    kind = kinds.get(summary.doc_type, summary.doc_type)
    parts = [f"{kind} · {person}{ministry}" if person else kind]
    if summary.date:
        parts.append(summary.date)
    if summary.kenmerk:
        parts.append(summary.kenmerk)
    return " · ".join(parts)


class DocumentPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        for label in (self.title, self.subtitle):  # long file names must not widen the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(40)
        self.text = DocumentText(self)
        self.find_box = QLineEdit(
            placeholderText=self.tr("Find in this document — Enter for next, Esc to close")
        )
        self.find_box.setClearButtonEnabled(True)
        self.find_box.hide()
        self.find_box.returnPressed.connect(lambda: self.find(self.find_box.text()))
        self.find_box.installEventFilter(self)
        self.find_count = QLabel()
        self.find_count.hide()
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.find_count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(find_row)
        layout.addWidget(self.text, 1)
        self.footnotes = QListWidget()  # the footnotes, listed after the text; click to see the marker
        self.footnotes.setMaximumHeight(96)
        self.footnotes.setWordWrap(True)
        self.footnotes.itemClicked.connect(self._footnote_clicked)
        layout.addWidget(self.footnotes)
        self.show_placeholder(project_open=False)

    def show_find(self) -> None:
        self.find_box.show()
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find(self, words: str) -> bool:
        """Select the next occurrence of ``words`` (wrapping around); False when there is none.

        Beside the box: which hit this is of how many ("3 of 12"), or that there is none.
        """
        if not words:
            self.find_count.hide()
            return False
        found = self.text.find(words)
        if not found:
            cursor = self.text.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.text.setTextCursor(cursor)
            found = self.text.find(words)
        self._show_count(words, found)
        return found

    def _show_count(self, words: str, found: bool) -> None:
        text = self.text.toPlainText().casefold()
        needle = words.casefold()
        starts = []
        at = text.find(needle)
        while at != -1:
            starts.append(at)
            at = text.find(needle, at + 1)
        if found and starts:
            current = self.text.textCursor().selectionStart()
            index = next((i for i, s in enumerate(starts) if s == current), 0) + 1
            self.find_count.setText(
                self.tr("%1 of %2").replace("%1", str(index)).replace("%2", str(len(starts)))
            )
        else:
            self.find_count.setText(self.tr("not found"))
        self.find_count.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        key_press = event.type() == QEvent.Type.KeyPress
        if watched is self.find_box and key_press and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.find_box.hide()
            self.find_count.hide()
            self.text.setFocus()
            return True
        return super().eventFilter(watched, event)

    def show_placeholder(self, *, project_open: bool = True) -> None:
        if project_open:
            self.title.setText(self.tr("No document open"))
            self.subtitle.setText(
                self.tr("Double-click a document in the browser, or import files with Ctrl+I.")
            )
        else:
            self.title.setText(self.tr("No project open"))
            self.subtitle.setText(
                self.tr("Create a project with Ctrl+N, open one with Ctrl+O, or drop a .naast file here.")
            )
        self.text.clear_document()
        self.footnotes.clear()
        self.footnotes.hide()

    def _fill_footnotes(self, parsed: ParsedDocument) -> None:
        self.footnotes.clear()
        for note in parsed.footnotes:
            body = note.text or self.tr("(the source lost this footnote's text)")
            item = QListWidgetItem(f"{note.marker}  {body}")
            item.setData(Qt.ItemDataRole.UserRole, note.anchor)
            item.setToolTip(body)
            self.footnotes.addItem(item)
        self.footnotes.setVisible(bool(parsed.footnotes))

    def _footnote_clicked(self, item: QListWidgetItem) -> None:
        anchor = item.data(Qt.ItemDataRole.UserRole)
        if anchor is not None:
            self.text.jump_to(int(anchor), int(anchor) + len(item.text().split()[0]))

    def show_document(
        self, document_id: int, summary: DocumentSummary, parsed: ParsedDocument, marks: list[ClaimMark]
    ) -> None:
        self.title.setText(summary.display_title)
        self.subtitle.setText(heading_text(summary, parsed))
        self.text.show_document(document_id, parsed, marks)
        self._fill_footnotes(parsed)
