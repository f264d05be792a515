"""``naast claims export|import`` and ``naast codebook export|import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from naast.core.claims.bulk import key
from naast.core.claims.codebook import Codebook
from naast.core.claims.codebook_commands import LoadCodebook
from naast.core.claims.qdc import from_qdc, to_qdc
from naast.core.errors import NaastError, NotFound
from naast.core.exchange.table import COLUMNS
from naast.core.exchange.table_write import FORMATS, csv_text, format_for, json_text, write_table
from naast.core.safe_write import write_text_atomically
from naast.store.claims import ClaimFilter
from naast.store.codebook import codebook_of, lookups
from naast.store.documents import find_document
from naast.store.exchange import import_table, table_claims
from naast.store.project import Project

__all__ = ["COLUMNS", "register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    claims = subparsers.add_parser("claims", help="export claims, or import them from a spreadsheet")
    actions = claims.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write claims as CSV, .xlsx or JSON (one table layout)")
    export.add_argument("project", type=Path)
    export.add_argument("--format", choices=FORMATS, help="default: from --output's extension, else csv")
    export.add_argument("--delimiter", choices=(",", ";", "tab"), default=",", help="CSV separator")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    export.add_argument("--topic", help="topic code or label (subtopics included)")
    export.add_argument("--stance", help="stance code or label")
    export.add_argument("--actor", help="claimant name")
    export.add_argument("--document", help="document id, kenmerk, title or file name")
    export.add_argument("--language", choices=("en", "nl"), default="en", help="labels of topics and stances")
    export.set_defaults(run=run_export)
    bulk = actions.add_parser(
        "import", help="code claims from a CSV, .xlsx or JSON table; rows with a known claim_id update it"
    )
    bulk.add_argument("project", type=Path)
    bulk.add_argument("file", type=Path)
    bulk.add_argument("--coder", help="name recorded with each claim (default: the coder set in the GUI)")
    bulk.set_defaults(run=run_import)

    codebook = subparsers.add_parser(
        "codebook", help="export or import a project's codebook (JSON, or REFI-QDA .qdc)"
    )
    steps = codebook.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = steps.add_parser("export", help="write the codebook as JSON (FILE.qdc: REFI-QDA)")
    out.add_argument("project", type=Path)
    out.add_argument("file", type=Path)
    out.set_defaults(run=run_codebook_export)
    into = steps.add_parser("import", help="merge a JSON (or .qdc) codebook into the project")
    into.add_argument("project", type=Path)
    into.add_argument("file", type=Path)
    into.set_defaults(run=run_codebook_import)


def _filter(project: Project, args: argparse.Namespace) -> ClaimFilter:
    names = lookups(project)

    def pick(value: str | None, table: dict[str, int], what: str) -> int | None:
        if value is None:
            return None
        found = table.get(key(value))
        if found is None:
            raise NotFound(f"There is no {what} {value!r} in this project.")
        return found

    return ClaimFilter(
        document_id=find_document(project, args.document) if args.document else None,
        topic_id=pick(args.topic, dict(names.topics), "topic"),
        stance_id=pick(args.stance, dict(names.stances), "stance"),
        actor_id=pick(args.actor, dict(names.actors), "actor"),
    )


def run_export(args: argparse.Namespace) -> int:
    fmt = format_for(args.output or Path("claims.csv"), args.format)
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    with Project.open(args.project, read_only=True) as project:
        claims = table_claims(project, _filter(project, args), args.language)
    if args.output is None:
        if fmt == "xlsx":
            raise NaastError("An .xlsx table needs a file: give --output FILE.xlsx.")
        sys.stdout.write(json_text(claims) if fmt == "json" else csv_text(claims, delimiter))
    else:
        write_table(claims, args.output, fmt, delimiter=delimiter)
        print(f"Wrote {len(claims)} claims to {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise NaastError(f"{args.file} cannot be read: there is no such file.")
    with Project.open(args.project) as project:
        resolved = import_table(project, args.file, coder=args.coder)
    for problem in resolved.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    print(f"Claims from {args.file.name}: {resolved.summary()}")
    return 1 if resolved.problems else 0


def run_codebook_export(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        codebook = codebook_of(project)
    text = to_qdc(codebook) if args.file.suffix.lower() == ".qdc" else codebook.dumps()
    write_text_atomically(args.file, text)
    print(f"Wrote {len(codebook.topics)} top-level topics and {len(codebook.stances)} stances to {args.file}")
    return 0


def run_codebook_import(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() == ".qdc":
        try:
            codebook = from_qdc(args.file.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise NaastError(f"{args.file} cannot be read: {exc.strerror}") from exc
    else:
        codebook = Codebook.read(args.file)
    with Project.open(args.project) as project:
        changes = project.apply(LoadCodebook(codebook, args.file.name))
    print(f"Merged {args.file}: {sum(len(v) for v in changes.ids.values())} codebook rows added or changed")
    return 0
