"""The comparison memo written from the scripted coding and read back with python-docx."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from export_readback import (
    comment_anchors,
    comment_texts,
    footnote_reference_ids,
    footnotes,
    open_docx,
    run_fill,
    tables_after_headings,
)
from export_script import TOPICS

from naast.export.build import build_memo_plan
from naast.export.docx_writer import PORTRAIT_MAX_COLUMNS, write_memo
from naast.export.docx_xml import COMMENT_ID_BASE
from naast.export.labels import default_stances
from naast.export.plan import ClaimEntry, MemoMeta
from naast.export.progress import ExportCancelled

GLYPH_COUNT = re.compile(r"([▲▼●◆○?])\s*(\d+)")


@pytest.fixture
def memo(tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]) -> Path:
    return write_memo(build_memo_plan(meta, claims), tmp_path / "memo.docx")


def test_headings_use_builtin_heading_styles(memo: Path) -> None:
    document = open_docx(memo)
    headings = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")}
    for topic in TOPICS.values():
        assert headings[topic.label] == "Heading 1"
    assert headings["Overview"] == "Heading 1"
    assert headings["Legend"] == "Heading 1"
    assert headings["Stances"] == "Heading 2"


def test_overview_counts_match_the_claims(memo: Path, claims: list[ClaimEntry]) -> None:
    _section, table = tables_after_headings(open_docx(memo))["Overview"]
    header = [c.text for c in table.rows[0].cells]
    glyph_of = {s.key: s.glyph for s in default_stances("en")}
    expected = Counter((c.actor, c.topic.label, glyph_of[c.stance.key]) for c in claims if c.stance)
    seen: Counter[tuple[str, str, str]] = Counter()
    actors = set()
    for row in table.rows[1:]:
        cells = [c.text for c in row.cells]
        actors.add(cells[0])
        for topic, text in zip(header[1:-1], cells[1:-1], strict=True):
            for glyph, count in GLYPH_COUNT.findall(text):
                seen[(cells[0], topic, glyph)] += int(count)
        assert int(cells[-1]) == sum(1 for c in claims if c.actor == cells[0])
    assert seen == expected
    assert actors == {c.actor for c in claims}


def test_each_quote_sits_in_its_actors_column_with_the_topic_shading(
    memo: Path, claims: list[ClaimEntry]
) -> None:
    tables = tables_after_headings(open_docx(memo))
    for claim in claims:
        _section, table = tables[claim.topic.label]
        header = [c.text for c in table.rows[0].cells]
        column = header.index(claim.actor)
        runs = [
            run
            for row in table.rows[1:]
            for para in row.cells[column].paragraphs
            for run in para.runs
            if claim.quote in run.text
        ]
        assert len(runs) == 1, claim.quote
        assert run_fill(runs[0]._r) == claim.topic.colour.lstrip("#").upper()
        others = [c for i, c in enumerate(header) if i != column]
        for row in table.rows[1:]:
            for i, cell in enumerate(row.cells):
                if header[i] in others:
                    assert claim.quote not in cell.text


def test_notes_are_word_comments_anchored_on_their_quotes(memo: Path, claims: list[ClaimEntry]) -> None:
    texts = comment_texts(memo)
    anchors = comment_anchors(open_docx(memo))
    with_notes = [c for c in claims if c.note]
    assert len(texts) == len(with_notes) == len(anchors)
    assert min(texts) >= COMMENT_ID_BASE
    by_note = {text: cid for cid, text in texts.items()}
    for claim in with_notes:
        cid = by_note[claim.note]
        assert anchors[cid] == f"“{claim.quote}”"


def test_sources_are_real_footnotes(memo: Path, claims: list[ClaimEntry]) -> None:
    part = footnotes(memo)
    assert part.content_type_declared and part.related
    assert part.separators == 2
    assert len(part.notes) == len(claims)
    assert sorted(footnote_reference_ids(open_docx(memo))) == sorted(part.notes)
    for claim in claims:
        matching = [n for n in part.notes.values() if n.startswith(claim.citation.document_title)]
        assert any(claim.citation.unit_label in n for n in matching)
    faber = next(n for n in part.notes.values() if "Van Nispen" in n)
    assert "kenmerk 2025Z00029" in faber


def test_a4_pages_and_landscape_for_wide_tables(memo: Path) -> None:
    document = open_docx(memo)
    for section in document.sections:
        assert sorted([round(section.page_width.mm), round(section.page_height.mm)]) == [210, 297]
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        assert landscape == (section.page_width > section.page_height)
    topic_tables = {h: t for h, t in tables_after_headings(document).items() if h != "Overview"}
    assert len(topic_tables) == len(TOPICS)
    # one orientation for the whole body (no section break, so no half-empty page before it):
    # landscape, because one topic has more actors than fit on a portrait page
    assert len(document.sections) == 1
    assert max(len(t.columns) for _i, t in topic_tables.values()) > PORTRAIT_MAX_COLUMNS
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    terugkeer = tables_after_headings(document)[TOPICS["terugkeer"].label]
    assert len(terugkeer[1].columns) == 4


def test_a_narrow_memo_stays_portrait_in_one_section(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    two_actors = [c for c in claims if c.actor.startswith(("Faber", "Broekers-Knol (2019)"))]
    two_topics = [c for c in two_actors if c.topic.key in ("terugkeer", "overlast")]
    short = [replace(c, topic=replace(c.topic, label=c.topic.label.split()[0])) for c in two_topics]
    document = open_docx(write_memo(build_memo_plan(meta, short), tmp_path / "narrow.docx"))
    assert len(document.sections) == 1
    assert document.sections[0].orientation == WD_ORIENT.PORTRAIT


def test_dutch_labels(tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]) -> None:
    dutch = MemoMeta(meta.title, meta.author, meta.date, meta.project, language="nl")
    path = write_memo(build_memo_plan(dutch, claims), tmp_path / "memo-nl.docx")
    text = "\n".join(p.text for p in open_docx(path).paragraphs)
    assert "Overzicht" in text and "Legenda" in text and "22 november 2026" in text
    assert "verwerpt" in text


def test_progress_is_reported_and_cancel_leaves_no_file(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    plan = build_memo_plan(meta, claims)
    reports: list[tuple[int, int]] = []
    write_memo(plan, tmp_path / "a.docx", progress=lambda done, total: reports.append((done, total)))
    assert reports[-1] == (len(claims) + 1, len(claims) + 1)
    assert [d for d, _t in reports] == sorted(d for d, _t in reports)

    calls = iter(range(1000))
    with pytest.raises(ExportCancelled):
        write_memo(plan, tmp_path / "b.docx", cancelled=lambda: next(calls) > 5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]


def test_a_row_of_many_claims_may_break_but_small_rows_do_not(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    topic = claims[0].topic
    two = [next(c for c in claims if c.actor.startswith(who)) for who in ("Broekers-Knol (2019)", "Faber")]
    many = [replace(two[i % 2], claim_id=f"m{i}", topic=topic, proposition="Eén stelling") for i in range(10)]
    single = [replace(two[0], claim_id="s1", topic=topic, proposition=None)]
    document = open_docx(write_memo(build_memo_plan(meta, many + single), tmp_path / "many.docx"))
    _section, table = tables_after_headings(document)[topic.label]
    flags = [row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in table.rows]
    # header, "same proposition" label, the row of ten claims, the single claim's row
    assert flags == [True, True, False, True]
