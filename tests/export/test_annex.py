"""The annex built from a real comparison of two corpus documents, written and read back."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from export_readback import open_docx, run_fill, tables_after_headings
from export_script import CORPUS, DOCS

from naast.core.compare import Comparison, compare_parsed
from naast.core.model import ParsedDocument
from naast.core.parsing import parse_file, parse_text
from naast.export.annex_build import build_annex
from naast.export.build import build_memo_plan
from naast.export.docx_annex import DELETE_COLOUR, INSERT_COLOUR, REUSED_FILL
from naast.export.docx_writer import write_memo
from naast.export.plan import AlignedPair, Annex, ChunkKind, ClaimEntry, DiffChunk, MemoMeta


def _corpus_comparison() -> tuple[Comparison, ParsedDocument, ParsedDocument]:
    """The 2019 answers against an edited copy: words changed, a sentence dropped, one added."""
    a = parse_file(CORPUS / DOCS["2019"].file)
    edited = (
        a.text.replace("heeft daarom de voorkeur", "heeft altijd de voorkeur")
        .replace("Wel kan ik ingaan op het landelijke beeld. ", "")
        .replace("Ja.", "Ja, daar heb ik kennis van genomen.")
    )
    b = parse_text(edited, source_name="edited.txt")
    return compare_parsed(a, b), a, b


def _flat(text: str) -> str:
    return text.replace("\n", " ").replace("\t", " ").replace("\r", " ")


def test_annex_pairs_tile_both_blocks_exactly() -> None:
    comparison, a, b = _corpus_comparison()
    assert comparison.pairs and any(p.chunks for p in comparison.pairs)
    annex = build_annex(comparison, a.text, b.text, DOCS["2019"].citation, DOCS["2025"].citation)
    pairs = sorted(comparison.pairs, key=lambda p: (p.a.start, p.b.start))
    for pair, aligned in zip(pairs, annex.pairs, strict=True):
        assert aligned.left_text == _flat(a.text[pair.a.start : pair.a.end])
        assert aligned.right_text == _flat(b.text[pair.b.start : pair.b.end])
        for start, end in aligned.left_reused:
            assert 0 <= start < end <= len(aligned.left_text)


def _fonts(table_xml: object) -> tuple[list[str], list[str], list[str]]:
    underlined, struck, shaded = [], [], []
    for r in table_xml.iter(qn("w:r")):  # type: ignore[attr-defined]
        text = "".join(t.text or "" for t in r.iter(qn("w:t")))
        rpr = r.find(qn("w:rPr"))
        if rpr is None:
            continue
        colour = rpr.find(qn("w:color"))
        colour_val = colour.get(qn("w:val")) if colour is not None else None
        if rpr.find(qn("w:u")) is not None and colour_val == INSERT_COLOUR[1:]:
            underlined.append(text)
        if rpr.find(qn("w:strike")) is not None and colour_val == DELETE_COLOUR[1:]:
            struck.append(text)
        if run_fill(r) == REUSED_FILL[1:]:
            shaded.append(text)
    return underlined, struck, shaded


def test_insertions_deletions_and_reuse_are_marked(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    chunks = (
        DiffChunk(ChunkKind.EQUAL, "Gecontroleerd vertrek heeft "),
        DiffChunk(ChunkKind.DELETE, "daarom "),
        DiffChunk(ChunkKind.INSERT, "altijd "),
        DiffChunk(ChunkKind.EQUAL, "de voorkeur.", "de  voorkeur."),
    )
    pair = AlignedPair("Antwoord 4", "Antwoord op vraag 8", chunks, ((0, 13),), ((0, 13),))
    annex = Annex(DOCS["2019"].citation, DOCS["2025"].citation, (pair,))
    assert pair.left_text == "Gecontroleerd vertrek heeft daarom de voorkeur."
    assert pair.right_text == "Gecontroleerd vertrek heeft altijd de  voorkeur."
    path = write_memo(build_memo_plan(meta, claims, annex=annex), tmp_path / "annex.docx")
    _section, table = tables_after_headings(open_docx(path))["Annex: aligned passages"]
    left, right = table.rows[1].cells
    assert left.text.endswith(pair.left_text) and right.text.endswith(pair.right_text)
    underlined, struck, shaded = _fonts(table._tbl)
    assert underlined == ["altijd "] and struck == ["daarom "]
    assert shaded == ["Gecontroleerd", "Gecontroleerd"]


def test_a_real_comparison_exports(tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]) -> None:
    comparison, a, b = _corpus_comparison()
    annex = build_annex(comparison, a.text, b.text, DOCS["2019"].citation, DOCS["2025"].citation)
    path = write_memo(build_memo_plan(meta, claims, annex=annex), tmp_path / "real.docx")
    _section, table = tables_after_headings(open_docx(path))["Annex: aligned passages"]
    assert len(table.rows) == 1 + len(annex.pairs)
    assert table.rows[1].cells[0].text.startswith(annex.pairs[0].left_label)
