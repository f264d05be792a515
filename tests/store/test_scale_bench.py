"""``naast bench --scale N`` on a small N: one run prints every figure beside its goal (issue 20).

No timing is asserted here (figures are measured by the bench, not judged by tests); what is
checked is that every goal is measured, by the real processes the bench starts, and that the
project it keeps has all N documents and a complete reuse index.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from naast.cli import main
from naast.store.project import Project
from naast.store.scale_bench import GOALS


def test_a_small_scale_run_measures_every_goal(
    tmp_path: Path, real_corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    keep = tmp_path / "scale"
    argv = ["bench", "--scale", "60", "--sample", "30", "--workers", "2", "--keep", str(keep), "--json"]
    argv += ["--corpus", str(real_corpus.parent)]
    assert main(argv) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] == 60 and figures["import_sample_documents"] == 30
    assert set(figures["goals"]) == {g.key for g in GOALS}
    assert "not measured" not in figures["goals"].values(), figures["goals"]
    assert set(figures["goals"].values()) <= {"met", "NOT met"}
    assert figures["gui_documents"] == 60 and figures["cache"].startswith("posix_fadvise")
    # where else answered, in the store and in the window (a failure there is no figure)
    assert figures["where_else_hit_places"] >= 2 and figures["gui_where_else_shared_places"] >= 2
    with Project.open(keep / "scale-60.naast", read_only=True) as project:
        assert project.count("documents") == 60
        assert project.query("SELECT COUNT(*) FROM reuse_pending")[0][0] == 0
        assert project.query("SELECT COUNT(*) FROM reuse_documents")[0][0] == 60
    again = [
        "bench",
        "--scale",
        "60",
        "--sample",
        "30",
        "--keep",
        str(keep),
        "--corpus",
        str(real_corpus.parent),
    ]
    assert main(again) == 0
    table = capsys.readouterr().out
    assert all(goal.what in table for goal in GOALS)  # the second run reuses the kept files
