"""CSV and JSON exports of the scripted coding, read back with the standard library."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

from naast.export.plan import ClaimEntry
from naast.export.tabular import CSV_COLUMNS, write_csv, write_json


def test_csv_has_a_bom_every_claim_and_all_fields(tmp_path: Path, claims: list[ClaimEntry]) -> None:
    claims = [*claims, replace(claims[0], claim_id="x", quote="ctrl\x01 ë", document_missing=True)]
    path = write_csv(claims, tmp_path / "claims.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["claim_id"] for r in rows] == [c.claim_id for c in claims]
    for row, claim in zip(rows, claims, strict=True):
        assert row["claimant"] == claim.actor
        assert row["topics"] == "; ".join(t.label for t in claim.topics)
        assert row["stance"] == (claim.stance.label if claim.stance else "")
        assert row["note"] == (claim.note or "")
        assert row["unit"] == (claim.citation.unit_label or "")
        assert row["kenmerk"] == (claim.citation.kenmerk or "")
        assert row["start"] == str(claim.start)
    assert rows[-1]["quote"] == "ctrl ë"


def test_json_is_the_claims_table(tmp_path: Path, claims: list[ClaimEntry]) -> None:
    reports: list[int] = []
    path = write_json(claims, tmp_path / "claims.json", progress=lambda d, t: reports.append(d))
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert len(rows) == len(claims) == reports[-1]
    assert all(tuple(row) == CSV_COLUMNS for row in rows)
    first, claim = rows[0], claims[0]
    assert first["quote"] == claim.quote
    assert first["topics"] == [t.label for t in claim.topics]
    assert first["stance"] == claim.stance.label
    assert first["kenmerk"] == claim.citation.kenmerk
    assert first["start"] == claim.start and isinstance(first["start"], int)
    assert first["previous_quote"] is None
    with write_csv(claims, tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as handle:
        sheet = list(csv.DictReader(handle))
    for row, cells in zip(rows, sheet, strict=True):  # one layout: the CSV's cells are the JSON's values
        as_text = {k: "; ".join(v) if k == "topics" else "" if v is None else str(v) for k, v in row.items()}
        assert as_text == cells
