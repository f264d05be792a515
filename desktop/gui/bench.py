"""GUI benchmark figures (``naast bench --only gui``; ``tests/bench/bench_gui.py``).

- ``gui_start_10k_ms``: a fresh process, from the first import to an interactive main window showing
  a project with 10,000 documents (browser filled, first paint done).
- ``gui_open_200p_2000_claims_ms``: opening a 200-page document with 2,000 claims (loaded, laid out,
  visible part highlighted).
- ``gui_tag_to_highlight_ms``: from the key that confirms the quick-tag popup to the new claim
  highlighted in the text, in that same document.

Qt is imported inside the functions, so listing benchmarks does not load it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from naast.core.claims.commands import CreateClaim
from naast.core.commands import ProjectView, RowOp
from naast.core.documents import ImportDocument
from naast.core.model import DocType, ParsedDocument, Person, Responder, Unit, UnitKind
from naast.store.claims import seed_defaults
from naast.store.codebook import list_stances, topic_tree
from naast.store.project import Project, now_iso

LIMITS_MS = {"gui_start_10k_ms": 1500, "gui_open_200p_2000_claims_ms": 300, "gui_tag_to_highlight_ms": 50}
PAGE_CHARS = 3000
SENTENCE = (
    "De minister acht gecontroleerd vertrek van vreemdelingen zonder verblijfsrecht van groot belang "
    "en zet daarom in op zelfstandige terugkeer met ondersteuning van de IOM. "
)
MINISTERS = ("Broekers-Knol", "Faber", "Van der Burg", "Harbers", "Grapperhaus", "Yeşilgöz")


@dataclass(frozen=True, slots=True)
class Many:
    """Many commands planned as one transaction (building benchmark projects quickly)."""

    commands: tuple[Any, ...]
    label: str = "Benchmark data"

    def plan(self, view: ProjectView) -> Sequence[RowOp]:
        ops: list[RowOp] = []
        for command in self.commands:
            ops.extend(command.plan(view))
        return ops


def document(n: int, pages: int = 1) -> ParsedDocument:
    units: list[Unit] = []
    parts: list[str] = []
    pos, q = 0, 0
    while pos < pages * PAGE_CHARS:
        q += 1
        question = f"Vraag {q}\nHoe staat het met terugkeer in zaak {n}-{q}?\n"
        answer = f"Antwoord {q}\n" + SENTENCE * 5 + "\n"
        units.append(Unit(UnitKind.QUESTION, pos, pos + len(question), f"Vraag {q}", (q,)))
        pos += len(question)
        units.append(Unit(UnitKind.ANSWER, pos, pos + len(answer), f"Antwoord {q}", (q,), (q,)))
        pos += len(answer)
        parts += [question, answer]
    minister = MINISTERS[n % len(MINISTERS)]
    year = 2010 + n % 15
    return ParsedDocument(
        text="".join(parts),
        doc_type=DocType.ANSWERS,
        units=tuple(units),
        title=f"Antwoord van {minister} op vragen over terugkeer ({n})",
        askers=(Person("Van Nispen", "SP"),),
        answered_by=Responder(minister, "Minister", "Asiel en Migratie"),
        date_received=f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        kenmerk=f"{year}Z{n:05d}",
        source_name=f"doc-{n}.txt",
        source_format="txt",
    )


def build_many_documents(path: Path, count: int = 10_000) -> Path:
    if path.exists():
        return path
    partial = path.with_name(path.stem + "-partial.naast")
    partial.unlink(missing_ok=True)
    with Project.create(partial) as project:
        seed_defaults(project)
        stamp = now_iso()
        seeded = len(MINISTERS)  # one by one first, so that the actors exist before the bulk plans
        for n in range(seeded):
            project.apply(ImportDocument(document(n), f"bench-{n}", stamp))
        for first in range(seeded, count, 1000):
            numbers = range(first, min(first + 1000, count))
            project.apply(Many(tuple(ImportDocument(document(n), f"bench-{n}", stamp) for n in numbers)))
    partial.replace(path)
    partial.with_name(partial.name + ".lock").unlink(missing_ok=True)
    return path


def build_big_document(path: Path, pages: int = 200, claims: int = 2000) -> tuple[Path, int]:
    with Project.create(path) as project:
        seed_defaults(project)
        changes = project.apply(ImportDocument(document(0, pages), "bench-big", now_iso()))
        doc_id = next(iter(changes.ids["documents"]))
        topics = [n.id for root in topic_tree(project) for n in root.walk()]
        stances = [s.id for s, _n in list_stances(project)]
        length = pages * PAGE_CHARS
        step = length // claims
        commands = tuple(
            CreateClaim(
                doc_id,
                i * step,
                i * step + 60 + (i % 7) * 20,
                now_iso(),
                (topics[i % len(topics)],),
                stances[i % len(stances)],
            )
            for i in range(claims)
        )
        project.apply(Many(commands))
    return path, doc_id


_START_SCRIPT = """
import time, json, sys
began = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from naast.gui.app import build_window, make_application
app = make_application()
window = build_window(Path(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
done = {}
def ready():
    done["ms"] = (time.perf_counter() - began) * 1000
    done["documents"] = window.browser.model.document_count()
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
print(json.dumps(done))
"""


def start_time_ms(project: Path, settings: Path, repeat: int = 3) -> tuple[float, int]:
    env = dict(os.environ) | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = []
    count = 0
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _START_SCRIPT, str(project), str(settings)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        data = json.loads(out.stdout.strip().splitlines()[-1])
        runs.append(data["ms"])
        count = data["documents"]
    return statistics.median(runs), count


def open_and_tag_ms(project: Path, doc_id: int, settings: Path, repeat: int = 5) -> tuple[float, float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from naast.gui.app import build_window, make_application

    app = make_application()
    window = build_window(project, QSettings(str(settings), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    opens, tags = [], []
    try:
        for run in range(repeat):
            window.reader.show_placeholder()
            window.session._documents.clear()
            app.processEvents()
            began = time.perf_counter()
            window.open_document(doc_id)
            app.processEvents()
            opens.append((time.perf_counter() - began) * 1000)
            text = window.reader.text
            start = text.offsets.length // 2 + run * 500
            text.jump_to(start)
            app.processEvents()
            text.select_range(start + 5, start + 45)
            QTest.keyClick(text, Qt.Key.Key_T)
            began = time.perf_counter()
            QTest.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
            if not any(
                m.start <= start + 10 and m.end >= start + 40 and m.claim_id > 2000 for m in text.marks()
            ):
                raise RuntimeError(
                    f"the claim was not created: {window.last_error and window.last_error.text()}"
                )
            tags.append((time.perf_counter() - began) * 1000)
            app.processEvents()
    finally:
        window.close_project()
        window.close()
    return statistics.median(opens), statistics.median(tags)


def gui_figures(workdir: Path | None = None) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(workdir or tempfile.mkdtemp(prefix="naast-bench-gui-"))
    folder.mkdir(parents=True, exist_ok=True)
    many = build_many_documents(folder / "ten-thousand.naast")
    start_ms, count = start_time_ms(many, folder / "settings.ini")
    big_path = folder / "big.naast"
    big_path.unlink(missing_ok=True)
    big, doc_id = build_big_document(big_path)
    open_ms, tag_ms = open_and_tag_ms(big, doc_id, folder / "settings.ini")
    return {
        "gui_start_10k_ms": round(start_ms, 1),
        "gui_start_10k_documents": count,
        "gui_open_200p_2000_claims_ms": round(open_ms, 1),
        "gui_tag_to_highlight_ms": round(tag_ms, 1),
    }


def _bench(ctx: object) -> dict[str, Any]:
    return gui_figures()


BENCHMARKS = {"gui": _bench}
