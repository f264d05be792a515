"""``naast recover DAMAGED NEW``: rescue every readable row of a damaged project into a new one.

The damaged file is only read. The report says what was rescued and what could not be: pages
that did not read, rows whose data ran onto them, rows left out because they referred to lost
rows. Exit status 0 when nothing was lost, 1 when something was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from naast.cli.safe_print import safe_name
from naast.store.recovery import recover


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("recover", help="rescue what a damaged project holds into a new project")
    parser.add_argument("damaged", type=Path, help="the damaged project file (it is not changed)")
    parser.add_argument("new", type=Path, help="the new project file to write (must not exist)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = recover(args.damaged, args.new)
    for line in report.lines():
        print(safe_name(line))
    if report.complete:
        print(f"Everything readable is in {safe_name(str(args.new))}; nothing was lost.")
        return 0
    print(f"What could be read is in {safe_name(str(args.new))}; the rest is listed above.")
    return 1
