"""``naast demo`` builds the demo project from the shipped samples with example claims."""

from __future__ import annotations

from pathlib import Path

from naast.cli import main
from naast.demo import EXAMPLES, build_demo
from naast.store.claims import list_claims
from naast.store.documents import list_documents
from naast.store.project import Project


def test_demo_project_has_samples_and_claims(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.naast")
    with Project.open(path, read_only=True) as project:
        assert len(list_documents(project)) == 4
        claims = list_claims(project)
        assert len(claims) == len(EXAMPLES)
        assert all(c.topics and c.stance for c in claims)
        assert len({c.claimant for c in claims}) == 2  # Broekers-Knol and Faber
    assert build_demo(path) == path  # an existing demo is kept


def test_demo_command_builds_without_opening(tmp_path: Path, capsys) -> None:
    target = tmp_path / "d.naast"
    assert main(["demo", "--no-open", "--path", str(target)]) == 0
    assert target.exists()
    assert main(["demo", "--no-open", "--rebuild", "--path", str(target)]) == 0
    assert "Demo project:" in capsys.readouterr().out
