"""``naast responsiveness PROJECT``: how ministers answer — time, delays, referrals, refusals, length."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from naast.core.errors import InvalidCommand


def register(subparsers: argparse._SubParsersAction) -> None:
    from naast.core.measures import GROUPINGS

    parser = subparsers.add_parser(
        "responsiveness",
        help="how ministers answer: days to answer, delays, combined answers, referrals, refusals",
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("--by", choices=GROUPINGS, default="minister", help="group by (default: minister)")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first date (received)")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last date (received)")
    parser.add_argument("--party", action="append", default=[], help="only questions of this party")
    parser.add_argument("--referrals", type=Path, help="another list of referral patterns")
    parser.add_argument("--declines", type=Path, help="another list of patterns for declining")
    parser.add_argument("--matches", action="store_true", help="also list every referral and decline found")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from naast.core.measures import default_options, measure
    from naast.core.measures.patterns import read_patterns
    from naast.paths import resources_dir
    from naast.store.measures_source import all_texts, documents_of_types
    from naast.store.project import Project

    for value in (args.date_from, args.date_to):
        _check_date(value)
    options = default_options(
        resources_dir(), by=args.by, date_from=args.date_from, date_to=args.date_to, parties=tuple(args.party)
    )
    if args.referrals:
        options = replace(options, referrals=read_patterns(args.referrals, "referrals"))
    if args.declines:
        options = replace(options, declines=read_patterns(args.declines, "declines"))
    with Project.open(args.project, read_only=True) as project:
        answered = list(documents_of_types(project, ("answers",)))
        notices = list(documents_of_types(project, ("notice",)))
        report = measure(answered, notices, all_texts(project), options)
    data = report.to_json(matches=args.matches)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_table(data)
    return 0


def _check_date(value: str | None) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InvalidCommand(f"{value!r} is not a date; write it as YYYY-MM-DD.") from None


def _print_table(data: dict[str, Any]) -> None:
    head = f"{'':32} {'docs':>5} {'qs':>4} {'median d':>8} {'p90 d':>6} {'in term':>7} {'delayed':>7}"
    head += f" {'combined':>8} {'referral':>8} {'declined':>8} {'words/ans':>9} {'boilerplate':>11}"
    print(head)
    for row in data["rows"]:
        print(
            f"{row['name'][:32]:32} {row['documents']:>5} {row['questions']:>4} {_num(row['median_days']):>8}"
            f" {_num(row['p90_days']):>6} {_pct(row['within_term_share']):>7} {_pct(row['delayed_share']):>7}"
            f" {_pct(row['combined_share']):>8} {_pct(row['referral_share']):>8}"
            f" {_pct(row['declined_share']):>8} {_num(row['words_per_answer']):>9}"
            f" {_pct(row['boilerplate_share']):>11}"
        )
    for note in data["notes"]:
        print(f"note: {note}")
    for m in data.get("matches", []):
        print(f"{m['kind']:8} {m['title'][:40]} · {m['answer']}: «{' '.join(m['text'].split())}»")


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"
