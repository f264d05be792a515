"""The open project as the GUI sees it: every change goes widget → session → command → store.

The session owns the ``Project`` (one per window), applies commands on the GUI thread, turns the
returned ``Changes`` into a Qt signal views refresh from, and turns typed errors into a signal the
main window shows as a plain-language dialog. It holds no SQL: reads go through the store modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from naast.core.commands import Changes, Command
from naast.core.errors import NaastError
from naast.gui.widgets.marks import ClaimMark
from naast.store import claims as claim_store
from naast.store import codebook as codebook_store
from naast.store import documents as doc_store
from naast.store import importer
from naast.store.claims import (
    ActorRecord,
    ClaimFilter,
    ClaimRecord,
    PropositionRecord,
    StanceRef,
    TopicRef,
)
from naast.store.codebook import TopicNode
from naast.store.documents import DocumentSummary, SearchHit, StoredDocument
from naast.store.importer import ImportResult, Outcome, ParsedFile
from naast.store.project import Project
from naast.store.version import REUSE_INDEX_SCHEMA

if TYPE_CHECKING:  # the comparison engine (numpy) loads when first used, not at start-up
    from naast.core.claims.claimant_check import ClaimantFinding
    from naast.core.compare import Comparison, DocumentText
    from naast.core.compare.index import Occurrence, ReuseIndex

__all__ = ["Session", "claim_mark"]


_VERSION_TABLES = frozenset({"documents", "units", "footnotes", "document_actors", "claims"})


class Session(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str, str)  # title, plain message

    def __init__(self, project: Project, coder: str = "", language: str = "en") -> None:
        super().__init__()
        self.project = project
        self.coder = coder
        self.language = language
        self.closed = False
        self._documents: dict[int, StoredDocument] = {}
        self._comparisons: dict[tuple[int, int], Comparison] = {}
        self._texts: dict[int, DocumentText] = {}  # keeps each document's tokens between comparisons
        self._index: ReuseIndex | None = None

    # -- life cycle ------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def close(self) -> None:
        self.closed = True
        self.project.close()
        self._documents.clear()
        self._texts.clear()

    # -- changing --------------------------------------------------------------------------------

    def apply(self, command: Command) -> Changes | None:
        """Apply and commit at once, so a claim the user saw created is on disk."""
        try:
            changes = self.project.apply(command, coder=self.coder)
        except NaastError as exc:
            self.failed.emit(_title_of(command), str(exc))
            return None
        self._forget(changes)
        self.changed.emit(changes)
        return changes

    def import_parsed(self, parsed: ParsedFile) -> ImportResult:
        """Add one parsed file (one command, one undo step); duplicates are skipped."""
        try:
            result = importer.apply_parsed(self.project, parsed, coder=self.coder)
        except NaastError as exc:
            return ImportResult(parsed.path, Outcome.FAILED, None, str(exc))
        if result.document_id is not None and result.outcome in (Outcome.IMPORTED, Outcome.REIMPORTED):
            # A new version also replaces units and footnotes and moves claims: views refresh all.
            tables = {"documents"} if result.outcome is Outcome.IMPORTED else _VERSION_TABLES
            changes = Changes("Import", frozenset(tables), {"documents": frozenset({result.document_id})})
            self._forget(changes)
            self.changed.emit(changes)
        return result

    def notify(self, changes: Changes) -> None:
        """Tell the views about changes made through the store directly (a multi-command import)."""
        self._forget(changes)
        self.changed.emit(changes)

    def undo(self) -> Changes | None:
        return self._step(self.project.undo)

    def redo(self) -> Changes | None:
        return self._step(self.project.redo)

    def _step(self, step: Any) -> Changes | None:
        try:
            changes = step()
        except NaastError as exc:
            self.failed.emit("Undo", str(exc))
            return None
        if changes is not None:
            self._forget(changes)
            self.changed.emit(changes)
        return changes

    def undo_label(self) -> str | None:
        return self.project.undo_label()

    def redo_label(self) -> str | None:
        return self.project.redo_label()

    def _forget(self, changes: Changes) -> None:
        if changes.touches("documents", "units", "footnotes"):
            self._documents.clear()
            self._texts.clear()
            self._comparisons.clear()
        if changes.touches("documents") and self._index is not None:
            self._update_index(changes.ids["documents"])

    def _update_index(self, document_ids: frozenset[object]) -> None:
        """Keep the reuse index in step with an import, a new version, a deletion or their undo."""
        assert self._index is not None
        ids = sorted(i for i in document_ids if isinstance(i, int))
        for doc_id in ids:
            if doc_id in self._index:
                self._index.remove_document(doc_id)
        for doc_id, text in doc_store.document_texts(self.project, ids):
            self._index.add_document(doc_id, text)

    # -- reading documents -----------------------------------------------------------------------

    def documents(self) -> list[DocumentSummary]:
        return doc_store.list_documents(self.project)

    def summary(self, document_id: int) -> DocumentSummary:
        return doc_store.document_summary(self.project, document_id)

    def document(self, document_id: int) -> StoredDocument:
        stored = self._documents.get(document_id)
        if stored is None:
            stored = doc_store.load_document(self.project, document_id)
            if len(self._documents) > 16:
                self._documents.clear()
            self._documents[document_id] = stored
        return stored

    def compare(self, a: int, b: int) -> Comparison:
        """The comparison of two documents (pure core; cached until documents change)."""
        key = (a, b)
        if key not in self._comparisons:
            if len(self._comparisons) > 8:
                self._comparisons.clear()
            from naast.core.compare import compare

            self._comparisons[key] = compare(self._text(a), self._text(b))
        return self._comparisons[key]

    def _text(self, document_id: int) -> DocumentText:
        """The engine's view of a document, kept so a swap or a new pairing reuses its tokens."""
        text = self._texts.get(document_id)
        if text is None:
            from naast.core.compare import DocumentText

            parsed = self.document(document_id).parsed
            text = DocumentText(parsed.text, parsed.units)
            if len(self._texts) > 16:
                self._texts.clear()
            self._texts[document_id] = text
        return text

    def where_else(self, document_id: int, start: int, end: int) -> list[Occurrence]:
        """Other places with the same run of words, from the project's reuse index."""
        if self.project.schema_version >= REUSE_INDEX_SCHEMA:
            from naast.store import reuse_queries

            self.index_for_search()
            return reuse_queries.where_else(self.project, document_id, start, end)
        index = self._reuse_index()  # an older file open read-only has no index of its own
        if document_id not in index:
            index.add_document(document_id, self.document(document_id).parsed.text)
        return index.where_else_span(document_id, start, end)

    def _reuse_index(self) -> ReuseIndex:
        if self._index is None:
            from naast.core.compare.index import ReuseIndex

            index = ReuseIndex()
            index.add_documents(doc_store.document_texts(self.project))
            self._index = index
        return self._index

    def index_for_search(self) -> None:
        """Index what an import added, in one batch (a search would do it first otherwise)."""
        if self.closed or self.read_only:
            return
        try:
            self.project.index_pending()
        except NaastError as exc:
            self.failed.emit("Search", str(exc))

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        if self.closed:
            return []
        try:
            return doc_store.search(self.project, query, limit)
        except NaastError as exc:
            self.failed.emit("Search", str(exc))
            return []

    # -- claims ----------------------------------------------------------------------------------

    def claims(self, where: ClaimFilter | None = None) -> list[ClaimRecord]:
        return claim_store.list_claims(self.project, where)

    def claims_of_document(self, document_id: int) -> list[ClaimRecord]:
        return claim_store.claims_of_document(self.project, document_id)

    def claim(self, claim_id: int) -> ClaimRecord:
        return claim_store.get_claim(self.project, claim_id)

    def claim_marks(self, document_id: int) -> list[ClaimMark]:
        return [self.mark_of(c) for c in self.claims_of_document(document_id)]

    def mark_of(self, claim: ClaimRecord) -> ClaimMark:
        return claim_mark(claim, self.language)

    def topic_tree(self) -> list[TopicNode]:
        return codebook_store.topic_tree(self.project)

    def topics(self) -> list[TopicNode]:
        """Every topic, depth first."""
        return [node for root in self.topic_tree() for node in root.walk()]

    def stances(self) -> list[tuple[StanceRef, int]]:
        return codebook_store.list_stances(self.project)

    def actors(self) -> list[ActorRecord]:
        return claim_store.list_actors(self.project)

    def propositions(self) -> list[PropositionRecord]:
        return claim_store.list_propositions(self.project)

    def comparison(self, by: str, where: ClaimFilter | None = None) -> claim_store.Comparison:
        return claim_store.comparison_matrix(self.project, by, where, top_level=False)  # type: ignore[arg-type]

    def timeline(self, where: ClaimFilter | None = None) -> list[claim_store.TimelinePoint]:
        return claim_store.timeline(self.project, where)

    def seed_codebook(self) -> None:
        """A new project gets the shipped codebook (CAP topics, default stances)."""
        changes = claim_store.seed_defaults(self.project, coder=self.coder)
        if changes is not None:
            self.changed.emit(changes)

    def claimant_findings(self) -> list[ClaimantFinding]:
        """Claims whose claimant contradicts the speaker of their unit (the claimant check)."""
        from naast.store.claimant_check import check_claimants

        return check_claimants(self.project)

    def links_of(self, claim_id: int) -> list[claim_store.LinkRecord]:
        return claim_store.links_of(self.project, claim_id)

    def topic_fate(self, topic_id: int) -> codebook_store.TopicFate:
        """What deleting the topic would do to claims and subtopics, to show before doing it."""
        return codebook_store.topic_deletion_fate(self.project, topic_id)

    def topic_label(self, topic: TopicRef | TopicNode) -> str:
        return topic.label_nl if self.language == "nl" else topic.label_en

    def stance_label(self, stance: StanceRef) -> str:
        return stance.label_nl if self.language == "nl" else stance.label_en

    def counts(self) -> dict[str, int]:
        """Documents and claims, for the status bar (counting every table would read the whole
        history of a large project at each change)."""
        return {table: self.project.count(table) for table in ("documents", "claims")}

    def responsiveness_inputs(self, choices: dict[str, Any]) -> tuple[Any, ...]:
        """The arguments of ``naast.core.measures.measure`` for the view's choices, read here on
        the GUI thread so that the measuring itself can run on a worker."""
        from naast.core.measures import default_options
        from naast.paths import resources_dir
        from naast.store.measures_source import all_texts, documents_of_types

        topic_id = choices.pop("topic_id", None)
        if topic_id is not None:
            claims = self.claims(ClaimFilter(topic_id=topic_id))
            choices["document_ids"] = frozenset(c.document_id for c in claims if c.document_id is not None)
        answered = list(documents_of_types(self.project, ("answers",)))
        notices = list(documents_of_types(self.project, ("notice",)))
        return answered, notices, all_texts(self.project), default_options(resources_dir(), **choices)


def _title_of(command: Command) -> str:
    try:
        return str(command.label)
    except Exception:
        return "Change"


def claim_mark(claim: ClaimRecord, language: str = "en") -> ClaimMark:
    """How a claim looks in the text: its first topic's colour, its stance's shape and colour."""
    topic = claim.topics[0] if claim.topics else None
    stance = claim.stance
    topic_names = ", ".join(t.label_nl if language == "nl" else t.label_en for t in claim.topics)
    stance_name = (stance.label_nl if language == "nl" else stance.label_en) if stance else "no stance"
    label = " · ".join(x for x in (topic_names or "no topic", stance_name, claim.claimant) if x)
    return ClaimMark(
        claim_id=claim.id,
        start=claim.start,
        end=claim.end,
        colour=topic.colour if topic else "#BBBBBB",
        stance_colour=stance.colour if stance else "#777777",
        stance_shape=stance.shape if stance else "square",
        label=label,
    )


def changed_claims(changes: Changes) -> set[int] | None:
    """The claims a change touched, or None when more changed (codebook, actors): refresh all."""
    if changes.touches("topics", "stances", "actors", "documents"):
        return None
    found: set[int] = {int(i) for i in changes.ids.get("claims", ()) if isinstance(i, int)}
    for key in changes.ids.get("claim_topics", ()):
        found.update(int(v) for k, v in (key if isinstance(key, tuple) else ()) if k == "claim_id")
    return found
