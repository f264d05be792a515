"""Intercoder agreement of a project's claims: where claims are (αu) and what they say (α per field).

- **Units**: Krippendorff's αu with one category, "a claim", over the characters of each document's
  units (the text outside units, such as a letterhead, is left out), the documents laid end to end.
  A coder's overlapping claims count as one stretch of claimed text.
- **Fields**, on the claims matched by overlap (``matching``): nominal α for each topic (present or
  absent), pooled over the topics as well; for the stance, nominal α and, when an order of the
  stances is given, ordinal α; for the claimant, nominal α. Percent agreement and the number of
  units beside each α. A claim without a stance (or claimant) gives no value: missing, not a category.
- The same by document and by topic (αu of the claims with that topic, and the topic's α).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from naast.core.team.matching import CodedClaim, Group, match_claims
from naast.core.team.reliability import Figure, measure
from naast.core.team.unitizing import Span, merge_overlapping, unitizing_alpha


@dataclass(frozen=True, slots=True)
class Continuum:
    """The text of one document that agreement is measured over: its units' spans."""

    document_id: int
    title: str
    spans: tuple[Span, ...]

    def length(self) -> int:
        return sum(b - a for a, b in self.spans)

    def project(self, start: int, end: int) -> Span:
        """``start``-``end`` in the coordinates of the units laid end to end (empty if outside)."""
        return self._position(start), self._position(end)

    def _position(self, offset: int) -> int:
        before = 0
        for a, b in self.spans:
            if offset <= a:
                return before
            if offset < b:
                return before + offset - a
            before += b - a
        return before


@dataclass(slots=True)
class Notes:
    lines: list[str] = field(default_factory=list)

    def add(self, where: str, figure: str, note: str | None) -> None:
        if note is not None:
            line = f"{where}: {figure}: {note}"
            if line not in self.lines:
                self.lines.append(line)


def unitizing(
    claims: Sequence[CodedClaim], continua: Sequence[Continuum], coders: Sequence[str]
) -> tuple[float | None, str | None]:
    """αu of where ``coders`` put ``claims`` over ``continua`` laid end to end."""
    if len(coders) < 2:
        return None, "agreement needs two coders"
    offset, per_coder = 0, {c: [] for c in coders}
    claims_in: dict[int, list[CodedClaim]] = {}
    for claim in claims:
        claims_in.setdefault(claim.document_id, []).append(claim)
    for continuum in continua:
        for claim in claims_in.get(continuum.document_id, []):
            if claim.coder in per_coder:
                a, b = continuum.project(claim.start, claim.end)
                if b > a:
                    per_coder[claim.coder].append((offset + a, offset + b))
        offset += continuum.length()
    if offset == 0:
        return None, "there is no text to measure over"
    codings = [merge_overlapping(per_coder[c]) for c in coders]
    alpha, _ = unitizing_alpha(0, offset, {"claim": codings})
    return alpha, None if alpha is not None else "no coder marked any claim"


def _rows(
    groups: Sequence[dict[str, CodedClaim]], coders: Sequence[str], value: Any
) -> list[list[Hashable | None]]:
    """Reliability data: a row per coder, a column per group (each group as coder → claim)."""
    rows: list[list[Hashable | None]] = []
    for coder in coders:
        row: list[Hashable | None] = []
        for g in groups:
            claim = g.get(coder)
            row.append(None if claim is None else value(claim))
        rows.append(row)
    return rows


def by_coder(groups: Sequence[Group]) -> list[dict[str, CodedClaim]]:
    """The matched groups, each as coder → claim."""
    return [{c.coder: c for c in g.claims} for g in groups if g.matched]


def topic_figure(groups: Sequence[dict[str, CodedClaim]], coders: Sequence[str], topic: str) -> Figure:
    return measure(_rows(groups, coders, lambda c: topic in c.topics))


def fields(
    groups: Sequence[Group],
    coders: Sequence[str],
    stance_order: Sequence[str],
    where: str,
    notes: Notes,
    *,
    per_topic: bool = True,
) -> dict[str, Any]:
    matched = by_coder(groups)
    topics = sorted({t for g in matched for c in g.values() for t in c.topics})
    pooled_rows: list[list[Hashable | None]] = [[] for _ in coders]
    for topic in topics:
        for row, extra in zip(
            pooled_rows, _rows(matched, coders, lambda c, t=topic: t in c.topics), strict=True
        ):
            row.extend(extra)
    stance = measure(_rows(matched, coders, lambda c: c.stance))
    out: dict[str, Any] = {"stance": stance.to_json()}
    notes.add(where, "stance", stance.note)
    if stance_order:
        ordinal = measure(_rows(matched, coders, lambda c: c.stance), "ordinal", stance_order)
        out["stance"]["ordinal_alpha"] = ordinal.alpha
        notes.add(where, "ordinal stance", ordinal.note)
    else:
        out["stance"]["ordinal_alpha"] = None
        notes.add(where, "ordinal stance", "no order of the stances was given (--stance-order)")
    topic = measure(pooled_rows) if topics else Figure(None, None, 0, "no matched claim has a topic")
    notes.add(where, "topic", topic.note)
    by_topic = []
    for t in topics if per_topic else ():
        figure = topic_figure(matched, coders, t)
        notes.add(where, f"topic {t}", figure.note)
        by_topic.append({"topic": t} | figure.to_json())
    out["topic"] = topic.to_json() | ({"by_topic": by_topic} if per_topic else {})
    claimant = measure(_rows(matched, coders, lambda c: c.claimant))
    notes.add(where, "claimant", claimant.note)
    out["claimant"] = claimant.to_json()
    return out


def _block(
    claims: Sequence[CodedClaim],
    groups: Sequence[Group],
    continua: Sequence[Continuum],
    coders: Sequence[str],
    stance_order: Sequence[str],
    where: str,
    notes: Notes,
    *,
    per_topic: bool = True,
) -> dict[str, Any]:
    alpha, note = unitizing(claims, continua, coders)
    notes.add(where, "units", note)
    units = {
        "alpha": alpha,
        "matched": sum(1 for g in groups if g.matched),
        "only_one": sum(1 for g in groups if not g.matched),
    }
    return {"units": units, "fields": fields(groups, coders, stance_order, where, notes, per_topic=per_topic)}


def agreement_report(
    claims: Sequence[CodedClaim],
    continua: Sequence[Continuum],
    coders: Sequence[str],
    stance_order: Sequence[str] = (),
    *,
    detail: bool = True,
) -> dict[str, Any]:
    """The figures of ``naast agreement --json`` (see the module's docstring); without ``detail``
    only the project's figures (the GUI's, refreshed after every change)."""
    notes = Notes()
    chosen = [c for c in claims if c.coder in set(coders)]
    groups = match_claims(chosen, coders)
    report: dict[str, Any] = {"coders": list(coders)}
    report |= _block(chosen, groups, continua, coders, stance_order, "project", notes, per_topic=detail)
    report["by_document"], report["by_topic"], report["notes"] = [], [], notes.lines
    if detail:
        _details(report, chosen, groups, continua, coders, stance_order, notes)
    return report


def _details(
    report: dict[str, Any],
    chosen: Sequence[CodedClaim],
    groups: Sequence[Group],
    continua: Sequence[Continuum],
    coders: Sequence[str],
    stance_order: Sequence[str],
    notes: Notes,
) -> None:
    """The figures by document and by topic."""
    claims_in: dict[int, list[CodedClaim]] = {}
    for claim in chosen:
        claims_in.setdefault(claim.document_id, []).append(claim)
    groups_in: dict[int, list[Group]] = {}
    for group in groups:
        groups_in.setdefault(group.document_id, []).append(group)
    for continuum in continua:
        key = continuum.document_id
        block = _block(
            claims_in.get(key, []),
            groups_in.get(key, []),
            [continuum],
            coders,
            stance_order,
            continuum.title,
            notes,
            per_topic=False,
        )
        report["by_document"].append({"document": continuum.document_id, "title": continuum.title} | block)
    figures = {f["topic"]: f for f in report["fields"]["topic"]["by_topic"]}
    empty = {"alpha": None, "percent": None, "n": 0}
    for topic in sorted({t for c in chosen for t in c.topics}):
        mine = [c for c in chosen if topic in c.topics]
        alpha, note = unitizing(mine, continua, coders)
        notes.add(topic, "units", note)
        figure = {k: v for k, v in figures.get(topic, empty).items() if k != "topic"}
        report["by_topic"].append({"topic": topic, "units": {"alpha": alpha}} | figure)


def agreement_rows(report: dict[str, Any]) -> list[list[str]]:
    """The report as a plain table (a memo appendix, the CLI's text output): figure, α, %, n."""

    def number(value: float | None, digits: int = 3) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    def lines(label: str, block: dict[str, Any]) -> list[list[str]]:
        units, f = block["units"], block["fields"]
        return [
            [
                label,
                "units (αu)",
                number(units["alpha"]),
                "",
                f"{units['matched']} matched, {units['only_one']} single",
            ],
            [
                label,
                "stance",
                number(f["stance"]["alpha"]),
                number(f["stance"]["percent"], 1),
                str(f["stance"]["n"]),
            ],
            [label, "stance (ordinal)", number(f["stance"]["ordinal_alpha"]), "", str(f["stance"]["n"])],
            [
                label,
                "topics",
                number(f["topic"]["alpha"]),
                number(f["topic"]["percent"], 1),
                str(f["topic"]["n"]),
            ],
            [
                label,
                "claimant",
                number(f["claimant"]["alpha"]),
                number(f["claimant"]["percent"], 1),
                str(f["claimant"]["n"]),
            ],
        ]

    rows = [["scope", "figure", "α", "% agreement", "units"], *lines("project", report)]
    for block in report["by_document"]:
        title = block["title"]
        rows.extend(lines(title if len(title) <= 40 else title[:39] + "…", block))
    return rows
