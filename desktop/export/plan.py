"""The format-neutral export plan: frozen data describing a memo, built before any writer runs.

A writer (``docx_writer``, ``tabular``) only walks these records; it never queries a project.
Colours are ``#RRGGBB`` strings. Texts are stored as given; writers make them safe for their format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Language = Literal["en", "nl"]


@dataclass(frozen=True, slots=True)
class TopicStyle:
    """A topic (or proposition) of the codebook as the memo shows it."""

    key: str
    label: str
    colour: str  # light enough to read black text on


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
    uid: str | None = None  # the claim's stable UUID (the claims table's claim_id)
    status: str = "ok"  # ok | changed | orphaned
    created: str | None = None
    modified: str | None = None
    source_name: str | None = None  # the document's file name as imported

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
class ActorColumn:
    actor: str
    claims: tuple[ClaimEntry, ...]


@dataclass(frozen=True, slots=True)
class TopicSection:
    """One topic's side-by-side table: one column per actor."""

    topic: TopicStyle
    columns: tuple[ActorColumn, ...]

    @property
    def claim_count(self) -> int:
        return sum(len(c.claims) for c in self.columns)


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


@dataclass(frozen=True, slots=True)
class UnitHeading:
    """A structural unit to show as a heading ("Vraag 2", "Antwoord 2") at ``start``."""

    label: str
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


@dataclass(frozen=True, slots=True)
class MemoPlan:
    meta: MemoMeta
    legend: Legend
    overview: OverviewTable
    sections: tuple[TopicSection, ...]
    annex: Annex | None = None
    extra_notes: tuple[str, ...] = field(default=())  # free paragraphs after the title block

    def claims(self) -> tuple[ClaimEntry, ...]:
        return tuple(e for s in self.sections for col in s.columns for e in col.claims)
