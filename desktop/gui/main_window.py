"""The main window: browser, document, docks and the views in the centre; no logic of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from naast.core.commands import Changes
from naast.core.errors import DamagedProject, NaastError
from naast.gui import command_labels, preload
from naast.gui.actions import Actions, build_menus, create_actions
from naast.gui.busy import wait_busy
from naast.gui.codebook_editor import CodebookEditor
from naast.gui.deferred_check import DeferredCheck
from naast.gui.dialogs.compare_dialog import CompareDialog
from naast.gui.dialogs.damaged_dialog import offer_rescue
from naast.gui.dialogs.errors import show_error, show_exception
from naast.gui.dialogs.merge_dialog import merge_project_dialog
from naast.gui.exchange_actions import install_exchange
from naast.gui.preferences import Preferences
from naast.gui.session import Session, changed_claims
from naast.gui.tagging import Tagging
from naast.gui.text_menu import show_text_menu
from naast.gui.tools import Tools
from naast.gui.views.across import AcrossMinisters
from naast.gui.views.agreement import AgreementView
from naast.gui.views.browser import Browser
from naast.gui.views.claims_dock import ClaimsDock
from naast.gui.views.codebook_dock import CodebookDock
from naast.gui.views.document_view import DocumentPane
from naast.gui.views.outline import Outline
from naast.gui.views.responsiveness import ResponsivenessView
from naast.gui.views.side_by_side import SideBySide
from naast.gui.widgets.document_text import DocumentText
from naast.gui.window_files import PROJECT_FILTER, WindowFiles
from naast.store.claims import ClaimFilter, ClaimRecord
from naast.store.project import Project


class MainWindow(QMainWindow):
    language_changed = Signal(str)  # the start-up code rebuilds the window in the new language

    def __init__(self, prefs: Preferences) -> None:
        super().__init__()
        self.prefs = prefs
        self.session: Session | None = None
        self.deferred_check: DeferredCheck | None = None
        self.last_error: QMessageBox | None = None
        self.compare_dialog: CompareDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle("Naast")
        self.setAcceptDrops(True)
        self.actions = create_actions(self)
        self._build_centre()
        self._build_docks()
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        self.toolbar = build_menus(self, self.actions, self.recent_menu, self._dock_toggles())
        self.exchange = install_exchange(self)  # File → Exchange: tables, codebooks, REFI-QDA
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._connect()
        self.tools = Tools(self)
        self.files = WindowFiles(self)
        self._restore_layout()
        self._update_for_project()

    # -- construction ----------------------------------------------------------------------------

    def _build_centre(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.reader = DocumentPane()
        self.tabs.addTab(self.reader, self.tr("Reading"))
        self.side = SideBySide()
        self.tabs.addTab(self.side, self.tr("Side by side"))
        self.across = AcrossMinisters()
        self.responsiveness = ResponsivenessView()
        self.across_tabs = QTabWidget()
        self.across_tabs.addTab(self.across, self.tr("What they claim"))
        self.across_tabs.addTab(self.responsiveness, self.tr("How they answer"))
        self.tabs.addTab(self.across_tabs, self.tr("Across ministers"))
        self.agreement = AgreementView()
        self.tabs.addTab(self.agreement, self.tr("Agreement"))
        self.setCentralWidget(self.tabs)
        self.reader.text.set_font_size(self.prefs.font_size)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.browser = Browser()
        self.outline = Outline()
        self.browser_dock = self._dock("browserDock", self.tr("Documents"), self.browser, left)
        self.outline_dock = self._dock("outlineDock", self.tr("Outline"), self.outline, left)
        self.claims = ClaimsDock(language=self.prefs.language)
        self.codebook = CodebookDock()
        self.codebook_editor = CodebookEditor(self)
        self.claims_dock = self._dock("claimsDock", self.tr("Claims"), self.claims, right)
        self.codebook_dock = self._dock("codebookDock", self.tr("Codebook"), self.codebook, right)
        self.splitDockWidget(self.claims_dock, self.codebook_dock, Qt.Orientation.Vertical)
        self.extra_docks: list[QDockWidget] = [self.claims_dock, self.codebook_dock]
        self._reading_docks: dict[QDockWidget, bool] | None = None
        self._views_timer = QTimer(self, singleShot=True, interval=0)
        self._views_timer.timeout.connect(self.refresh_views)

    def _dock_toggles(self) -> list:
        return [d.toggleViewAction() for d in (self.browser_dock, self.outline_dock, *self.extra_docks)]

    def _connect(self) -> None:
        a: Actions = self.actions
        a.new_project.triggered.connect(self.new_project_dialog)
        a.open_project.triggered.connect(self.open_project_dialog)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.show_reading.triggered.connect(lambda: self.tabs.setCurrentWidget(self.reader))
        self.browser.document_activated.connect(self.open_document)
        self.browser.document_selected.connect(self._show_metadata)
        self.outline.jump.connect(lambda offset: self.reader.text.jump_to(offset))
        self.active_text: DocumentText = self.reader.text
        self.tagging: Tagging | None = None
        for text in self.document_texts():
            self.attach_text(text)
        a.show_side_by_side.triggered.connect(self.show_side_by_side)
        a.show_across.triggered.connect(lambda: self.tabs.setCurrentWidget(self.across_tabs))
        self.across.jump_requested.connect(self.jump_to_claim)
        self.responsiveness.jump_requested.connect(self.jump_to_claim)
        self.agreement.jump_requested.connect(self.jump_to_claim)
        a.merge_project.triggered.connect(lambda: merge_project_dialog(self.session, self))
        self.tabs.currentChanged.connect(self._view_changed)
        a.compare_with.triggered.connect(self.compare_with_dialog)
        a.next_difference.triggered.connect(lambda: self._step_difference(self.side.next_difference))
        a.previous_difference.triggered.connect(lambda: self._step_difference(self.side.previous_difference))
        a.swap_panes.triggered.connect(self.side.swap)
        a.word_differences.toggled.connect(self.side.word_toggle.setChecked)
        self.side.word_toggle.toggled.connect(a.word_differences.setChecked)
        a.tag.triggered.connect(lambda: self.active_text.tag_requested.emit())
        a.select_unit.triggered.connect(lambda: self.active_text.unit_requested.emit())
        a.select_sentence.triggered.connect(lambda: self.active_text.select_sentence())
        a.select_paragraph.triggered.connect(lambda: self.active_text.select_paragraph())
        a.delete_claim.triggered.connect(lambda: self.active_text.delete_requested.emit())
        a.edit_claim.triggered.connect(lambda: self.active_text.edit_requested.emit())
        a.note_claim.triggered.connect(lambda: self.active_text.note_requested.emit())
        a.claim_details.triggered.connect(lambda: self.active_text.details_requested.emit())
        a.open_read_only.triggered.connect(lambda: self.open_project_dialog(read_only=True))
        self.claims.edit_requested.connect(self._edit_claim_from_table)
        self.claims.note_requested.connect(lambda claim: self.tagging and self.tagging.edit_note(claim))
        self.claims.details_requested.connect(lambda claim: self.tagging and self.tagging.details(claim))
        self.claims.jump_requested.connect(self.jump_to_claim)
        self.claims.filters_changed.connect(self.refresh_claims)
        self.claims.delete_requested.connect(self._delete_claim)
        self.codebook.topic_chosen.connect(self._list_topic)
        self.codebook.topic_action.connect(self.codebook_editor.request)
        self.codebook_editor.added.connect(self.codebook.reveal)
        self.codebook.stance_chosen.connect(self._list_stance)

    def _view_changed(self, _index: int) -> None:
        """The comparison views need the width: the reading docks step aside and come back."""
        reading = self.tabs.currentWidget() is self.reader
        docks = (self.outline_dock, self.claims_dock, self.codebook_dock)
        if not reading and self._reading_docks is None:
            self._reading_docks = {d: d.isVisible() for d in docks}
            for dock in docks:
                dock.hide()
        elif reading:
            self._restore_reading_docks()

    def _restore_reading_docks(self) -> None:
        if self._reading_docks is not None:
            for dock, visible in self._reading_docks.items():
                dock.setVisible(visible)
            self._reading_docks = None

    def attach_text(self, text: DocumentText) -> None:
        """Tagging keys (T, U, E, N, D, Delete) work in every document text: the reader and both panes."""
        text.tag_requested.connect(lambda: self.tagging and self.tagging.tag(text))
        text.unit_requested.connect(lambda: self.tagging and self.tagging.select_unit(text))
        text.delete_requested.connect(lambda: self.tagging and self.tagging.delete_at_cursor(text))
        text.edit_requested.connect(lambda: self.tagging and self.tagging.edit_at_cursor(text))
        text.note_requested.connect(lambda: self.tagging and self.tagging.note_at_cursor(text))
        text.details_requested.connect(lambda: self.tagging and self.tagging.details_at_cursor(text))
        text.focused.connect(lambda: setattr(self, "active_text", text))
        text.context_requested.connect(
            lambda at, t=text: setattr(self, "text_menu", show_text_menu(self, t, at))
        )
        text.claim_clicked.connect(self.claims.select_claim)

    # -- projects --------------------------------------------------------------------------------

    def new_project_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "", PROJECT_FILTER)
        if name:
            path = Path(name)
            self.create_project(path if path.suffix else path.with_suffix(".naast"))

    def open_project_dialog(self, *, read_only: bool = False) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", PROJECT_FILTER)
        if name:
            self.open_project(Path(name), read_only=read_only)

    def create_project(self, path: Path) -> bool:
        try:
            project = Project.create(path, backups=self.prefs.backup_policy())
        except (NaastError, OSError) as exc:
            self.last_error = show_exception(self, exc)
            return False
        session = Session(project, self.prefs.coder, self.prefs.language)
        session.seed_codebook()
        self._set_session(session)
        return True

    def open_project(self, path: Path, *, read_only: bool = False) -> bool:
        policy = self.prefs.backup_policy()  # read here: the settings are the window thread's

        def opening() -> Project:
            return Project.open(path, read_only=read_only, backups=policy, check_later=True)

        try:
            if not read_only and Project.needs_upgrade(path):  # a backup and the migrations first
                project = wait_busy(self, self.tr("Open project"), self._upgrade_text(path), opening)
            else:
                project = opening()
        except DamagedProject as exc:  # offer the last good backup, or recovery
            self.last_error = offer_rescue(self, exc, Path(path), self.open_project)
            return False
        except (NaastError, OSError) as exc:
            self.last_error = show_exception(self, exc)
            return False
        self._set_session(Session(project, self.prefs.coder, self.prefs.language))
        return True

    def _upgrade_text(self, path: Path) -> str:
        return self.tr(
            "Bringing “{name}” to this version of Naast: a backup of the file first, then its new "
            "format. A large project takes a minute or so."
        ).format(name=Path(path).name)

    def _set_session(self, session: Session) -> None:
        self.close_project()
        self.session = session
        self.codebook_editor.session = session
        self.prefs.add_recent(session.path)
        session.changed.connect(self.on_changes)
        session.failed.connect(self._on_failure)
        self.browser.set_project(session.project)
        self.reader.show_placeholder()  # a project is open, no document yet
        self.tagging = Tagging(session, self)
        self.side.set_session(session)
        self.across.set_session(session)
        self.responsiveness.set_session(session)
        self.agreement.set_session(session)
        self.tools.session_changed()
        self.refresh_codebook()
        self.refresh_claims()
        self.session_opened(session)
        self._update_for_project()
        self.deferred_check = DeferredCheck(self, session, self.prefs.backup_policy(), self.open_project)
        preload.load_later(self)

    def session_opened(self, session: Session) -> None:
        """Hook for views that need the session (side by side, comparison, docks)."""

    def close_project(self) -> None:
        if self.deferred_check is not None:
            self.deferred_check.stop()
            self.deferred_check = None
        if self.session is not None:
            self.session.close()
            self.session = None
            self.codebook_editor.session = None
            self.tagging = None
            self.side.set_session(None)
            self.across.set_session(None)
            self.responsiveness.set_session(None)
            self.agreement.set_session(None)
            self.tools.session_changed()
            self.claims.set_records([])
            self.reader.show_placeholder(project_open=False)
            self.outline.show_document(None)
            self.browser.set_project(None)
        self._update_for_project()

    # -- documents -------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        if self.session is None:
            return
        try:
            stored = self.session.document(document_id)
            summary = self.session.summary(document_id)
        except NaastError as exc:
            self.last_error = show_exception(self, exc)
            return
        records = self.session.claims_of_document(document_id)
        marks = [self.session.mark_of(r) for r in records]
        self.reader.show_document(document_id, summary, stored.parsed, marks)
        self.outline.show_document(stored.parsed)
        self.browser.show_metadata(summary, stored.parsed)
        self.tabs.setCurrentWidget(self.reader)
        self.reader.text.setFocus()
        self.refresh_claims(records)
        self._update_status()

    def marks_for(self, document_id: int) -> list:
        return self.session.claim_marks(document_id) if self.session is not None else []

    def jump_to_claim(self, document_id: int, start: int, end: int) -> None:
        if self.reader.text.document_id != document_id:
            self.open_document(document_id)
        self.tabs.setCurrentWidget(self.reader)
        self.reader.text.jump_to(start, end)
        self.reader.text.setFocus()

    def update_marks(self, claim_ids: set[int]) -> None:
        """Replace the marks of just these claims (created, edited, deleted, undone)."""
        texts = [t for t in self.document_texts() if t.document_id is not None]
        if self.session is None or not texts or not claim_ids:
            return
        records = self.session.claims(ClaimFilter(claim_ids=tuple(claim_ids)))
        for text in texts:
            kept = [m for m in text.marks() if m.claim_id not in claim_ids]
            fresh = [self.session.mark_of(r) for r in records if r.document_id == text.document_id]
            if len(kept) != len(text.marks()) or fresh:
                text.set_marks(kept + fresh)

    def refresh_views(self) -> None:
        self.refresh_claims()
        self.refresh_codebook()
        self.across.mark_stale()
        self.responsiveness.mark_stale()

    def refresh_marks(self) -> None:
        for text in self.document_texts():
            if text.document_id is not None:
                text.set_marks(self.marks_for(text.document_id))

    def document_texts(self) -> list[DocumentText]:
        return [self.reader.text, *self.side.texts()]

    def compare_documents(self, a: int, b: int) -> None:
        self.side.show_documents(a, b)
        self.tabs.setCurrentWidget(self.side)

    def compare_with_dialog(self) -> int | None:
        """Choose the document to put beside the open one; returns the one chosen."""
        if self.session is None:
            return None
        current = self.reader.text.document_id
        docs = [d for d in self.session.documents() if d.id != current]
        if current is None or not docs:
            self.last_error = show_error(
                self,
                self.tr("Compare"),
                self.tr("Open a document first; it is compared with another document of the project."),
            )
            return None
        self.compare_dialog = CompareDialog(self.session.summary(current).display_title, docs, self)
        self.compare_dialog.accepted.connect(self._compare_chosen)
        self.compare_dialog.open()
        return current

    def _compare_chosen(self) -> None:
        chosen = self.compare_dialog.chosen() if self.compare_dialog is not None else None
        if chosen is not None and self.reader.text.document_id is not None:
            self.compare_documents(self.reader.text.document_id, chosen)

    def show_side_by_side(self) -> None:
        """Ctrl+2: the comparison if there is one, else first choose what to compare with."""
        if self.side.both_loaded() or self.session is None or self.reader.text.document_id is None:
            self.tabs.setCurrentWidget(self.side)
        else:
            self.compare_with_dialog()

    def _step_difference(self, step) -> None:
        self.tabs.setCurrentWidget(self.side)
        step()

    def refresh_claims(self, document_claims: list[ClaimRecord] | None = None) -> None:
        """The claims table; ``document_claims`` saves a query when it shows the open document's."""
        if self.session is None:
            return
        where = self.claims.claim_filter(self.reader.text.document_id)
        if where is None:
            self.claims.set_records([])
        elif document_claims is not None and where == ClaimFilter(document_id=self.reader.text.document_id):
            self.claims.set_records(document_claims)
        else:
            self.claims.set_records(self.session.claims(where))

    def refresh_codebook(self) -> None:
        if self.session is None:
            return
        session = self.session
        stances = session.stances()
        self.codebook.set_codebook(session.topic_tree(), stances, session.language)
        self.claims.set_choices(
            [(t.id, session.topic_label(t)) for t in session.topics()],
            [(s.id, session.stance_label(s)) for s, _n in stances],
            [(a.id, a.display) for a in session.actors() if a.claim_count],
        )

    def _list_topic(self, topic_id: int) -> None:
        self.claims.scope.setCurrentIndex(self.claims.scope.findData("project"))
        self.claims.topic.setCurrentIndex(self.claims.topic.findData(topic_id))
        self.claims_dock.raise_()

    def _list_stance(self, stance_id: int) -> None:
        self.claims.scope.setCurrentIndex(self.claims.scope.findData("project"))
        self.claims.stance.setCurrentIndex(self.claims.stance.findData(stance_id))

    def _edit_claim_from_table(self, claim_id: int) -> None:
        if self.tagging is not None:
            table = self.claims.table
            rect = table.visualRect(table.currentIndex())
            self.tagging.edit(claim_id, table.viewport().mapToGlobal(rect.bottomLeft()))

    def _delete_claim(self, claim_id: int) -> None:
        if self.session is not None:
            from naast.core.claims.commands import DeleteClaim

            self.session.apply(DeleteClaim(claim_id))

    def _show_metadata(self, document_id: int) -> None:
        if self.session is not None:
            stored = self.session.document(document_id)
            self.browser.show_metadata(self.session.summary(document_id), stored.parsed)

    # -- changes, undo ---------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if self.session is None:
            return
        if changes.touches("documents"):
            self.browser.refresh()
            if self.reader.text.document_id is not None and self.reader.text.document_id in changes.ids.get(
                "documents", frozenset()
            ):
                self.reader.show_placeholder()
        if changes.touches("claims", "claim_topics", "topics", "stances", "actors"):
            ids = changed_claims(changes)
            if ids is None:
                self.refresh_marks()
            else:
                self.update_marks(ids)
            self._views_timer.start()  # tables and counts just after: the highlight comes first
        self._update_for_project()

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.redo()

    def _on_failure(self, title: str, message: str) -> None:
        self.last_error = show_error(self, title, message)

    def _update_for_project(self) -> None:
        session = self.session
        has = session is not None
        writable = has and not session.read_only  # type: ignore[union-attr]
        for action in (
            self.actions.import_files,
            self.actions.import_folder,
            self.actions.merge_project,
            self.actions.fetch_sources,
            self.actions.tag,
            self.actions.delete_claim,
            self.actions.edit_claim,
            self.actions.note_claim,
            self.actions.claim_details,
        ):
            action.setEnabled(writable)
        for action in (
            self.actions.export_memo,
            self.actions.close_project,
            self.actions.save_copy,
            self.actions.print_document,
            self.actions.export_pdf,
        ):
            action.setEnabled(has)
        undo = session.undo_label() if writable else None  # type: ignore[union-attr]
        redo = session.redo_label() if writable else None  # type: ignore[union-attr]
        undo, redo = (command_labels.translated(x) if x else x for x in (undo, redo))
        self.actions.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.actions.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.actions.undo.setEnabled(bool(undo))
        self.actions.redo.setEnabled(bool(redo))
        title = f"{session.path.name} — Naast" if has else "Naast"  # type: ignore[union-attr]
        if has and session.read_only:  # type: ignore[union-attr]
            title += self.tr(" (read-only)")
        self.setWindowTitle(title)
        self._update_status()

    def _update_status(self) -> None:
        if self.session is None:
            self.status.setText(self.tr("No project open — Ctrl+N to create one, Ctrl+O to open one"))
            return
        counts = self.session.counts()
        docs, claims = counts["documents"], counts["claims"]
        parts = [
            self.tr("1 document") if docs == 1 else self.tr("{n} documents").format(n=docs),
            self.tr("1 claim") if claims == 1 else self.tr("{n} claims").format(n=claims),
            self.tr("coder: {name}").format(name=self.session.coder or "—"),
        ]
        if self.session.read_only:
            parts.append(self.tr("read-only"))
        self.status.setText(" · ".join(parts))

    # -- window life -----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry, state = self.prefs.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)
        else:
            horizontal = Qt.Orientation.Horizontal
            self.resizeDocks([self.browser_dock, self.claims_dock], [250, 400], horizontal)
            self.resizeDocks([self.browser_dock, self.outline_dock], [460, 300], Qt.Orientation.Vertical)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """The document browser and the claims dock keep their shares of the window's width as the
        window grows or shrinks."""
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if old <= 0 or new == old:
            return
        docks = [d for d in (self.browser_dock, self.claims_dock) if d.isVisible() and not d.isFloating()]
        widths = [max(200, round(d.width() / old * new)) for d in docks]
        if docks:
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def save_layout(self) -> None:
        self._restore_reading_docks()  # the saved layout is the reading one, whichever view is shown
        self.prefs.save_window_state(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_layout()
        self.close_project()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.open_dropped(paths)

    def import_paths(self, paths: list[Path]) -> None:
        self.tools.import_paths(paths)

    def apply_preferences(self, language_before: str | None = None) -> None:
        if language_before is not None and language_before != self.prefs.language:
            self.language_changed.emit(self.prefs.language)
            return
        for text in self.document_texts():
            text.set_font_size(self.prefs.font_size)
        if self.session is not None:
            self.session.coder = self.prefs.coder
        self._update_status()
