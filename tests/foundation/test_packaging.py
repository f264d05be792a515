"""`pip install .` into a fresh virtual environment gives a working `naast` with its resources."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_resources_ship_inside_the_package() -> None:
    link = REPO / "desktop" / "resources"
    assert link.is_symlink()
    assert link.resolve() == (REPO / "resources").resolve()


@pytest.mark.packaging
def test_fresh_venv_install_gives_a_working_command(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    subprocess.run(
        [python, "-m", "pip", "install", "-q", str(REPO)], check=True, env=env, cwd=tmp_path, timeout=900
    )
    naast = env_dir / "bin" / "naast"
    project = tmp_path / "x.naast"
    subprocess.run([naast, "new", str(project)], check=True, env=env, cwd=tmp_path)
    info = subprocess.run(
        [naast, "info", str(project)], check=True, env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert "Schema version" in info.stdout
    where = subprocess.run(
        [
            python,
            "-c",
            "from desktop.paths import resources_dir as r; print(r()); print(len(list(r().rglob('*'))))",
        ],
        check=True,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert str(env_dir) in where[0]
    assert int(where[1]) > 0
    assert sys.version_info >= (3, 11)
