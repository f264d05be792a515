"""The wheel, installed into a fresh virtual environment, works from any folder for a new user.

The wheel is built from this checkout and installed with its dependencies into a new venv; every
``naast`` command then runs from an empty folder with an empty HOME, so nothing of the checkout, the
developer's environment or settings can help it: ``naast demo --no-open`` (4 documents, 10 claims,
the project in the user's folder, nothing inside site-packages), ``naast new``, ``naast import``,
``naast export`` (the memo read back with python-docx).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

import naast

REPO = Path(__file__).resolve().parents[2]
SAMPLE = "2025-answers-faber-terugkeer-maatwerkondersteuning.txt"
# Variables that could point the installed command back at a checkout or at the caller's folders.
_LEAKY = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "NAAST_PROJECTS", "NAAST_CORPUS", "PYTHONSTARTUP")


def test_resources_ship_inside_the_package() -> None:
    link = REPO / "desktop" / "resources"
    assert link.is_symlink()
    assert link.resolve() == (REPO / "resources").resolve()


@dataclass(frozen=True)
class Installed:
    """A fresh venv holding the wheel, and a user with an empty home folder."""

    venv: Path
    home: Path
    work: Path  # an empty folder the commands run in

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in _LEAKY and not k.startswith("XDG_")}
        return env | {"HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}

    def naast(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        command: Sequence[str | Path] = [self.venv / "bin" / "naast", *args]
        done = subprocess.run(
            command, env=self.env(), cwd=self.work, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, f"naast {' '.join(map(str, args))}: {done.stderr}"
        assert "Traceback" not in done.stderr
        return done

    def site_packages(self) -> Path:
        (found,) = self.venv.glob("lib/python3*/site-packages")
        return found


def _pip(python: Path, *args: str | Path, cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in _LEAKY}
    done = subprocess.run(
        [python, "-m", "pip", "-q", "--disable-pip-version-check", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


_NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "projects")


def _build_wheel(out: Path) -> Path:
    """The wheel of a copy of the checkout (building in place would leave build/ in the checkout)."""
    source = out / "source"
    shutil.copytree(
        REPO,
        source,
        symlinks=True,
        ignore=shutil.ignore_patterns(*_NOT_SOURCE),
    )
    (source / "projects").mkdir()
    _pip(Path(sys.executable), "wheel", "--no-deps", "-w", out / "dist", source, cwd=out)
    (wheel,) = (out / "dist").glob("naast-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("packaging")
    wheel = _build_wheel(root)
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {n.split("/")[0] for n in names if ".dist-info/" not in n}
    assert top_level == {naast.__name__}, "the wheel must install exactly the package the code imports"
    assert any(n.endswith(f"resources/samples/{SAMPLE}") for n in names), "samples missing from the wheel"
    assert any(n.endswith("resources/translations/naast_nl.qm") for n in names), "translations missing"
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=True)
    _pip(env_dir / "bin" / "python", "install", wheel, cwd=root)
    home, work = root / "home", root / "work"
    home.mkdir()
    work.mkdir()
    return Installed(env_dir, home, work)


@pytest.mark.packaging
def test_demo_from_an_empty_folder_with_an_empty_home(installed: Installed) -> None:
    first = installed.naast("demo", "--no-open")
    demo = Path(first.stdout.removeprefix("Demo project:").strip())
    assert demo == installed.home / "Naast" / "demo.naast"
    assert demo.is_file()
    info = json.loads(installed.naast("info", demo, "--json").stdout)
    assert (info["documents"], info["claims"]) == (4, 10)
    again = installed.naast("demo", "--no-open")  # kept, not rebuilt or emptied
    assert again.stdout == first.stdout
    assert json.loads(installed.naast("info", demo, "--json").stdout)["claims"] == 10
    assert not list(installed.venv.rglob("*.naast*")), "a project was written inside the installation"
    assert not list(installed.work.iterdir()), "the demo wrote into the current folder"


@pytest.mark.packaging
def test_new_import_export_from_an_empty_folder(installed: Installed) -> None:
    project = installed.home / "mine.naast"
    installed.naast("new", project)
    source = installed.work / SAMPLE
    shutil.copyfile(REPO / "resources" / "samples" / SAMPLE, source)
    imported = installed.naast("import", project, source)
    assert "1 imported" in imported.stdout
    info = json.loads(installed.naast("info", project, "--json").stdout)
    assert info["documents"] == 1
    assert info["topics"] > 0  # the default codebook came from the package's resources

    demo = installed.home / "Naast" / "demo.naast"
    if not demo.exists():
        installed.naast("demo", "--no-open")
    memo = installed.work / "memo.docx"
    installed.naast("export", demo, memo)
    text = "\n".join(p.text for p in Document(str(memo)).paragraphs)
    text += "\n".join(c.text for t in Document(str(memo)).tables for r in t.rows for c in r.cells)
    assert "Gecontroleerd vertrek heeft daarom de voorkeur" in " ".join(text.split())


@pytest.mark.packaging
def test_installed_package_is_not_taken_for_a_checkout(installed: Installed) -> None:
    """A stray pyproject.toml naming Naast beside the installed package does not make it a checkout,
    and the GUI finds its translations in the package."""
    site_packages = installed.site_packages()
    stray = site_packages / "pyproject.toml"
    stray.write_text('[project]\nname = "naast"\n', encoding="utf-8")
    try:
        probe = (
            "from naast import paths; from naast.gui import app; print(paths.is_checkout()); "
            "print(paths.projects_dir()); print((app.TRANSLATIONS / 'naast_nl.qm').is_file())"
        )
        done = subprocess.run(
            [installed.venv / "bin" / "python", "-c", probe],
            env=installed.env(),
            cwd=installed.work,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        stray.unlink()
    checkout, projects, translations = done.stdout.split("\n")[:3]
    assert checkout == "False"
    assert Path(projects) == installed.home / "Naast"
    assert translations == "True", "the GUI looks for its Dutch translation outside the package"
