"""REFI-QDA projects (.qdpx): Must show 1, a project written by another tool, and bad files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from exchange_helpers import FIXTURES, claim_facts, schema

from naast.cli import main
from naast.core.claims.commands import EditClaim
from naast.store.claims import list_claims
from naast.store.codebook import topic_tree
from naast.store.project import Project

NOTE = '=HYPERLINK("http://example.org","x")'


def _annotate(demo: Path) -> None:
    """Give the demo claims what it lacks: notes (one a formula) and a second coder."""
    with Project.open(demo) as project:
        claims = list_claims(project)
        project.apply(EditClaim(claims[0].id, "2026-02-01T09:00:00+00:00", note=NOTE))
        project.apply(EditClaim(claims[1].id, "2026-02-02T09:00:00+00:00", note="twee\nregels", coder="bea"))


def test_demo_validates_and_every_claim_comes_back(demo: Path, tmp_path: Path) -> None:
    _annotate(demo)
    out = tmp_path / "demo.qdpx"
    assert main(["export", str(demo), str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde").decode("utf-8")
        sources = [n for n in archive.namelist() if n.startswith("sources/")]
    assert len(sources) == 4
    schema("Project.xsd").validate(qde)
    assert 'name="Stance" isCodable="false"' in qde and "<Case " in qde and "<Note " in qde

    other = tmp_path / "other.naast"
    assert main(["new", str(other)]) == 0
    assert main(["import", str(other), str(out)]) == 0
    original, copied = claim_facts(demo), claim_facts(other)
    assert len(original) == 10
    assert copied == original  # uid, quote, start, end, topics, stance, note, coder, timestamps, claimant

    assert main(["import", str(other), str(out)]) == 0  # again: nothing added
    assert claim_facts(other) == original
    second = tmp_path / "again.qdpx"
    assert main(["export", str(demo), str(second)]) == 0
    with zipfile.ZipFile(second) as archive:
        assert archive.read("project.qde").decode("utf-8") == qde  # guids stable across exports


def _foreign_qdpx(tmp_path: Path) -> Path:
    qde = (FIXTURES / "foreign-project.qde").read_text(encoding="utf-8")
    path = tmp_path / "interviews.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.write(FIXTURES / "interview.txt", "sources/5D4E6F70-8192-4DAE-BFC0-31425D6E7F80.txt")
    return path


def test_a_project_written_by_another_tool_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schema("Project.xsd").validate(str(FIXTURES / "foreign-project.qde"))
    target = tmp_path / "target.naast"
    Project.create(target).close()
    assert main(["import", str(target), str(_foreign_qdpx(tmp_path))]) == 0
    out, err = capsys.readouterr()
    assert "beleidsnota: a PDF source; Naast imports text sources only." in err
    assert "1 documents added" in out and "3 added" in out
    with Project.open(target, read_only=True) as project:
        claims = list_claims(project)
        text = project.query("SELECT text FROM documents")[0][0]
        tree = topic_tree(project)
    assert "\r" not in text and "vreemdelingen" in text  # parsed: line ends and the broken word
    quotes = {c.quote: c for c in claims}
    assert set(quotes) == {
        "De terugkeer van uitgeprocedeerde vreemdelingen blijft lastig.",
        "Landen van herkomst werken niet altijd mee.",
        "Europese samenwerking is daarom nodig",
    }
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.coder == "carla"
    first = quotes["De terugkeer van uitgeprocedeerde vreemdelingen blijft lastig."]
    assert first.note == "Zie ook het rapport van de Rekenkamer." and first.created == "2025-03-14T10:00:00Z"
    assert [t.label_en for t in first.topics] == ["Uitvoering", "Europa"]  # two selections, one claim
    nested = quotes["Landen van herkomst werken niet altijd mee."].topics[0]
    assert nested.label_en == "Medewerking herkomstlanden"
    assert next((n.label_en, n.description) for n in tree) == (
        "Uitvoering",
        "Hoe beleid in de praktijk uitpakt.",
    )
    assert tree[0].children[0].label_en == "Medewerking herkomstlanden"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a zip at all", "not a zip archive"),
        (b"", "not a zip archive"),
    ],
)
def test_unreadable_files_are_one_sentence_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    target = tmp_path / "target.naast"
    Project.create(target).close()
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(content)
    assert main(["import", str(target), str(bad)]) == 2
    err = capsys.readouterr().err
    assert reason in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with zipfile.ZipFile(tmp_path / "empty.qdpx", "w") as archive:
        archive.writestr("readme.txt", "no project here")
    assert main(["import", str(target), str(tmp_path / "empty.qdpx")]) == 2
    assert "holds no project.qde" in capsys.readouterr().err
    with Project.open(target, read_only=True) as project:
        assert project.count("documents") == 0 and project.count("history") == 0


def test_codes_land_on_the_topics_the_codebook_merge_matched(tmp_path: Path) -> None:
    """A code without a CAP code, spelt in lower case, is the project's topic 9 "Immigration"."""
    from naast.core.claims.codebook import Codebook, TopicSpec
    from naast.core.exchange.qdpx_model import ExportClaim, ExportDocument, ExportProject
    from naast.core.exchange.qdpx_write import qdpx_bytes

    text = "Het kabinet wil dat terugkeer sneller gaat.\n"
    codebook = Codebook((TopicSpec("immigration", "immigratie", "#ABCDEF", None, (), "Eigen definitie."),))
    claim = ExportClaim(
        "0b3c5d0e-1111-4222-8333-944455556666", "doc", 0, 42, text[:42], ("topic/immigration",)
    )
    project = ExportProject("p", codebook, (ExportDocument("doc", "notitie.txt", text),), (), (claim,))
    path = tmp_path / "p.qdpx"
    path.write_bytes(qdpx_bytes(project))
    target = tmp_path / "target.naast"
    assert main(["new", str(target)]) == 0
    assert main(["import", str(target), str(path)]) == 0
    with Project.open(target, read_only=True) as opened:
        (imported,) = list_claims(opened)
        tree = {n.code: n for n in topic_tree(opened)}
    assert [t.code for t in imported.topics] == ["9"]
    assert tree["9"].description == "Eigen definitie." and tree["9"].label_en == "immigration"
