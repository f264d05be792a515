"""``naast compare PROJECT DOC_A DOC_B`` or ``naast compare --files A B``: pairs, word changes, reuse."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from naast.core.errors import InvalidCommand


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="compare two documents: paired units, word-level changes, moved and reused passages",
        description="Documents are named by id, kenmerk, identifier, title or source file name. "
        "With --files, two files are parsed and compared without a project.",
    )
    parser.add_argument("names", nargs="*", metavar="PROJECT DOC_A DOC_B")
    parser.add_argument("--files", nargs=2, type=Path, metavar=("FILE_A", "FILE_B"))
    parser.add_argument("--min-words", type=int, default=8, help="shortest reused passage (words)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from naast.core.compare import CompareOptions, compare_parsed

    docs = _files(args) if args.files else _from_project(args)
    options = CompareOptions(min_reuse_words=args.min_words)
    comparison = compare_parsed(docs[0][1], docs[1][1], options)
    if args.json:
        data: dict[str, Any] = {"documents": [info for info, _ in docs]}
        data |= comparison.to_json()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_report(comparison, docs[0][1].text, docs[1][1].text))
    return 0


def _files(args: argparse.Namespace) -> list[tuple[dict[str, Any], Any]]:
    if args.names:
        raise InvalidCommand("Give either PROJECT DOC_A DOC_B or --files FILE_A FILE_B, not both.")
    from naast.core.parsing import parse_file

    return [({"file": str(path), "title": (doc := parse_file(path)).title}, doc) for path in args.files]


def _from_project(args: argparse.Namespace) -> list[tuple[dict[str, Any], Any]]:
    if len(args.names) != 3:
        raise InvalidCommand("Name a project and two documents: naast compare PROJECT DOC_A DOC_B.")
    from naast.store.documents import find_document, load_document
    from naast.store.project import Project

    project_path, *names = args.names
    with Project.open(Path(project_path), read_only=True) as project:
        stored = [load_document(project, find_document(project, name)) for name in names]
    return [
        ({"id": s.id, "title": s.parsed.title, "source_name": s.parsed.source_name}, s.parsed) for s in stored
    ]


def _report(comparison: Any, a: str, b: str) -> str:
    lines = [f"{len(comparison.pairs)} pairs, {comparison.changed_words} words changed"]
    for pair in comparison.pairs:
        mark = "  moved" if pair.moved else ""
        changes = sum(c.changed_words for c in pair.chunks)
        detail = f"{changes} words changed" if pair.diffed else "not diffed (too different)"
        lines.append(f"  {pair.a.label[:30]:<30} ↔ {pair.b.label[:30]:<30} {pair.score:5.2f}  {detail}{mark}")
    lines += [f"  only in A: {block.label}" for block in comparison.only_a]
    lines += [f"  only in B: {block.label}" for block in comparison.only_b]
    lines.append(f"{len(comparison.reused)} reused passages")
    for passage in comparison.reused:
        where = {"both": "A and B", "a": "twice in A", "b": "twice in B"}[passage.within]
        lines.append(f"  [{where}] {passage.words} words: {' '.join(passage.text.split())[:100]}")
    return "\n".join(lines)
