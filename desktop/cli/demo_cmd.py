"""``naast demo``: build the demo project from the shipped samples (if missing) and open it."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="build the demo project (in projects/ of a checkout, else ~/Naast) and open it"
    )
    parser.add_argument("--no-open", action="store_true", help="only build the project")
    parser.add_argument("--rebuild", action="store_true", help="build it again from the samples")
    parser.add_argument("--path", type=Path, default=None, help="where to put the demo project")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from naast.demo import build_demo

    path = build_demo(args.path, rebuild=args.rebuild)
    print(f"Demo project: {path}")
    if args.no_open:
        return 0
    from naast.cli.open_cmd import start_gui

    return start_gui(path)
