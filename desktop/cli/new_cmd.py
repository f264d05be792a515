"""``naast new PATH``: create an empty project with the default codebook."""

from __future__ import annotations

import argparse
from pathlib import Path

from naast.store.claims import seed_defaults
from naast.store.files import PROJECT_SUFFIX
from naast.store.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("new", help="create a new project file")
    parser.add_argument("path", type=Path, help=f"where to create it (extension {PROJECT_SUFFIX})")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if path.suffix != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    with Project.create(path) as project:
        seed_defaults(project)
    print(f"Created {path}")
    return 0
