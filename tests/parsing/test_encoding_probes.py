"""Text files in the encodings Dutch documents really come in: Windows cp1252 and UTF-16 with a
byte order mark (Notepad's "Unicode", Word's "Unicode text")."""

from __future__ import annotations

from pathlib import Path

import pytest

from naast.core.errors import ImportFailed
from naast.core.parsing import parse_file

ANSWERS = """Vragen van het lid Kostić (PvdD) aan de Minister van Financiën over de «vliegtaks» \
(ingezonden 3 oktober 2024).

Antwoord van Minister Heinen (Financiën) (ontvangen 24 oktober 2024).

Vraag 1
Klopt het dat de opbrengst € 400 miljoen bedraagt – en niet € 200 miljoen?

Antwoord 1
Ja, dat klopt. De opbrengst wordt geraamd op € 400 miljoen; zie de ‘Miljoenennota’ en de reactie van \
België, Oekraïne en Curaçao op het rapport «Belastingen in Nederland» van 2 oktober.

Vraag 2
Wat is de reactie van de Minister van Financiën op het rapport?

Antwoord 2
Het kabinet heeft kennisgenomen van het rapport en reageert vóór de behandeling van het Belastingplan – \
naar verwachting in november. De financiële gevolgen zijn beperkt; het geïnformeerde publiek weet dat.
"""


def test_long_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "vliegtaks.txt"
    text = ANSWERS.replace("Kostić", "Kostic") + "\n"  # ć is not in cp1252
    notes = (f"Zie ook: de financiële stukken, België en € {i}00 – «nota {i}»." for i in range(30))
    body = text + "\n".join(notes)
    path.write_bytes(body.encode("cp1252"))
    doc = parse_file(path)
    assert "€ 400 miljoen" in doc.text and "België, Oekraïne en Curaçao" in doc.text
    assert "«vliegtaks»" in doc.text and "geïnformeerde" in doc.text
    assert doc.answered_by is not None and doc.answered_by.ministry == "Financiën"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unicode.txt"
    data = ANSWERS.replace("\n", "\r\n").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    doc = parse_file(path)
    assert "Kostić" in doc.text and "€ 400 miljoen" in doc.text
    assert [p.name for p in doc.askers] == ["Kostić"]


def test_cyrillic_single_byte_text_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "russisch.txt"
    path.write_bytes(("Вопросы депутата о налоге на авиабилеты. " * 40).encode("cp1251"))
    with pytest.raises(ImportFailed) as info:
        parse_file(path)
    assert "encoding is unknown" in info.value.reason
