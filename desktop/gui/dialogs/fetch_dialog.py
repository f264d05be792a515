"""File → Fetch from the official sources…: the query's fields, a preview list, then import.

Listing and fetching run on a worker thread (``naast.gui.workers``). The dialog is window-modal
and cannot be closed while a fetch runs, so the project is used by one thread at a time. Each
document arrives as its own command (one undo step); a cancelled or failed fetch keeps what it
imported and can be resumed (``naast fetch PROJECT --resume`` or the Resume button). The
sources' addresses and the rate are settings, shown under "Sources".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from naast.core.commands import Changes
from naast.core.errors import NaastError
from naast.core.fetch import FetchQuery, FetchSettings, PoliteClient, Progress, discover, run_job
from naast.core.fetch.query import KINDS
from naast.gui.session import Session
from naast.gui.workers import Task, start
from naast.store import cases, fetch_jobs
from naast.store.project import now_iso

_TABLES = frozenset(
    {
        "documents",
        "units",
        "footnotes",
        "actors",
        "document_actors",
        "cases",
        "case_documents",
        "document_provenance",
    }
)


class _Ledger(fetch_jobs.ProjectLedger):
    """The project's ledger, remembering which documents arrived, for the views to refresh."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.arrived: list[int] = []

    def import_fetched(self, command: Any) -> int | None:
        document_id = super().import_fetched(command)
        if document_id is not None:
            self.arrived.append(document_id)
        return document_id


class FetchDialog(QDialog):
    fetched = Signal(object)  # Progress, when a fetch ends

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        settings: FetchSettings | None = None,
        cache: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fetchDialog")
        self.session = session
        self.cache = cache or session.path.with_name(f"{session.path.stem}.fetch-cache")
        self.task: Task | None = None
        self.ledger: _Ledger | None = None
        self.cancel_event = threading.Event()
        self.setWindowTitle(self.tr("Fetch from the official sources"))
        self._build(settings or FetchSettings.from_environment())

    # -- layout -----------------------------------------------------------------------------------

    def _build(self, settings: FetchSettings) -> None:
        self.text = QLineEdit(placeholderText=self.tr("words, such as terugkeer"))
        self.date_from = QLineEdit(placeholderText=self.tr("from yyyy-mm-dd"))
        self.date_to = QLineEdit(placeholderText=self.tr("to yyyy-mm-dd"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("questions and answers"), None)
        for kind, label in zip(
            KINDS,
            (self.tr("answers"), self.tr("questions"), self.tr("notices"), self.tr("letters")),
            strict=True,
        ):
            self.kind.addItem(label, kind)
        self.ministry, self.by, self.asker, self.party = (QLineEdit() for _ in range(4))
        self.identifiers = QLineEdit(placeholderText="ah-tk-20232024-1481 kv-tk-2024Z02101 2024Z02101")
        self.complete_cases = QCheckBox(self.tr("Also fetch the questions and Mededeling of each case"))
        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        for label, widget in (
            (self.tr("Words"), self.text),
            (self.tr("Dates"), dates),
            (self.tr("Kind"), self.kind),
            (self.tr("Ministry"), self.ministry),
            (self.tr("Answered by"), self.by),
            (self.tr("Asked by"), self.asker),
            (self.tr("Party"), self.party),
            (self.tr("Identifiers"), self.identifiers),
        ):
            form.addRow(label, widget)
        form.addRow("", self.complete_cases)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._sources(settings))
        self.preview_list = QListWidget()
        self.status = QLabel(self.tr("Preview lists what the query finds; nothing changes until Import."))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _sources(self, settings: FetchSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Sources"))
        self.sru_url = QLineEdit(settings.sru_url)
        self.repository_url = QLineEdit(settings.repository_url)
        self.odata_url = QLineEdit(settings.odata_url)
        self.rate = QDoubleSpinBox(minimum=0.1, maximum=20.0, singleStep=0.5, value=settings.rate)
        self.rate.setSuffix(self.tr(" requests/s"))
        self._base = settings
        form = QFormLayout(box)
        form.addRow(self.tr("KOOP SRU"), self.sru_url)
        form.addRow(self.tr("KOOP repository"), self.repository_url)
        form.addRow(self.tr("Tweede Kamer OData"), self.odata_url)
        form.addRow(self.tr("Rate at most"), self.rate)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.resume_button = QPushButton(self.tr("&Resume last fetch"))
        self.review_button = QPushButton(self.tr("Re&view list"))
        self.review_button.setToolTip(self.tr("Documents whose official metadata disagrees with their text"))
        self.cancel_button = QPushButton(self.tr("&Cancel fetch"))
        self.close_button = QPushButton(self.tr("Close"))
        self.cancel_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_fetch)
        self.resume_button.clicked.connect(self.resume)
        self.review_button.clicked.connect(self.review)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        for button in (self.preview_button, self.import_button, self.resume_button, self.review_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        self.import_button.setDefault(True)
        return row

    # -- what the fields say ----------------------------------------------------------------------

    def query(self) -> FetchQuery:
        return FetchQuery(
            text=self.text.text().strip(),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            kind=self.kind.currentData(),
            ministry=self.ministry.text().strip(),
            by=self.by.text().strip(),
            asker=self.asker.text().strip(),
            party=self.party.text().strip(),
            identifiers=tuple(self.identifiers.text().split()),
            complete_cases=self.complete_cases.isChecked(),
        )

    def settings(self) -> FetchSettings:
        return self._base.with_overrides(
            sru_url=self.sru_url.text().strip(),
            repository_url=self.repository_url.text().strip(),
            odata_url=self.odata_url.text().strip(),
            rate=self.rate.value(),
        )

    # -- preview ----------------------------------------------------------------------------------

    def preview(self) -> None:
        try:
            query, client = self.query(), self._client(self.settings())
        except NaastError as exc:
            self._say(str(exc))
            return

        def work(task: Task) -> list:
            return list({r.identifier: r for page in discover(client, query) for r in page}.values())

        self.preview_list.clear()
        self._say(self.tr("Asking the KOOP SRU service…"))
        self._run(Task(work), self._previewed)

    def _previewed(self, records: list) -> None:
        text = self.tr("{n} documents would be fetched.").format(n=len(records))
        if self.complete_cases.isChecked():
            text += " " + self.tr("The other documents of their cases are found while fetching.")
        self._say(text)
        for record in records:
            self.preview_list.addItem(f"{record.identifier}   {record.date or ''}   {record.title}")

    # -- the review list ---------------------------------------------------------------------------

    def review(self) -> None:
        """Where official metadata and the text disagree: both values, and where each came from."""
        found = cases.disagreements(self.session.project)
        self.preview_list.clear()
        for d in found:
            self.preview_list.addItem(
                self.tr("{doc}   {field}: official {official} ({source}), text {parsed}").format(
                    doc=d.identifier or d.document_id,
                    field=d.field,
                    official=d.official,
                    source=d.source,
                    parsed=d.parsed,
                )
            )
        documents = len({d.document_id for d in found})
        self._say(self.tr("{n} documents to review.").format(n=documents))

    # -- fetching ---------------------------------------------------------------------------------

    def start_fetch(self) -> None:
        try:
            query, settings = self.query(), self.settings()
        except NaastError as exc:
            self._say(str(exc))
            return
        job = fetch_jobs.create_job(self.session.project, query.to_json(), settings.to_json())
        self._fetch(job, query, settings)

    def resume(self) -> None:
        job = fetch_jobs.latest_resumable(self.session.project)
        if job is None:
            self._say(self.tr("There is no unfinished fetch to resume."))
            return
        self._fetch(job.id, FetchQuery.from_json(job.query), FetchSettings.from_json(job.settings))

    def _fetch(self, job_id: int, query: FetchQuery, settings: FetchSettings) -> None:
        ledger = self.ledger = _Ledger(self.session.project, job_id, coder=self.session.coder)
        client = self._client(settings)

        def work(task: Task) -> Progress:
            def report(state: Progress) -> None:
                task.signals.item.emit(state)

            return run_job(ledger, client, query, self.cache, progress=report, now=now_iso)

        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self._say(self.tr("Fetching…"))
        task = Task(work)
        task.signals.item.connect(self._progress)
        self._run(task, self._fetched)

    def _progress(self, state: Progress) -> None:
        self.bar.setRange(0, max(state.total, 1))
        self.bar.setValue(state.done)
        left = state.seconds_left
        eta = (
            self.tr("{m}:{s:02d} left").format(m=int(left // 60), s=int(left % 60))
            if left is not None
            else "…"
        )
        self._say(
            self.tr(
                "{done} of {total}: {imported} imported, {present} already here, {failed} failed"
                " · {rate:.1f}/s · {eta}"
            ).format(
                done=state.done,
                total=state.total,
                imported=state.imported,
                present=state.present,
                failed=state.failed,
                rate=state.rate,
                eta=eta,
            )
        )

    def _fetched(self, state: Progress) -> None:
        self._changed()
        self._say(
            self.tr(
                "Done: {imported} imported, {present} already in the project, {skipped} outside "
                "the query, {failed} failed."
            ).format(
                imported=state.imported, present=state.present, skipped=state.skipped, failed=state.failed
            )
        )
        self.fetched.emit(state)

    # -- running work -----------------------------------------------------------------------------

    def _client(self, settings: FetchSettings) -> PoliteClient:
        self.cancel_event = threading.Event()
        return PoliteClient(settings, cancel=self.cancel_event)

    def _run(self, task: Task, done: Callable[[Any], None]) -> None:
        self._busy(True)
        task.signals.finished.connect(lambda result: (self._idle(), done(result)))
        task.signals.failed.connect(self._failed)
        self.task = start(task)

    def _failed(self, message: str) -> None:
        self._idle()
        self._changed()
        self._say(message)

    def cancel(self) -> None:
        self.cancel_event.set()

    def _idle(self) -> None:
        self.task = None
        self._busy(False)
        self.bar.setVisible(False)

    def _busy(self, busy: bool) -> None:
        buttons = (self.preview_button, self.import_button, self.resume_button, self.review_button)
        for button in (*buttons, self.close_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _changed(self) -> None:
        """The browser, the reuse index and the other views refresh as after an import."""
        self.session.index_for_search()
        arrived = frozenset(self.ledger.arrived) if self.ledger is not None else frozenset()
        changes = Changes("Fetch", _TABLES, {"documents": arrived})
        self.session._forget(changes)  # the session's caches and reuse index, as its own import does
        self.session.changed.emit(changes)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def reject(self) -> None:
        if self.task is None:  # a running fetch is cancelled first, never abandoned
            super().reject()
