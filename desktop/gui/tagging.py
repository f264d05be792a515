"""Tagging from the keyboard: U selects the unit, T opens the quick-tag popup, Delete removes.

Works on whichever document text has focus (reading view or either side-by-side pane).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from naast.core.claims.speaker import speaker_names
from naast.core.model import ParsedDocument, UnitKind
from naast.gui.session import Session
from naast.gui.widgets.document_text import DocumentText
from naast.gui.widgets.quick_tag import QuickTag, StanceChoice, TopicChoice
from naast.store.project import now_iso


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def unit_body(parsed: ParsedDocument, offset: int) -> tuple[int, int] | None:
    """The unit under ``offset`` without its header line ("Antwoord 3"), trimmed."""
    unit = parsed.unit_at(offset)
    if unit is None:
        return None
    start, end = trimmed(parsed.text, unit.start, unit.end)
    if unit.kind in (UnitKind.QUESTION, UnitKind.ANSWER, UnitKind.SECTION):
        newline = parsed.text.find("\n", start, end)
        if newline != -1 and newline - start <= 120:
            start, end = trimmed(parsed.text, newline + 1, end)
    return (start, end) if end > start else None


def speaker(parsed: ParsedDocument, offset: int) -> str:
    """Who the claim will be attributed to by default (shown in the popup): the core's rule."""
    unit = parsed.unit_at(offset)
    names = speaker_names(
        parsed.doc_type.value,
        unit.kind.value if unit is not None else None,
        [p.name for p in parsed.askers],
        parsed.answered_by.name if parsed.answered_by is not None else None,
    )
    return ", ".join(names[:1]) if names else "—"


def popup_points(text: DocumentText) -> tuple[QPoint, int]:
    """Where the quick-tag popup opens (global): below the cursor line, and that line's top."""
    rect = text.cursorRect()
    below = text.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 4))
    top = text.viewport().mapToGlobal(QPoint(rect.left(), rect.top() - 4)).y()
    return below, top


class Tagging(QObject):
    MESSAGE_MS = 6000

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self.note_dialog: QDialog | None = None
        self.claim_dialog: QDialog | None = None
        self.popup = QuickTag(parent)
        self.popup.accepted.connect(self._create)
        self.popup.cancelled.connect(self._cancelled)
        self._target: tuple[DocumentText, int, int] | None = None
        self._editing: int | None = None  # the claim the popup is editing, if any
        self.last_topic: int | None = None

    def select_unit(self, text: DocumentText) -> bool:
        if text.parsed is None:
            return False
        span = unit_body(text.parsed, text.cursor_offset())
        if span is None:
            return False
        text.select_range(*span)
        return True

    def tag(self, text: DocumentText) -> bool:
        if text.parsed is None or text.document_id is None or self.session.read_only:
            return False
        start, end = text.selection()
        if start == end:
            if not self.select_unit(text):
                return False
            start, end = text.selection()
        start, end = trimmed(text.parsed.text, start, end)
        if start == end:
            return False
        self._target = (text, start, end)
        at, above = popup_points(text)
        quote = text.parsed.text[start:end]
        short = quote if len(quote) <= 90 else quote[:87] + "…"
        heading = self.tr("Tag “{quote}”\nClaimant: {who}").format(
            quote=short, who=speaker(text.parsed, start)
        )
        self.popup.open_for(
            heading, self.topic_choices(), self.stance_choices(), at, self.last_topic, above=above
        )
        return True

    def topic_choices(self) -> list[TopicChoice]:
        nodes = self.session.topics()  # depth first: a parent comes before its subtopics
        depth: dict[int, int] = {}
        for t in nodes:
            depth[t.id] = depth[t.parent_id] + 1 if t.parent_id in depth else 0
        return [TopicChoice(t.id, self.session.topic_label(t), t.colour, t.code, depth[t.id]) for t in nodes]

    def stance_choices(self) -> list[StanceChoice]:
        return [
            StanceChoice(s.id, self.session.stance_label(s), s.colour, s.shape)
            for s, _count in self.session.stances()
        ]

    @staticmethod
    def claim_at_cursor(text: DocumentText) -> int | None:
        """The claim under the cursor, or under the middle of the selection (the innermost first)."""
        start, end = text.selection()
        claims = text.styles.marks.at(start if start == end else (start + end) // 2)
        return claims[0].claim_id if claims else None

    def _claim_or_hint(self, text: DocumentText) -> int | None:
        """The claim under the cursor; without one, say in the status bar what to do instead."""
        claim_id = self.claim_at_cursor(text)
        if claim_id is None:
            self.show_message(self.tr("No claim under the cursor — select text and press T to tag it"))
        return claim_id

    def show_message(self, message: str) -> None:
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, self.MESSAGE_MS)

    def edit_at_cursor(self, text: DocumentText) -> bool:
        claim_id = self._claim_or_hint(text)
        if claim_id is None:
            return False
        at, above = popup_points(text)
        return self.edit(claim_id, at, above)

    def edit(self, claim_id: int, at: QPoint, above: int | None = None) -> bool:
        """The quick-tag popup on an existing claim: its topic and stance chosen, Enter saves."""
        if self.session.read_only:
            return False
        record = self.session.claim(claim_id)
        quote = " ".join(record.quote.split())
        short = quote if len(quote) <= 90 else quote[:87] + "…"
        heading = self.tr("Edit “{quote}”\nClaimant: {who}").format(quote=short, who=record.claimant or "—")
        topics = tuple(t.id for t in record.topics)
        stance = record.stance.id if record.stance else None
        self._target = None
        self._editing = claim_id
        self.popup.open_for(
            heading, self.topic_choices(), self.stance_choices(), at, None, stance, chosen=topics, above=above
        )
        return True

    def _create(self, topics: tuple[int, ...], stance_id: int | None) -> None:
        if self._editing is not None:
            claim_id, self._editing = self._editing, None
            from naast.core.claims.commands import EditClaim

            edit = EditClaim(
                claim_id, now_iso(), topics=topics, stance_id=stance_id, coder=self.session.coder
            )
            self.session.apply(edit)
            return
        if self._target is None:
            return
        text, start, end = self._target
        self._target = None
        self.last_topic = topics[-1]
        from naast.core.claims.commands import CreateClaim  # loaded with the window's modules

        command = CreateClaim(
            document_id=text.document_id or 0,
            start=start,
            end=end,
            created=now_iso(),
            topics=topics,
            stance_id=stance_id,
            coder=self.session.coder,
        )
        self.session.apply(command)
        text.setFocus()

    def _cancelled(self) -> None:
        self._editing = None
        if self._target is not None:
            self._target[0].setFocus()
        self._target = None

    def note_at_cursor(self, text: DocumentText) -> bool:
        claim_id = self._claim_or_hint(text)
        return claim_id is not None and self.edit_note(claim_id)

    def edit_note(self, claim_id: int) -> bool:
        """Open the note editor on a claim; OK saves the note as one undoable command."""
        if self.session.read_only:
            return False
        from naast.gui.dialogs.note_dialog import NoteDialog

        record = self.session.claim(claim_id)
        self.note_dialog = NoteDialog(claim_id, record.quote, record.note, self._parent)
        self.note_dialog.saved.connect(self._save_note)
        self.note_dialog.open()
        return True

    def _save_note(self, claim_id: int, note: str) -> None:
        from naast.core.claims.commands import EditClaim

        if note != self.session.claim(claim_id).note:
            edit = EditClaim(claim_id, now_iso(), note=note, coder=self.session.coder, what="Edit note")
            self.session.apply(edit)

    def details_at_cursor(self, text: DocumentText) -> bool:
        claim_id = self._claim_or_hint(text)
        return claim_id is not None and self.details(claim_id)

    def details(self, claim_id: int) -> bool:
        """Claimant, addressee, proposition, note and links of a claim, in one dialog."""
        if self.session.read_only:
            return False
        from naast.gui.dialogs.claim_dialog import ClaimDialog

        session = self.session
        propositions = [p.text for p in session.propositions()]
        dialog = ClaimDialog(
            session.claim(claim_id),
            session.actors(),
            propositions,
            session.claims(),
            self._parent,
            topics=self.topic_choices(),
        )
        dialog.show_links(session.links_of(claim_id))
        dialog.saved.connect(self._save_details)
        self.claim_dialog = dialog
        dialog.open()
        return True

    def _save_details(self, claim_id: int, changed: dict, removed: tuple, added: tuple) -> None:
        """The dialog's OK: fields and links in one command, one undo step."""
        from naast.core.claims.commands import EditClaim
        from naast.core.claims.links import EditClaimDetails

        edit = EditClaim(claim_id, now_iso(), coder=self.session.coder, **changed) if changed else None
        self.session.apply(EditClaimDetails(edit, tuple(removed), tuple(added)))

    def delete_at_cursor(self, text: DocumentText) -> bool:
        if self.session.read_only:
            return False
        claim_id = self._claim_or_hint(text)
        if claim_id is None:
            return False
        from naast.core.claims.commands import DeleteClaim

        return self.session.apply(DeleteClaim(claim_id)) is not None
