"""``naast export PROJECT OUT``: the comparison memo (.docx), the annotated document, CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core.errors import NaastError
from desktop.export.docx_annotated import write_annotated_document
from desktop.export.docx_writer import write_memo
from desktop.export.from_project import (
    Selection,
    annotated_plan_from_project,
    claim_rows,
    memo_plan_from_project,
)
from desktop.export.tabular import write_csv, write_json
from desktop.store.project import Project

FORMATS = ("docx", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a comparison memo (.docx), an annotated document, or claims as CSV/JSON",
        description="All claims when no filter is given. Repeat --topic, --actor and --document "
        "to select several.",
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("out", type=Path, help="file to write (.docx, .csv or .json)")
    parser.add_argument("--topic", action="append", default=[], help="topic code or label (with subtopics)")
    parser.add_argument("--actor", action="append", default=[], help="claimant name")
    parser.add_argument("--document", action="append", default=[], help="document id, kenmerk or title")
    parser.add_argument("--annex", nargs=2, metavar=("DOC_A", "DOC_B"), help="add aligned passages")
    parser.add_argument("--annotated", action="store_true", help="one --document with its claims")
    parser.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the labels")
    parser.add_argument("--format", choices=FORMATS, help="default: from the file name's extension")
    parser.add_argument("--title", help="memo title")
    parser.add_argument("--author", help="author named in the memo (default: the main coder)")
    parser.set_defaults(run=run)


def _format(args: argparse.Namespace) -> str:
    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise NaastError(f"Cannot tell the format of {args.out.name}; use --format docx, csv or json.")
    return fmt


def _selection(args: argparse.Namespace) -> Selection:
    return Selection(
        topics=tuple(args.topic),
        actors=tuple(args.actor),
        documents=tuple(args.document),
        annex=tuple(args.annex) if args.annex else None,
        language=args.lang,
        title=args.title,
        author=args.author,
    )


def run(args: argparse.Namespace) -> int:
    fmt = _format(args)
    selection = _selection(args)
    if args.annotated and (len(args.document) != 1 or fmt != "docx"):
        raise NaastError("--annotated writes one .docx document: name exactly one --document.")
    with Project.open(args.project, read_only=True) as project:
        if args.annotated:
            plan = annotated_plan_from_project(project, args.document[0], selection)
            write_annotated_document(plan, args.out)
            count = len(plan.spans)
        elif fmt == "docx":
            memo = memo_plan_from_project(project, selection)
            write_memo(memo, args.out)
            count = len({c.claim_id for c in memo.claims()})
        else:
            rows = claim_rows(project, selection)
            if fmt == "csv":
                write_csv(rows, args.out, language=args.lang)
            else:
                write_json(rows, args.out, language=args.lang)
            count = len(rows)
    print(f"Wrote {count} claims to {args.out}", file=sys.stderr)
    return 0
