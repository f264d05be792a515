"""Quotes with XML-invalid characters, very long quotes and claims whose document was deleted."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from export_readback import comment_anchors, comment_texts, footnotes, open_docx
from export_script import corpus_text

from naast.export.build import build_annotated_plan, build_memo_plan
from naast.export.docx_annotated import write_annotated_document
from naast.export.docx_writer import write_memo
from naast.export.plan import ClaimEntry, ClaimSpan, MemoMeta
from naast.export.xmltext import xml_safe

BAD = "Gecontroleerd\x00 vertrek\x0c heeft\x1b daarom\ufffe de voorkeur\x07."


def _all_text(path: Path) -> str:
    document = open_docx(path)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_xml_safe_drops_invalid_characters_and_keeps_the_rest() -> None:
    assert xml_safe(BAD) == "Gecontroleerd vertrek  heeft daarom de voorkeur."
    assert xml_safe("tab\tnewline\n€ 😀") == "tab\tnewline\n€ 😀"


def test_control_characters_long_quotes_and_deleted_documents(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    long_quote = " ".join(corpus_text("2021b").split())[:5000]
    assert len(long_quote) == 5000
    edge = [
        replace(claims[0], claim_id="bad", quote=BAD, note="note with \x01 control"),
        replace(claims[1], claim_id="long", quote=long_quote, note="long one"),
        replace(claims[2], claim_id="gone", document_missing=True, note="source gone"),
        replace(
            claims[3], claim_id="title", citation=replace(claims[3].citation, document_title="T\x02itel")
        ),
    ]
    path = write_memo(build_memo_plan(meta, edge), tmp_path / "edge.docx")
    text = _all_text(path)
    assert "Gecontroleerd vertrek  heeft daarom de voorkeur." in text
    assert long_quote in text
    assert "source document deleted from the project" in text
    anchors = comment_anchors(open_docx(path))
    by_note = {t: cid for cid, t in comment_texts(path).items()}
    assert anchors[by_note["long one"]] == f"“{long_quote}”"
    assert "note with  control" in by_note
    assert any(n.startswith("Titel") for n in footnotes(path).notes.values())


def test_annotated_document_with_control_characters_keeps_offsets(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    text = "Eerste zin.\x00 Tweede\x0b zin met een claim.\n\nDerde zin."
    start = text.index("Tweede")
    span = ClaimSpan("s1", start, text.index("\n\n"), claims[0].topic, claims[0].stance, "let op")
    citation = replace(claims[0].citation, document_title="Titel\x1f met stuurteken")
    plan = build_annotated_plan(meta, citation, text, [span], document_missing=True)
    path = write_annotated_document(plan, tmp_path / "annotated.docx")
    anchors = comment_anchors(open_docx(path))
    assert list(anchors.values()) == ["Tweede  zin met een claim."]
    assert "source document deleted from the project" in _all_text(path)
    assert "Titel met stuurteken" in _all_text(path)
