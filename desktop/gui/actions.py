"""Every menu and toolbar action, with the shortcuts of UI.md, built in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass
class Actions:
    new_project: QAction
    open_project: QAction
    import_files: QAction
    merge_project: QAction
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
    review_claims: QAction
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
    close_project: QAction
    save_copy: QAction
    print_document: QAction
    export_pdf: QAction
    manual: QAction
    shortcuts: QAction
    about_qt: QAction
    select_sentence: QAction
    select_paragraph: QAction
    import_folder: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


Key = QKeySequence.StandardKey


def _action(
    parent: QObject,
    text: str,
    shortcut: str | QKeySequence.StandardKey | list[str] | None = None,
    tip: str = "",
) -> QAction:
    """An action; a standard key gives every binding the platform has (Ctrl+Y and Ctrl+Shift+Z)."""
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(s) for s in shortcut])
    elif shortcut is not None:
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
            Key.New,
            QCoreApplication.translate("MainWindow", "Create an empty project file"),
        ),
        open_project=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Open project…"),
            Key.Open,
            QCoreApplication.translate("MainWindow", "Open a project file"),
        ),
        import_files=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Import documents…"),
            "Ctrl+I",
            QCoreApplication.translate("MainWindow", "Add documents to the project"),
        ),
        merge_project=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Merge project…"),
            None,
            QCoreApplication.translate("MainWindow", "Bring other coders' projects into this one"),
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
        preferences=_action(
            win, QCoreApplication.translate("MainWindow", "&Preferences…"), _preferences_keys()
        ),
        quit=_action(win, QCoreApplication.translate("MainWindow", "&Quit"), _quit_keys()),
        undo=_action(win, QCoreApplication.translate("MainWindow", "&Undo"), Key.Undo),
        redo=_action(win, QCoreApplication.translate("MainWindow", "&Redo"), _redo_keys()),
        find_in_document=_action(
            win, QCoreApplication.translate("MainWindow", "&Find in document…"), Key.Find
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
        review_claims=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Review changed claims…"),
            None,
            QCoreApplication.translate(
                "MainWindow",
                "Claims a new version of their document changed or orphaned: accept or re-place them",
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
        close_project=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Close project"),
            Key.Close,
            QCoreApplication.translate("MainWindow", "Close the project; it stays as it is on disk"),
        ),
        save_copy=_action(
            win,
            QCoreApplication.translate("MainWindow", "Save a &copy…"),
            Key.SaveAs,
            QCoreApplication.translate("MainWindow", "Write a copy of the whole project to another file"),
        ),
        print_document=_action(
            win,
            QCoreApplication.translate("MainWindow", "&Print document…"),
            Key.Print,
            QCoreApplication.translate("MainWindow", "Print the open document with its highlighted claims"),
        ),
        export_pdf=_action(
            win,
            QCoreApplication.translate("MainWindow", "Export document as P&DF…"),
            None,
            QCoreApplication.translate("MainWindow", "Save the open document with its highlights as a PDF"),
        ),
        manual=_action(win, QCoreApplication.translate("MainWindow", "Naast &help"), Key.HelpContents),
        shortcuts=_action(win, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), "Ctrl+/"),
        about_qt=_action(win, QCoreApplication.translate("MainWindow", "About &Qt")),
        select_sentence=_action(
            win,
            QCoreApplication.translate("MainWindow", "Select &sentence\tS"),
            None,
            QCoreApplication.translate("MainWindow", "Select the sentence under the cursor"),
        ),
        select_paragraph=_action(
            win,
            QCoreApplication.translate("MainWindow", "Select &paragraph\tP"),
            None,
            QCoreApplication.translate("MainWindow", "Select the paragraph under the cursor"),
        ),
        import_folder=_action(
            win,
            QCoreApplication.translate("MainWindow", "Import a &folder…"),
            "Ctrl+Shift+I",
            QCoreApplication.translate("MainWindow", "Add every document in a folder and its subfolders"),
        ),
    )
    acts.about.setMenuRole(QAction.MenuRole.AboutRole)
    acts.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    acts.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    acts.quit.setMenuRole(QAction.MenuRole.QuitRole)
    _set_icons(acts)
    acts.word_differences.setCheckable(True)
    return acts


def _preferences_keys() -> QKeySequence.StandardKey | str:
    """Ctrl+, where the platform has no standard key for preferences (Windows, most Linux desktops)."""
    return Key.Preferences if QKeySequence.keyBindings(Key.Preferences) else "Ctrl+,"


def _quit_keys() -> QKeySequence.StandardKey | str:
    return Key.Quit if QKeySequence.keyBindings(Key.Quit) else "Ctrl+Q"


def _redo_keys() -> list[str]:
    """Every binding the platform gives redo, and both common ones wherever it gives fewer."""
    keys = [k.toString() for k in QKeySequence.keyBindings(Key.Redo)]
    return list(dict.fromkeys([*keys, "Ctrl+Shift+Z", "Ctrl+Y"]))


#: Toolbar icons, from resources/icons (drawn for both light and dark palettes).
ICONS = {
    "open_project": "open",
    "import_files": "import",
    "export_memo": "export",
    "undo": "undo",
    "redo": "redo",
    "show_reading": "reading",
    "show_side_by_side": "side-by-side",
    "show_across": "across",
    "previous_difference": "previous",
    "next_difference": "next",
}


def _set_icons(acts: Actions) -> None:
    from naast.gui.icons import icon

    for name, file in ICONS.items():
        getattr(acts, name).setIcon(icon(file))


def build_menus(win: QMainWindow, acts: Actions, recent: QMenu, docks: list[QAction]) -> QToolBar:
    bar = win.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([acts.new_project, acts.open_project, acts.open_read_only])
    file_menu.addMenu(recent)
    file_menu.addActions([acts.save_copy, acts.close_project])
    file_menu.addSeparator()
    file_menu.addActions([acts.import_files, acts.import_folder, acts.fetch_sources, acts.merge_project])
    file_menu.addActions([acts.export_memo, acts.print_document, acts.export_pdf])
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
    document.addActions([acts.select_unit, acts.select_sentence, acts.select_paragraph, acts.compare_with])
    claims = bar.addMenu(QCoreApplication.translate("MainWindow", "&Claims"))
    claims.addActions([acts.tag, acts.edit_claim, acts.note_claim, acts.claim_details, acts.delete_claim])
    claims.addSeparator()
    claims.addAction(acts.review_claims)
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
    help_menu.addActions([acts.manual, acts.shortcuts])
    help_menu.addSeparator()
    help_menu.addActions([acts.about, acts.about_qt])
    toolbar = win.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    # Icons only, the names in tool tips: a label that changes ("Undo Tag claim") shows in the
    # tool tip and the menu, and never moves the buttons after it.
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addActions([acts.open_project, acts.import_files, acts.export_memo])
    toolbar.addSeparator()
    toolbar.addActions([acts.undo, acts.redo])
    toolbar.addSeparator()
    toolbar.addActions([acts.show_reading, acts.show_side_by_side, acts.show_across])
    toolbar.addSeparator()
    toolbar.addActions([acts.previous_difference, acts.next_difference])
    return toolbar
