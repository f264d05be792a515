"""``naast info PROJECT``: counts and schema version."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from naast.store.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("info", help="print what a project holds")
    parser.add_argument("project", type=Path)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        info = {"project": str(args.project), "schema_version": project.schema_version}
        info |= project.counts()
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    print(f"Project        {info.pop('project')}")
    print(f"Schema version {info.pop('schema_version')}")
    for table, count in info.items():
        print(f"{table.replace('_', ' ').capitalize():<15}{count}")
    return 0
