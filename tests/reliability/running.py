"""Running ``naast`` as a user does (a real process) and judging what it printed."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception|Warning)\b|\(\w+Error")


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float = 0.0


def naast(*args: str | Path, timeout: float = 120, env: dict[str, str] | None = None, **kw: object) -> Run:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), "NAAST_BACKUP_DIR": "off", **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "naast", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        check=False,
        **kw,  # type: ignore[arg-type]
    )
    return Run(result.returncode, result.stdout, result.stderr)


def in_process(*args: str | Path) -> Run:
    """``naast`` run through its entry point in this process (the same code, no start-up cost)."""
    from naast.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return Run(code, out.getvalue(), err.getvalue())


def one_sentence(text: str) -> bool:
    """One line ``naast: …`` that ends like a sentence: no traceback, no exception class name."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != 1:
        return False
    line = lines[0]
    return line.startswith("naast: ") and "Traceback" not in line and not _CLASS_NAME.search(line)


def clear_failure_lines(text: str) -> bool:
    """Every line of an import's error output is a ``failed NAME: reason`` line without a
    traceback or class name."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(
        line.startswith("failed ") and "Traceback" not in line and not _CLASS_NAME.search(line)
        for line in lines
    )
