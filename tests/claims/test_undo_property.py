"""Undo and redo of every claim and codebook command restore the exact table contents, also after
closing and reopening the project (Must show 3): a Hypothesis state machine over random commands."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from corpus_paths import SAMPLES
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule

from naast.core.claims import (
    KEEP,
    AddStance,
    AddTopic,
    CreateClaim,
    CreateLink,
    DeleteClaim,
    DeleteLink,
    DeleteStance,
    DeleteTopic,
    EditClaim,
    EditLink,
    EditStance,
    EditTopic,
    ImportClaims,
    LoadCodebook,
    MergeTopics,
    MoveTopic,
    ReimportDocument,
)
from naast.core.claims.codebook import Codebook, StanceSpec, TopicSpec
from naast.core.commands import Command
from naast.core.documents import ImportDocument
from naast.core.errors import InvalidCommand
from naast.core.model import ParsedDocument
from naast.core.parsing import content_hash, parse_text
from naast.store.claims import seed_defaults
from naast.store.project import Project

CORPUS = SAMPLES  # resources/samples/: the four sample documents
SAMPLE = "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
PROPOSITIONS = (None, "harde aanpak", "maatwerk is nodig", "terugkeer eerst")
COLOURS = ("#FFEEDD", "#DDEEFF", "#EEFFDD")
KINDS = ("answers", "agrees", "contradicts", "repeats")


@cache
def sample() -> ParsedDocument:
    return parse_text((CORPUS / SAMPLE).read_text(encoding="utf-8"), source_name=SAMPLE)


def snapshot(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the history, the full-text index and the reuse index with their
    queues of documents to index (derived from the documents; closing the project empties them)."""
    derived = ("documents_fts", "documents_list", "reuse_", "sqlite_")
    names = [
        r[0]
        for r in project.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] not in ("history", "search_pending") and not r[0].startswith(derived)
    ]
    return {n: sorted(tuple(r) for r in project.query(f'SELECT * FROM "{n}"')) for n in names}


class ClaimsMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="naast-claims-"))
        self.path = self.folder / "machine.naast"
        self.project = Project.create(self.path)
        seed_defaults(self.project)
        doc = sample()
        changes = self.project.apply(ImportDocument(doc, content_hash(doc.text.encode()), "t0"))
        self.document_id = next(iter(changes.ids["documents"]))
        self.version = 0
        for start in (100, 150, 2000):  # a few claims to link, edit and delete from the first step on
            self.project.apply(CreateClaim(self.document_id, start, start + 80, "t0", topics=(9,)))
        self.project.apply(CreateLink(2, 1, "answers"))

    def teardown(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the property ----------------------------------------------------------------------

    def check(self, command: Command, reopen: bool) -> None:
        before = snapshot(self.project)
        try:
            changes = self.project.apply(command, coder="hypothesis")
        except InvalidCommand:
            assert snapshot(self.project) == before
            return
        after = snapshot(self.project)
        if not changes.tables:
            assert after == before
            return
        self.project.undo()
        assert snapshot(self.project) == before
        if reopen:
            self.project.close()
            self.project = Project.open(self.path)
            assert snapshot(self.project) == before
        self.project.redo()
        assert snapshot(self.project) == after

    def ids(self, table: str) -> list[int]:
        return [r[0] for r in self.project.query(f"SELECT id FROM {table} ORDER BY id")]

    def pick(self, data: st.DataObject, table: str, *, maybe_missing: bool = False) -> int:
        ids = self.ids(table)
        if maybe_missing or not ids:
            ids = [*ids, 9999]
        return data.draw(st.sampled_from(ids))

    def span(self, data: st.DataObject) -> tuple[int, int]:
        text = self.project.query("SELECT text FROM documents WHERE id = ?", [self.document_id])[0][0]
        start = data.draw(st.integers(0, len(text) - 2))
        return start, min(len(text), start + data.draw(st.integers(1, 400)))

    def topics(self, data: st.DataObject) -> tuple[int, ...]:
        return tuple(data.draw(st.lists(st.sampled_from(self.ids("topics")), max_size=3)))

    # -- claims ----------------------------------------------------------------------------

    def new_claim(self, data: st.DataObject) -> CreateClaim:
        start, end = self.span(data)
        stances = [None, *self.ids("stances")]
        return CreateClaim(
            self.document_id,
            start,
            end,
            f"t{data.draw(st.integers(1, 9))}",
            topics=self.topics(data),
            stance_id=data.draw(st.sampled_from(stances)),
            proposition=data.draw(st.sampled_from(PROPOSITIONS)),
            note=data.draw(st.sampled_from(("", "note"))),
            coder="hypothesis",
        )

    @rule(data=st.data(), reopen=st.booleans())
    def create_claim(self, data: st.DataObject, reopen: bool) -> None:
        self.check(self.new_claim(data), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def import_claims(self, data: st.DataObject, reopen: bool) -> None:
        claims = tuple(self.new_claim(data) for _ in range(data.draw(st.integers(1, 3))))
        self.check(ImportClaims(claims), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def edit_claim(self, data: st.DataObject, reopen: bool) -> None:
        maybe = st.booleans()
        command = EditClaim(
            self.pick(data, "claims"),
            "t-edit",
            span=self.span(data) if data.draw(maybe) else KEEP,
            topics=self.topics(data) if data.draw(maybe) else KEEP,
            stance_id=data.draw(st.sampled_from([None, *self.ids("stances")])) if data.draw(maybe) else KEEP,
            proposition=data.draw(st.sampled_from(PROPOSITIONS)) if data.draw(maybe) else KEEP,
            note=data.draw(st.sampled_from(("", "edited"))) if data.draw(maybe) else KEEP,
        )
        self.check(command, reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def delete_claim(self, data: st.DataObject, reopen: bool) -> None:
        self.check(DeleteClaim(self.pick(data, "claims")), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def reimport(self, data: st.DataObject, reopen: bool) -> None:
        text = self.project.query("SELECT text FROM documents WHERE id = ?", [self.document_id])[0][0]
        cut = data.draw(st.integers(0, len(text)))
        drop = data.draw(st.integers(0, 300))
        new_text = text[:cut] + data.draw(st.sampled_from(("", "Nieuwe zin. ", "🙂 "))) + text[cut + drop :]
        self.version += 1
        doc = replace(sample(), text=new_text, units=(), footnotes=(), pages=())
        command = ReimportDocument(
            self.document_id, doc, f"v{self.version}-{content_hash(new_text.encode())}", "t"
        )
        self.check(command, reopen)

    # -- links -----------------------------------------------------------------------------

    @rule(data=st.data(), reopen=st.booleans())
    def create_link(self, data: st.DataObject, reopen: bool) -> None:
        kind = data.draw(st.sampled_from(KINDS))
        self.check(CreateLink(self.pick(data, "claims"), self.pick(data, "claims"), kind, "n"), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def edit_link(self, data: st.DataObject, reopen: bool) -> None:
        kind = data.draw(st.sampled_from(KINDS))
        self.check(EditLink(self.pick(data, "claim_links"), kind=kind, note="changed"), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def delete_link(self, data: st.DataObject, reopen: bool) -> None:
        self.check(DeleteLink(self.pick(data, "claim_links")), reopen)

    # -- codebook --------------------------------------------------------------------------

    @rule(data=st.data(), reopen=st.booleans())
    def add_topic(self, data: st.DataObject, reopen: bool) -> None:
        parent = data.draw(st.sampled_from([None, *self.ids("topics")]))
        self.check(AddTopic("New", "Nieuw", data.draw(st.sampled_from(COLOURS)), parent_id=parent), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def edit_topic(self, data: st.DataObject, reopen: bool) -> None:
        label = data.draw(st.sampled_from(("Renamed", KEEP)))
        colour = data.draw(st.sampled_from((*COLOURS, KEEP)))
        self.check(EditTopic(self.pick(data, "topics"), label_en=label, colour=colour), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def move_topic(self, data: st.DataObject, reopen: bool) -> None:
        parent = data.draw(st.sampled_from([None, *self.ids("topics")]))
        position = data.draw(st.sampled_from((None, 0, 1, 5)))
        self.check(MoveTopic(self.pick(data, "topics"), parent, position), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def merge_topics(self, data: st.DataObject, reopen: bool) -> None:
        self.check(MergeTopics(self.pick(data, "topics"), self.pick(data, "topics")), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def delete_topic(self, data: st.DataObject, reopen: bool) -> None:
        self.check(DeleteTopic(self.pick(data, "topics", maybe_missing=True)), reopen)

    @rule(data=st.data(), reopen=st.booleans())
    def stance_scale(self, data: st.DataObject, reopen: bool) -> None:
        which = data.draw(st.sampled_from(("add", "edit", "delete")))
        if which == "add":
            code = data.draw(st.sampled_from(("ambivalent", "supports", "mixed")))
            command: Command = AddStance(code, code, code, "#123456", "square")
        elif which == "edit":
            position = data.draw(st.sampled_from((KEEP, 0, 3)))
            command = EditStance(self.pick(data, "stances"), label_nl="anders", position=position)
        else:
            command = DeleteStance(self.pick(data, "stances"))
        self.check(command, reopen)

    @rule(reopen=st.booleans())
    def load_codebook(self, reopen: bool) -> None:
        child = TopicSpec("Return", "Terugkeer", "#AABBCC", "930")
        codebook = Codebook(
            (TopicSpec("Immigration", "Immigratie", "#CCDDEE", "9", (child,)),),
            (StanceSpec("supports", "backs", "steunt", "#0072B2", "triangle_up"),),
        )
        self.check(LoadCodebook(codebook), reopen)


ClaimsMachine.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class TestUndoRedo(ClaimsMachine.TestCase):  # type: ignore[name-defined,misc]
    pass
