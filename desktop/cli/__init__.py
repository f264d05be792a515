"""The ``naast`` command. Subcommands live in their own modules; Qt loads only to start the GUI."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from naast import __version__
from naast.core.errors import NaastError

#: Each module exposes ``register(subparsers)``; order is the order in ``naast --help``.
COMMAND_MODULES = [
    "open_cmd",
    "demo_cmd",
    "new_cmd",
    "info_cmd",
    "inspect_cmd",
    "claims_cmd",
    "export_cmd",
    "compare_cmd",
    "reuse_cmd",
    "responsiveness_cmd",
    "bench_cmd",
    "import_cmd",
    "merge_cmd",
    "agreement_cmd",
    "fetch_cmd",
    "check_cmd",
    "recover_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="naast",
        description="Read, tag and compare what Dutch ministers tell parliament, side by side.",
    )
    parser.add_argument("--version", action="version", version=f"naast {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"naast.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:  # plain `naast`: start the application
        from naast.cli.open_cmd import start_gui

        return start_gui(None)
    if getattr(args, "coder", "") is None:  # no --coder: the coder set in the GUI (first start, Preferences)
        from naast.user_settings import coder_setting

        args.coder = coder_setting()
    try:
        return int(run(args) or 0)
    except NaastError as exc:
        from naast.cli.safe_print import safe_name

        print(f"naast: {safe_name(str(exc))}", file=sys.stderr)  # a name's newline cannot add a line
        return 2
    except KeyboardInterrupt:
        print("naast: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, MemoryError, RecursionError) as exc:
        print(f"naast: {_sentence(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:
        from naast.store.integrity import describe_database_error

        message = describe_database_error(exc)
        if message is None:
            raise
        print(f"naast: {message}", file=sys.stderr)
        return 2


def _sentence(exc: BaseException) -> str:
    """One sentence for an error no command turned into one, never a traceback."""
    if isinstance(exc, MemoryError):
        return "there was not enough memory to finish; nothing more was changed."
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read; nothing more was changed."
    assert isinstance(exc, OSError)
    where = f" ({exc.filename})" if exc.filename else ""
    return f"a file could not be used{where}: {exc.strerror or exc}."
