"""Dialogs for editing the codebook: a topic's labels, colour and definition, and choosing another topic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naast.gui.dialogs.buttons import ok_cancel


class TopicDialog(QDialog):
    """A topic's English and Dutch labels, its highlight colour and its definition; ``saved`` on OK."""

    saved = Signal(str, str, str)  # label_en, label_nl, colour
    described = Signal(str)  # the definition, emitted with ``saved``

    def __init__(
        self,
        title: str,
        label_en: str,
        label_nl: str,
        colour: str,
        parent: QWidget,
        description: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label_en = QLineEdit(label_en)
        self.label_nl = QLineEdit(label_nl)
        self.colour = QLineEdit(colour)
        self.colour.setPlaceholderText("#RRGGBB")
        self.colour.textChanged.connect(self._show_colour)
        self.swatch = QLabel()
        self.swatch.setFixedSize(22, 22)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._pick_colour)
        row = QHBoxLayout()
        row.addWidget(self.swatch)
        row.addWidget(self.colour, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("English label"), self.label_en)
        form.addRow(self.tr("Dutch label"), self.label_nl)
        form.addRow(self.tr("Colour"), row)
        self.description = QPlainTextEdit(description)
        self.description.setObjectName("topicDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What this topic covers, and what it does not"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 5)
        form.addRow(self.tr("Definition"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self._show_colour(colour)
        self.label_en.setFocus()

    def _show_colour(self, text: str) -> None:
        colour = QColor(text)
        fill = colour.name() if colour.isValid() else "transparent"
        self.swatch.setStyleSheet(f"background: {fill}; border: 1px solid palette(mid);")

    def _pick_colour(self) -> None:
        picker = QColorDialog(QColor(self.colour.text()), self)
        picker.colorSelected.connect(lambda c: self.colour.setText(c.name()))
        picker.open()

    def accept(self) -> None:
        english, dutch = self.label_en.text().strip(), self.label_nl.text().strip()
        if not english:
            self.label_en.setFocus()
            return
        self.saved.emit(english, dutch or english, self.colour.text().strip())
        self.described.emit(self.description.toPlainText().strip())
        super().accept()


class TopicPicker(QDialog):
    """Choose one topic from a list; ``chosen`` carries its id (``None`` for the top level)."""

    chosen = Signal(object)

    def __init__(
        self, title: str, prompt: str, choices: list[tuple[int | None, str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        for ident, label in choices:
            self.combo.addItem(label, ident)
        self.combo.setMaxVisibleItems(20)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        layout.addWidget(self.combo)
        layout.addWidget(ok_cancel(self))

    def accept(self) -> None:
        self.chosen.emit(self.combo.currentData())
        super().accept()
