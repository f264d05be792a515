"""Builders that turn a flat list of claims into a ``MemoPlan``: grouping, ordering, counting."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

from desktop.core.model import ParsedDocument, UnitKind
from desktop.core.titles import display_title
from desktop.export.labels import default_stances
from desktop.export.plan import (
    ActorColumn,
    Annex,
    AnnotatedDocumentPlan,
    Citation,
    ClaimEntry,
    ClaimSpan,
    Legend,
    MemoMeta,
    MemoPlan,
    OverviewTable,
    StanceCount,
    StanceStyle,
    TopicSection,
    TopicStyle,
    UnitHeading,
)

T = TypeVar("T", bound=Hashable)


def _unique(items: Iterable[T]) -> list[T]:
    seen: dict[T, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _claim_order(entry: ClaimEntry) -> tuple[str, str, str]:
    return (entry.date or entry.citation.date or "9999", entry.citation.document_title, entry.claim_id)


def build_sections(
    claims: Sequence[ClaimEntry], topics: Sequence[TopicStyle], actors: Sequence[str]
) -> tuple[TopicSection, ...]:
    """One section per topic that has claims; one column per actor with claims on that topic."""
    sections = []
    for topic in topics:
        on_topic = [c for c in claims if c.topic.key == topic.key]
        columns = tuple(
            ActorColumn(actor, tuple(sorted((c for c in on_topic if c.actor == actor), key=_claim_order)))
            for actor in actors
            if any(c.actor == actor for c in on_topic)
        )
        if columns:
            sections.append(TopicSection(topic, columns))
    return tuple(sections)


def _count_cell(claims: Sequence[ClaimEntry], stances: Sequence[StanceStyle]) -> tuple[StanceCount, ...]:
    counts = [StanceCount(s, sum(1 for c in claims if c.stance and c.stance.key == s.key)) for s in stances]
    known = {s.key for s in stances}
    unset = sum(1 for c in claims if c.stance is None or c.stance.key not in known)
    if unset:
        counts.append(StanceCount(None, unset))
    return tuple(sc for sc in counts if sc.count)


def build_overview(
    claims: Sequence[ClaimEntry],
    topics: Sequence[TopicStyle],
    actors: Sequence[str],
    stances: Sequence[StanceStyle],
) -> OverviewTable:
    cells = tuple(
        tuple(
            _count_cell([c for c in claims if c.actor == actor and c.topic.key == topic.key], stances)
            for topic in topics
        )
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
) -> MemoPlan:
    """A comparison memo over ``claims``; topic and actor order as given, else first appearance."""
    topic_list = list(topics) if topics is not None else _unique(c.topic for c in claims)
    actor_list = list(actors) if actors is not None else _unique(c.actor for c in claims)
    stance_list = list(stances) if stances is not None else list(default_stances(meta.language))
    topic_keys = {t.key for t in topic_list}
    selected = [c for c in claims if c.actor in actor_list and c.topic.key in topic_keys]
    return MemoPlan(
        meta=meta,
        legend=Legend(tuple(topic_list), tuple(stance_list)),
        overview=build_overview(selected, topic_list, actor_list, stance_list),
        sections=build_sections(selected, topic_list, actor_list),
        annex=annex,
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
    )
