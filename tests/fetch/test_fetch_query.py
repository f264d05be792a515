"""Must show 1: a query for answers on a word in a date range fetches, parses and imports every
listed document with its official metadata; a second run adds nothing."""

from __future__ import annotations

from pathlib import Path

from fetch_helpers import ANSWERS, ANSWERS_QUERY, consistent, fetch, new_project, official_metadata, snapshot
from loopback import Loopback

from naast.core.model import DocType
from naast.store.documents import find_document, load_document
from naast.store.project import Project


def test_every_listed_answer_arrives_with_its_official_metadata(
    tmp_path: Path, loopback: Loopback, capsys
) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    assert "6 listed: 6 imported" in capsys.readouterr().out
    consistent(project)
    with Project.open(project, read_only=True) as p:
        assert sorted(r[0] for r in p.query("SELECT identifier FROM documents")) == sorted(ANSWERS)
        for identifier in ANSWERS:
            official = official_metadata(identifier)
            doc = load_document(p, find_document(p, identifier)).parsed
            assert doc.doc_type is DocType.ANSWERS
            assert doc.kenmerk == official["OVERHEIDop.vraagnummer"][0]
            assert doc.date_submitted == official["OVERHEIDop.datumIndiening"][0]
            assert doc.date_received == official["OVERHEIDop.datumOntvangst"][0]  # official wins
            assert doc.vergaderjaar == official["OVERHEIDop.vergaderjaar"][0]
            assert doc.aanhangsel_number == str(int(official["OVERHEIDop.aanhangselNummer"][0][4:]))
            assert doc.title == official["DC.title"][0]
            assert doc.extra["official:OVERHEID.category"] == official["OVERHEID.category"][0]
            surnames = {name.split()[-1].casefold() for name in official["OVERHEIDop.indiener"]}
            assert {a.name.split()[-1].casefold() for a in doc.askers} == surnames
            assert all(a.party for a in doc.askers)  # the party at the time, from the OData case
            assert [u for u in doc.units if u.kind.value == "answer"]  # parsed into structure
        pdf = load_document(p, find_document(p, "ah-tk-20242025-411")).parsed
        assert pdf.source_format == "pdf"  # no XML published: the PDF instead
        xml = load_document(p, find_document(p, "ah-tk-20232024-2903")).parsed
        assert xml.source_format == "xml"
        assert [(a.name, a.party) for a in xml.askers] == [("A.H. Podt", "D66"), ("H.M. van Dijk", "CDA")]


def test_a_second_run_adds_nothing(tmp_path: Path, loopback: Loopback, capsys) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    before = snapshot(project)
    loopback.hits.clear()
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    assert "6 listed: 0 imported, 6 already in the project" in capsys.readouterr().out
    assert snapshot(project) == before
    assert loopback.paths("/frbr/") == []  # skipped by identifier before any download


def test_a_document_imported_by_hand_is_recognised_by_its_content(tmp_path: Path, loopback: Loopback) -> None:
    from naast.cli import main

    source = next(Path(__file__).parent.glob("recorded/repository/**/ah-tk-20232024-2902.xml"))
    plain = tmp_path / "2902.xml"
    plain.write_bytes(source.read_bytes())  # no metadata.xml beside it: no identifier to match on
    project = new_project(tmp_path)
    assert main(["import", str(project), str(plain)]) == 0
    with Project.open(project, read_only=True) as p:
        assert p.query("SELECT identifier FROM documents")[0][0] is None
    assert fetch(loopback, project, *ANSWERS_QUERY) == 0
    with Project.open(project, read_only=True) as p:
        assert p.count("documents") == 6
        states = dict(p.query("SELECT identifier, state FROM fetch_items"))
    assert states["ah-tk-20232024-2902"] == "present"


def test_dry_run_counts_first_and_changes_nothing(tmp_path: Path, loopback: Loopback, capsys) -> None:
    project = new_project(tmp_path)
    before = project.read_bytes()
    assert fetch(loopback, project, *ANSWERS_QUERY, "--dry-run") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "6 documents would be fetched (0 already in the project)"
    assert [line.split("\t")[0] for line in lines[1:]] == ANSWERS
    assert project.read_bytes() == before
    assert loopback.paths("/frbr/") == []


def test_undo_takes_a_fetched_document_back_with_its_provenance_and_case(
    tmp_path: Path, loopback: Loopback
) -> None:
    project = new_project(tmp_path)
    assert fetch(loopback, project, "ah-tk-20232024-2902") == 0
    with Project.open(project) as p:
        assert p.undo_label() == "Fetch ah-tk-20232024-2902"
        p.undo()
        for table in ("documents", "document_provenance", "case_documents", "cases"):
            assert p.count(table) == 0, table
        p.redo()
        assert p.count("document_provenance") > 0 and p.count("case_documents") == 1
