"""CSV and JSON exports of the scripted coding, read back with the standard library."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

from desktop.export.plan import ClaimEntry, MemoMeta
from desktop.export.tabular import CSV_COLUMNS, write_csv, write_json


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


def test_json_round_trips_every_field(tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]) -> None:
    reports: list[int] = []
    path = write_json(claims, tmp_path / "claims.json", meta=meta, progress=lambda d, t: reports.append(d))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["meta"]["project"] == meta.project
    assert len(data["claims"]) == len(claims) == reports[-1]
    first = data["claims"][0]
    assert first["quote"] == claims[0].quote
    assert first["topic"] == {"key": "terugkeer", "label": claims[0].topic.label, "colour": "#FFE08A"}
    assert first["stance"]["glyph"] == "▲"
    assert first["citation"]["aanhangsel"] == "2019–2020, nr. 487"
    assert first["citation"]["text"].startswith(claims[0].citation.document_title)
