"""Fixtures of the exchange tests: the demo project, a fresh project with the same documents, schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from naast.demo import build_demo
from naast.paths import samples_dir
from naast.store.claims import seed_defaults
from naast.store.importer import import_paths
from naast.store.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo.naast", rebuild=True)


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """A new project (default codebook) holding the demo's four documents and no claims."""
    path = tmp_path / "fresh.naast"
    with Project.create(path) as project:
        seed_defaults(project)
        list(import_paths(project, [samples_dir()]))
    return path
