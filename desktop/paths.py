"""Where Naast finds its shipped resources and keeps projects by default."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def resources_dir() -> Path:
    """``desktop/resources``: in a checkout a link to the top-level ``resources/``, in a wheel a copy."""
    return _PACKAGE / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def is_checkout() -> bool:
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "desktop").is_dir()


def projects_dir() -> Path:
    """The default folder for projects: ``projects/`` in a checkout, else ``~/Naast``."""
    override = os.environ.get("NAAST_PROJECTS")
    if override:
        return Path(override)
    if is_checkout():
        return _CHECKOUT / "projects"
    return Path.home() / "Naast"
