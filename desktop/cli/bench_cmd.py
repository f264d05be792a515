"""``naast bench [--json]``: benchmark figures of the engines, measured on one core."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help="run the engines' benchmarks and print their figures")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    parser.add_argument("--corpus", type=Path, help="the shared corpus folder (default ../shared/corpus)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--scale",
        type=int,
        metavar="N",
        help="the whole record: N generated documents, each figure beside its goal",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="with --scale: where documents and projects are kept (default projects/scale)",
    )
    parser.add_argument(
        "--sample", type=int, default=2000, help="with --scale: documents of the import sample"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="with --scale: parsing processes beside the writer (default: cores - 1)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.scale:
        return _scale(args)
    from naast.bench import THREAD_VARIABLES

    if not args.in_process and not args.list:
        # numpy may already be loaded with a multi-threaded BLAS: measure in a fresh process
        env = dict(os.environ) | dict.fromkeys(THREAD_VARIABLES, "1")
        argv = [sys.executable, "-m", "naast", *_forwarded(args), "--in-process"]
        return subprocess.run(argv, env=env, check=False).returncode
    from naast.bench import BenchContext, default_corpus, load_benchmarks, run_benchmarks

    if args.list:
        print("\n".join(load_benchmarks()))
        return 0
    ctx = BenchContext(args.corpus or default_corpus(), args.seed, args.repeat)
    figures = run_benchmarks(ctx, args.only)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(map(len, figures))
        print("\n".join(f"{name:<{width}}  {value}" for name, value in figures.items()))
    return 0


def _scale(args: argparse.Namespace) -> int:
    from naast.bench import default_corpus
    from naast.core.errors import InvalidCommand
    from naast.paths import projects_dir
    from naast.store.scale_bench import run_scale, table

    if args.scale < 10:
        raise InvalidCommand("--scale needs at least 10 documents.")
    keep = args.keep or projects_dir() / "scale"
    say = (lambda line: print(line, file=sys.stderr)) if not args.json else (lambda _line: None)
    figures = run_scale(
        args.scale,
        keep,
        args.corpus or default_corpus(),
        workers=args.workers or None,
        sample=args.sample,
        report=say,
    )
    print(json.dumps(figures, indent=2) if args.json else table(figures))
    return 0


def _forwarded(args: argparse.Namespace) -> list[str]:
    argv = ["bench", "--seed", str(args.seed), "--repeat", str(args.repeat)]
    if args.json:
        argv.append("--json")
    if args.only:
        argv += ["--only", *args.only]
    if args.corpus:
        argv += ["--corpus", str(args.corpus)]
    return argv
