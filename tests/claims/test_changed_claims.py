"""Re-anchoring never changes what a claim quotes without saying so (issue 13, Must show 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from claims_helpers import SAMPLES, WHEN, seeded_project, tag, text_of

from naast.cli import main
from naast.core.claims.anchoring import Anchor, Method, make_selector, reanchor
from naast.core.claims.commands import AcceptWording, EditClaim
from naast.core.claims.quote_key import find_all_keyed, same_words
from naast.core.errors import InvalidCommand
from naast.store.claims import get_claim
from naast.store.project import Project

GEEN = (
    "Er is mij geen eerdere parlementaire correspondentie/aandacht voor maatwerkondersteuning "
    "vanuit de DTenV bekend."
)
WEL = GEEN.replace("geen", "wel")
KEPT = "Ik sta nog steeds achter een harde aanpak van overlastgevende vreemdelingen."


def all_rows(project: Project, table: str) -> list[dict]:
    return [dict(r) for r in project.query(f"SELECT * FROM {table} ORDER BY rowid")]


@pytest.fixture
def coded(tmp_path: Path, corpus: Path) -> tuple[Path, dict[str, int]]:
    project, ids = seeded_project(tmp_path / "p.naast", corpus)
    claims = {
        "geen": tag(project, ids["faber"], GEEN, topics=("9",), stance="supports"),
        "kept": tag(project, ids["faber"], KEPT, topics=("9",), stance="supports"),
        "doc": ids["faber"],
    }
    project.close()
    return tmp_path / "p.naast", claims


def test_geen_becomes_wel_the_claim_is_changed_reported_and_undo_restores(
    coded: tuple[Path, dict[str, int]], corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = coded
    with Project.open(path) as project:
        before = {t: all_rows(project, t) for t in ("claims", "claim_topics", "documents", "units")}
    raw = (corpus / SAMPLES["faber"]).read_text(encoding="utf-8")
    assert raw.count(GEEN) == 1
    newer = tmp_path / "new" / SAMPLES["faber"]
    newer.parent.mkdir()
    # a new version: "geen" becomes "wel", and a paragraph before everything moves every claim
    opening = raw.index("Antwoord op vraag 1\n") + len("Antwoord op vraag 1\n")
    newer.write_text(
        raw[:opening] + "Een nieuwe eerste alinea.\n\n" + raw[opening:].replace(GEEN, WEL), "utf-8"
    )

    assert main(["import", str(path), str(newer)]) == 0
    out = capsys.readouterr().out
    claim = ids["geen"]
    lines = [line.strip() for line in out.splitlines()]
    assert (
        "1 placed" not in out and "2 placed (2 moved, 1 with changed words), 0 orphaned; 1 to review" in out
    )
    changed_line = next(line for line in lines if line.startswith(f"changed   claim {claim} "))
    title = before["documents"][ids["doc"] - 1]["title"]
    assert f"claim {claim} · {title[:40]}" in changed_line  # the document, by its title
    assert " · Antwoord op vraag 7 · “Er is mij geen eerdere" in changed_line
    assert "now reads “Er is mij wel eerdere" in changed_line
    assert any(line.startswith(f"moved     claim {ids['kept']} ") for line in lines)

    assert main(["claims", "export", str(path), "--format", "json"]) == 0
    by_uid = {r["claim_id"]: r for r in json.loads(capsys.readouterr().out)}
    with Project.open(path, read_only=True) as project:
        uids = {r[0]: r[1] for r in project.query("SELECT id, uid FROM claims")}
    rows = {cid: by_uid[uid] for cid, uid in uids.items()}
    assert rows[claim]["status"] == "changed"
    assert rows[claim]["previous_quote"] == GEEN
    assert rows[claim]["quote"] == WEL and rows[claim]["stance"] == "supports"
    assert rows[ids["kept"]]["status"] == "ok" and rows[ids["kept"]]["previous_quote"] is None

    with Project.open(path) as project:
        assert project.undo() is not None  # the re-import, as one step
        after = {t: all_rows(project, t) for t in before}
    assert after == before


def test_a_changed_claim_is_accepted_or_replaced_undoably(
    coded: tuple[Path, dict[str, int]], corpus: Path, tmp_path: Path
) -> None:
    path, ids = coded
    raw = (corpus / SAMPLES["faber"]).read_text(encoding="utf-8")
    newer = tmp_path / SAMPLES["faber"]
    newer.write_text(raw.replace(GEEN, WEL), "utf-8")
    assert main(["import", str(path), str(newer)]) == 0
    with Project.open(path) as project:
        claim = ids["geen"]
        with pytest.raises(InvalidCommand):
            project.apply(AcceptWording(ids["kept"], WHEN))  # nothing to accept
        changed = get_claim(project, claim)
        project.apply(AcceptWording(claim, WHEN))
        accepted = get_claim(project, claim)
        assert (accepted.status, accepted.quote, accepted.previous_quote) == ("ok", WEL, None)
        project.undo()
        assert get_claim(project, claim) == changed
        # or re-place it: the coder selects other words
        text = text_of(project, ids["doc"])
        start = text.index("Er is mij wel eerdere")
        project.apply(EditClaim(claim, WHEN, span=(start, start + len("Er is mij wel eerdere"))))
        placed = get_claim(project, claim)
        assert (placed.status, placed.quote, placed.previous_quote) == ("ok", "Er is mij wel eerdere", None)
        project.undo()
        assert get_claim(project, claim) == changed


def test_a_second_new_version_keeps_the_words_the_coder_saw(
    coded: tuple[Path, dict[str, int]], corpus: Path, tmp_path: Path
) -> None:
    path, ids = coded
    raw = (corpus / SAMPLES["faber"]).read_text(encoding="utf-8")
    for n, version in enumerate(
        (raw.replace(GEEN, WEL), raw.replace(GEEN, WEL).replace("Er is mij", "Er is ons"))
    ):
        newer = tmp_path / str(n) / SAMPLES["faber"]
        newer.parent.mkdir()
        newer.write_text(version, "utf-8")
        assert main(["import", str(path), str(newer)]) == 0
    with Project.open(path) as project:
        claim = get_claim(project, ids["geen"])
    assert claim.status == "changed" and claim.previous_quote == GEEN
    assert claim.quote == WEL.replace("Er is mij", "Er is ons")


# -- what counts as the same words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("geen eerdere  correspondentie", "geen eerdere\ncorrespondentie", True),
        ("de verantwoordelijkheid ligt", "de verant-\nwoordelijkheid ligt", True),
        ("de oud-minister zei", "de oud-\nminister zei", True),
        ("het „veilige land” beleid", 'het "veilige land" beleid', True),
        ("het ‘veilige land’", "het 'veilige land'", True),
        ("Er is mij geen eerdere", "Er is mij wel eerdere", False),
        ("niet bekend", "niet  bekend.", False),
        ("vijf procent", "vijf  procent", True),
    ],
)
def test_same_words(old: str, new: str, same: bool) -> None:
    assert same_words(old, new) is same


def test_same_words_elsewhere_keep_ok_and_a_word_changed_is_changed() -> None:
    text = "Vraag 1\nIs dat zo?\n\nAntwoord 1\nEr is mij geen eerdere correspondentie bekend. Verder niets.\n"
    start = text.index("Er is mij")
    end = text.index(" Verder")
    selector = make_selector(text, start, end)
    anchor = Anchor(1, start, end, selector.quote, selector.prefix, selector.suffix)
    rewrapped = text.replace("geen eerdere correspondentie", "geen eer-\ndere  correspondentie")
    placed = reanchor("Nieuw.\n" + rewrapped, anchor)
    assert placed.method is Method.SAME_WORDS and not placed.changed
    assert ("Nieuw.\n" + rewrapped)[placed.new_start : placed.new_end].endswith("bekend.")
    flipped = reanchor(text.replace("geen", "wel"), anchor)
    assert flipped.method is Method.FUZZY and flipped.changed
    assert find_all_keyed("a  b\nc", "b c") == [(3, 6)]


def test_a_version_back_on_the_coded_words_makes_the_claim_ok_again(
    coded: tuple[Path, dict[str, int]], corpus: Path, tmp_path: Path
) -> None:
    path, ids = coded
    raw = (corpus / SAMPLES["faber"]).read_text(encoding="utf-8")
    for n, version in enumerate((raw.replace(GEEN, WEL), raw + "\nEen slotzin.\n")):
        newer = tmp_path / str(n) / SAMPLES["faber"]
        newer.parent.mkdir()
        newer.write_text(version, "utf-8")
        assert main(["import", str(path), str(newer)]) == 0
    with Project.open(path) as project:
        claim = get_claim(project, ids["geen"])
    assert (claim.status, claim.quote, claim.previous_quote) == ("ok", GEEN, None)
