"""Where the application's paths come from, and the demo never half-built or built inside Python."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from naast import paths
from naast.cli import main
from naast.core.errors import NaastError
from naast.demo import build_demo
from naast.store.files import ProjectLock

REPO = Path(__file__).resolve().parents[2]


def _package(root: Path, project_name: str = "naast") -> Path:
    package = root / "desktop"
    package.mkdir(parents=True)
    (root / "pyproject.toml").write_text(f'[project]\nname = "{project_name}"\n', encoding="utf-8")
    return package


def test_this_checkout_is_a_checkout_and_its_projects_folder_is_inside_it(monkeypatch) -> None:
    monkeypatch.delenv("NAAST_PROJECTS", raising=False)
    assert paths.is_checkout()
    assert paths.projects_dir() == REPO / "projects"
    assert paths.samples_dir().resolve() == (REPO / "resources" / "samples").resolve()


def test_a_package_in_site_packages_is_not_a_checkout_even_beside_a_pyproject(tmp_path: Path) -> None:
    package = _package(tmp_path / "venv" / "lib" / "python3.11" / "site-packages")
    assert not paths.is_checkout(package)


def test_a_folder_of_another_project_is_not_a_checkout(tmp_path: Path) -> None:
    assert paths.is_checkout(_package(tmp_path / "mine"))
    assert not paths.is_checkout(_package(tmp_path / "other", project_name="desktop"))
    broken = _package(tmp_path / "broken")
    (broken.parent / "pyproject.toml").write_text("[project\n", encoding="utf-8")
    assert not paths.is_checkout(broken)


def test_the_real_installation_folders_count_as_installed() -> None:
    for folder in paths.installation_folders():
        assert paths.is_installed_path(folder / "desktop")
    assert not paths.is_installed_path(REPO / "desktop")


def test_documents_folder_follows_xdg_user_dirs(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    assert paths.documents_dir(home) is None  # no user-dirs.dirs: ~/Naast
    (home / ".config" / "user-dirs.dirs").write_text(
        '# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR="$HOME/Documenten"\n', encoding="utf-8"
    )
    assert paths.documents_dir(home) is None  # named but not there
    (home / "Documenten").mkdir()
    assert paths.documents_dir(home) == home / "Documenten"
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/"\n', encoding="utf-8")
    assert paths.documents_dir(home) is None  # the home folder itself is no documents folder


def test_documents_folder_on_macos_and_windows(tmp_path: Path, monkeypatch) -> None:
    for platform in ("darwin", "win32"):
        monkeypatch.setattr(paths.sys, "platform", platform)
        home = tmp_path / platform
        home.mkdir()
        assert paths.documents_dir(home) is None
        (home / "Documents").mkdir()
        assert paths.documents_dir(home) == home / "Documents"


def test_outside_a_checkout_projects_go_to_the_users_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("NAAST_PROJECTS", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    monkeypatch.setattr(paths, "is_checkout", lambda *_: False)
    assert paths.projects_dir() == tmp_path / "Naast"
    assert paths.demo_project() == tmp_path / "Naast" / "demo.naast"
    monkeypatch.setenv("NAAST_PROJECTS", str(tmp_path / "elsewhere"))
    assert paths.demo_project() == tmp_path / "elsewhere" / "demo.naast"


def test_missing_samples_leave_no_demo_behind(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "samples"
    empty.mkdir()
    target = tmp_path / "projects" / "demo.naast"
    with pytest.raises(NaastError, match="sample documents are missing"):
        build_demo(target, samples=empty)
    assert not target.exists()
    assert main(["demo", "--no-open", "--path", str(target)]) == 0  # the next run builds it whole
    assert target.is_file()


def test_a_failed_import_leaves_no_demo_and_no_partial_files(tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    shutil.copytree(REPO / "resources" / "samples", samples)
    (samples / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    target = tmp_path / "demo.naast"
    with pytest.raises(NaastError, match=r"could not import broken\.pdf"):
        build_demo(target, samples=samples)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["samples"]


def test_the_demo_is_never_written_inside_python(tmp_path: Path, capsys) -> None:
    inside = paths.installation_folders()[0] / f"naast-test-{tmp_path.name}" / "demo.naast"
    assert main(["demo", "--no-open", "--path", str(inside)]) == 2
    assert "installation folders" in capsys.readouterr().err
    assert not inside.parent.exists()


def test_a_demo_open_elsewhere_is_not_rebuilt_under_it(tmp_path: Path) -> None:
    target = build_demo(tmp_path / "demo.naast")
    before = target.read_bytes()
    holder = ProjectLock(target)
    holder.acquire()
    try:
        with pytest.raises(NaastError, match="already open elsewhere"):
            build_demo(target, rebuild=True)
    finally:
        holder.release()
    assert target.read_bytes() == before
    assert build_demo(target, rebuild=True) == target
