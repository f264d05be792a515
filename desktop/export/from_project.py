"""Export plans built from a project, through the store's read API only (no SQL here).

A ``Selection`` names topics, actors and documents the way a user types them (code or label,
name, kenmerk or title); empty means "all". Topics include their subtopics: a claim tagged with
a subtopic of a selected topic is shown under the selected topic.
"""

from __future__ import annotations

import getpass
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from naast.core.claims.bulk import key
from naast.core.claims.codebook import SHAPES
from naast.core.compare import compare_parsed
from naast.core.errors import NotFound
from naast.core.model import ParsedDocument
from naast.export.aligned import aligned_units
from naast.export.annex_build import build_annex
from naast.export.appendix_source import appendices
from naast.export.build import (
    build_annotated_plan,
    build_memo_plan,
    citation_from_parsed,
    source_notes,
    unit_headings,
)
from naast.export.citation import shorten
from naast.export.labels import label
from naast.export.plan import (
    DEFAULT_GROUPING,
    Annex,
    AnnotatedDocumentPlan,
    Citation,
    ClaimEntry,
    ClaimSpan,
    Grouping,
    Language,
    MemoMeta,
    MemoPlan,
    StanceStyle,
    TopicStyle,
)
from naast.store.claims import ClaimRecord, StanceRef, TopicRef, list_claims, list_propositions
from naast.store.codebook import TopicNode, list_stances, lookups, topic_tree
from naast.store.documents import find_document, load_document
from naast.store.project import Project

NO_TOPIC_COLOUR = "#EEEEEE"
PROPOSITION_COLOURS = ("#FFE08A", "#CFE2FF", "#BDE7C9", "#F9C8D5", "#E3D0F5", "#FFD8B0", "#D9F2F2")


@dataclass(frozen=True, slots=True)
class Selection:
    topics: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    annex: tuple[str, str] | None = None  # two documents to compare in the annex
    language: Language = "en"
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO; today when None
    by: Literal["topic", "proposition"] = "topic"  # what the memo's sections and columns are
    group: Grouping = DEFAULT_GROUPING  # which claims of different actors share a row
    toc: bool = False  # a table of contents after the title block
    agreement: bool = False  # an appendix with the intercoder agreement table
    coders: tuple[str, ...] = ()  # the coders it compares (default: all but consensus)
    responsiveness: str | None = None  # an appendix of how they answer, grouped by this


@dataclass
class _Context:
    """What the builders share: styles, the selected topic of each topic id, parsed documents."""

    project: Project
    language: Language
    topics: dict[int, TopicStyle]
    shown_topic: dict[int, int]  # tagged topic id -> the (selected) topic it is shown under
    stances: dict[int, StanceStyle]
    parsed: dict[int, ParsedDocument]
    topic_filter: bool  # topics were selected: claims without one of them are left out

    def document(self, document_id: int) -> ParsedDocument:
        if document_id not in self.parsed:
            self.parsed[document_id] = load_document(self.project, document_id).parsed
        return self.parsed[document_id]


def topic_style(ref: TopicRef | TopicNode, language: Language) -> TopicStyle:
    return TopicStyle(str(ref.id), ref.label_nl if language == "nl" else ref.label_en, ref.colour)


def stance_style(ref: StanceRef, language: Language) -> StanceStyle:
    glyph = SHAPES.get(ref.shape, "●")
    return StanceStyle(ref.code, ref.label_nl if language == "nl" else ref.label_en, ref.colour, glyph)


def _resolve(names: tuple[str, ...], table: dict[str, int], what: str) -> list[int]:
    found = []
    for name in names:
        if key(name) not in table:
            raise NotFound(f"There is no {what} {name!r} in this project.")
        found.append(table[key(name)])
    return list(dict.fromkeys(found))


def _context(project: Project, selection: Selection) -> tuple[_Context, list[int]]:
    """The shared context and the ordered topic ids the memo has sections for."""
    nodes = [n for root in topic_tree(project) for n in root.walk()]
    selected = _resolve(selection.topics, dict(lookups(project).topics), "topic")
    shown = {n.id: n.id for n in nodes}
    if selected:
        shown = {}
        by_id = {n.id: n for n in nodes}
        for topic_id in selected:
            shown.update({n.id: topic_id for n in by_id[topic_id].walk() if n.id not in shown})
    stances = {ref.id: stance_style(ref, selection.language) for ref, _count in list_stances(project)}
    topics = {n.id: topic_style(n, selection.language) for n in nodes}
    order = selected or [n.id for n in nodes]
    ctx = _Context(project, selection.language, topics, shown, stances, {}, bool(selected))
    return ctx, order


def _citation(ctx: _Context, record: ClaimRecord) -> Citation:
    if record.document_id is None:
        return Citation(
            document_title=record.document_title or "?",
            kenmerk=record.kenmerk,
            aanhangsel=f"nr. {record.aanhangsel_number}" if record.aanhangsel_number else None,
            unit_label=record.unit_label,
            date=record.date,
        )
    parsed = ctx.document(record.document_id)
    return citation_from_parsed(parsed, title=record.document_title, offset=record.start)


def _no_topic(language: Language) -> TopicStyle:
    return TopicStyle("", label("no_topic", language), NO_TOPIC_COLOUR)


def _entries(ctx: _Context, record: ClaimRecord, citation: Citation) -> list[ClaimEntry]:
    """One entry per topic the claim is shown under (at least one)."""
    shown_ids = list(dict.fromkeys(ctx.shown_topic[t.id] for t in record.topics if t.id in ctx.shown_topic))
    all_topics = tuple(topic_style(t, ctx.language) for t in record.topics)
    shown = [ctx.topics[i] for i in shown_ids]
    if not shown and not ctx.topic_filter:
        shown = [_no_topic(ctx.language)]
    stance = ctx.stances.get(record.stance.id) if record.stance else None
    return [
        ClaimEntry(
            claim_id=str(record.id),
            quote=record.quote,
            actor=record.claimant or label("unknown_actor", ctx.language),
            topic=topic,
            stance=stance,
            citation=citation,
            date=record.date,
            note=record.note or None,
            coder=record.coder or None,
            document_id=str(record.document_id) if record.document_id is not None else None,
            start=record.start,
            end=record.end,
            document_missing=record.document_id is None,
            topics=all_topics,
            addressee=record.addressee,
            proposition=record.proposition,
            noted=record.modified or None,
            uid=record.uid,
            status=record.status,
            previous_quote=record.previous_quote,
            created=record.created,
            modified=record.modified,
            source_name=ctx.document(record.document_id).source_name if record.document_id else None,
        )
        for topic in shown
    ]


def _selected_records(project: Project, selection: Selection) -> list[ClaimRecord]:
    names = lookups(project)
    actor_ids = set(_resolve(selection.actors, dict(names.actors), "actor"))
    document_ids = {find_document(project, d) for d in selection.documents}
    return [
        r
        for r in list_claims(project)
        if (not actor_ids or r.claimant_id in actor_ids)
        and (not document_ids or r.document_id in document_ids)
    ]


def claim_entries(project: Project, selection: Selection) -> list[ClaimEntry]:
    """The selected claims, one entry per topic they are shown under, in date order."""
    ctx, _order = _context(project, selection)
    entries = []
    for record in _selected_records(project, selection):
        entries += _entries(ctx, record, _citation(ctx, record))
    return sorted(entries, key=lambda e: (e.date or "9999", e.actor, int(e.claim_id)))


def claim_rows(project: Project, selection: Selection) -> list[ClaimEntry]:
    """One entry per claim (its first shown topic), for CSV and JSON."""
    seen: dict[str, ClaimEntry] = {}
    for entry in claim_entries(project, selection):
        seen.setdefault(entry.claim_id, entry)
    return list(seen.values())


def getpass_user() -> str:
    """The login name, the author of last resort (no coder named, no claims coded)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _meta(
    project: Project, selection: Selection, coders: list[str | None], default_title: str | None = None
) -> MemoMeta:
    """The memo's metadata; the author is the exporting coder, else the coder of most claims."""
    common = Counter(c for c in coders if c).most_common(1)
    title = default_title or f"{project.path.stem}: {label('memo_title', selection.language)}"
    return MemoMeta(
        title=selection.title or title,
        author=(selection.author or "").strip() or (common[0][0] if common else "") or getpass_user(),
        date=selection.date or date.today().isoformat(),
        project=project.path.stem,
        language=selection.language,
    )


def memo_plan_from_project(project: Project, selection: Selection) -> MemoPlan:
    """The comparison memo of the selection (all claims when nothing is selected)."""
    ctx, order = _context(project, selection)
    entries = claim_entries(project, selection)
    topics = [ctx.topics[i] for i in order if any(e.topic.key == str(i) for e in entries)]
    if any(e.topic.key == "" for e in entries):
        topics.append(_no_topic(selection.language))
    if selection.by == "proposition":
        entries, topics = _by_proposition(project, entries)
    annex = _annex(project, selection.annex) if selection.annex else None
    extra = appendices(
        project,
        selection.language,
        agreement=selection.agreement,
        coders=selection.coders,
        responsiveness=selection.responsiveness,
        topics=selection.topics,
        documents=selection.documents,
    )
    meta = _meta(project, selection, [e.coder for e in entries])
    stances = list(ctx.stances.values())
    grouping = selection.group
    if selection.by == "proposition" and grouping == "proposition":
        grouping = "none"  # each section is one proposition: one row of all its claims says nothing
    links = aligned_units(ctx.document, entries) if grouping == "question" else ()
    plan = build_memo_plan(
        meta,
        entries,
        topics=topics,
        stances=stances,
        annex=annex,
        grouping=grouping,
        links=links,
        toc=selection.toc,
    )
    return replace(plan, appendices=extra)


def _by_proposition(project: Project, entries: list[ClaimEntry]) -> tuple[list[ClaimEntry], list[TopicStyle]]:
    """Each claim once, under its proposition; claims without a proposition are left out."""
    styles = {
        p.text: TopicStyle(f"p{p.id}", p.text, PROPOSITION_COLOURS[i % len(PROPOSITION_COLOURS)], dutch=True)
        for i, p in enumerate(list_propositions(project))
    }
    seen: dict[str, ClaimEntry] = {}
    for entry in entries:
        if entry.proposition in styles and entry.claim_id not in seen:
            seen[entry.claim_id] = replace(entry, topic=styles[entry.proposition])
    used = {e.topic.key for e in seen.values()}
    return list(seen.values()), [t for t in styles.values() if t.key in used]


def _annex(project: Project, pair: tuple[str, str]) -> Annex:
    ids = [find_document(project, name) for name in pair]
    docs = [load_document(project, i).parsed for i in ids]
    comparison = compare_parsed(docs[0], docs[1])
    left, right = (citation_from_parsed(d) for d in docs)
    return build_annex(comparison, docs[0].text, docs[1].text, left, right)


def annotated_plan_from_project(
    project: Project, document: str, selection: Selection
) -> AnnotatedDocumentPlan:
    """One document with all its claims (topic and actor selections narrow them)."""
    document_id = find_document(project, document)
    ctx, _order = _context(project, selection)
    parsed = ctx.document(document_id)
    scoped = Selection(topics=selection.topics, actors=selection.actors, documents=(str(document_id),))
    spans = []
    coders = []
    for record in _selected_records(project, scoped):
        entries = _entries(ctx, record, Citation(""))
        if not entries:
            continue
        first = entries[0]
        spans.append(
            ClaimSpan(
                first.claim_id,
                record.start,
                record.end,
                first.topic,
                first.stance,
                first.note,
                first.coder,
                first.noted,
            )
        )
        coders.append(record.coder)
    citation = citation_from_parsed(parsed)
    meta = _meta(project, selection, coders, default_title=shorten(citation.document_title, 120))
    stances = list(ctx.stances.values())
    return build_annotated_plan(
        meta,
        citation,
        parsed.text,
        spans,
        units=unit_headings(parsed),
        stances=stances,
        notes=source_notes(parsed),
    )
