"""The same document as text, Word and PDF: every reader must find the same structure."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from parsing_corpus import SAMPLES, corpus_file
from parsing_roundtrip import convert, docx_to_pdf, libreoffice_available, structure, write_docx, write_html

from naast.core.parsing import parse_file


@pytest.mark.parametrize("name", SAMPLES)
def test_docx_gives_same_structure_and_text(name: str, tmp_path: Path) -> None:
    original = parse_file(corpus_file(name))
    path = write_docx(original, tmp_path / (Path(name).stem + ".docx"))
    again = parse_file(path)
    assert again.source_format == "docx"
    assert structure(again) == structure(original)
    assert again.text == original.text
    assert [f.anchor for f in again.footnotes] == [f.anchor for f in original.footnotes]


@pytest.mark.libreoffice
@pytest.mark.skipif(not libreoffice_available(), reason="needs LibreOffice (soffice)")
@pytest.mark.parametrize("name", SAMPLES)
def test_pdf_gives_same_structure(name: str, tmp_path: Path) -> None:
    original = parse_file(corpus_file(name))
    pdf = docx_to_pdf(write_docx(original, tmp_path / (Path(name).stem + ".docx")), tmp_path)
    again = parse_file(pdf)
    assert again.source_format == "pdf"
    assert len(again.pages) >= 2
    assert structure(again) == structure(original)


@pytest.mark.parametrize("name", SAMPLES)
def test_html_gives_same_structure_and_text(name: str, tmp_path: Path) -> None:
    original = parse_file(corpus_file(name))
    again = parse_file(write_html(original, tmp_path / (Path(name).stem + ".html")))
    assert again.source_format == "html"
    assert structure(again) == structure(original)
    assert again.text == original.text


@pytest.mark.libreoffice
@pytest.mark.skipif(not libreoffice_available(), reason="needs LibreOffice (soffice)")
def test_odt_gives_same_structure_and_text(tmp_path: Path) -> None:
    original = parse_file(corpus_file(SAMPLES[2]))  # the letter: sections and 18 footnotes
    odt = convert(write_docx(original, tmp_path / "letter.docx"), tmp_path, "odt")
    again = parse_file(odt)
    assert again.source_format == "odt"
    assert structure(again) == structure(original)
    assert again.text == original.text


@pytest.mark.libreoffice
@pytest.mark.skipif(not libreoffice_available(), reason="needs LibreOffice (soffice)")
def test_pdf_footnote_starting_in_lower_case(tmp_path: Path) -> None:
    original = parse_file(corpus_file(SAMPLES[0]))
    notes = tuple(
        replace(n, text="in het rapport van de ACVZ, juli 2021.") if n.marker == "5" else n
        for n in original.footnotes
    )
    changed = replace(original, footnotes=notes)
    again = parse_file(docx_to_pdf(write_docx(changed, tmp_path / "noten.docx"), tmp_path))
    assert [(n.marker, n.text) for n in again.footnotes] == [(n.marker, n.text) for n in notes]
