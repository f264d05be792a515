"""``naast check PROJECT``: run the integrity checks (``naast.store.checks``) and report them.

Exit status 0 when every check passes, 1 when one finds a problem. The project is opened
read-only and never changed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from naast.cli.safe_print import safe_name
from naast.store.checks import CHECKS, run_checks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check a project file for damage and inconsistencies")
    parser.add_argument("project", type=Path, help="the project file")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument(
        "--only", nargs="+", metavar="CHECK", choices=[c.name for c in CHECKS], help="run only these checks"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    checks = [c for c in CHECKS if c.name in args.only] if args.only else None
    results = run_checks(args.project, checks)
    if args.json:
        print(
            json.dumps(
                [
                    {"check": r.check.name, "ok": r.ok, "skipped": r.skipped, "findings": r.findings}
                    for r in results
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for result in results:
            status = "skipped" if result.skipped else ("ok" if result.ok else "FAILED")
            print(f"{status:8} {result.check.name}: {result.check.description}")
            for finding in result.findings:
                print(f"         - {safe_name(finding)}")
        bad = [r for r in results if r.findings]
        skipped = [r for r in results if r.skipped]
        name = safe_name(str(args.project))
        if bad:
            also = f"; {len(skipped)} more could not run on a damaged file" if skipped else ""
            print(f"{name}: {len(bad)} of {len(results)} checks found problems{also}.")
        else:
            print(f"{name}: all {len(results)} checks passed.")
    return 1 if any(not r.ok for r in results) else 0
