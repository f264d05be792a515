"""Helpers for the team tests: coders' projects built the way a team builds them, through the CLI."""

from __future__ import annotations

from pathlib import Path

from naast.cli import main

REPO = Path(__file__).resolve().parents[2]
FABER = REPO / "resources" / "samples" / "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
LETTER = REPO / "resources" / "samples" / "2021-letter-broekers-knol-actieplan-veiligelanders.txt"

#: Quotes from the Faber answers (kenmerk 2025Z00029), each coded by a sheet row.
Q_HARD = "Ik sta nog steeds achter een harde aanpak van overlastgevende vreemdelingen."
Q_END = "Het sluitstuk van die aanpak is terugkeer naar land van herkomst."
Q_DETAIN = "Indien mogelijk vanuit strafrechtelijke detentie of vreemdelingenbewaring."
Q_AIM = "Daar zet ik op in."


def sheet(rows: list[tuple[str, str, str, str]]) -> str:
    """A coding sheet: (quote, topics, stance, claimant) rows on the Faber answers."""
    lines = ["document,quote,topics,stance,claimant,note"]
    lines += [f'2025Z00029,"{q}","{t}",{s},{c},' for q, t, s, c in rows]
    return "\n".join(lines) + "\n"


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def coder_project(folder: Path, name: str, rows: list[tuple[str, str, str, str]], *docs: Path) -> Path:
    """A new project with the Faber answers (and ``docs``), coded by ``name`` from ``rows``."""
    path = folder / f"{name}.naast"
    assert run("new", path) == 0
    assert run("import", path, FABER, *docs) == 0
    code(path, name, rows)
    return path


def code(path: Path, coder: str, rows: list[tuple[str, str, str, str]]) -> None:
    csv = path.with_name(f"{path.stem}-{coder}-{len(rows)}.csv")
    csv.write_text(sheet(rows), encoding="utf-8")
    assert run("claims", "import", path, csv, "--coder", coder) == 0
