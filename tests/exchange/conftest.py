"""Fixtures of the exchange tests: the demo project, a fresh project with the same documents, schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.demo import build_demo
from desktop.paths import samples_dir
from desktop.store.claims import seed_defaults
from desktop.store.importer import import_paths
from desktop.store.project import Project


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
