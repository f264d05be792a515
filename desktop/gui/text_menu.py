"""The right-click menu of a document text: tag, edit the claim there, where else, copy with citation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from naast.gui.tagging import Tagging
from naast.gui.widgets.document_text import DocumentText

if TYPE_CHECKING:
    from naast.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("TextMenu", text)


def citation_text(window: MainWindow, text: DocumentText) -> str | None:
    """The selection quoted, with where it comes from: „…" (title, unit, date)."""
    session = window.session
    if session is None or text.parsed is None or text.document_id is None:
        return None
    start, end = text.selection()
    if end <= start:
        return None
    quote = " ".join(text.parsed.text[start:end].split())
    summary = session.summary(text.document_id)
    unit = text.unit_at(start)
    parts = [
        summary.display_title,
        unit.label if unit is not None else "",
        summary.kenmerk or "",
        summary.date or "",
    ]
    return f"“{quote}” ({', '.join(p for p in parts if p)})"


def text_menu(window: MainWindow, text: DocumentText) -> QMenu:
    """The actions that make sense where the user clicked, the others disabled, never hidden."""
    menu = QMenu(text)
    a = window.actions
    selected = text.textCursor().hasSelection()
    on_claim = Tagging.claim_at_cursor(text) is not None
    writable = window.session is not None and not window.session.read_only
    tag = menu.addAction(_t("Tag selection…"), lambda: text.tag_requested.emit())
    tag.setEnabled(writable and selected)
    for label, signal in (
        (_t("Edit claim…"), text.edit_requested),
        (_t("Note…"), text.note_requested),
        (_t("Claim details…"), text.details_requested),
        (_t("Delete claim"), text.delete_requested),
    ):
        action = menu.addAction(label, signal.emit)
        action.setEnabled(writable and on_claim)
    menu.addSeparator()
    where = menu.addAction(_t("Where else does this appear?"), a.where_else.trigger)
    where.setEnabled(selected)
    menu.addSeparator()
    copy = menu.addAction(_t("Copy"), text.copy)
    copy.setEnabled(selected)
    cite = menu.addAction(_t("Copy with citation"), lambda: copy_with_citation(window, text))
    cite.setEnabled(selected)
    menu.addSeparator()
    menu.addAction(_t("Select unit"), lambda: text.unit_requested.emit())
    menu.addAction(_t("Select sentence"), text.select_sentence)
    menu.addAction(_t("Select paragraph"), text.select_paragraph)
    return menu


def copy_with_citation(window: MainWindow, text: DocumentText) -> str | None:
    cited = citation_text(window, text)
    if cited is not None:
        QGuiApplication.clipboard().setText(cited)
    return cited


def show_text_menu(window: MainWindow, text: DocumentText, at: QPoint) -> QMenu:
    menu = text_menu(window, text)
    menu.popup(at)
    return menu
