"""Every menu and toolbar action, with the shortcuts of UI.md, built in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass
class Actions:
    new_project: QAction
    open_project: QAction
    import_files: QAction
    fetch_sources: QAction
    export_memo: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find_in_document: QAction
    find_in_project: QAction
    where_else: QAction
    tag: QAction
    select_unit: QAction
    delete_claim: QAction
    edit_claim: QAction
    note_claim: QAction
    claim_details: QAction
    open_read_only: QAction
    compare_with: QAction
    swap_panes: QAction
    next_difference: QAction
    previous_difference: QAction
    word_differences: QAction
    show_reading: QAction
    show_side_by_side: QAction
    show_across: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


def _action(
    parent: QObject, text: str, shortcut: str | QKeySequence.StandardKey | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def create_actions(win: QMainWindow) -> Actions:
    acts = Actions(
        new_project=_action(
            win,
            QCoreApplication.translate("MainWindow", "&New project…"),
            "Ctrl+N",
            QCoreApplication.translate("MainWindow", "Create an empty project file"),
        ),
        open_project=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Open project…"),
            "Ctrl+O",
            QCoreApplication.translate("MainWindow", "Open a project file"),
        ),
        import_files=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Import documents…"),
            "Ctrl+I",
            QCoreApplication.translate("MainWindow", "Add documents to the project"),
        ),
        fetch_sources=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Fetch from the official sources…"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Fetch documents from the KOOP repository and the Tweede Kamer's open data"
            ),
        ),
        export_memo=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Export…"),
            "Ctrl+E",
            QCoreApplication.translate("MainWindow", "Write a Word memo or a CSV of claims"),
        ),
        preferences=_action(win, QCoreApplication.translate("MainWindow", "&Preferences…"), "Ctrl+,"),
        quit=_action(win, QCoreApplication.translate("MainWindow", "&Quit"), "Ctrl+Q"),
        undo=_action(win, QCoreApplication.translate("MainWindow", "&Undo"), "Ctrl+Z"),
        redo=_action(win, QCoreApplication.translate("MainWindow", "&Redo"), "Ctrl+Shift+Z"),
        find_in_document=_action(
            win, QCoreApplication.translate("MainWindow", "&Find in document…"), "Ctrl+F"
        ),
        find_in_project=_action(
            win, QCoreApplication.translate("MainWindow", "Find in &project…"), "Ctrl+Shift+F"
        ),
        where_else=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Where else does this passage appear?"),
            "Ctrl+Shift+W",
        ),
        tag=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Tag selection…\tT"),
            None,
            QCoreApplication.translate("MainWindow", "Tag the selected text as a claim"),
        ),
        select_unit=_action(
            win,
            QCoreApplication.translate("MainWindow", "Select &unit\tU"),
            None,
            QCoreApplication.translate("MainWindow", "Select the question or answer under the cursor"),
        ),
        delete_claim=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Delete claim\tDel"),
            None,
            QCoreApplication.translate("MainWindow", "Delete the claim under the cursor"),
        ),
        edit_claim=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Edit claim…\tE"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Change the topic or stance of the claim under the cursor"
            ),
        ),
        note_claim=_action(
            win,
            QCoreApplication.translate("MainWindow", "Claim &note…\tN"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Write a note on the claim under the cursor (a comment in Word memos)"
            ),
        ),
        claim_details=_action(
            win,
            QCoreApplication.translate("MainWindow", "Claim &details…\tD"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Claimant, addressee, proposition, note and links of the claim under the cursor"
            ),
        ),
        open_read_only=_action(
            win,
            QCoreApplication.translate("MainWindow", "Open project &read-only…"),
            None,
            QCoreApplication.translate(
                "MainWindow", "Read a project that is open elsewhere, without changing it"
            ),
        ),
        compare_with=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Compare with…"),
            "Ctrl+D",
            QCoreApplication.translate("MainWindow", "Open this document side by side"),
        ),
        swap_panes=_action(win, QCoreApplication.translate("MainWindow", "&Swap panes"), "Ctrl+Shift+S"),
        next_difference=_action(
            win, QCoreApplication.translate("MainWindow", "&Next difference"), "Alt+Down"
        ),
        previous_difference=_action(
            win, QCoreApplication.translate("MainWindow", "&Previous difference"), "Alt+Up"
        ),
        word_differences=_action(
            win, QCoreApplication.translate("MainWindow", "&Word differences"), "Ctrl+Shift+D"
        ),
        show_reading=_action(win, QCoreApplication.translate("MainWindow", "&Reading"), "Ctrl+1"),
        show_side_by_side=_action(win, QCoreApplication.translate("MainWindow", "&Side by side"), "Ctrl+2"),
        show_across=_action(win, QCoreApplication.translate("MainWindow", "&Across ministers"), "Ctrl+3"),
        about=_action(win, QCoreApplication.translate("MainWindow", "&About Naast")),
    )
    acts.word_differences.setCheckable(True)
    return acts


def build_menus(win: QMainWindow, acts: Actions, recent: QMenu, docks: list[QAction]) -> QToolBar:
    bar = win.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([acts.new_project, acts.open_project, acts.open_read_only])
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    file_menu.addActions([acts.import_files, acts.fetch_sources, acts.export_memo])
    file_menu.addSeparator()
    file_menu.addActions([acts.preferences, acts.quit])
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.setObjectName("editMenu")
    edit.addActions([acts.undo, acts.redo])
    edit.addSeparator()
    edit.addActions([acts.find_in_document, acts.find_in_project, acts.where_else])
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addActions([acts.show_reading, acts.show_side_by_side, acts.show_across])
    view.addSeparator()
    view.addActions(docks)
    document = bar.addMenu(QCoreApplication.translate("MainWindow", "&Document"))
    document.addActions([acts.select_unit, acts.compare_with])
    claims = bar.addMenu(QCoreApplication.translate("MainWindow", "&Claims"))
    claims.addActions([acts.tag, acts.edit_claim, acts.note_claim, acts.claim_details, acts.delete_claim])
    compare = bar.addMenu(QCoreApplication.translate("MainWindow", "C&ompare"))
    compare.addActions(
        [
            acts.compare_with,
            acts.swap_panes,
            acts.next_difference,
            acts.previous_difference,
            acts.word_differences,
        ]
    )
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(acts.about)
    toolbar = win.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.addActions([acts.open_project, acts.import_files, acts.export_memo])
    toolbar.addSeparator()
    toolbar.addActions([acts.undo, acts.redo])
    toolbar.addSeparator()
    toolbar.addActions([acts.show_reading, acts.show_side_by_side, acts.show_across])
    toolbar.addSeparator()
    toolbar.addActions([acts.previous_difference, acts.next_difference])
    return toolbar
