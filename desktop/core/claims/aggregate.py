"""Across ministers: who took which stance on what, as pure aggregation over claim facts.

The store turns claims into :class:`Fact` rows (one per claim and column: a claim with two topics
counts under both); :func:`build_matrix` groups them into actor × column → stance → claim ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: Keys may be None: a claim without a claimant, topic, proposition or stance.
ActorKey = int | None
ColumnKey = int | None
StanceKey = int | None


@dataclass(frozen=True, slots=True)
class Fact:
    claim_id: int
    actor_id: ActorKey
    column_id: ColumnKey  # a topic id or a proposition id
    stance_id: StanceKey
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Matrix:
    actors: tuple[ActorKey, ...]
    columns: tuple[ColumnKey, ...]
    stances: tuple[StanceKey, ...]
    cells: Mapping[tuple[ActorKey, ColumnKey], Mapping[StanceKey, tuple[int, ...]]]

    def claims(self, actor: ActorKey, column: ColumnKey, stance: StanceKey | None = None) -> tuple[int, ...]:
        """Claim ids in a cell; all stances when ``stance`` is None."""
        cell = self.cells.get((actor, column), {})
        if stance is not None:
            return cell.get(stance, ())
        return tuple(sorted(c for ids in cell.values() for c in ids))

    def count(self, actor: ActorKey, column: ColumnKey, stance: StanceKey) -> int:
        return len(self.cells.get((actor, column), {}).get(stance, ()))

    def stance_counts(self, actor: ActorKey, column: ColumnKey) -> dict[StanceKey, int]:
        return {s: len(ids) for s, ids in self.cells.get((actor, column), {}).items()}

    def totals(self) -> dict[tuple[ActorKey, ColumnKey], int]:
        return {key: sum(len(ids) for ids in cell.values()) for key, cell in self.cells.items()}


def build_matrix(facts: Iterable[Fact], stance_order: Sequence[StanceKey] = ()) -> Matrix:
    """Group facts by (actor, column) and stance; each claim counted once per cell."""
    cells: dict[tuple[ActorKey, ColumnKey], dict[StanceKey, set[int]]] = {}
    actors: dict[ActorKey, None] = {}
    columns: dict[ColumnKey, None] = {}
    seen_stances: dict[StanceKey, None] = {}
    for fact in facts:
        actors.setdefault(fact.actor_id)
        columns.setdefault(fact.column_id)
        seen_stances.setdefault(fact.stance_id)
        cell = cells.setdefault((fact.actor_id, fact.column_id), {})
        cell.setdefault(fact.stance_id, set()).add(fact.claim_id)
    stances = [s for s in stance_order if s in seen_stances]
    stances += [s for s in seen_stances if s not in stances]
    frozen = {key: {s: tuple(sorted(ids)) for s, ids in cell.items()} for key, cell in cells.items()}
    return Matrix(tuple(actors), tuple(columns), tuple(stances), frozen)


def roll_up(facts: Iterable[Fact], parents: Mapping[int, int | None]) -> list[Fact]:
    """Move each topic column up to its top-level topic (``parents``: topic id -> parent id)."""
    rolled: list[Fact] = []
    for fact in facts:
        column = fact.column_id
        seen: set[int] = set()
        while column is not None and parents.get(column) is not None and column not in seen:
            seen.add(column)
            column = parents[column]
        rolled.append(Fact(fact.claim_id, fact.actor_id, column, fact.stance_id, fact.date))
    return rolled


def in_date_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """ISO dates compare as text; an undated claim is only in an open range."""
    if date is None:
        return date_from is None and date_to is None
    return (date_from is None or date >= date_from) and (date_to is None or date <= date_to)
