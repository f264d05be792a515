"""``naast agreement --json`` (Must show 2): identical codings, the krippendorff package, notes."""

from __future__ import annotations

import json
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from team_helpers import Q_AIM, Q_DETAIN, Q_END, Q_HARD, code, coder_project, run

ANNA = [
    (Q_HARD, "9", "supports", ""),
    (Q_END, "9", "supports", ""),
    (Q_DETAIN, "12", "conditional", ""),
    (Q_AIM, "9", "rejects", ""),
]


def agreement(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    capsys.readouterr()
    assert run("agreement", path, "--json", *extra) == 0
    return json.loads(capsys.readouterr().out)


def test_identical_codings_agree_perfectly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = coder_project(tmp_path, "anna", ANNA)
    code(path, "bob", ANNA)
    report = agreement(path, capsys, "--stance-order", "supports", "neutral", "conditional", "rejects")
    assert report["coders"] == ["anna", "bob"]
    assert report["units"] == {"alpha": 1.0, "matched": 4, "only_one": 0}
    stance = report["fields"]["stance"]
    assert stance == {"alpha": 1.0, "ordinal_alpha": 1.0, "percent": 100.0, "n": 4}
    assert report["fields"]["topic"]["alpha"] == 1.0
    # every claimant is the default speaker, Faber: no variation, so no α, and a note says why
    assert report["fields"]["claimant"]["alpha"] is None
    assert any("claimant" in note and "variation" in note for note in report["notes"])
    assert [d["units"]["alpha"] for d in report["by_document"]] == [1.0]


def test_stance_alpha_equals_the_krippendorff_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = coder_project(tmp_path, "anna", ANNA)
    bob = [
        (Q_HARD, "9", "supports", ""),
        (Q_END, "9; 12", "rejects", ""),
        (Q_DETAIN, "12", "conditional", ""),
        (Q_AIM, "9", "supports", ""),
    ]
    code(path, "bob", bob)
    code(path, "cem", [(Q_HARD, "9", "neutral", ""), (Q_END, "12", "rejects", "")])
    report = agreement(path, capsys)
    # the reliability data by hand: coders × matched claims, stance codes as numbers, nan if absent
    s, n, c, r = 0, 1, 2, 3
    data = np.array(
        [[s, s, c, r], [s, r, c, s], [n, r, np.nan, np.nan]],
        dtype=float,
    )
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert report["fields"]["stance"]["alpha"] == pytest.approx(expected, abs=1e-12)
    assert report["fields"]["stance"]["n"] == 4
    assert report["units"]["matched"] == 4 and report["units"]["only_one"] == 0
    # ordered pairs of values per claim: s s n -> 2 of 6 agree, s r r -> 2 of 6, c c -> 2 of 2, r s -> 0 of 2
    assert report["fields"]["stance"]["percent"] == pytest.approx(100 * 6 / 16)
    two = agreement(path, capsys, "--coders", "anna", "bob")
    pair = krippendorff.alpha(reliability_data=data[:2], level_of_measurement="nominal")
    assert two["fields"]["stance"]["alpha"] == pytest.approx(pair, abs=1e-12)


def test_a_claim_only_one_coder_made_lowers_unitizing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = coder_project(tmp_path, "anna", ANNA)
    code(path, "bob", ANNA[:3])
    report = agreement(path, capsys)
    assert report["units"]["matched"] == 3 and report["units"]["only_one"] == 1
    assert report["units"]["alpha"] is not None and 0 < report["units"]["alpha"] < 1


def test_bad_requests_are_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = coder_project(tmp_path, "anna", ANNA)
    capsys.readouterr()
    assert run("agreement", path) == 2
    assert (
        capsys.readouterr().err.strip() == "naast: Agreement needs claims of two coders; this project has 1."
    )
    assert run("agreement", path, "--coders", "anna", "zoe") == 2
    assert "No claims are coded by 'zoe'" in capsys.readouterr().err


def test_topic_and_document_narrow_the_claims(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = coder_project(tmp_path, "anna", ANNA)
    code(path, "bob", ANNA)
    everything = agreement(path, capsys)
    law = agreement(path, capsys, "--topic", "12")  # only Q_DETAIN carries Law and Crime
    assert everything["units"]["matched"] == 4 and law["units"]["matched"] == 1
    assert law["units"]["alpha"] == 1.0
    named = agreement(path, capsys, "--document", "2025Z00029")
    assert named["units"] == everything["units"]
    assert [t["topic"] for t in everything["by_topic"]] == ["Immigration", "Law and Crime"]


def test_the_table_as_plain_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What a memo appendix gets: a header, five figures for the project and five per document."""
    from naast.core.team.agreement import agreement_rows

    path = coder_project(tmp_path, "anna", ANNA)
    code(path, "bob", ANNA)
    rows = agreement_rows(agreement(path, capsys))
    assert rows[0] == ["scope", "figure", "α", "% agreement", "units"]
    assert len(rows) == 1 + 5 + 5 and all(len(r) == 5 and all(isinstance(c, str) for c in r) for r in rows)
    assert rows[1][:3] == ["project", "units (αu)", "1.000"] and rows[2][1:] == [
        "stance",
        "1.000",
        "100.0",
        "4",
    ]
    assert rows[5][1:3] == ["claimant", "–"]  # no variation: no figure
    capsys.readouterr()
    assert run("agreement", path) == 0
    assert "units (αu)        1.000" in capsys.readouterr().out


def test_unitizing_through_the_cli_matches_krippendorffs_worked_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Krippendorff (2004: 254) on a document: the continuum 150-450 is a 300-character answer
    (αu depends on lengths and differences only), c and k his two categories as two topics."""
    from naast.core.claims.commands import CreateClaim, ImportClaims
    from naast.core.documents import ImportDocument
    from naast.core.model import DocType, ParsedDocument, Unit, UnitKind
    from naast.store.claims import seed_defaults
    from naast.store.project import Project

    text = ("Het beleid blijft ongewijzigd en de minister antwoordt zo. " * 6)[:300]
    document = ParsedDocument(
        text, DocType.ANSWERS, (Unit(UnitKind.ANSWER, 0, 300, "Antwoord 1", (1,), (1,)),)
    )
    path = tmp_path / "krippendorff.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        document_id = next(
            iter(project.apply(ImportDocument(document, "k2004", "2026-01-01")).ids["documents"])
        )
        c, k = (project.query("SELECT id FROM topics WHERE code = ?", [code])[0][0] for code in ("1", "2"))
        units = {
            "i": [(225, 295, c), (370, 400, c), (180, 240, k), (300, 350, k)],
            "j": [(220, 300, c), (355, 375, c), (400, 420, c), (180, 240, k), (300, 350, k)],
        }
        claims = [
            CreateClaim(document_id, a - 150, b - 150, "2026-01-01", topics=(t,), coder=coder)
            for coder, spans in units.items()
            for a, b, t in spans
        ]
        project.apply(ImportClaims(tuple(claims)))
        labels = {t: project.query("SELECT label_en FROM topics WHERE id = ?", [t])[0][0] for t in (c, k)}
    report = agreement(path, capsys)
    by_topic = {t["topic"]: t["units"]["alpha"] for t in report["by_topic"]}
    assert round(by_topic[labels[c]], 3) == 0.729  # published: .7286
    assert by_topic[labels[k]] == 1.0  # published: 1.000
    only_c = agreement(path, capsys, "--topic", "1")
    assert round(only_c["units"]["alpha"], 4) == 0.7286
