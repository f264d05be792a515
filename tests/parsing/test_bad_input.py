"""Every bad input gives ImportFailed with one plain reason, and never a crash or a half result."""

from __future__ import annotations

import random
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from parsing_corpus import ANSWERS_2019, corpus_file, real_file
from parsing_roundtrip import write_docx

from naast.core.errors import ImportFailed
from naast.core.parsing import parse_file


def _fails(path: Path, **kwargs) -> str:
    with pytest.raises(ImportFailed) as info:
        parse_file(path, **kwargs)
    reason = info.value.reason
    assert reason and "\n" not in reason and "Traceback" not in reason
    assert str(path) in str(info.value)
    return reason


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx", "blank.txt"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"" if name != "blank.txt" else b"  \n\n \t\n")
    assert "empty" in _fails(path)


def test_binary_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(bytes(random.Random(3).randrange(256) for _ in range(4096)))
    assert "not a PDF" in _fails(path)


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"garbage " * 200)
    assert "damaged" in _fails(path)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.new_page(595, 842)
    path = tmp_path / "scan.pdf"
    pdf.save(str(path))
    pdf.close()
    assert "no text layer" in _fails(path)


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_encrypted_pdf(tmp_path: Path) -> None:
    source = write_docx(parse_file(corpus_file(ANSWERS_2019)), tmp_path / "secret.docx")
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"geheim"}}'
    )
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            options,
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    assert "encrypted" in _fails(tmp_path / "out" / "secret.pdf")


def test_corrupt_docx(tmp_path: Path) -> None:
    good = write_docx(parse_file(corpus_file(ANSWERS_2019)), tmp_path / "good.docx")
    path = tmp_path / "broken.docx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "not a valid zip" in _fails(path)


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(b"Dit is geen Word-bestand maar gewone tekst.\n")
    assert "not a valid .docx" in _fails(path)


def test_zip_bomb_disguised_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    chunk = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(64):  # 64 MB of zeros, about 64 KB compressed
            member.write(chunk)
    assert path.stat().st_size < 1 << 20
    started = time.perf_counter()
    assert "zip bomb" in _fails(path)
    assert time.perf_counter() - started < 1.0  # refused from the sizes, before decompressing


@pytest.mark.parametrize(
    "entity",
    ['<!ENTITY secret SYSTEM "file:///etc/passwd">', '<!ENTITY net SYSTEM "http://127.0.0.1:9/x">'],
)
def test_xml_with_external_entity(tmp_path: Path, entity: str) -> None:
    name = entity.split()[1]
    path = tmp_path / "vragen.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE kamervragen [{entity}]>\n'
        f"<kamervragen><vraag><nr>Vraag 1</nr><al>&{name};</al></vraag></kamervragen>",
        encoding="utf-8",
    )
    reason = _fails(path)
    assert "entities" in reason and "root:" not in reason


def test_xml_billion_laughs(tmp_path: Path) -> None:
    lol = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 10))
    path = tmp_path / "lol.xml"
    path.write_text(f'<!DOCTYPE k [<!ENTITY l0 "lol">{lol}]><k><al>&l9;</al></k>', encoding="utf-8")
    assert "entities" in _fails(path)


def test_malformed_xml(tmp_path: Path) -> None:
    path = tmp_path / "half.xml"
    path.write_text("<kamervragen><vraag><nr>Vraag 1</nr><al>Bent u", encoding="utf-8")
    assert "not well-formed" in _fails(path)


def test_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    shutil.copy(corpus_file(ANSWERS_2019), path)
    assert "over the limit" in _fails(path, max_bytes=4096)
    assert parse_file(path, max_bytes=1 << 20).units  # the same file within the limit


def test_text_in_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "raadsel.txt"
    path.write_bytes(bytes(random.Random(7).randrange(0x80, 0x100) for _ in range(3000)))
    assert "encoding is unknown" in _fails(path)


def test_binary_text_file(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 500)
    assert "binary" in _fails(path)


def test_missing_file(tmp_path: Path) -> None:
    assert _fails(tmp_path / "nergens.txt") == "the file does not exist"


def test_folder_named_like_a_document(tmp_path: Path) -> None:
    (tmp_path / "map.txt").mkdir()
    assert _fails(tmp_path / "map.txt") == "this is a folder, not a document"


@pytest.mark.parametrize("encoding", ["cp1252", "latin_1"])
def test_western_single_byte_text_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = corpus_file(ANSWERS_2019).read_text(encoding="utf-8")
    text = text.replace("«", '"').replace("»", '"').replace("–", "-").replace("’", "'")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    doc = parse_file(path)
    assert "Albanië" in doc.text and "Libië" in doc.text
    assert doc.askers[0].name == "Van Wijngaarden"
    assert len([u for u in doc.units if u.kind.value == "answer"]) == 9


def test_damaged_copies_fail_with_a_specific_reason(tmp_path: Path) -> None:
    """Bytes changed at random in real files: each gives a document or a specific reason, fast."""
    docx = write_docx(parse_file(corpus_file(ANSWERS_2019)), tmp_path / "bron.docx")
    sources = [real_file("ah-tk-20232024-1481.pdf"), docx, real_file("ah-tk-20192020-2197.fragments.xml")]
    rng = random.Random(5)
    for i in range(60):
        source = sources[i % len(sources)]
        data = bytearray(source.read_bytes())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"kapot{i}{source.suffix}"
        path.write_bytes(bytes(data))
        started = time.perf_counter()
        try:
            parse_file(path)
        except ImportFailed as exc:
            assert not exc.reason.startswith("the file could not be read ("), exc.reason
        assert time.perf_counter() - started < 2.0
