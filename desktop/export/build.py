"""Builders that turn a flat list of claims into a ``MemoPlan``: grouping, ordering, counting."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

from naast.core.model import ParsedDocument, UnitKind
from naast.core.titles import display_title
from naast.export.labels import default_stances
from naast.export.plan import (
    DEFAULT_GROUPING,
    Annex,
    AnnotatedDocumentPlan,
    Citation,
    ClaimEntry,
    ClaimSpan,
    Grouping,
    Legend,
    MemoMeta,
    MemoPlan,
    OverviewTable,
    SourceNote,
    StanceCount,
    StanceStyle,
    TopicSection,
    TopicStyle,
    UnitHeading,
    UnitLink,
)
from naast.export.rows import build_rows

T = TypeVar("T", bound=Hashable)


def _unique(items: Iterable[T]) -> list[T]:
    seen: dict[T, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def build_sections(
    claims: Sequence[ClaimEntry],
    topics: Sequence[TopicStyle],
    actors: Sequence[str],
    grouping: Grouping = DEFAULT_GROUPING,
    links: Sequence[UnitLink] = (),
) -> tuple[TopicSection, ...]:
    """One section per topic that has claims; one column per actor with claims on that topic."""
    on_topic: dict[str, list[ClaimEntry]] = defaultdict(list)
    for claim in claims:
        on_topic[claim.topic.key].append(claim)
    sections = []
    for topic in topics:
        entries = on_topic.get(topic.key, [])
        present = {c.actor for c in entries}
        columns = tuple(a for a in actors if a in present)
        if columns:
            sections.append(TopicSection(topic, columns, build_rows(entries, columns, grouping, links)))
    return tuple(sections)


def _count_cell(stance_keys: Counter[str | None], stances: Sequence[StanceStyle]) -> tuple[StanceCount, ...]:
    counts = [StanceCount(s, stance_keys[s.key]) for s in stances]
    known = {s.key for s in stances}
    unset = sum(n for k, n in stance_keys.items() if k not in known)
    if unset:
        counts.append(StanceCount(None, unset))
    return tuple(sc for sc in counts if sc.count)


def build_overview(
    claims: Sequence[ClaimEntry],
    topics: Sequence[TopicStyle],
    actors: Sequence[str],
    stances: Sequence[StanceStyle],
) -> OverviewTable:
    """Stance counts per actor and topic, counted in one pass over the claims."""
    counted: dict[tuple[str, str], Counter[str | None]] = defaultdict(Counter)
    for c in claims:
        counted[(c.actor, c.topic.key)][c.stance.key if c.stance else None] += 1
    cells = tuple(
        tuple(_count_cell(counted.get((actor, topic.key), Counter()), stances) for topic in topics)
        for actor in actors
    )
    return OverviewTable(actors=tuple(actors), columns=tuple(topics), cells=cells)


def build_memo_plan(
    meta: MemoMeta,
    claims: Sequence[ClaimEntry],
    *,
    topics: Sequence[TopicStyle] | None = None,
    actors: Sequence[str] | None = None,
    stances: Sequence[StanceStyle] | None = None,
    annex: Annex | None = None,
    grouping: Grouping = DEFAULT_GROUPING,
    links: Sequence[UnitLink] = (),
    toc: bool = False,
) -> MemoPlan:
    """A comparison memo over ``claims``; topic and actor order as given, else first appearance.

    ``grouping`` says which claims of different actors share a row (``links`` are the aligned
    units ``question`` grouping uses); ``toc`` adds a table of contents.
    """
    topic_list = list(topics) if topics is not None else _unique(c.topic for c in claims)
    actor_list = list(actors) if actors is not None else _unique(c.actor for c in claims)
    stance_list = list(stances) if stances is not None else list(default_stances(meta.language))
    topic_keys = {t.key for t in topic_list}
    actor_set = set(actor_list)
    selected = [c for c in claims if c.actor in actor_set and c.topic.key in topic_keys]
    return MemoPlan(
        meta=meta,
        legend=Legend(tuple(topic_list), tuple(stance_list)),
        overview=build_overview(selected, topic_list, actor_list, stance_list),
        sections=build_sections(selected, topic_list, actor_list, grouping, links),
        annex=annex,
        grouping=grouping,
        toc=toc,
    )


_UNIT_KINDS_WITH_HEADINGS = (UnitKind.QUESTION, UnitKind.ANSWER, UnitKind.SECTION, UnitKind.NOTICE)


def citation_from_parsed(
    parsed: ParsedDocument, *, title: str | None = None, offset: int | None = None
) -> Citation:
    """A citation from a parsed document's metadata, with the unit (and page) at ``offset``."""
    unit = parsed.unit_at(offset) if offset is not None else None
    aanhangsel = None
    if parsed.aanhangsel_number:
        year = f"{parsed.vergaderjaar}, " if parsed.vergaderjaar else ""
        aanhangsel = f"{year}nr. {parsed.aanhangsel_number}"
    return Citation(
        document_title=title or display_title(parsed),
        kenmerk=parsed.kenmerk,
        aanhangsel=aanhangsel,
        unit_label=unit.label if unit is not None and unit.kind is not UnitKind.PREAMBLE else None,
        date=parsed.date_received or parsed.date_submitted,
        identifier=parsed.identifier,
        page=parsed.page_at(offset) if offset is not None and parsed.pages else None,
    )


def source_notes(parsed: ParsedDocument) -> tuple[SourceNote, ...]:
    """The document's footnotes whose markers stand in its text, in text order, not overlapping."""
    notes: list[SourceNote] = []
    for note in sorted((n for n in parsed.footnotes if n.anchor is not None), key=lambda n: n.anchor or 0):
        start = note.anchor or 0
        end = start + len(note.marker)
        if parsed.text[start:end] != note.marker or (notes and start < notes[-1].end):
            continue
        notes.append(SourceNote(note.marker, note.text, start, end))
    return tuple(notes)


def unit_headings(parsed: ParsedDocument) -> tuple[UnitHeading, ...]:
    return tuple(
        UnitHeading(u.label, u.start, u.end) for u in parsed.units if u.kind in _UNIT_KINDS_WITH_HEADINGS
    )


def build_annotated_plan(
    meta: MemoMeta,
    citation: Citation,
    text: str,
    spans: Sequence[ClaimSpan],
    *,
    units: Sequence[UnitHeading] = (),
    stances: Sequence[StanceStyle] | None = None,
    document_missing: bool = False,
    notes: Sequence[SourceNote] = (),
) -> AnnotatedDocumentPlan:
    """One document with its claims, in text order; the legend lists the topics used."""
    ordered = tuple(sorted(spans, key=lambda s: (s.start, -s.end, s.claim_id)))
    stance_list = tuple(stances) if stances is not None else default_stances(meta.language)
    return AnnotatedDocumentPlan(
        meta=meta,
        legend=Legend(tuple(_unique(s.topic for s in ordered)), stance_list),
        citation=citation,
        text=text,
        spans=ordered,
        units=tuple(units),
        document_missing=document_missing,
        notes=tuple(notes),
    )
