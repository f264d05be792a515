"""A 2 MB document opens and highlights without trouble (PLATFORM.md: a PySide6 crash seen there)."""

from __future__ import annotations

import time
from pathlib import Path

from gui_fixtures import add_document

from naast.core.claims.commands import CreateClaim
from naast.core.model import DocType, ParsedDocument, Unit, UnitKind
from naast.gui.main_window import MainWindow
from naast.store.claims import seed_defaults
from naast.store.codebook import topic_tree
from naast.store.project import Project, now_iso

PARAGRAPH = (
    "De staatssecretaris acht gecontroleerd vertrek van vreemdelingen zonder verblijfsrecht van groot "
    "belang en zet daarom in op zelfstandige terugkeer met ondersteuning van de IOM en NGO's. "
)


def large_document(target_chars: int) -> ParsedDocument:
    units: list[Unit] = []
    parts: list[str] = []
    pos = 0
    n = 0
    while pos < target_chars:
        n += 1
        q = f"Vraag {n}\nHoe staat het met terugkeer in geval {n}?\n"
        a = f"Antwoord {n}\n" + PARAGRAPH * 6 + "\n"
        units.append(Unit(UnitKind.QUESTION, pos, pos + len(q), f"Vraag {n}", (n,)))
        units.append(Unit(UnitKind.ANSWER, pos + len(q), pos + len(q) + len(a), f"Antwoord {n}", (n,), (n,)))
        parts += [q, a]
        pos += len(q) + len(a)
    text = "".join(parts)
    return ParsedDocument(
        text=text, doc_type=DocType.ANSWERS, units=tuple(units), title="Groot", source_name="big.txt"
    )


def test_two_megabyte_document_opens_with_claims(window: MainWindow, tmp_path: Path, qtbot) -> None:
    parsed = large_document(2_000_000)
    path = tmp_path / "big.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        doc_id = add_document(project, parsed)
        topic = topic_tree(project)[0].id
        answers = [u for u in parsed.units if u.kind is UnitKind.ANSWER]
        for unit in answers[:: max(1, len(answers) // 300)]:
            start = unit.start + len(unit.label) + 1
            project.apply(CreateClaim(doc_id, start, start + 80, now_iso(), topics=(topic,)))
    window.open_project(path)
    began = time.perf_counter()
    window.open_document(doc_id)
    elapsed = time.perf_counter() - began
    text = window.reader.text
    assert len(text.toPlainText()) == len(parsed.text)
    assert len(text.marks()) >= 300
    text.verticalScrollBar().setValue(text.verticalScrollBar().maximum() // 2)
    qtbot.waitUntil(lambda: any(b.layout().formats() for b in text.visible_blocks()))
    text.verticalScrollBar().setValue(text.verticalScrollBar().maximum())
    qtbot.wait(50)
    assert elapsed < 5.0
