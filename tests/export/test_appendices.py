"""The memo's optional appendices (issues 18 and 22): the Word file read back with python-docx,
every cell against the figures ``naast agreement --json`` and ``naast responsiveness --json``
print for the same project, in English and in Dutch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from export_readback import open_docx

from naast.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
FABER = SAMPLES / "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
ANSWERS = sorted(SAMPLES.glob("*-answers-*.txt"))

Q_HARD = "Ik sta nog steeds achter een harde aanpak van overlastgevende vreemdelingen."
Q_END = "Het sluitstuk van die aanpak is terugkeer naar land van herkomst."
Q_DETAIN = "Indien mogelijk vanuit strafrechtelijke detentie of vreemdelingenbewaring."
Q_AIM = "Daar zet ik op in."
ANNA = [
    (Q_HARD, "9", "supports"),
    (Q_END, "9", "supports"),
    (Q_DETAIN, "12", "conditional"),
    (Q_AIM, "9", "rejects"),
]
BOB = [(Q_HARD, "9", "supports"), (Q_END, "9; 12", "rejects"), (Q_DETAIN, "12", "conditional")]
DASH = "–"


def _code(path: Path, coder: str, rows: list[tuple[str, str, str]]) -> None:
    sheet = path.with_name(f"{coder}.csv")
    lines = ["document,quote,topics,stance,claimant,note"]
    lines += [f'2025Z00029,"{q}","{t}",{s},,' for q, t, s in rows]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["claims", "import", str(path), str(sheet), "--coder", coder]) == 0


@pytest.fixture(scope="module")
def team_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three answered documents; the Faber answers coded by anna and by bob (one claim bob left out)."""
    path = tmp_path_factory.mktemp("appendix") / "team.naast"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), *map(str, ANSWERS)]) == 0
    _code(path, "anna", ANNA)
    _code(path, "bob", BOB)
    return path


def _json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> dict[str, Any]:
    capsys.readouterr()
    assert main([str(a) for a in argv]) == 0
    return json.loads(capsys.readouterr().out)


def _tables_after(document, heading: str):
    """The heading paragraph of an appendix and the first table after it (in body order)."""
    body = document.element.body
    found = None
    for child in body.iterchildren():
        if child.tag == qn("w:p") and "".join(t.text or "" for t in child.iter(qn("w:t"))) == heading:
            found = child
        elif found is not None and child.tag == qn("w:tbl"):
            return next(t for t in document.tables if t._tbl is child)
    raise AssertionError(f"no table after the heading {heading!r}")


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _num(value: float | None, digits: int, language: str) -> str:
    if value is None:
        return DASH
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language == "nl" else text


def _expected_agreement(report: dict[str, Any], language: str) -> list[list[str]]:
    """The figures of ``naast agreement --json``, written out as the memo should show them."""
    rows = []
    for block in [report, *report["by_document"]]:
        u, f = block["units"], block["fields"]
        single = "single" if language == "en" else "enkel"
        matched = "matched" if language == "en" else "gekoppeld"
        rows.append(
            [_num(u["alpha"], 3, language), "", f"{u['matched']} {matched}, {u['only_one']} {single}"]
        )
        st = f["stance"]
        rows.append([_num(st["alpha"], 3, language), _num(st["percent"], 1, language), str(st["n"])])
        for field in ("topic", "claimant"):
            rows.append(
                [
                    _num(f[field]["alpha"], 3, language),
                    _num(f[field]["percent"], 1, language),
                    str(f[field]["n"]),
                ]
            )
    return rows


@pytest.mark.parametrize(
    ("language", "heading", "header"),
    [
        ("en", "Appendix: agreement between coders", ["Scope", "Figure", "α", "% agreement", "n"]),
        (
            "nl",
            "Bijlage: overeenstemming tussen codeurs",
            ["Bereik", "Maat", "α", "% overeen\u00adstemming", "n"],
        ),
    ],
)
def test_agreement_appendix_holds_the_figures_of_naast_agreement(
    tmp_path: Path,
    team_project: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    heading: str,
    header,
) -> None:
    report = _json(capsys, "agreement", team_project, "--json")
    out = tmp_path / f"memo-{language}.docx"
    assert main(["export", str(team_project), str(out), "--agreement", "--lang", language]) == 0
    document = open_docx(out)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == heading  # at the end of the memo
    table = _tables_after(document, heading)
    cells = _cells(table)
    assert cells[0] == header
    assert [row[2:] for row in cells[1:]] == _expected_agreement(report, language)
    assert len(cells) == 1 + 4 * (1 + len(report["by_document"]))
    assert report["fields"]["claimant"]["alpha"] is None and cells[4][2] == DASH  # no variation: null
    assert cells[1][0] == "project" and cells[5][0] == report["by_document"][0]["title"][:39] + "…"
    # the header row repeats on every page; figures are right-aligned, labels are not
    first = table.rows[0]._tr
    assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
    assert all(
        row.cells[k].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        for row in table.rows
        for k in (2, 3, 4)
    )
    assert all(row.cells[0].paragraphs[0].alignment is None for row in table.rows)
    # the explanation says what the figures mean and the n behind them
    texts = [p.text for p in document.paragraphs]
    explanation = texts[texts.index(heading) + 1]
    assert "anna, bob" in explanation and "n" in explanation.split()
    assert f"{report['units']['matched']} " in explanation


def test_agreement_appendix_narrows_to_the_coders_and_topics_asked(
    tmp_path: Path, team_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _json(capsys, "agreement", team_project, "--json", "--coders", "bob", "anna", "--topic", "12")
    out = tmp_path / "memo.docx"
    args = ["export", str(team_project), str(out), "--agreement", "--coders", "bob", "anna", "--topic", "12"]
    assert main(args) == 0
    cells = _cells(_tables_after(open_docx(out), "Appendix: agreement between coders"))
    assert [row[2:] for row in cells[1:]] == _expected_agreement(report, "en")
    whole = _json(capsys, "agreement", team_project, "--json")
    assert report["units"] != whole["units"]  # the topic really narrowed the figures


def _expected_answers(data: dict[str, Any], language: str) -> list[list[str]]:
    def count(v: float | None) -> str:
        return DASH if v is None else _num(v, 0 if float(v).is_integer() else 1, language)

    def share(v: float | None) -> str:
        return DASH if v is None else _num(100 * v, 0, language) + "%"

    out = []
    for r in data["rows"]:
        out.append(
            [
                r["name"],
                count(r["documents"]),
                count(r["questions"]),
                count(r["n"]["dated_documents"]),
                count(r["median_days"]),
                count(r["p90_days"]),
                share(r["within_term_share"]),
                share(r["delayed_share"]),
                count(r["n"]["answered_questions"]),
                share(r["combined_share"]),
                share(r["referral_share"]),
                share(r["declined_share"]),
                count(r["words_per_answer"]),
                share(r["boilerplate_share"]),
            ]
        )
    return out


@pytest.mark.parametrize(("language", "by"), [("en", None), ("nl", "year"), ("en", "party")])
def test_responsiveness_appendix_holds_the_figures_of_naast_responsiveness(
    tmp_path: Path, team_project: Path, capsys: pytest.CaptureFixture[str], language: str, by: str | None
) -> None:
    grouping = ["--by", by] if by else []
    data = _json(capsys, "responsiveness", team_project, "--json", *grouping)
    assert len(data["rows"]) >= 2
    out = tmp_path / "memo.docx"
    assert (
        main(["export", str(team_project), str(out), "--responsiveness", *grouping, "--lang", language]) == 0
    )
    document = open_docx(out)
    heading = {"en": "Appendix: how ministers answer", "nl": "Bijlage: hoe bewindspersonen antwoorden"}[
        language
    ]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-1] == heading
    table = _tables_after(document, heading)
    cells = _cells(table)
    assert len(cells[0]) == 14
    assert cells[1:] == _expected_answers(data, language)
    assert DASH in {c for row in cells[1:] for c in row}  # the Faber answers have no date received
    assert all(
        row.cells[k].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        for row in table.rows
        for k in range(1, 14)
    )
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    section = document.sections[-1]
    assert section.page_width > section.page_height  # fourteen columns: a landscape page
    figures = [c for row in cells[1:] for c in row[1:]]
    notes = [p.text for p in document.paragraphs if p.text.startswith(("Note: ", "Noot: "))]
    if language == "nl":  # a decimal comma, and the notes in Dutch
        assert any("," in c for c in figures) and not any("." in c for c in figures)
        assert "Noot: Het project bevat geen mededeling met een kenmerk: uitstel is niet te zien." in notes
    else:
        assert "Note: The project holds no Mededeling with a kenmerk: no delay can be seen." in notes


def test_both_appendices_in_order_with_the_table_of_contents(tmp_path: Path, team_project: Path) -> None:
    out = tmp_path / "memo.docx"
    assert main(["export", str(team_project), str(out), "--agreement", "--responsiveness", "--toc"]) == 0
    document = open_docx(out)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-2:] == ["Appendix: agreement between coders", "Appendix: how ministers answer"]
    body = out.read_bytes()
    assert body  # written whole
    plain = main(["export", str(team_project), str(tmp_path / "plain.docx")])
    assert plain == 0
    assert not any("Appendix" in p.text for p in open_docx(tmp_path / "plain.docx").paragraphs)


@pytest.mark.parametrize(
    "extra",
    [
        ["--agreement", "--coders", "anna"],
        ["--agreement", "--coders", "anna", "nobody"],
        ["--coders", "anna", "bob"],
        ["--by", "party"],
        ["--responsiveness", "--by", "party", "--by", "year"],
    ],
)
def test_bad_appendix_requests_are_one_sentence(
    tmp_path: Path, team_project: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    out = tmp_path / "memo.docx"
    capsys.readouterr()
    assert main(["export", str(team_project), str(out), *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err and err.endswith(".")
    assert not out.exists()


def test_appendices_are_refused_for_the_claims_table(tmp_path: Path, team_project: Path, capsys) -> None:
    for name in ("claims.csv", "claims.json"):
        capsys.readouterr()
        assert main(["export", str(team_project), str(tmp_path / name), "--agreement"]) == 2
        assert "write a .docx" in capsys.readouterr().err
        assert not (tmp_path / name).exists()


def test_a_project_of_one_coder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "solo.naast"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(FABER)]) == 0
    _code(path, "anna", ANNA)
    capsys.readouterr()
    assert main(["export", str(path), str(tmp_path / "m.docx"), "--agreement"]) == 2
    assert "needs claims of two coders; this project has 1." in capsys.readouterr().err
