"""``naast agreement PROJECT``: intercoder agreement on where claims are and what they say."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from naast.core.claims.bulk import key
from naast.core.errors import NaastError, NotFound
from naast.store.codebook import lookups
from naast.store.documents import find_document
from naast.store.project import Project


class AgreementError(NaastError):
    """Agreement cannot be measured as asked."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "agreement", help="intercoder agreement: Krippendorff's αu and α per field"
    )
    parser.add_argument("project", type=Path)
    parser.add_argument(
        "--coders", nargs="+", metavar="CODER", help="coders to compare (default: all but consensus)"
    )
    parser.add_argument(
        "--document", action="append", default=[], help="document id, kenmerk, title or file name"
    )
    parser.add_argument(
        "--topic", action="append", default=[], help="topic code or label (subtopics included)"
    )
    parser.add_argument(
        "--stance-order", nargs="+", metavar="STANCE", help="stance codes in scale order, for the ordinal α"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def report_of(project: Project, args: argparse.Namespace) -> dict[str, Any]:
    """The figures asked for by ``args`` (loads the krippendorff package only now)."""
    from naast.core.team.agreement import agreement_report
    from naast.store.team import CONSENSUS, Selection, coded_claims, coders_of, continua, measured_documents

    names = lookups(project)
    topics = []
    for name in args.topic:
        found = dict(names.topics).get(key(name))
        if found is None:
            raise NotFound(f"There is no topic {name!r} in this project.")
        topics.append(found)
    documents = tuple(find_document(project, d) for d in args.document)
    known = coders_of(project)
    coders = list(args.coders) if args.coders else [c for c in known if c != CONSENSUS]
    unknown = [c for c in coders if c not in known]
    if unknown:
        raise AgreementError(f"No claims are coded by {', '.join(map(repr, unknown))} in this project.")
    if len(coders) < 2:
        raise AgreementError(f"Agreement needs claims of two coders; this project has {len(coders)}.")
    stance_order = [key(s) for s in args.stance_order or ()]
    stances = {r[0] for r in project.query("SELECT code FROM stances")}
    missing = [s for s in stance_order if s not in stances]
    if missing:
        raise NotFound(f"There is no stance {missing[0]!r} in this project.")
    selection = Selection(tuple(coders), documents, tuple(topics))
    claims = coded_claims(project, selection)
    spans = continua(project, measured_documents(project, claims, selection))
    return agreement_report(claims, spans, coders, stance_order)


def run(args: argparse.Namespace) -> int:
    from naast.core.team.agreement import agreement_rows

    with Project.open(args.project, read_only=True) as project:
        report = report_of(project, args)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"Coders: {', '.join(report['coders'])}")
    rows = agreement_rows(report)
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    for note in report["notes"]:
        print(f"note: {note}")
    return 0
