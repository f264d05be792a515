"""``naast check``: named checks of a project file, each returning its findings.

The list :data:`CHECKS` is the one place checks are registered. A check is a function of an open,
read-only connection returning findings (plain sentences; none when all is well). To add one,
write the function and append ``Check("name", "what it checks", function)``. A check that finds
the file itself damaged stops the later ones (they would only repeat SQLite's error).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from naast.store import files, integrity

_SHOWN = 20  # findings kept per check


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    description: str
    run: Callable[[sqlite3.Connection], list[str]]
    needs_whole_file: bool = True  # skipped when an earlier check found the file damaged


@dataclass
class CheckResult:
    check: Check
    findings: list[str] = field(default_factory=list)
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return not self.findings and not self.skipped


def _sqlite_integrity(conn: sqlite3.Connection) -> list[str]:
    return integrity.integrity_check(conn)


def _schema(conn: sqlite3.Connection) -> list[str]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return integrity.schema_problems(conn, version)


def _foreign_keys(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{r[0]} row {r[1]} refers to a missing row of {r[2]}" for r in rows[:_SHOWN]]


def _claim_spans(conn: sqlite3.Connection) -> list[str]:
    """A claim that is not orphaned quotes its document's text exactly at its offsets."""
    rows = conn.execute(
        """SELECT c.id, c.start, c."end", c.quote, substr(d.text, c.start + 1, c."end" - c.start)
           FROM claims AS c JOIN documents AS d ON d.id = c.document_id
           WHERE c.status = 'ok'"""
    ).fetchall()
    wrong = [r for r in rows if r[3] != r[4]]
    return [f"claim {r[0]} does not quote its document at {r[1]}–{r[2]}" for r in wrong[:_SHOWN]]


def _history(conn: sqlite3.Connection) -> list[str]:
    found = []
    for entry_id, ops, inverse in conn.execute("SELECT id, ops, inverse FROM history"):
        try:
            json.loads(ops)
            json.loads(inverse)
        except (TypeError, ValueError):
            found.append(f"history entry {entry_id} cannot be read, so it cannot be undone")
    return found[:_SHOWN]


def _claimants(conn: sqlite3.Connection) -> list[str]:
    """A claim's claimant is someone who speaks where the claim stands (``core.claims.speaker``)."""
    from naast.store.claimant_check import claimant_findings

    findings = claimant_findings(lambda sql, params=(): conn.execute(sql, list(params)).fetchall())
    return [f.describe() for f in findings[:_SHOWN]]


#: Every check ``naast check`` runs, in order.
CHECKS: list[Check] = [
    Check(
        "sqlite",
        "every page and index of the file is whole (PRAGMA integrity_check)",
        _sqlite_integrity,
        needs_whole_file=False,
    ),
    Check("schema", "the tables agree with the project format the file states", _schema),
    Check("references", "every reference between rows names an existing row", _foreign_keys),
    Check("claims", "every claim quotes its document at its offsets", _claim_spans),
    Check("history", "every undo step can be read", _history),
    Check("claimants", "every claim's claimant speaks in the unit where the claim stands", _claimants),
]


def run_checks(path: Path, checks: list[Check] | None = None) -> list[CheckResult]:
    """Run ``checks`` (all by default) on the project at ``path``, read-only; the file is not
    changed."""
    files.check_project_file(path)
    conn = files.connect(path, read_only=True)
    results: list[CheckResult] = []
    damaged = False
    try:
        for check in checks if checks is not None else CHECKS:
            if damaged and check.needs_whole_file:
                results.append(CheckResult(check, skipped=True))
                continue
            try:
                findings = check.run(conn)
            except sqlite3.DatabaseError as exc:
                findings = [f"SQLite could not read the file: {exc}"]
            results.append(CheckResult(check, findings))
            damaged = damaged or (check.name == "sqlite" and bool(findings))
    finally:
        conn.close()
    return results
