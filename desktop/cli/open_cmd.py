"""``naast open [PROJECT]``: start the desktop application."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("open", help="start the application, optionally on a project")
    parser.add_argument("project", nargs="?", type=Path, help="a .naast project file")
    parser.set_defaults(run=lambda args: start_gui(args.project))


def start_gui(project: Path | None) -> int:
    from naast.gui.app import run  # Qt is imported here and nowhere else on the CLI path

    return run(project)
