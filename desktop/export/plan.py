"""The format-neutral export plan: frozen data describing a memo, built before any writer runs.

A writer (``docx_writer``, ``tabular``) only walks these records; it never queries a project.
Colours are ``#RRGGBB`` strings. Texts are stored as given; writers make them safe for their format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Language = Literal["en", "nl"]
Grouping = Literal["proposition", "question", "none"]  # what lets claims of two actors share a row
GROUPINGS: tuple[Grouping, ...] = ("proposition", "question", "none")
DEFAULT_GROUPING: Grouping = "proposition"


@dataclass(frozen=True, slots=True)
class TopicStyle:
    """A topic (or proposition) of the codebook as the memo shows it."""

    key: str
    label: str
    colour: str  # light enough to read black text on
    dutch: bool = False  # the label is the source's or researcher's Dutch (a proposition), not the memo's


@dataclass(frozen=True, slots=True)
class StanceStyle:
    """A stance with its colour-blind-safe colour and shape glyph (▲▼●◆○)."""

    key: str
    label: str
    colour: str
    glyph: str


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a quote comes from, precisely enough for a colleague to find it."""

    document_title: str
    kenmerk: str | None = None  # 2025Z00029
    aanhangsel: str | None = None  # "2019-2020, nr. 487" (Aanhangsel Handelingen)
    kamerstuk: str | None = None  # "19 637, nr. 1550"
    unit_label: str | None = None  # "Antwoord 3", "3. Terugkeer"
    date: str | None = None  # ISO yyyy-mm-dd of the document
    identifier: str | None = None  # ah-tk-20232024-1481
    page: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One coded claim with everything an export shows or lists about it."""

    claim_id: str
    quote: str
    actor: str  # the minister or other speaker, as the memo names them
    topic: TopicStyle
    stance: StanceStyle | None
    citation: Citation
    date: str | None = None  # ISO date of the statement
    note: str | None = None  # the researcher's note: a Word comment
    coder: str | None = None
    document_id: str | None = None
    start: int | None = None  # offsets into the document text, when known
    end: int | None = None
    document_missing: bool = False  # the source document was deleted from the project
    topics: tuple[TopicStyle, ...] = ()  # every topic of the claim (``topic`` is the one shown)
    addressee: str | None = None
    proposition: str | None = None
    noted: str | None = None  # ISO time the note was last written (the claim's ``modified``)
    uid: str | None = None  # the claim's stable UUID (the claims table's claim_id)
    status: str = "ok"  # ok | changed | orphaned
    created: str | None = None
    modified: str | None = None
    source_name: str | None = None  # the document's file name as imported
    previous_quote: str | None = None  # what a ``changed`` claim quoted before its document changed

    @property
    def all_topics(self) -> tuple[TopicStyle, ...]:
        return self.topics or (self.topic,)


@dataclass(frozen=True, slots=True)
class MemoMeta:
    title: str
    author: str
    date: str  # ISO yyyy-mm-dd
    project: str
    language: Language = "en"
    created: str | None = None  # ISO date-time of the export (core properties); now when None


@dataclass(frozen=True, slots=True)
class Legend:
    topics: tuple[TopicStyle, ...]
    stances: tuple[StanceStyle, ...]


@dataclass(frozen=True, slots=True)
class StanceCount:
    stance: StanceStyle | None  # None: claims without a stance
    count: int


@dataclass(frozen=True, slots=True)
class OverviewTable:
    """Rows are actors, columns topics (or propositions); each cell the claims counted by stance."""

    actors: tuple[str, ...]
    columns: tuple[TopicStyle, ...]
    cells: tuple[tuple[tuple[StanceCount, ...], ...], ...]  # cells[row][column]

    def total(self, row: int, column: int) -> int:
        return sum(sc.count for sc in self.cells[row][column])


@dataclass(frozen=True, slots=True)
class UnitLink:
    """Two units the comparison engine pairs (aligned answers), by document id and offsets."""

    left_document: str
    left_start: int
    left_end: int
    left_label: str
    right_document: str
    right_start: int
    right_end: int
    right_label: str


@dataclass(frozen=True, slots=True)
class RowReason:
    """Why claims of different actors share a row: the same proposition, or aligned answers."""

    kind: Literal["proposition", "aligned"]
    detail: str  # the proposition's text, or "Antwoord 4 ↔ Antwoord op vraag 2"


@dataclass(frozen=True, slots=True)
class MemoRow:
    """One table row: per actor column the claims it holds there (often none)."""

    cells: tuple[tuple[ClaimEntry, ...], ...]
    reason: RowReason | None = None  # None: a claim standing in a row of its own

    def claims(self) -> tuple[ClaimEntry, ...]:
        """The row's claims in reading order: column by column, top to bottom."""
        return tuple(e for cell in self.cells for e in cell)


@dataclass(frozen=True, slots=True)
class TopicSection:
    """One topic's side-by-side table: one column per actor, rows of claims that belong together."""

    topic: TopicStyle
    actors: tuple[str, ...]
    rows: tuple[MemoRow, ...]

    @property
    def claim_count(self) -> int:
        return sum(len(cell) for row in self.rows for cell in row.cells)

    def claims(self) -> tuple[ClaimEntry, ...]:
        return tuple(e for row in self.rows for e in row.claims())


class ChunkKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"  # only in the right-hand text
    DELETE = "delete"  # only in the left-hand text


@dataclass(frozen=True, slots=True)
class DiffChunk:
    kind: ChunkKind
    text: str
    right: str | None = None  # EQUAL only: the right-hand text when it is written differently

    def side_text(self, side: ChunkKind) -> str:
        """The text on the left (``DELETE``) or right (``INSERT``) side."""
        if self.kind is ChunkKind.EQUAL:
            return self.right if side is ChunkKind.INSERT and self.right is not None else self.text
        return self.text if self.kind is side else ""


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two aligned units. Left text = equal + delete chunks, right text = equal + insert chunks.

    Reused spans are ``(start, end)`` offsets into those left and right texts.
    """

    left_label: str
    right_label: str
    chunks: tuple[DiffChunk, ...]
    left_reused: tuple[tuple[int, int], ...] = ()
    right_reused: tuple[tuple[int, int], ...] = ()
    moved: bool = False
    diffed: bool = True  # False: too dissimilar for a word diff; both texts shown unmarked

    @property
    def left_text(self) -> str:
        return "".join(c.side_text(ChunkKind.DELETE) for c in self.chunks)

    @property
    def right_text(self) -> str:
        return "".join(c.side_text(ChunkKind.INSERT) for c in self.chunks)


@dataclass(frozen=True, slots=True)
class Annex:
    left: Citation
    right: Citation
    pairs: tuple[AlignedPair, ...]


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    """A claim inside an annotated document: ``text[start:end]``."""

    claim_id: str
    start: int
    end: int
    topic: TopicStyle
    stance: StanceStyle | None
    note: str | None = None
    coder: str | None = None
    noted: str | None = None  # ISO time the note was last written


@dataclass(frozen=True, slots=True)
class UnitHeading:
    """A structural unit to show as a heading ("Vraag 2", "Antwoord 2") at ``start``."""

    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceNote:
    """One of the source's own footnotes: its marker is ``text[start:end]`` ("4", "1)")."""

    marker: str
    text: str  # "" when the source lost the note's text
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AnnotatedDocumentPlan:
    meta: MemoMeta
    legend: Legend
    citation: Citation
    text: str
    spans: tuple[ClaimSpan, ...]
    units: tuple[UnitHeading, ...] = ()
    document_missing: bool = False
    notes: tuple[SourceNote, ...] = ()  # the source's footnotes, in text order


@dataclass(frozen=True, slots=True)
class AppendixColumn:
    label: str
    numeric: bool = False  # figures: right-aligned
    width: float = 1.0  # the column's share of the table's width, relative to the others


@dataclass(frozen=True, slots=True)
class AppendixTable:
    """An appendix at the end of the memo: a heading, what its figures mean (with the n behind
    them), and one table whose cells are already written out ("–" where a figure is null)."""

    kind: Literal["agreement", "responsiveness"]
    heading: str
    explanation: str
    columns: tuple[AppendixColumn, ...]
    rows: tuple[tuple[str, ...], ...]
    block_starts: tuple[int, ...] = ()  # rows that begin a group (kept with the rows after them)
    notes: tuple[str, ...] = ()  # why a figure is missing, as the measure says it
    landscape: bool = False  # too many columns for a portrait page


@dataclass(frozen=True, slots=True)
class MemoPlan:
    meta: MemoMeta
    legend: Legend
    overview: OverviewTable
    sections: tuple[TopicSection, ...]
    annex: Annex | None = None
    extra_notes: tuple[str, ...] = field(default=())  # free paragraphs after the title block
    grouping: Grouping = DEFAULT_GROUPING
    toc: bool = False  # a table of contents (a Word TOC field) after the title block
    appendices: tuple[AppendixTable, ...] = ()  # after the annex: agreement, how they answer

    def claims(self) -> tuple[ClaimEntry, ...]:
        """Every claim in reading order: the order of their footnotes."""
        return tuple(e for s in self.sections for e in s.claims())
