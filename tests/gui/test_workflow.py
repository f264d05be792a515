"""The whole workflow on real corpus files: create, import, read, tag, undo/redo, compare, export."""

from __future__ import annotations

import gc
import zipfile
from pathlib import Path

from gui_fixtures import add_document, qa_document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from naast.gui.main_window import MainWindow
from naast.gui.models.claims_model import STANCE
from naast.store.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _import(window: MainWindow, paths: list[Path], qtbot) -> None:
    window.import_paths(paths)
    qtbot.waitUntil(lambda: not window.tools.importer.running, timeout=60_000)


def test_whole_workflow(window: MainWindow, tmp_path: Path, qtbot) -> None:
    assert window.create_project(tmp_path / "study.naast")
    assert window.codebook.counts().get("Topics") == ""
    broken = tmp_path / "broken.pdf"
    broken.write_text("this is not a PDF at all")
    _import(window, [SAMPLES, broken], qtbot)
    report = window.tools.importer.report
    assert len(report.imported) == 4
    assert [p.name for p, _why in report.failed] == ["broken.pdf"]
    box = window.tools.importer.result_box
    assert "Imported 4 document(s)." in box.text() and "broken.pdf:" in box.text()
    assert "Traceback" not in box.text()
    box.close()
    assert window.browser.model.document_count() == 4
    assert "4 documents" in window.status.text()

    # read: pick the 2019 answers by Broekers-Knol from the browser
    window.browser.grouping.setCurrentIndex(window.browser.grouping.findData("year"))
    model = window.browser.model
    group = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith("2019")
    )
    window.browser.tree.doubleClicked.emit(model.index(0, 0, group))
    text = window.reader.text
    assert "veilige landers" in text.toPlainText().lower()
    assert any(label.startswith("Antwoord") for label in window.outline.labels())

    # tag from the keyboard: unit under the cursor, popup, stance 4 (rejects), Enter
    answer = next(u for u in text.parsed.units if u.label == "Antwoord 2 en 3")
    text.setFocus()
    text.select_range(answer.end - 5, answer.end - 5)
    qtbot.keyClick(text, Qt.Key.Key_U)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClicks(window.tagging.popup.filter, "immigration")
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_4)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)
    assert len(text.marks()) == 1
    qtbot.waitUntil(lambda: window.claims.model.rowCount() == 1)  # the table follows the highlight
    assert window.claims.model.data(window.claims.model.index(0, STANCE)).startswith("▼")
    assert window.codebook.counts().get("1  Macroeconomics") is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text.marks() == []
    qtbot.waitUntil(lambda: window.claims.model.rowCount() == 0)
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(text.marks()) == 1

    # find in the project
    search = window.tools.find_in_project()
    search.query.setText("gecontroleerd vertrek")
    search.run()
    assert search.results.count() == 0 and search.status.text() == "Searching…"  # nothing waits
    qtbot.waitUntil(lambda: search.results.count() >= 1)  # the first hits, from a worker thread
    assert search.wait_for_ranking()  # then the ranked ones, from another
    assert any("<b style" in t for t in search.hit_texts())
    n = search.results.count()
    assert search.status.text() == ("1 document" if n == 1 else f"{n} documents")
    search.close()
    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)

    # side by side: the two documents on return
    docs = {d.source_name: d.id for d in window.session.documents()}
    a = docs["2021-answers-broekers-knol-rekenkamer-terugkeer.txt"]
    b = docs["2025-answers-faber-terugkeer-maatwerkondersteuning.txt"]
    window.compare_documents(a, b)
    side = window.side
    assert side.comparison.pairs
    qtbot.keyClick(side.left.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(side.left.text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert side.current == 1
    assert side.where.text().startswith("difference 2 of")

    # across ministers
    window.actions.show_across.trigger()
    assert window.across.model.rowCount() == 1
    assert window.across.summary.text() == "1 claims by 1 actors"

    # export a memo off the UI thread
    dialog = window.tools.export()
    target = tmp_path / "memo.docx"
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.run_export()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert target.exists()
    with zipfile.ZipFile(target) as docx:
        assert "Broekers-Knol" in docx.read("word/document.xml").decode()


def test_where_else_finds_a_shared_passage(window: MainWindow, tmp_path: Path, qtbot) -> None:
    shared = "Het kabinet zet onverminderd in op het bevorderen van zelfstandige terugkeer van vreemdelingen."
    path = tmp_path / "reuse.naast"
    with Project.create(path) as project:
        a = add_document(project, qa_document([shared + " Dat blijft zo.", "Anders."]))
        b = add_document(project, qa_document(["Iets nieuws.", "Zoals eerder: " + shared], minister="Faber"))
    window.open_project(path)
    window.open_document(a)
    text = window.reader.text
    start = text.parsed.text.find(shared)
    text.select_range(start, start + len(shared))
    first = window.tools.where_else()  # asked twice at once: the first task is held until it ends
    dialog = window.tools.where_else()
    gc.collect()
    assert dialog.isVisible() and dialog is not first  # at once; the places come from a worker thread
    qtbot.waitUntil(lambda: dialog.looked, timeout=10_000)
    assert dialog.results.count() == 1, dialog.status.text()
    assert "Faber" in dialog.results.item(0).text()
    assert "13 words" in dialog.results.item(0).text()
    dialog.results.itemDoubleClicked.emit(dialog.results.item(0))
    assert window.reader.text.document_id == b
    s0, s1 = window.reader.text.selection()
    assert window.reader.text.parsed.text[s0:s1].startswith("Het kabinet")
    dialog.close()


def test_find_in_document(window: MainWindow, small_project: Path, qtbot) -> None:
    window.open_project(small_project)
    window.open_document(min(d.id for d in window.session.documents()))
    window.actions.find_in_document.trigger()
    assert window.reader.find_box.isVisible()
    qtbot.keyClicks(window.reader.find_box, "Dienst Terugkeer")
    qtbot.keyClick(window.reader.find_box, Qt.Key.Key_Return)
    assert window.reader.text.textCursor().selectedText() == "Dienst Terugkeer"


def test_export_claims_as_csv(window: MainWindow, tmp_path: Path, qtbot) -> None:
    from naast.demo import build_demo

    window.open_project(build_demo(tmp_path / "demo.naast"))
    dialog = window.tools.export()
    dialog.kind.setCurrentIndex(dialog.kind.findData("csv"))
    assert dialog.target.text().endswith(".csv")
    target = tmp_path / "claims.csv"
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.run_export()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("claim_id,")
    assert len(lines) == 11  # the header and the demo's ten claims


def test_export_to_an_unwritable_place_says_why(window: MainWindow, small_project: Path, qtbot) -> None:
    window.open_project(small_project)
    dialog = window.tools.export()
    dialog.target.setText("/nonexistent-folder/memo.docx")
    dialog.run_export()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=60_000)
    assert dialog.message.text().startswith("The export did not finish:")
    assert "Traceback" not in dialog.message.text()
    dialog.close()


def test_a_new_version_is_reported_and_shown_with_its_claims(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    original = SAMPLES / "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
    assert window.create_project(tmp_path / "versions.naast")
    _import(window, [original], qtbot)
    window.tools.importer.result_box.close()
    doc_id = window.session.documents()[0].id
    window.open_document(doc_id)
    text = window.reader.text
    start = text.parsed.text.find("Het uitgangspunt is dat")
    text.select_range(start, start + 40)
    qtbot.keyClick(text, Qt.Key.Key_T)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_1)
    qtbot.keyClick(window.tagging.popup.filter, Qt.Key.Key_Return)

    # the same answers (same kenmerk) with a paragraph added near the top: a new version
    changed = original.read_text(encoding="utf-8").replace(
        "Vraag 1", "Een nieuwe alinea van de minister, toegevoegd in deze versie.\n\nVraag 1", 1
    )
    newer = tmp_path / "faber-v2.txt"
    newer.write_text(changed, encoding="utf-8")
    _import(window, [newer], qtbot)
    report = window.tools.importer.report
    assert report.imported == [] and report.failed == []
    assert [p.name for p, _ in report.new_versions] == ["faber-v2.txt"]
    assert "re-anchored" in window.tools.importer.result_box.text()
    assert "1 moved" in report.new_versions[0][1]
    assert window.browser.model.document_count() == 1
    window.open_document(doc_id)
    marks = window.reader.text.marks()
    assert len(marks) == 1
    shown = window.reader.text.parsed.text[marks[0].start : marks[0].end]
    assert shown.startswith("Het uitgangspunt is dat")


def test_find_in_project_shows_the_newest_query_only(window: MainWindow, tmp_path: Path, qtbot) -> None:
    """Issue 20: searching runs off the GUI thread; typed quickly, an older query's ranked
    results arriving late never replace the newest query's."""
    from naast.store.documents import search as ranked_search

    window.create_project(tmp_path / "search.naast")
    window.import_paths(sorted(SAMPLES.glob("*.txt")))
    qtbot.waitUntil(lambda: not window.tools.importer.running, timeout=60_000)
    window.tools.importer.result_box.close()
    dialog = window.tools.find_in_project()
    for text in ("terugkeer", "veilige landers", "Rekenkamer"):  # each run starts a ranking
        dialog.query.setText(text)
        dialog.run()
        assert not dialog._timer.isActive()  # run at once, it replaces the run typing scheduled
    assert dialog.wait_for_ranking()
    qtbot.wait(300)  # the older rankings finish too, and are dropped
    shown = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.results.count())]
    expected = [h.document_id for h in ranked_search(window.session.project, "Rekenkamer", dialog.LIMIT)]
    assert shown == expected and shown


def test_find_in_a_read_only_project_reaches_documents_waiting_for_the_index(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """Another session imported a document and has not indexed it yet: the first hits (from the
    index) find nothing, and the search goes on to read the waiting document instead of saying
    that no document holds the words."""
    path = tmp_path / "shared.naast"
    with Project.create(path) as writer:
        add_document(writer, qa_document(["Het gaat goed."]))
        writer.index_pending()
        add_document(writer, qa_document(["Tunesië werkt mee."], prefix="Tunesië. "))
        assert window.open_project(path, read_only=True)
        assert window.session.project.pending_search() == 1
        dialog = window.tools.find_in_project()
        dialog.query.setText("tunesie")
        dialog.run()
        assert dialog.wait_for_ranking()
        assert dialog.results.count() == 1
        assert "Tunesië</b>" in dialog.hit_texts()[0]  # the match highlighted
        window.close_project()
