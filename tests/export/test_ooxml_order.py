"""Word is strict where LibreOffice is lenient: child elements must follow the schema's order.

Checks every run and cell property block of the memo, the annotated document and the footnotes
against the sequences of ECMA-376 (CT_RPr, CT_TcPr), where hand-made XML (shading) is inserted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from export_script import DOCS, corpus_text, scripted_spans, scripted_units
from lxml import etree

from naast.export.build import build_annotated_plan, build_memo_plan
from naast.export.docx_annotated import write_annotated_document
from naast.export.docx_writer import write_memo
from naast.export.plan import ClaimEntry, MemoMeta

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RPR = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
TCPR = (
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark"
)
ORDERS = {"rPr": RPR, "tcPr": TCPR.split()}


def _violations(xml: bytes) -> list[str]:
    found = []
    for name, order in ORDERS.items():
        for props in etree.fromstring(xml).iter(f"{W}{name}"):
            tags = [child.tag.removeprefix(W) for child in props]
            unknown = [t for t in tags if t not in order]
            positions = [order.index(t) for t in tags if t in order]
            if unknown or positions != sorted(positions) or len(set(tags)) != len(tags):
                found.append(f"{name}: {tags}")
    return found


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        names = ("word/document.xml", "word/footnotes.xml", "word/comments.xml", "word/styles.xml")
        return {n: archive.read(n) for n in names if n in archive.namelist()}


def test_memo_and_annotated_document_follow_the_schema_order(
    tmp_path: Path, meta: MemoMeta, claims: list[ClaimEntry]
) -> None:
    memo = write_memo(build_memo_plan(meta, claims), tmp_path / "memo.docx")
    text = corpus_text("2019")
    plan = build_annotated_plan(
        meta, DOCS["2019"].citation, text, scripted_spans("2019"), units=scripted_units(text)
    )
    annotated = write_annotated_document(plan, tmp_path / "annotated.docx")
    for path in (memo, annotated):
        parts = _parts(path)
        assert len(parts) == 4
        for name, xml in parts.items():
            assert _violations(xml) == [], f"{path.name} {name}"
