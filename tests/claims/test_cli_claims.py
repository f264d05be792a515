"""``naast claims import|export`` (Must show 6) and ``naast codebook export|import``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from claims_helpers import seeded_project, tag

from naast.cli import main
from naast.store.claims import list_claims
from naast.store.codebook import codebook_of
from naast.store.project import Project

SHEET = (
    "document,quote,topics,stance,claimant,note\n"
    '2025Z00029,"Ik sta nog steeds achter een harde aanpak","9; Law and Crime",steunt,,first\n'
    "2099Z99999,Wat dan ook,9,supports,,unknown document\n"
    "2025Z00029,Deze zin staat nergens in het document.,9,supports,,quote not found\n"
    "2025Z00029,Daar zet ik op in.,9,enthousiast,,unknown stance\n"
    'Van Wijngaarden en Weverling,"Gecontroleerd  vertrek heeft\n'
    'daarom de voorkeur",Immigratie en integratie,neutral/informative,,spaces differ\n'
    "2025Z00029,Het sluitstuk van die aanpak is terugkeer naar het land van herkomst,"
    'International Affairs,REJECTS,Van Nispen,"a note, with a comma\nand a second line"\n'
    "2025Z00029,Daar zet ik op in.,Astrologie,supports,,unknown topic\n"
)


@pytest.fixture
def project_file(tmp_path: Path, corpus: Path) -> Path:
    project, _ = seeded_project(tmp_path / "cli.naast", corpus)
    project.close()
    return tmp_path / "cli.naast"


def test_csv_import_reports_bad_rows_by_line_and_imports_the_good(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "coding.csv"
    sheet.write_text(SHEET, encoding="utf-8-sig")
    assert main(["claims", "import", str(project_file), str(sheet), "--coder", "bea"]) == 1
    out, err = capsys.readouterr()
    assert "3 added, 0 updated, 0 unchanged, 4 refused" in out
    problems = [line.split(": ", 1)[1] for line in err.splitlines()]
    assert problems == [
        "line 3: No document in this project matches '2099Z99999'.",
        "line 4: the quote was not found in '2025Z00029'",
        "line 5: unknown stance 'enthousiast'",
        "line 10: unknown topic 'Astrologie'",
    ]
    with Project.open(project_file) as project:
        claims = list_claims(project)
        assert project.history(1)[0].label == "Import 3 claims from coding.csv"
        by_note = {c.note: c for c in claims}
        first = by_note["first"]
        assert first.quote == "Ik sta nog steeds achter een harde aanpak"
        assert [t.code for t in first.topics] == ["9", "12"] and first.stance is not None
        assert first.stance.code == "supports" and first.claimant == "Faber-van de Klashorst"
        assert by_note["spaces differ"].quote == "Gecontroleerd vertrek heeft daarom de voorkeur"
        fuzzy = by_note["a note, with a comma\nand a second line"]
        assert fuzzy.quote.startswith("Het sluitstuk") and fuzzy.quote.endswith("land van herkomst")
        assert fuzzy.claimant == "Van Nispen" and fuzzy.coder == "bea"
        project.undo()
        assert list_claims(project) == []


def test_export_json_and_csv_with_filters(project_file: Path, tmp_path: Path) -> None:
    with Project.open(project_file) as project:
        names = {
            "faber": project.query("SELECT id FROM documents WHERE kenmerk = '2025Z00029'")[0][0],
        }
        tag(project, names["faber"], "Ik sta nog steeds achter", topics=("9",), stance="supports")
        tag(project, names["faber"], "Gaat hier volgens u niet", topics=("12",), stance="rejects")
    out = tmp_path / "claims.json"
    assert main(["claims", "export", str(project_file), "--format", "json", "-o", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [r["quote"] for r in rows] == ["Ik sta nog steeds achter", "Gaat hier volgens u niet"]
    expected_keys = {
        "claim_id",
        "document_id",
        "identifier",
        "source",
        "document",
        "kenmerk",
        "unit",
        "start",
        "end",
        "quote",
        "topics",
        "stance",
    }
    expected_keys |= {
        "claimant",
        "addressee",
        "proposition",
        "note",
        "coder",
        "status",
        "created",
        "modified",
    }
    assert expected_keys <= set(rows[0])
    assert rows[1]["unit"] == "Vraag 9" and rows[1]["claimant"] == "Van Nispen"
    assert rows[0]["topics"] == ["Immigration"] and rows[0]["stance"] == "supports"
    assert rows[0]["kenmerk"] == "2025Z00029" and rows[0]["status"] == "ok"

    filtered = tmp_path / "supports.csv"
    args = ["claims", "export", str(project_file), "--format", "csv", "-o", str(filtered)]
    assert main([*args, "--stance", "steunt", "--topic", "Immigratie en integratie", "--language", "nl"]) == 0
    raw = filtered.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["quote"] for r in table] == ["Ik sta nog steeds achter"]
    assert table[0]["stance"] == "steunt" and table[0]["topics"] == "Immigratie en integratie"
    assert main([*args, "--actor", "Van Nispen"]) == 0
    assert [r["quote"] for r in csv.DictReader(io.StringIO(filtered.read_text("utf-8-sig")))] == [
        "Gaat hier volgens u niet"
    ]
    assert main([*args, "--stance", "no such stance"]) == 2


def test_codebook_round_trip_between_projects(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "codebook.json"
    assert main(["codebook", "export", str(project_file), str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["topics"][8]["children"] = [
        {"code": "930", "label_en": "Return", "label_nl": "Terugkeer", "colour": "#DDEEFF"}
    ]
    data["stances"][0]["label_en"] = "backs"
    exported.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "other.naast"
    assert main(["new", str(other)]) == 0
    assert main(["codebook", "import", str(other), str(exported)]) == 0
    with Project.open(other) as project:
        codebook = codebook_of(project)
    assert codebook.topics[8].label_en == "Immigration"
    assert [c.label_nl for c in codebook.topics[8].children] == ["Terugkeer"]
    assert codebook.stances[0].label_en == "backs" and len(codebook.stances) == 5
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    capsys.readouterr()
    assert main(["codebook", "import", str(other), str(bad)]) == 2
    assert "not a Naast codebook" in capsys.readouterr().err


def test_refi_qda_codebook_round_trip(project_file: Path, tmp_path: Path) -> None:
    qdc = tmp_path / "codebook.qdc"
    assert main(["codebook", "export", str(project_file), str(qdc)]) == 0
    text = qdc.read_text(encoding="utf-8")
    assert 'xmlns="urn:QDA-XML:codebook:1.0"' in text and 'name="Immigration"' in text
    other = tmp_path / "empty.naast"
    Project.create(other).close()
    assert main(["codebook", "import", str(other), str(qdc)]) == 0
    with Project.open(other) as imported, Project.open(project_file, read_only=True) as original:
        assert codebook_of(imported) == codebook_of(original)
