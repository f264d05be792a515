"""What every exported .docx must hold, read from its XML parts: footnote order, page fields, TOC,
rows that do not split, own properties, dated and styled comments, language tags, source notes."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from export_readback import W, footnote_reference_ids, footnotes, open_docx
from export_script import make_coded_project
from lxml import etree

from naast.cli import main
from naast.core.claims import EditClaim
from naast.demo import build_demo
from naast.paths import samples_dir
from naast.store.claims import list_claims
from naast.store.documents import find_document, load_document
from naast.store.project import Project

RT_THUMBNAIL = "relationships/metadata/thumbnail"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.naast")


@pytest.fixture(scope="module")
def exports(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo memo (English with a TOC, Dutch), and the annotated 2021 Rekenkamer and 2019 answers."""
    out = tmp_path_factory.mktemp("out")
    with Project.open(demo, read_only=True) as project:
        rekenkamer = find_document(project, "2021-answers-broekers-knol-rekenkamer-terugkeer.txt")
        harderwijk = find_document(project, "2019-answers-broekers-knol-veilige-landers-harderwijk.txt")
    runs = {
        "memo_en": ["--toc", "--coder", "Anna de Vries"],
        "memo_nl": ["--lang", "nl"],
        "annotated_2021": ["--document", str(rekenkamer), "--annotated"],
        "annotated_2019": ["--document", str(harderwijk), "--annotated"],
    }
    paths = {}
    for name, extra in runs.items():
        paths[name] = out / f"{name}.docx"
        assert main(["export", str(demo), str(paths[name]), *extra]) == 0
    return paths


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def _parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


@pytest.mark.parametrize("name", ["memo_en", "memo_nl", "annotated_2021", "annotated_2019"])
def test_footnote_ids_increase_in_document_order(exports: dict[str, Path], name: str) -> None:
    ids = footnote_reference_ids(open_docx(exports[name]))
    assert ids == sorted(ids) and len(set(ids)) == len(ids) and ids
    assert set(ids) == set(footnotes(exports[name]).notes)


@pytest.mark.parametrize(("name", "words"), [("memo_en", ("Page", "of")), ("memo_nl", ("Pagina", "van"))])
def test_footer_says_page_x_of_y(exports: dict[str, Path], name: str, words: tuple[str, str]) -> None:
    footers = [p for p in _parts(exports[name]) if re.fullmatch(r"word/footer\d*\.xml", p)]
    assert footers
    root = _xml(exports[name], footers[0])
    instructions = [t.text.strip() for t in root.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    text = "".join(t.text or "" for t in root.iter(f"{W}t"))
    assert text.startswith(words[0]) and f" {words[1]} " in text
    document = _xml(exports[name], "word/document.xml")
    refs = list(document.iter(f"{W}footerReference"))
    assert refs  # the first section points at it; later sections inherit it


def test_table_of_contents_is_a_field_updated_on_opening(exports: dict[str, Path]) -> None:
    document = _xml(exports["memo_en"], "word/document.xml")
    assert any(t.text.strip().startswith("TOC ") for t in document.iter(f"{W}instrText"))
    settings = _xml(exports["memo_en"], "word/settings.xml")
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"
    no_toc = _xml(exports["memo_nl"], "word/document.xml")
    assert not any(t.text.strip().startswith("TOC ") for t in no_toc.iter(f"{W}instrText"))


def test_rows_do_not_split_and_headers_repeat(exports: dict[str, Path]) -> None:
    document = _xml(exports["memo_en"], "word/document.xml")
    for table in document.iter(f"{W}tbl"):
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)


@pytest.mark.parametrize("name", ["memo_en", "annotated_2021"])
def test_own_properties_and_no_template_leftovers(exports: dict[str, Path], name: str) -> None:
    path = exports[name]
    props = open_docx(path).core_properties
    assert props.author == ("Anna de Vries" if name == "memo_en" else "demo")  # coder, else main coder
    assert props.title and "python-docx" not in (props.comments + props.title)
    now = datetime.now(UTC)
    for moment in (props.created, props.modified):
        assert now - timedelta(minutes=10) < moment <= now + timedelta(seconds=5)
    with zipfile.ZipFile(path) as archive:
        app = archive.read("docProps/app.xml").decode()
        rels = archive.read("_rels/.rels").decode() + archive.read("word/_rels/document.xml.rels").decode()
        core = archive.read("docProps/core.xml").decode()
    assert "<Application>Naast</Application>" in app and "Macintosh" not in app and "14.0000" not in app
    assert RT_THUMBNAIL not in rels and "customXml" not in rels and "stylesWithEffects" not in rels
    assert "2013" not in core and "python-docx" not in core


def test_comments_are_dated_by_their_notes_and_styles_are_defined(tmp_path: Path) -> None:
    project_path = tmp_path / "coded.naast"
    make_coded_project(project_path)
    with Project.open(project_path) as project:  # one note rewritten later than the others
        claim = next(c for c in list_claims(project) if c.note)
        project.apply(EditClaim(claim.id, "2026-11-30T16:45:10+01:00", note="Later herschreven."))
        noted = {c.note: c.modified for c in list_claims(project) if c.note}
    path = tmp_path / "memo.docx"
    assert main(["export", str(project_path), str(path)]) == 0
    styles = {s.get(f"{W}styleId") for s in _xml(path, "word/styles.xml").iter(f"{W}style")}
    assert {"CommentText", "CommentReference", "FootnoteText", "FootnoteReference"} <= styles
    dates = {}
    for comment in _xml(path, "word/comments.xml").iter(f"{W}comment"):
        dates["".join(t.text or "" for t in comment.iter(f"{W}t"))] = comment.get(f"{W}date")
    assert set(dates) == set(noted)
    assert dates["Later herschreven."] == "2026-11-30T15:45:10Z"
    for note, modified in noted.items():
        moment = datetime.fromisoformat(modified)
        moment = moment.astimezone(UTC) if moment.utcoffset() is not None else moment
        assert dates[note] == moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _run_lang(run: etree._Element) -> str | None:
    lang = run.find(f"{W}rPr/{W}lang")
    return None if lang is None else lang.get(f"{W}val")


def test_dutch_quotes_and_titles_are_tagged_dutch_in_an_english_memo(exports: dict[str, Path]) -> None:
    path = exports["memo_en"]
    normal = next(
        s for s in _xml(path, "word/styles.xml").iter(f"{W}style") if s.get(f"{W}styleId") == "Normal"
    )
    assert normal.find(f"{W}rPr/{W}lang").get(f"{W}val") == "en-GB"
    document = _xml(path, "word/document.xml")
    runs = list(document.iter(f"{W}r"))
    quotes = [r for r in runs if "".join(t.text or "" for t in r.iter(f"{W}t")).startswith("“")]
    assert quotes and all(_run_lang(r) == "nl-NL" for r in quotes)
    titles = [r for r in runs if "".join(t.text or "" for t in r.iter(f"{W}t")).startswith("Vragen van")]
    assert titles and all(_run_lang(r) == "nl-NL" for r in titles)
    labels = [r for r in runs if "".join(t.text or "" for t in r.iter(f"{W}t")) in ("Overview", "Legend")]
    assert labels and all(_run_lang(r) is None for r in labels)  # the memo's own language
    notes = _xml(path, "word/footnotes.xml")
    note_runs = [r for r in notes.iter(f"{W}r") if any(t.text for t in r.iter(f"{W}t"))]
    assert {_run_lang(r) for r in note_runs} == {"nl-NL", None}


def _body_text_with_notes(path: Path) -> str:
    """The body's text with each footnote reference written as ``[^id]``."""
    out = []
    for el in _xml(path, "word/document.xml").iter(f"{W}t", f"{W}footnoteReference"):
        out.append(el.text or "" if el.tag == f"{W}t" else f"[^{el.get(f'{W}id')}]")
    return "".join(out)


def test_annotated_export_keeps_the_sources_footnotes_at_their_markers(exports: dict[str, Path]) -> None:
    path = exports["annotated_2021"]
    notes = footnotes(path).notes
    assert any("35 300 VI" in text for text in notes.values())
    body = _body_text_with_notes(path)
    number = next(i for i, text in notes.items() if "35 300 VI" in text)
    assert f"Motie Becker.[^{number}]" in body
    assert "Becker.1" not in body


def test_a_lost_note_is_still_a_footnote_and_no_marker_stays_a_digit(exports: dict[str, Path]) -> None:
    path = exports["annotated_2019"]
    body = _body_text_with_notes(path)
    assert "1 juli 2019[^" in body and "20194" not in body
    notes = footnotes(path).notes
    assert len(notes) == 6
    assert sum("missing from the source" in text for text in notes.values()) == 2  # notes 3 and 4
    assert "Kamerstuk 19 637, nr. 2375." in notes.values()


@pytest.mark.parametrize("sample", sorted(p.name for p in samples_dir().glob("*.txt")))
def test_every_source_note_is_a_footnote_at_its_marker(demo: Path, tmp_path: Path, sample: str) -> None:
    with Project.open(demo, read_only=True) as project:
        document_id = find_document(project, sample)
        parsed = load_document(project, document_id).parsed
    out = tmp_path / "annotated.docx"
    assert main(["export", str(demo), str(out), "--document", str(document_id), "--annotated"]) == 0
    body = _body_text_with_notes(out)
    anchored = [n for n in parsed.footnotes if n.anchor is not None]
    assert len(footnotes(out).notes) == len(anchored)
    for note in anchored:
        before = parsed.text[max(0, note.anchor - 12) : note.anchor]
        if "\n" in before:
            continue  # a line break is not a w:t character; the note is still counted above
        assert before + note.marker not in body, (sample, note.marker, before)
        assert before + "[^" in body, (sample, note.marker, before)
