"""Fixtures for the GUI tests: real project files, real widgets, settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.core.documents import ImportDocument
from desktop.core.model import DocType, Footnote, ParsedDocument, Person, Responder, Unit, UnitKind
from desktop.gui.main_window import MainWindow
from desktop.gui.preferences import Preferences
from desktop.store.claims import seed_defaults
from desktop.store.project import Project, now_iso

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def qa_document(
    answers: list[str], *, minister: str = "Broekers-Knol", date: str = "2019-11-21", prefix: str = ""
) -> ParsedDocument:
    """A small answers document: a preamble, then Vraag n / Antwoord n units."""
    text = prefix + "Antwoord van de staatssecretaris.\n"
    units = [Unit(UnitKind.PREAMBLE, 0, len(text), "Preamble")]
    for n, answer in enumerate(answers, start=1):
        q = f"Vraag {n}\nWat is het beleid over onderwerp {n}?\n"
        units.append(Unit(UnitKind.QUESTION, len(text), len(text) + len(q), f"Vraag {n}", (n,)))
        text += q
        a = f"Antwoord {n}\n{answer}\n"
        units.append(Unit(UnitKind.ANSWER, len(text), len(text) + len(a), f"Antwoord {n}", (n,), (n,)))
        text += a
    anchor = text.find("beleid")
    return ParsedDocument(
        text=text,
        doc_type=DocType.ANSWERS,
        units=tuple(units),
        title=f"Antwoord van {minister} over terugkeer",
        askers=(Person("Van Nispen", "SP"),),
        answered_by=Responder(minister, "Staatssecretaris", "Justitie en Veiligheid"),
        date_received=date,
        kenmerk=f"{date[:4]}Z0001",
        footnotes=(Footnote("1", "Kamerstukken II 2019/20, 19637, nr. 2500", anchor + 6),),
        source_name=f"{date[:4]}-{minister}.txt",
        source_format="txt",
    )


def add_document(project: Project, parsed: ParsedDocument) -> int:
    changes = project.apply(
        ImportDocument(parsed, f"hash-{parsed.source_name}-{len(parsed.text)}", now_iso())
    )
    return next(iter(changes.ids["documents"]))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def prefs(settings: QSettings) -> Preferences:
    p = Preferences(settings)
    p.coder = "anna"
    return p


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    path = tmp_path / "small.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        add_document(
            project,
            qa_document(
                [
                    "Gecontroleerd vertrek heeft de voorkeur. Terugkeer blijft het uitgangspunt.",
                    "De Dienst Terugkeer en Vertrek ondersteunt vreemdelingen bij hun vertrek.",
                ]
            ),
        )
        add_document(
            project,
            qa_document(
                [
                    "Zelfstandig vertrek heeft de voorkeur. Terugkeer blijft het uitgangspunt.",
                    "IOM en NGO's hebben een grote rol bij terugkeer.",
                ],
                minister="Faber",
                date="2025-02-03",
            ),
        )
    return path


@pytest.fixture
def window(qtbot, prefs: Preferences) -> Iterator[MainWindow]:
    win = MainWindow(prefs)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.close_project()
