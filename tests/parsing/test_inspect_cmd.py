"""``naast inspect FILE --json``: the documented contract, and a readable summary without it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from parsing_corpus import FABER_2025, corpus_file

from naast.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_inspect_json_contract(capsys) -> None:
    assert main(["inspect", str(corpus_file(FABER_2025)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in (
        "type", "title", "askers", "addressees", "answered_by", "date_submitted", "date_received",
        "kenmerk", "vergaderjaar", "aanhangsel_number", "units", "footnotes", "text",
    ):  # fmt: skip
        assert key in data
    assert data["type"] == "answers"
    assert data["askers"] == [{"name": "Van Nispen", "party": "SP"}]
    assert data["answered_by"]["name"] == "Faber-van de Klashorst"
    assert data["kenmerk"] == "2025Z00029"
    answers = [u["answers"] for u in data["units"] if u["kind"] == "answer"]
    assert answers[:4] == [[1], [2], [3, 4], [5, 6]]
    assert "".join(u["text"] for u in data["units"]) == data["text"]
    assert data["footnotes"][0]["marker"] == "1"


def test_inspect_summary_and_error(capsys, tmp_path: Path) -> None:
    assert main(["inspect", str(corpus_file(FABER_2025))]) == 0
    out = capsys.readouterr().out
    assert "Faber-van de Klashorst" in out and "answers [3, 4]" in out
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    assert main(["inspect", str(empty)]) != 0
    assert capsys.readouterr().err.strip().endswith("the file is empty")


def test_inspect_does_not_load_qt() -> None:
    code = (
        "import sys; from naast.cli import main; main(['inspect', sys.argv[1], '--json']); "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(corpus_file(FABER_2025))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
