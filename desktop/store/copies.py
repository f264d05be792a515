"""Save a copy of an open project: SQLite's online backup, written atomically beside the target."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from naast.core.errors import ProjectError
from naast.core.safe_write import atomic_target
from naast.store.backups import copy_database
from naast.store.project import Project


def save_copy(project: Project, destination: Path) -> Path:
    """Write the whole project, as committed, to ``destination``; the open project stays open.

    The copy is a complete, self-contained project (its WAL folded in), with no lock or journal
    files of its own; an existing file at ``destination`` is replaced only when the copy is whole.
    """
    if destination.resolve() == project.path.resolve():
        raise ProjectError("A copy cannot replace the project itself; choose another name.")
    with atomic_target(destination) as tmp:
        copy_database(project.conn, tmp)
        check = sqlite3.connect(tmp)
        try:
            (result,) = check.execute("PRAGMA quick_check").fetchone()
        finally:
            check.close()
        if result != "ok":
            raise ProjectError(f"The copy could not be checked ({result}); nothing was written.")
    return destination
