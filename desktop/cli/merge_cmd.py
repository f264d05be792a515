"""``naast merge TARGET SOURCE...``: bring other coders' projects into one."""

from __future__ import annotations

import argparse
from pathlib import Path

from naast.store.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("merge", help="merge other coders' projects into a project")
    parser.add_argument("target", type=Path, help="the project to merge into")
    parser.add_argument("sources", type=Path, nargs="+", metavar="SOURCE", help="projects to merge from")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from naast.store.merging import merge_project

    conflicts = 0
    with Project.open(args.target) as target:
        for source in args.sources:
            report = merge_project(target, source)
            lines = report.lines()
            print(f"{source.name}: {lines[0]}")
            for line in lines[1:]:
                print(line)
            conflicts += len(report.conflicts)
    if conflicts:
        print(f"{conflicts} conflicts: both versions are kept; settle them in the Agreement view")
    return 0
