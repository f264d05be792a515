"""The one claims table (CSV, .xlsx, JSON): Must show 2 and 3, claim-id matching, and bad input."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from exchange_helpers import claim_facts
from openpyxl import load_workbook

from naast.cli import main
from naast.core.claims.commands import CreateClaim, EditClaim
from naast.core.exchange.table import COLUMNS
from naast.store.claims import list_claims
from naast.store.project import Project

LETTER = "2021-letter-broekers-knol-actieplan-veiligelanders.txt"
REPEATED = "Op dit punt verwijs ik graag"
FORMULA = '=HYPERLINK("http://example.org","x")'


def _code_second_occurrence(demo: Path) -> tuple[int, int]:
    """Tag the second occurrence of a phrase the letter repeats; give a claim a formula note."""
    with Project.open(demo) as project:
        doc_id, text = project.query("SELECT id, text FROM documents WHERE source_name = ?", [LETTER])[0]
        second = text.index(REPEATED, text.index(REPEATED) + 1)
        project.apply(
            CreateClaim(doc_id, second, second + len(REPEATED), "2026-03-01T12:00:00+00:00", coder="bea")
        )
        first = list_claims(project)[0]
        project.apply(EditClaim(first.id, "2026-03-02T12:00:00+00:00", note=FORMULA))
    return second, second + len(REPEATED)


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _export(demo: Path, out: Path, *extra: str) -> None:
    assert main(["claims", "export", str(demo), "-o", str(out), *extra]) == 0


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "json"])
def test_round_trip_into_a_fresh_project_places_every_row_and_adds_nothing_again(
    demo: Path, fresh: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    span = _code_second_occurrence(demo)
    table = tmp_path / f"claims.{suffix}"
    _export(demo, table, "--format", suffix)
    assert main(["claims", "import", str(fresh), str(table)]) == 0
    assert "11 added, 0 updated, 0 unchanged, 0 refused" in capsys.readouterr().out
    assert claim_facts(fresh) == claim_facts(demo)  # offsets, uid, coder, timestamps, note, topics ...
    with Project.open(fresh, read_only=True) as project:
        assert any((c.start, c.end) == span for c in list_claims(project))  # not the first occurrence
    assert main(["claims", "import", str(fresh), str(table)]) == 0
    assert "0 added, 0 updated, 11 unchanged, 0 refused" in capsys.readouterr().out
    with Project.open(fresh, read_only=True) as project:
        assert project.count("claims") == 11


def test_naast_export_csv_is_the_same_table_and_imports(demo: Path, fresh: Path, tmp_path: Path) -> None:
    _code_second_occurrence(demo)
    out = tmp_path / "memo-table.csv"
    assert main(["export", str(demo), str(out)]) == 0
    rows = _rows(out)
    assert tuple(rows[0]) == COLUMNS and len(rows) == 11
    assert main(["claims", "import", str(fresh), str(out)]) == 0
    assert claim_facts(fresh) == claim_facts(demo)


def test_a_row_with_a_known_claim_id_updates_that_claim_in_one_undoable_step(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "claims.csv"
    _export(demo, table)
    rows = _rows(table)
    rows[0]["stance"] = "rejects"
    rows[1]["note"] = "herzien"
    rows.append(dict(rows[2], claim_id="", coder="carla", note="een tweede codeur, een eigen claim"))
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    before = claim_facts(demo)
    assert main(["claims", "import", str(demo), str(table)]) == 0
    assert "1 added, 2 updated, 8 unchanged, 0 refused" in capsys.readouterr().out
    with Project.open(demo) as project:
        by_uid = {c.uid: c for c in list_claims(project)}
        assert by_uid[rows[0]["claim_id"]].stance.code == "rejects"  # type: ignore[union-attr]
        assert by_uid[rows[1]["claim_id"]].note == "herzien"
        assert project.count("claims") == 11
        project.undo()
    assert claim_facts(demo) == before


def test_formula_note_is_text_in_csv_and_xlsx(demo: Path, fresh: Path, tmp_path: Path) -> None:
    _code_second_occurrence(demo)
    table = tmp_path / "claims.csv"
    _export(demo, table)
    raw = table.read_text(encoding="utf-8-sig")
    assert "'" + FORMULA.replace('"', '""') in raw and f",{FORMULA}" not in raw
    workbook_path = tmp_path / "claims.xlsx"
    _export(demo, workbook_path)
    with zipfile.ZipFile(workbook_path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml  # no formula anywhere: the note is an inline string
    assert '<c r="P2" t="inlineStr"><is><t>=HYPERLINK(' in sheet_xml
    sheet = load_workbook(workbook_path).active
    notes = [row[COLUMNS.index("note")] for row in sheet.iter_rows(min_row=2)]
    cell = next(c for c in notes if c.value == FORMULA)
    assert cell.data_type == "s"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert main(["claims", "import", str(fresh), str(table)]) == 0
    with Project.open(fresh, read_only=True) as project:
        assert FORMULA in {c.note for c in list_claims(project)}  # the apostrophe is stripped again


HEADER = "document,quote,note\n"
QUOTE = "Gecontroleerd vertrek heeft daarom de voorkeur."


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8"])
def test_encodings_and_a_note_of_200000_characters(fresh: Path, tmp_path: Path, encoding: str) -> None:
    note = "é" * 200_000
    sheet = tmp_path / "sheet.csv"
    text = HEADER + f'Harderwijk,"{QUOTE}","{note}"\nHarderwijk,"{QUOTE}",ëën\n'
    sheet.write_bytes(text.encode(encoding))
    assert main(["claims", "import", str(fresh), str(sheet)]) == 0
    with Project.open(fresh, read_only=True) as project:
        assert sorted(c.note for c in list_claims(project)) == sorted([note, "ëën"])


def test_unterminated_quote_is_reported_and_the_other_rows_import(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        HEADER + f"Harderwijk,{QUOTE},voor\n" + 'Harderwijk,"kapot,geen eind\n' + f"Harderwijk,{QUOTE},na\n",
        encoding="utf-8",
    )
    assert main(["claims", "import", str(fresh), str(sheet)]) == 1
    out, err = capsys.readouterr()
    assert "line 3: an unterminated quote; the row was skipped" in err
    assert "2 added" in out
    with Project.open(fresh, read_only=True) as project:
        assert sorted(c.note for c in list_claims(project)) == ["na", "voor"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text spreadsheet"),
        (b"stance;topics\nx;y\n", "the header lacks the column quote"),
        (b"PK\x03\x04 broken", "not a readable .xlsx workbook"),
    ],
)
def test_unreadable_files_commit_nothing(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(content)
    assert main(["claims", "import", str(fresh), str(sheet)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with Project.open(fresh, read_only=True) as project:
        assert project.count("claims") == 0


def test_naast_export_xlsx_writes_the_table_as_a_workbook(demo: Path, fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.xlsx"
    assert main(["export", str(demo), str(out), "--actor", "Faber-van de Klashorst"]) == 0
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert tuple(header) == COLUMNS
    assert sheet.max_row - 1 == 3  # the three Faber claims of the demo
    assert main(["claims", "import", str(fresh), str(out)]) == 0
    with Project.open(fresh, read_only=True) as project:
        assert project.count("claims") == 3


def test_a_note_longer_than_an_excel_cell_is_refused_for_xlsx_only(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(HEADER + f'Harderwijk,"{QUOTE}","{"x" * 40_000}"\n', encoding="utf-8")
    assert main(["claims", "import", str(fresh), str(sheet)]) == 0
    out = tmp_path / "claims.xlsx"
    capsys.readouterr()
    assert main(["claims", "export", str(fresh), "-o", str(out)]) == 2
    assert "more than an Excel cell holds (32,767)" in capsys.readouterr().err and not out.exists()
    assert main(["claims", "export", str(fresh), "-o", str(tmp_path / "claims.csv")]) == 0


def test_a_hand_written_sheet_imported_twice_adds_nothing_the_second_time(
    fresh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(HEADER + f"Harderwijk,{QUOTE},eerste keer\n", encoding="utf-8")
    assert main(["claims", "import", str(fresh), str(sheet), "--coder", "dirk"]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["claims", "import", str(fresh), str(sheet), "--coder", "dirk"]) == 0
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().out
    sheet.write_text(HEADER + f"Harderwijk,{QUOTE},tweede keer\n", encoding="utf-8")
    assert main(["claims", "import", str(fresh), str(sheet), "--coder", "dirk"]) == 0
    assert "0 added, 1 updated" in capsys.readouterr().out
    assert main(["claims", "import", str(fresh), str(sheet), "--coder", "els"]) == 0  # another coder's own
    with Project.open(fresh, read_only=True) as project:
        assert sorted((c.coder, c.note) for c in list_claims(project)) == [
            ("dirk", "tweede keer"),
            ("els", "tweede keer"),
        ]
