"""Claims as CSV (UTF-8 with BOM, so Excel reads the accents) and as JSON, every field included."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.export.citation import full_citation
from desktop.export.plan import ClaimEntry, Language, MemoMeta
from desktop.export.progress import CancelFn, Progress, ProgressFn, atomic_target
from desktop.export.xmltext import xml_safe

CSV_COLUMNS = (
    "claim_id",
    "actor",
    "topic",
    "topic_label",
    "topic_colour",
    "topics",
    "stance",
    "stance_label",
    "quote",
    "note",
    "date",
    "coder",
    "addressee",
    "proposition",
    "document_id",
    "document_title",
    "unit_label",
    "kenmerk",
    "aanhangsel",
    "kamerstuk",
    "document_date",
    "identifier",
    "page",
    "start",
    "end",
    "document_missing",
    "citation",
)


def claim_row(entry: ClaimEntry, language: Language = "en") -> dict[str, Any]:
    """One claim flattened to the ``CSV_COLUMNS``; ``citation`` is the full printed citation."""
    c = entry.citation
    return {
        "claim_id": entry.claim_id,
        "actor": entry.actor,
        "topic": entry.topic.key,
        "topic_label": entry.topic.label,
        "topic_colour": entry.topic.colour,
        "topics": "; ".join(t.label for t in entry.all_topics),
        "stance": entry.stance.key if entry.stance else None,
        "stance_label": entry.stance.label if entry.stance else None,
        "quote": entry.quote,
        "note": entry.note,
        "date": entry.date,
        "coder": entry.coder,
        "addressee": entry.addressee,
        "proposition": entry.proposition,
        "document_id": entry.document_id,
        "document_title": c.document_title,
        "unit_label": c.unit_label,
        "kenmerk": c.kenmerk,
        "aanhangsel": c.aanhangsel,
        "kamerstuk": c.kamerstuk,
        "document_date": c.date,
        "identifier": c.identifier,
        "page": c.page,
        "start": entry.start,
        "end": entry.end,
        "document_missing": entry.document_missing,
        "citation": full_citation(c, language),
    }


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_safe(str(value)).replace("\x00", "")


def write_csv(
    claims: Sequence[ClaimEntry],
    path: str | os.PathLike[str],
    *,
    language: Language = "en",
    delimiter: str = ",",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """One row per claim; control characters that break spreadsheets are dropped."""
    steps = Progress(len(claims), progress, cancelled)
    with (
        atomic_target(path) as tmp,
        tmp.open("w", encoding="utf-8-sig", errors="replace", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(CSV_COLUMNS)
        for entry in claims:
            row = claim_row(entry, language)
            writer.writerow([_csv_value(row[col]) for col in CSV_COLUMNS])
            steps.step()
    return Path(path)


def claim_json(entry: ClaimEntry, language: Language = "en") -> dict[str, Any]:
    """A claim with nested topic, stance and citation records (exact texts, nothing dropped)."""
    data = asdict(entry)
    data["citation"]["text"] = full_citation(entry.citation, language)
    for topic in (data["topic"], *data["topics"]):
        topic.pop("dutch", None)  # how the memo tags the label, not a fact about the claim
    return data


def write_json(
    claims: Sequence[ClaimEntry],
    path: str | os.PathLike[str],
    *,
    meta: MemoMeta | None = None,
    language: Language | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Path:
    """``{"meta": ..., "claims": [...]}`` as UTF-8 JSON; citations in ``language`` (else the meta's)."""
    language = language or (meta.language if meta else "en")
    steps = Progress(len(claims), progress, cancelled)
    records = []
    for entry in claims:
        records.append(claim_json(entry, language))
        steps.step()
    payload = {"meta": asdict(meta) if meta else None, "claims": records}
    with atomic_target(path) as tmp:
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8", errors="replace")
    return Path(path)
