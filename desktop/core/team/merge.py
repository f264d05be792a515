"""Merging another coder's project into this one: ``MergeProject``, one undoable command.

Claims are matched by their stable ``uid``. Whether a side changed a claim is decided against the
claim as it was when this source was last merged (``merge_bases``), compared by fingerprint (span,
quote, topics, stance, claimant, addressee, proposition, note — in this project's terms):

- not in the project: added — unless this source's claim was merged before, so the project deleted
  it since (skipped, listed);
- the same on both sides: unchanged;
- changed on one side only: the project keeps its own, or takes the source's (updated);
- changed on both sides: a conflict — the project's version stays, the source's is added beside it
  as a claim of its own (a new uid, the source's coder) and listed in ``merge_conflicts``.
- With no base (never merged from this source): a claim never edited since it was made
  (``modified == created``) gives way to the other side's; otherwise it is a conflict.

Every merge records the source's versions as the new bases, so merging the same source again
changes nothing. Deletions in the source are not carried over. Coders stay as they are.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from naast.core.claims.anchoring import FUZZY_THRESHOLD, make_selector, reanchor_all
from naast.core.claims.commands import proposition_ops
from naast.core.claims.reimport import anchors_of, placement_values
from naast.core.commands import Delete, Insert, ProjectView, Row, RowOp, Update
from naast.core.errors import InvalidCommand
from naast.core.team.merge_codebook import (
    Mapping,
    MergeReport,
    actor_id,
    map_documents,
    map_stances,
    map_topics,
)
from naast.core.team.snapshot import Snapshot, SourceClaim

_FIELDS = ("document_id", "start", "end", "quote", "claimant_id", "addressee_id", "stance_id", "note")
_SPAN = ("start", "end", "quote", "prefix", "suffix", "status")


def fingerprint(values: Row, topics: Sequence[int], proposition: str | None) -> str:
    data = {k: values[k] for k in _FIELDS} | {"topics": sorted(topics), "proposition": proposition}
    return hashlib.sha1(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class MergeProject:
    snapshot: Snapshot
    merged_at: str
    report: MergeReport = field(default_factory=MergeReport, compare=False)

    @property
    def label(self) -> str:
        return f"Merge {self.snapshot.name}"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        self.report.clear()
        mapping = Mapping()
        codebook = map_topics(view, self.snapshot, mapping, self.report)
        codebook += map_stances(view, self.snapshot, mapping, self.report)
        documents = map_documents(view, self.snapshot, mapping, self.report)
        placed = self._placements(view, mapping)
        propositions: dict[str, int] = {}
        claims: list[RowOp] = []
        for claim in self.snapshot.claims:
            claims += _ClaimMerge(self, view, mapping, propositions, placed).ops(claim)
        return codebook + mapping.new_actors + documents + claims

    def _placements(self, view: ProjectView, mapping: Mapping) -> dict[int, Row]:
        """Where the source's claims on another version of a document land in the project's text."""
        placed: dict[int, Row] = {}
        for source_doc in mapping.versions:
            text = view.get("documents", {"id": mapping.documents[source_doc]})["text"]  # type: ignore[index]
            rows = [c.row for c in self.snapshot.claims if c.row["document_id"] == source_doc]
            for placement in reanchor_all(text, anchors_of(rows), FUZZY_THRESHOLD):
                placed[placement.claim_id] = placement_values(text, placement)
        return placed


@dataclass(slots=True)
class _ClaimMerge:
    command: MergeProject
    view: ProjectView
    mapping: Mapping
    propositions: dict[str, int]
    placed: dict[int, Row]

    @property
    def report(self) -> MergeReport:
        return self.command.report

    def ops(self, claim: SourceClaim) -> list[RowOp]:
        row = claim.row
        where = f"claim {row['uid']} ({row['coder'] or 'no coder'}: {row['quote'][:40]!r})"
        values = self._values(claim)
        if values is None:
            self.report.skipped.append(f"{where}: its document is not in the source, or it is orphaned there")
            return []
        topics = [self.mapping.topics[t] for t in claim.topics]
        mine = fingerprint(values, topics, claim.proposition)
        key = {"source_key": self.command.snapshot.key, "claim_uid": row["uid"]}
        base = self.view.get("merge_bases", key)
        target = self.view.rows("claims", {"uid": row["uid"]})
        if not target:
            if base is not None:
                self.report.skipped.append(f"{where}: deleted in this project since the last merge")
                return []
            self.report.added.append(where)
            return self._insert(values, topics, claim, row["uid"]) + _base(key, base, mine)
        current = target[0]
        theirs = fingerprint(current, self._topics_of(current["id"]), self._proposition_of(current))
        if theirs == mine or (base is not None and base["fingerprint"] == mine):
            self.report.unchanged += 1
            return _base(key, base, mine)
        source_only = base["fingerprint"] == theirs if base is not None else _unedited(current)
        if source_only:
            self.report.updated.append(where)
            return self._update(current, values, topics, claim) + _base(key, base, mine)
        if base is None and _unedited(row):
            self.report.unchanged += 1
            return _base(key, base, mine)
        self.report.conflicts.append(
            f"{where}: changed on both sides; both kept (claim {current['id']} here)"
        )
        return self._conflict(current, values, topics, claim, mine) + _base(key, base, mine)

    def _values(self, claim: SourceClaim) -> Row | None:
        row = claim.row
        document = self.mapping.documents.get(row["document_id"]) if row["document_id"] is not None else None
        if document is None or row["status"] == "orphaned":
            return None
        values = {k: row[k] for k in ("start", "end", "quote", "prefix", "suffix", "status", "note")}
        if row["id"] in self.placed:
            values |= self.placed[row["id"]]
            if values["status"] == "orphaned":
                return None
        snap = self.command.snapshot
        values |= {
            "document_id": document,
            "stance_id": self.mapping.stances.get(row["stance_id"]) if row["stance_id"] is not None else None,
            "claimant_id": actor_id(self.view, snap, self.mapping, row["claimant_id"]),
            "addressee_id": actor_id(self.view, snap, self.mapping, row["addressee_id"]),
        }
        return values

    def _topics_of(self, claim_id: int) -> list[int]:
        return [r["topic_id"] for r in self.view.rows("claim_topics", {"claim_id": claim_id})]

    def _proposition_of(self, row: Row) -> str | None:
        if row["proposition_id"] is None:
            return None
        found = self.view.get("propositions", {"id": row["proposition_id"]})
        return None if found is None else found["text"]

    def _insert(self, values: Row, topics: list[int], claim: SourceClaim, uid: str) -> list[RowOp]:
        proposition_id, ops = proposition_ops(self.view, claim.proposition, self.propositions)
        claim_id = self.view.new_id("claims")
        document = self.view.get("documents", {"id": values["document_id"]})
        text = document["text"] if document is not None else ""
        if document is not None and values["end"] <= len(text):
            selector = make_selector(text, values["start"], values["end"])
            values = values | {"quote": selector.quote, "prefix": selector.prefix, "suffix": selector.suffix}
        row = claim.row | values | {"id": claim_id, "uid": uid, "proposition_id": proposition_id}
        if document is not None:
            row["document_title"] = document["title"] or document["source_name"]
        ops.append(Insert("claims", row))
        ops.extend(
            Insert("claim_topics", {"claim_id": claim_id, "topic_id": t}) for t in dict.fromkeys(topics)
        )
        return ops

    def _update(self, current: Row, values: Row, topics: list[int], claim: SourceClaim) -> list[RowOp]:
        proposition_id, ops = proposition_ops(self.view, claim.proposition, self.propositions)
        wanted = values | {"proposition_id": proposition_id, "modified": claim.row["modified"]}
        changed = {k: v for k, v in wanted.items() if current.get(k) != v}
        if changed:
            ops.append(Update("claims", {"id": current["id"]}, changed))
        have = set(self._topics_of(current["id"]))
        ops.extend(
            Delete("claim_topics", {"claim_id": current["id"], "topic_id": t})
            for t in sorted(have - set(topics))
        )
        ops.extend(
            Insert("claim_topics", {"claim_id": current["id"], "topic_id": t})
            for t in dict.fromkeys(topics)
            if t not in have
        )
        return ops

    def _conflict(
        self, current: Row, values: Row, topics: list[int], claim: SourceClaim, mine: str
    ) -> list[RowOp]:
        uid = str(
            uuid.uuid5(
                uuid.NAMESPACE_URL, f"naast-merge:{self.command.snapshot.key}:{claim.row['uid']}:{mine}"
            )
        )
        if self.view.rows("claims", {"uid": uid}):
            raise InvalidCommand(f"the conflicting version of claim {claim.row['uid']} is already here")
        ops = self._insert(values, topics, claim, uid)
        new_id = next(op.row["id"] for op in ops if isinstance(op, Insert) and op.table == "claims")
        conflict = {
            "id": self.view.new_id("merge_conflicts"),
            "source_key": self.command.snapshot.key,
            "claim_uid": claim.row["uid"],
            "kept_claim_id": current["id"],
            "other_claim_id": new_id,
            "merged_at": self.command.merged_at,
        }
        return [*ops, Insert("merge_conflicts", conflict)]


def _unedited(row: Row) -> bool:
    return bool(row["modified"] == row["created"])


def _base(key: Row, base: Row | None, fingerprint_: str) -> list[RowOp]:
    if base is None:
        return [Insert("merge_bases", key | {"fingerprint": fingerprint_})]
    if base["fingerprint"] != fingerprint_:
        return [Update("merge_bases", key, {"fingerprint": fingerprint_})]
    return []
