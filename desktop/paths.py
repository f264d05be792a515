"""Every path of the application: its shipped resources and where projects live by default.

Resources come from the package itself (in a checkout ``desktop/resources`` is a link to the
top-level ``resources/``; in a wheel it is a copy). Projects live in ``projects/`` of a checkout, and
otherwise in a ``Naast`` folder in the user's documents folder (``~/Naast`` when there is none);
``$NAAST_PROJECTS`` overrides both. Nothing is ever written inside an installation
(``site-packages``): :func:`is_checkout` says no there, whatever lies beside the package.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
import tomllib
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent
PROJECT_NAME = "naast"  # the distribution name in pyproject.toml
_INSTALL_FOLDERS = {"site-packages", "dist-packages"}


def resources_dir() -> Path:
    """``desktop/resources``: in a checkout a link to the top-level ``resources/``, in a wheel a copy."""
    return _PACKAGE / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def samples_dir() -> Path:
    """The four sample documents the demo project is built from."""
    return resource("samples")


def translations_dir() -> Path:
    return resource("translations")


def installation_folders() -> list[Path]:
    """The folders Python installs packages into for this interpreter (never written to)."""
    found = [sysconfig.get_paths()[key] for key in ("purelib", "platlib")]
    found += [*site.getsitepackages(), site.getusersitepackages()]
    return [Path(p).resolve() for p in dict.fromkeys(found) if p]


def is_installed_path(path: Path) -> bool:
    """Whether ``path`` lies inside an installation folder (``site-packages`` and the like)."""
    resolved = path.resolve()
    if _INSTALL_FOLDERS & set(resolved.parts):
        return True
    return any(resolved.is_relative_to(folder) for folder in installation_folders())


def is_checkout(package: Path = _PACKAGE) -> bool:
    """Whether Naast runs from a source checkout (also an editable install) rather than a wheel.

    A checkout's package folder has beside it a ``pyproject.toml`` naming this project, and lies
    outside every installation folder (a stray ``pyproject.toml`` in ``site-packages`` does not count).
    """
    if is_installed_path(package):
        return False
    try:
        data = tomllib.loads((package.parent / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return data.get("project", {}).get("name") == PROJECT_NAME


def documents_dir(home: Path | None = None) -> Path | None:
    """The user's documents folder if the platform names one and it exists, else None.

    Linux: ``XDG_DOCUMENTS_DIR`` of ``user-dirs.dirs`` (what ``xdg-user-dir DOCUMENTS`` prints, unless
    it is the home folder itself); macOS and Windows: ``Documents`` in the home folder.
    """
    home = home or Path.home()
    if sys.platform.startswith(("darwin", "win")):
        candidate: Path | None = home / "Documents"
    else:
        candidate = _xdg_documents(home)
    if candidate is None or not candidate.is_dir() or candidate.resolve() == home.resolve():
        return None
    return candidate


def _xdg_documents(home: Path) -> Path | None:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    try:
        lines = (config / "user-dirs.dirs").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        key, _, value = line.strip().partition("=")
        if key == "XDG_DOCUMENTS_DIR" and value:
            value = value.strip().strip('"').replace("$HOME", str(home))
            return Path(value) if Path(value).is_absolute() else None
    return None


def projects_dir() -> Path:
    """The default folder for projects: ``$NAAST_PROJECTS``, ``projects/`` in a checkout, else
    ``Naast`` in the documents folder (``~/Naast`` when the platform names none)."""
    override = os.environ.get("NAAST_PROJECTS")
    if override:
        return Path(override)
    if is_checkout():
        return _CHECKOUT / "projects"
    return (documents_dir() or Path.home()) / "Naast"


def demo_project() -> Path:
    return projects_dir() / "demo.naast"
