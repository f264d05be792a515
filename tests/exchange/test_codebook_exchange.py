"""Codebooks through REFI-QDA .qdc: Must show 4 (ATLAS.ti 9's 0:4 codebook; descriptions both ways)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from exchange_helpers import FIXTURES, schema

from naast.cli import main
from naast.core.claims.codebook_commands import EditTopic
from naast.store.codebook import codebook_of, topic_tree
from naast.store.project import Project

DEFINITION = "Beleid over asiel, migratie en integratie; ook terugkeer.\nTweede regel."


def test_an_atlas_ti_9_codebook_imports(tmp_path: Path) -> None:
    target = tmp_path / "target.naast"
    Project.create(target).close()
    assert main(["codebook", "import", str(target), str(FIXTURES / "atlasti9-codebook.qdc")]) == 0
    with Project.open(target, read_only=True) as project:
        tree = topic_tree(project)
    assert [(t.label_en, t.colour, t.description) for t in tree] == [
        (
            "Terugkeerbeleid",
            "#3366CC",
            "Uitspraken over het vertrek van vreemdelingen zonder verblijfsrecht.",
        ),
        ("Europese samenwerking", "#66AA33", ""),
    ]
    child = tree[0].children[0]
    assert (child.label_en, child.colour, child.description) == (
        "Gedwongen vertrek",
        "#CC3333",
        "Vertrek onder toezicht of dwang van de overheid.",
    )


def test_a_description_round_trips_and_naast_metadata_stays_out_of_it(demo: Path, tmp_path: Path) -> None:
    with Project.open(demo) as project:
        immigration = next(t for t in topic_tree(project) if t.code == "9")
        project.apply(EditTopic(immigration.id, description=DEFINITION))
    qdc = tmp_path / "codebook.qdc"
    assert main(["codebook", "export", str(demo), str(qdc)]) == 0
    text = qdc.read_text(encoding="utf-8")
    schema("Codebook.xsd").validate(text)
    namespace = {"q": "urn:QDA-XML:codebook:1.0"}
    descriptions = [d.text or "" for d in ET.fromstring(text).iterfind(".//q:Description", namespace)]
    assert descriptions == [DEFINITION]  # the definition only: no "nl: ..." or "code: ..." lines
    other = tmp_path / "other.naast"
    Project.create(other).close()
    assert main(["codebook", "import", str(other), str(qdc)]) == 0
    with Project.open(other, read_only=True) as imported, Project.open(demo, read_only=True) as original:
        assert codebook_of(imported) == codebook_of(original)  # Dutch labels, CAP codes, stance shapes too
        assert next(t for t in topic_tree(imported) if t.code == "9").description == DEFINITION


def test_codebooks_naast_wrote_before_still_read(tmp_path: Path) -> None:
    old = tmp_path / "old.qdc"
    old.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Naast">'
        '<Codes><Code guid="c2979325-72fe-5d3e-96bc-ff98957d13b1" name="Immigration" isCodable="true" '
        'color="#FFE08A"><Description>nl: Immigratie\ncode: 9</Description></Code></Codes></CodeBook>',
        encoding="utf-8",
    )
    target = tmp_path / "target.naast"
    Project.create(target).close()
    assert main(["codebook", "import", str(target), str(old)]) == 0
    with Project.open(target, read_only=True) as project:
        (topic,) = topic_tree(project)
    assert (topic.code, topic.label_nl, topic.description) == ("9", "Immigratie", "")
