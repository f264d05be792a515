"""``naast claims export|import`` and ``naast codebook export|import``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from desktop.core.claims.bulk import key, read_sheet, resolve_rows
from desktop.core.claims.codebook import Codebook
from desktop.core.claims.codebook_commands import LoadCodebook
from desktop.core.claims.commands import ImportClaims
from desktop.core.claims.qdc import from_qdc, to_qdc
from desktop.core.errors import NaastError, NotFound
from desktop.core.safe_write import write_text_atomically
from desktop.store.claims import ClaimFilter, list_claims
from desktop.store.codebook import codebook_of, lookups
from desktop.store.documents import find_document
from desktop.store.project import Project, now_iso

#: Columns of the CSV export, in order (the JSON objects have the same keys).
COLUMNS = (
    "id",
    "document",
    "kenmerk",
    "unit",
    "start",
    "end",
    "quote",
    "topics",
    "stance",
    "stance_code",
    "claimant",
    "addressee",
    "proposition",
    "note",
    "coder",
    "status",
    "previous_quote",
    "created",
    "modified",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    claims = subparsers.add_parser("claims", help="export claims, or import them from a spreadsheet")
    actions = claims.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write claims as CSV or JSON")
    export.add_argument("project", type=Path)
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    export.add_argument("--topic", help="topic code or label (subtopics included)")
    export.add_argument("--stance", help="stance code or label")
    export.add_argument("--actor", help="claimant name")
    export.add_argument("--document", help="document id, kenmerk, title or file name")
    export.add_argument("--language", choices=("en", "nl"), default="en", help="labels of topics and stances")
    export.set_defaults(run=run_export)
    bulk = actions.add_parser("import", help="code claims from a CSV (document, quote, topics, stance ...)")
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


def export_text(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row | {"topics": "; ".join(row["topics"])})
    return "\ufeff" + buffer.getvalue()  # UTF-8 with BOM, so spreadsheets read it as UTF-8


def run_export(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        rows = [c.to_json(args.language) for c in list_claims(project, _filter(project, args))]
    text = export_text(rows, args.format)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomically(args.output, text)
        print(f"Wrote {len(rows)} claims to {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise NaastError(f"{args.file} cannot be read: {exc.strerror}") from exc
    with Project.open(args.project) as project:
        claims, problems = resolve_rows(
            read_sheet(text), lookups(project), created=now_iso(), coder=args.coder
        )
        if claims:
            project.apply(ImportClaims(tuple(claims), args.file.name), coder=args.coder)
    for problem in problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    print(f"Imported {len(claims)} claims; {len(problems)} rows skipped")
    return 1 if problems else 0


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
