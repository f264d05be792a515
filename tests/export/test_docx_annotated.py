"""The annotated document export: one corpus document with its claims, read back."""

from __future__ import annotations

from pathlib import Path

from docx.text.run import Run
from export_readback import comment_anchors, comment_texts, footnotes, open_docx, run_fill
from export_script import DOCS, corpus_text, locate, scripted_spans, scripted_units

from naast.export.build import build_annotated_plan
from naast.export.citation import full_citation
from naast.export.docx_annotated import layout_blocks, write_annotated_document
from naast.export.plan import ClaimSpan, MemoMeta, UnitHeading


def _write(tmp_path: Path, meta: MemoMeta, doc_key: str, spans: list[ClaimSpan]) -> Path:
    text = corpus_text(doc_key)
    plan = build_annotated_plan(meta, DOCS[doc_key].citation, text, spans, units=scripted_units(text))
    return write_annotated_document(plan, tmp_path / f"{doc_key}.docx")


def _shaded_text(path: Path) -> dict[str, str]:
    """Topic fill → the concatenated text of the runs shaded with it."""
    out: dict[str, str] = {}
    for para in open_docx(path).paragraphs:
        for run in para.runs:
            fill = run_fill(run._r)
            if fill:
                out[fill] = out.get(fill, "") + run.text
    return out


def test_every_claim_is_highlighted_and_every_note_is_a_comment(tmp_path: Path, meta: MemoMeta) -> None:
    spans = scripted_spans("2025")
    path = _write(tmp_path, meta, "2025", spans)
    text = corpus_text("2025")
    shaded = _shaded_text(path)
    for span in spans:
        assert text[span.start : span.end] in shaded[span.topic.colour.lstrip("#").upper()]
    texts, anchors = comment_texts(path), comment_anchors(open_docx(path))
    noted = [s for s in spans if s.note]
    assert len(texts) == len(noted) >= 2
    by_note = {t: cid for cid, t in texts.items()}
    for span in noted:
        assert anchors[by_note[span.note]] == text[span.start : span.end]
    assert footnotes(path).notes == {}  # the source is cited in full under the title, not in a note
    source = next(p.text for p in open_docx(path).paragraphs if p.text.startswith("Source: "))
    assert source == "Source: " + full_citation(DOCS["2025"].citation, "en")


def test_unit_headers_become_heading_2(tmp_path: Path, meta: MemoMeta) -> None:
    path = _write(tmp_path, meta, "2019", scripted_spans("2019"))
    headings = [p.text for p in open_docx(path).paragraphs if p.style.name == "Heading 2"]
    assert "Antwoord 4" in headings and "Vraag 2 en 3" in headings
    body = " ".join(" ".join(p.text.split()) for p in open_docx(path).paragraphs)
    assert "Gecontroleerd vertrek heeft daarom de voorkeur." in body


def test_overlapping_and_paragraph_crossing_claims(tmp_path: Path, meta: MemoMeta) -> None:
    text = corpus_text("2021r")
    topic_a, topic_b = scripted_spans("2021r")[0].topic, scripted_spans("2019")[1].topic
    outer_start = text.index("Allereerst")
    inner_start = locate(text, "Ik deel de bevinding")[0]
    crossing_end = text.index("De bevindingen van de Europese") + 20
    spans = [
        ClaimSpan("x1", outer_start, crossing_end, topic_a, None, "crosses paragraphs"),
        ClaimSpan("x2", inner_start, inner_start + 30, topic_b, None, "nested"),
    ]
    path = _write(tmp_path, meta, "2021r", spans)
    anchors = comment_anchors(open_docx(path))
    by_note = {t: cid for cid, t in comment_texts(path).items()}
    assert _words(anchors[by_note["nested"]]) == _words(text[inner_start : inner_start + 30])
    outer = _words(anchors[by_note["crosses paragraphs"]])
    assert outer == _words(text[outer_start:crossing_end])
    assert run_fill(_run_with(path, "Ik deel")._r) == topic_b.colour[1:].upper()
    assert run_fill(_run_with(path, "Allereerst")._r) == topic_a.colour[1:].upper()


def _words(text: str) -> str:
    return " ".join(text.split())


def _run_with(path: Path, start: str) -> Run:
    return next(r for p in open_docx(path).paragraphs for r in p.runs if r.text.startswith(start))


def test_layout_blocks_split_header_lines_from_text() -> None:
    text = "Intro line.\n\nVraag 1\nIs dit zo?\n\nAntwoord 1\nJa."
    vraag, antwoord = text.index("Vraag"), text.index("Antwoord")
    units = (UnitHeading("Vraag 1", vraag, antwoord), UnitHeading("Antwoord 1", antwoord, len(text)))
    blocks = [(text[s:e], h) for s, e, h in layout_blocks(text, units)]
    assert blocks == [
        ("Intro line.", False),
        ("Vraag 1", True),
        ("Is dit zo?", False),
        ("Antwoord 1", True),
        ("Ja.", False),
    ]


def test_claim_list_repeats_stance_topic_and_note_for_print(tmp_path: Path, meta: MemoMeta) -> None:
    spans = scripted_spans("2021b")
    path = _write(tmp_path, meta, "2021b", spans)
    table = open_docx(path).tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(rows) == len(spans)
    for row, span in zip(rows, sorted(spans, key=lambda s: s.start), strict=True):
        assert span.stance is not None and span.stance.label in row[1]
        assert span.topic.label in row[2]
        assert _words(corpus_text("2021b")[span.start : span.end]) in row[3]
        assert row[4] == (span.note or "")
