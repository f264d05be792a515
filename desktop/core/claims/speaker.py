"""Who speaks in a unit of a document: the one rule for a claim's default claimant.

- In a question: the asker(s) of the document, or nobody when the document names none. Never a
  guess: the answering minister did not ask the question.
- In an answer, a notice, a section of a letter: the document's office holder (who answered, or
  who signed the letter).
- In the text around them (preamble, closing): the document's author by its type — the askers of
  a "questions" document, the office holder of any other.

The rule works on relation names of ``document_actors`` so that the store (claims, the claimant
check) and the GUI (the popup's "Claimant:" line, from a parsed document) give the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from naast.core.commands import ProjectView

ASKER = ("asker",)
OFFICE_HOLDER = ("answered_by", "signatory")


def speaking_relations(doc_type: str | None, unit_kind: str | None) -> tuple[str, ...]:
    """The ``document_actors`` relations whose actors speak in a unit of this kind."""
    if unit_kind == "question":
        return ASKER
    if unit_kind in ("answer", "notice", "section"):
        return OFFICE_HOLDER
    return ASKER if doc_type == "questions" else OFFICE_HOLDER


def speakers(links: Iterable[Mapping[str, Any]], relations: Sequence[str]) -> list[int]:
    """The actor ids of ``links`` (document_actors rows) in these relations, by ordinal."""
    chosen = [r for r in links if r["relation"] in relations]
    ordered = sorted(chosen, key=lambda r: (relations.index(r["relation"]), r["ordinal"]))
    return list(dict.fromkeys(int(r["actor_id"]) for r in ordered))


def unit_kind_at(units: Iterable[Mapping[str, Any]], offset: int) -> str | None:
    """The kind of the unit (units rows) that holds ``offset``."""
    return next((str(u["kind"]) for u in units if u["start"] <= offset < u["end"]), None)


def expected_speakers(view: ProjectView, document_id: int, offset: int) -> list[int]:
    """Every actor who may be a claim's claimant at ``offset`` (several askers: each of them)."""
    doc = view.get("documents", {"id": document_id})
    kind = unit_kind_at(view.rows("units", {"document_id": document_id}), offset)
    relations = speaking_relations(doc["doc_type"] if doc else None, kind)
    return speakers(view.rows("document_actors", {"document_id": document_id}), relations)


def default_claimant(view: ProjectView, document_id: int, offset: int) -> int | None:
    """The speaker of the unit at ``offset`` (the first asker where several asked); None when the
    document does not name the one who speaks there."""
    found = expected_speakers(view, document_id, offset)
    return found[0] if found else None


def speaker_names(
    doc_type: str, unit_kind: str | None, askers: Sequence[str], office_holder: str | None
) -> list[str]:
    """The same rule on a parsed document's names (for showing who a new claim will be by)."""
    if speaking_relations(doc_type, unit_kind) == ASKER:
        return list(askers)
    return [office_holder] if office_holder else []
