"""What the exchange tests compare: a claim's travelling fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from naast.store.claims import list_claims
from naast.store.project import Project

FIXTURES = Path(__file__).parent / "fixtures"
REFI = Path(__file__).resolve().parents[2] / ".." / "shared" / "refi-qda"


def schema(name: str):
    path = (REFI / name).resolve()
    if not path.is_file():
        pytest.skip(f"the REFI-QDA schema {name} is not at {path}")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(path))


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
