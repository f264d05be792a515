"""What the exchange tests compare: a claim's travelling fields."""

from __future__ import annotations

from pathlib import Path

from desktop.store.claims import list_claims
from desktop.store.project import Project


def claim_facts(path: Path) -> list[tuple]:
    """Every claim as (uid, quote, start, end, topics, stance, note, coder, created, modified, ...)."""
    with Project.open(path, read_only=True) as project:
        return sorted(
            (
                c.uid,
                c.quote,
                c.start,
                c.end,
                tuple(t.code or t.label_en for t in c.topics),
                c.stance.code if c.stance else None,
                c.note,
                c.coder,
                c.created,
                c.modified,
                c.claimant,
                c.proposition,
            )
            for c in list_claims(project)
        )
