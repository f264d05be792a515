"""The newest schema's tables, columns and migration names, recorded from the migrations.

The opening check compares a file with these (``integrity.schema_problems``). Running the
migrations on an empty database in memory, their only definition, costs 0.3 s of every cold
start (sqlite-utils' import and 13 steps); this record is read instead for the newest version.
A test checks that it is what the migrations make; after adding a step, write it again with
``python -m naast.store.schema_reference``.
"""

from __future__ import annotations

import pprint
import sys
from pathlib import Path

VERSION = 15
TABLES: dict[str, tuple[str, ...]] = {
    "actors": ("id", "key", "name", "party", "role", "ministry"),
    "case_documents": ("case_id", "document_id", "role"),
    "cases": ("id", "key", "zaak_id", "title"),
    "claim_links": ("id", "source_id", "target_id", "kind", "note"),
    "claim_topics": ("claim_id", "topic_id"),
    "claims": (
        "id",
        "document_id",
        "document_title",
        "start",
        "end",
        "quote",
        "prefix",
        "suffix",
        "claimant_id",
        "addressee_id",
        "stance_id",
        "proposition_id",
        "note",
        "coder",
        "status",
        "created",
        "modified",
        "uid",
        "previous_quote",
    ),
    "document_actors": ("document_id", "actor_id", "relation", "ordinal"),
    "document_provenance": ("document_id", "field", "official", "parsed", "source", "agrees"),
    "documents": (
        "id",
        "content_hash",
        "source_name",
        "source_format",
        "doc_type",
        "title",
        "kenmerk",
        "vergaderjaar",
        "aanhangsel_number",
        "identifier",
        "date_submitted",
        "date_received",
        "metadata",
        "text",
        "imported_at",
    ),
    "documents_count": ("id", "n"),
    "documents_fts": ("title", "text"),
    "documents_fts_config": ("k", "v"),
    "documents_fts_data": ("id", "block"),
    "documents_fts_docsize": ("id", "sz"),
    "documents_fts_idx": ("segid", "term", "pgno"),
    "documents_list": (
        "id",
        "title",
        "doc_type",
        "source_name",
        "kenmerk",
        "date",
        "answered_by",
        "ministry",
        "role",
        "askers",
    ),
    "documents_list_fts": ("title", "source_name", "kenmerk", "answered_by", "ministry", "askers", "date"),
    "documents_list_fts_config": ("k", "v"),
    "documents_list_fts_data": ("id", "block"),
    "documents_list_fts_docsize": ("id", "sz"),
    "documents_list_fts_idx": ("segid", "term", "pgno"),
    "fetch_items": ("job_id", "ordinal", "identifier", "record", "state", "message"),
    "fetch_jobs": ("id", "query", "settings", "state", "total", "message", "created", "updated"),
    "footnotes": ("id", "document_id", "ordinal", "marker", "text", "anchor"),
    "history": ("id", "label", "coder", "applied_at", "ops", "inverse", "undone", "batch"),
    "history_batches": ("id", "label"),
    "memos": ("id", "claim_id", "document_id", "text", "coder", "created", "modified"),
    "merge_bases": ("source_key", "claim_uid", "fingerprint"),
    "merge_conflicts": ("id", "source_key", "claim_uid", "kept_claim_id", "other_claim_id", "merged_at"),
    "propositions": ("id", "text", "note"),
    "reuse_blocks": ("id", "keys", "ats"),
    "reuse_documents": ("document_id", "hashes"),
    "reuse_dropped": ("document_id", "run"),
    "reuse_pending": ("document_id",),
    "reuse_runs": ("run", "postings", "firsts"),
    "reuse_stale": ("document_id",),
    "reuse_tops": ("run", "hashes", "counts", "floor"),
    "search_pending": ("document_id",),
    "settings": ("key", "value"),
    "stances": ("id", "code", "label_en", "label_nl", "colour", "shape", "ordinal"),
    "topics": ("id", "parent_id", "code", "label_en", "label_nl", "colour", "ordinal", "description"),
    "units": ("id", "document_id", "ordinal", "kind", "label", "title", "numbers", "answers", "start", "end"),
}
MIGRATIONS: tuple[str, ...] = (
    "m001_initial",
    "m002_lookup_indexes",
    "m003_search_pending",
    "m004_claim_identity_and_changed_status",
    "m005_merge_bases",
    "m006_topic_descriptions",
    "m007_fetch",
    "m008_reuse_index",
    "m009_history_batches",
    "m010_reuse_keys",
    "m011_documents_list",
    "m012_reuse_runs",
    "m013_documents_list_search",
    "m014_reuse_tops",
    "m015_documents_count",
)


def source(version: int, tables: dict[str, tuple[str, ...]], migrations: tuple[str, ...]) -> str:
    """This module's text with the record of schema ``version``."""
    text = Path(__file__).read_text(encoding="utf-8")
    head, _record, tail = _split(text)
    record = (
        f"VERSION = {version}\n"
        f"TABLES: dict[str, tuple[str, ...]] = {pprint.pformat(tables, width=100, sort_dicts=True)}\n"
        f"MIGRATIONS: tuple[str, ...] = {pprint.pformat(migrations, width=100)}\n"
    )
    return head + record + tail


def _split(text: str) -> tuple[str, str, str]:
    start = text.index("VERSION = ")
    end = text.index("\n\n\ndef source(")
    return text[:start], text[start:end], text[end:]


if __name__ == "__main__":
    from naast.store.integrity import schema_from_migrations
    from naast.store.version import SCHEMA_VERSION

    Path(__file__).write_text(
        source(SCHEMA_VERSION, *schema_from_migrations(SCHEMA_VERSION)), encoding="utf-8"
    )
    sys.exit(0)
