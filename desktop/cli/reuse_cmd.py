"""``naast reuse PROJECT``: the passages most reused across the project's documents."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from naast.core.errors import InvalidCommand


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reuse", help="list the passages shared by most documents (boilerplate, reused answers)"
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("--min-words", type=int, default=8, help="shortest passage (words, at least 3)")
    parser.add_argument("--limit", type=int, default=50, help="how many passages")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from naast.store.documents import document_summaries
    from naast.store.project import Project

    if args.min_words < 3:
        raise InvalidCommand("A reused passage has at least 3 words (--min-words 3 or more).")
    # the history is not read here: a large file's opening check leaves it out
    with Project.open(args.project, read_only=True, check_later=True) as project:
        documents, cap, passages = _passages(project, args.min_words, args.limit)
        summaries = document_summaries(project, (d for p in passages for d in p.doc_ids))
    data = {
        "documents": documents,
        "frequency_cap": cap,
        "passages": [_passage_json(p, summaries) for p in passages],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"{len(passages)} passages in {documents} documents")
        for p in data["passages"]:
            print(f"  {p['count']:>3} docs  {p['words']:>3} words  {' '.join(p['text'].split())[:100]}")
    return 0


def _passages(project: Any, min_words: int, limit: int) -> tuple[int, int, list[Any]]:
    """From the project's reuse index; in memory only for a file whose index is not complete
    (an older schema, or another session importing while this one reads)."""
    from naast.store import reuse_index, reuse_queries

    if reuse_index.readable(project) and reuse_index.pending(project) == 0 and min_words >= 8:
        documents = reuse_index.document_count(project)
        passages = reuse_queries.most_reused(project, min_words, limit)
        return documents, reuse_index.frequency_cap(documents), passages
    from naast.core.compare.index import ReuseIndex
    from naast.store.documents import document_texts

    index = ReuseIndex(n=min(min_words, 8))
    index.add_documents(document_texts(project))
    return len(index), index.frequency_cap, index.most_reused(min_words, limit)


def _passage_json(passage: Any, summaries: dict[int, Any]) -> dict[str, Any]:
    data: dict[str, Any] = passage.to_json()
    docs = [summaries[d] for d in passage.doc_ids]
    data["titles"] = [d.display_title for d in docs]
    data["actors"] = sorted({d.answered_by for d in docs if d.answered_by})
    return data
