"""``naast export PROJECT OUT``: the comparison memo (.docx, with optional appendices), the annotated
document, or the claims table (CSV, .xlsx, JSON).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from naast.core.errors import NaastError
from naast.core.measures.aggregate import GROUPINGS as ANSWER_GROUPINGS
from naast.export.from_project import Selection
from naast.export.jobs import ExportRequest, kind_for, run_export
from naast.export.plan import DEFAULT_GROUPING, GROUPINGS
from naast.user_settings import coder_setting

MEMO_BY = ("topic", "proposition")

FORMATS = ("docx", "csv", "json", "xlsx", "qdpx")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a comparison memo (.docx), an annotated document, or claims as CSV/JSON",
        description="All claims when no filter is given. Repeat --topic, --actor and --document "
        "to select several.",
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("out", type=Path, help="file to write (.docx, .csv, .json or REFI-QDA .qdpx)")
    parser.add_argument("--topic", action="append", default=[], help="topic code or label (with subtopics)")
    parser.add_argument("--actor", action="append", default=[], help="claimant name")
    parser.add_argument("--document", action="append", default=[], help="document id, kenmerk or title")
    parser.add_argument("--annex", nargs=2, metavar=("DOC_A", "DOC_B"), help="add aligned passages")
    parser.add_argument("--annotated", action="store_true", help="one --document with its claims")
    parser.add_argument(
        "--by",
        action="append",
        default=[],
        choices=(*MEMO_BY, *ANSWER_GROUPINGS),
        help="memo sections and columns (topic, the default, or proposition); with --responsiveness "
        "also how its table is grouped (minister, the default, ministry, party, year or cabinet)",
    )
    parser.add_argument(
        "--group",
        choices=GROUPINGS,
        default=DEFAULT_GROUPING,
        help="which claims of different actors share a row: the same proposition (default), answers "
        "the comparison pairs (question), or none (every claim in its own row)",
    )
    parser.add_argument("--toc", action="store_true", help="add a table of contents (updated when opened)")
    parser.add_argument(
        "--agreement", action="store_true", help="add an appendix with the intercoder agreement table"
    )
    parser.add_argument(
        "--coders",
        nargs="+",
        default=[],
        metavar="CODER",
        help="coders it compares (default: all but consensus)",
    )
    parser.add_argument(
        "--responsiveness", action="store_true", help="add an appendix with how ministers answer (see --by)"
    )
    parser.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the labels")
    parser.add_argument("--format", choices=FORMATS, help="default: from the file name's extension")
    parser.add_argument("--title", help="memo title")
    parser.add_argument(
        "--author",
        "--coder",
        dest="author",
        help="the exporting coder, named as author (default: the coder set in Naast, else the coder of "
        "most claims, else the login)",
    )
    parser.set_defaults(run=run)


def _by(args: argparse.Namespace) -> tuple[str, str | None]:
    """What ``--by`` says: the memo's sections, and the grouping of the responsiveness appendix."""
    memo = [b for b in args.by if b in MEMO_BY]
    answers = [b for b in args.by if b in ANSWER_GROUPINGS]
    if len(memo) > 1 or len(answers) > 1:
        raise NaastError("Give --by at most once for the memo and once for --responsiveness.")
    if answers and not args.responsiveness:
        raise NaastError(
            f"--by {answers[0]} groups the appendix of how ministers answer: add --responsiveness."
        )
    return (memo or ["topic"])[0], ((answers or ["minister"])[0] if args.responsiveness else None)


def _selection(args: argparse.Namespace) -> Selection:
    by, responsiveness = _by(args)
    return Selection(
        topics=tuple(args.topic),
        actors=tuple(args.actor),
        documents=tuple(args.document),
        annex=tuple(args.annex) if args.annex else None,
        language=args.lang,
        by=by,
        group=args.group,
        toc=args.toc,
        agreement=args.agreement,
        coders=tuple(args.coders),
        responsiveness=responsiveness,
        title=args.title,
        author=args.author or coder_setting() or None,  # the memo's author: the one exporting
    )


def run(args: argparse.Namespace) -> int:
    fmt = (args.format or args.out.suffix.lstrip(".")).lower()
    if (args.agreement or args.responsiveness or args.coders) and (fmt != "docx" or args.annotated):
        raise NaastError("--agreement and --responsiveness add appendices to the Word memo: write a .docx.")
    if (args.format or args.out.suffix.lstrip(".")).lower() == "qdpx":  # REFI-QDA: naast.core.exchange
        from naast.cli.qdpx_io import export_qdpx

        return export_qdpx(args.project, args.out)
    if (args.format or args.out.suffix.lstrip(".")).lower() == "xlsx":  # the claims table as a workbook
        from naast.cli.qdpx_io import export_xlsx

        return export_xlsx(args.project, args.out, _selection(args))
    kind = kind_for(args.out.with_suffix(f".{args.format}") if args.format else args.out, args.annotated)
    if args.annotated and len(args.document) != 1:
        raise NaastError("--annotated writes one document: name exactly one --document.")
    request = ExportRequest(args.out, kind, _selection(args), args.document[0] if args.annotated else None)
    result = run_export(args.project, request)
    print(f"Wrote {result.claims} claims to {result.path}", file=sys.stderr)
    return 0
