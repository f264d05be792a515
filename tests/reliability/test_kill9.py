"""kill -9 at a random moment of tagging, folder import, undo/redo and re-import: afterwards the
file passes ``integrity_check``, opens for writing (the lock died with the process), and every
claim or document the killed process reported committed is there; no earlier claim is lost.

The default run makes one trial of each; ``pytest -m reliability`` makes 20 of each (80).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from builders import NO_BACKUPS, SAMPLES, build_project, claims_of
from running import REPO

from naast.store.project import Project

WRITER = Path(__file__).with_name("writer.py")
MODES = ("claims", "import", "undo", "reimport")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_project(tmp_path_factory.mktemp("base") / "base.naast", claims=60)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """New documents to import, and new versions of the project's own documents."""
    root = tmp_path_factory.mktemp("docs")
    new, versions = root / "new", root / "versions"
    new.mkdir()
    versions.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        for k in range(6):
            (new / f"{k}-{sample.name}").write_text(text.replace("2019", f"20{30 + k}") + f"\n\nKopie {k}.\n")
        (versions / sample.name).write_text(text.replace("\n\n", "\n\nIngevoegde zin.\n\n", 3))
    return {"import": new, "reimport": versions}


def run_and_kill(args: list[str], rng: random.Random) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NAAST_BACKUP_DIR": "off"}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # started working: the first commit is done
    time.sleep(rng.uniform(0.0, 0.4))
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.stdout.close()
    proc.wait()
    return first + rest


def committed_ids(output: str) -> set[int]:
    return {int(line.split()[1]) for line in output.splitlines() if line.startswith("committed ")}


def trial(mode: str, seed: int, base: Path, folders: dict[str, Path], folder: Path) -> int:
    """One kill; returns how many committed claims were lost (asserted 0)."""
    rng = random.Random(seed)
    path = folder / f"{mode}-{seed}.naast"
    shutil.copy(base, path)
    before = claims_of(path)
    if mode == "claims":
        args = ["claims", str(path), "killed", "40", "30"]
    elif mode == "undo":
        args = ["undo", str(path), "100000"]
    else:
        args = ["import", str(path), str(folders[mode])]
    output = run_and_kill(args, rng)
    conn = sqlite3.connect(path)  # an ordinary connection replays the WAL, as Naast's does
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Project.open(path, backups=NO_BACKUPS) as project:  # the lock died with the process
        if mode == "undo" and project.redo_label() is not None:
            project.redo()  # killed between an undo and its redo: the claim is one redo away
        documents = {r[0] for r in project.query("SELECT id FROM documents")}
    after = claims_of(path)
    lost = [cid for cid in before if cid not in after]
    if mode == "claims":
        lost += [cid for cid in committed_ids(output) if cid not in after]
    if mode == "import":
        assert committed_ids(output) <= documents
    if mode == "undo":
        assert after == before
    return len(lost)


@pytest.mark.parametrize("mode", MODES)
def test_kill9_once_per_kind_of_work(
    mode: str, base: Path, folders: dict[str, Path], tmp_path: Path, ledger
) -> None:
    lost = trial(mode, 1, base, folders, tmp_path)
    ledger.record(f"kill -9 during {mode}", clear=True, identical=None, claims_lost=lost)
    assert lost == 0


@pytest.mark.slow_reliability
@pytest.mark.parametrize("mode", MODES)
def test_kill9_twenty_times_per_kind_of_work(
    mode: str, base: Path, folders: dict[str, Path], tmp_path: Path, ledger
) -> None:
    total = 0
    for seed in range(2, 22):
        lost = trial(mode, seed, base, folders, tmp_path)
        ledger.record(f"kill -9 during {mode} (trial {seed})", clear=True, identical=None, claims_lost=lost)
        total += lost
    assert total == 0
